/**
 * The accuracy bars on the labelled real postmortems (docs/accuracy.md). Skips cleanly when
 * ../shared/corpus is not beside the repository; the labels themselves are checked either way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readLabels, runAccuracy, bars, formatReport, CORPUS_DIR } from '../accuracy/harness';

const HAS_CORPUS = fs.existsSync(CORPUS_DIR);

test('every accuracy label is valid against its schema and names its own file', () => {
  const labels = readLabels();
  assert.ok(labels.length >= 60, `at least 60 labelled documents (${labels.length})`);
  for (const l of labels) {
    for (const [field, f] of Object.entries(l.fields)) {
      if (f.status === 'stated') assert.ok((f.at ?? []).length > 0, `${l.file}: ${field} stated somewhere`);
    }
  }
});

test('every document of the corpus has a label', { skip: !HAS_CORPUS && 'no ../shared/corpus' }, () => {
  const labelled = new Set(readLabels().map((l) => l.file));
  const docs = fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md'));
  assert.deepEqual(docs.filter((d) => !labelled.has(d)), []);
});

test('accuracy on the labelled corpus meets every bar', { skip: !HAS_CORPUS && 'no ../shared/corpus', timeout: 300_000 }, () => {
  const report = runAccuracy();
  const failed = bars(report).filter((b) => !b.ok);
  assert.deepEqual(failed, [], `bars not met:\n${formatReport(report)}`);
});
