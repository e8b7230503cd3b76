/**
 * `npm run accuracy`: how well the linter reads the labelled real postmortems of
 * ../shared/corpus/postmortems (labels in test/accuracy/labels, made as
 * test/accuracy/LABELLING.md says). Prints recognition per field and surface, precision per rule,
 * recall of labelled problems and the bars of the accuracy issue, then every disagreement.
 *
 * Options: --quiet (tables only), --json FILE (the full report as JSON), --write-doc (replace the
 * measured part of docs/accuracy.md). Exit code 0, or 2 when the labels are broken; the bars are
 * held by test/unit/accuracy.test.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAccuracy, formatReport, readLabels, CORPUS_DIR } from '../test/accuracy/harness';
import { ROOT } from '../test/helpers/root';

const args = process.argv.slice(2);
if (!fs.existsSync(CORPUS_DIR)) {
  console.log(`no corpus at ${path.relative(process.cwd(), CORPUS_DIR)}: nothing to measure`);
  process.exit(0);
}
let labels;
try {
  labels = readLabels();
} catch (err) {
  console.error(`broken label: ${(err as Error).message}`);
  process.exit(2);
}
const report = runAccuracy(labels);
const quiet = args.includes('--quiet');
console.log(formatReport(report, { disagreements: !quiet }));
const jsonAt = args.indexOf('--json');
if (jsonAt >= 0 && args[jsonAt + 1]) fs.writeFileSync(args[jsonAt + 1], JSON.stringify(report, null, 2));
if (args.includes('--write-doc')) {
  const doc = path.join(ROOT, 'docs', 'accuracy.md');
  const text = fs.readFileSync(doc, 'utf8');
  const start = '<!-- measured:start (npm run accuracy -- --write-doc) -->';
  const end = '<!-- measured:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) {
    console.error('docs/accuracy.md has no measured markers');
    process.exit(2);
  }
  fs.writeFileSync(doc, `${text.slice(0, a + start.length)}\n\n${formatReport(report)}\n\n${text.slice(b)}`);
  console.log('docs/accuracy.md updated');
}
