// The lint worker's engine keeps a chunk cache only for the documents it linted most recently
// (DOCUMENTS_WITH_CACHE). A document whose cache was dropped still answers from its last result
// and lints right when it is edited again: the findings are those of a fresh lint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LintEngine, DOCUMENTS_WITH_CACHE, NO_INDEX } from '../../server/src/lsp/lint-engine';
import type { ConfigMessage, FromWorker, LintJob, LintedMessage, MemoryMessage, AnswerMessage } from '../../server/src/lsp/lint-protocol';
import { lint, mergeConfig, LineIndex } from '../../server/src/core/index';
import { toDiagnostic } from '../../server/src/lsp/convert';

const CONFIG: ConfigMessage = { key: 'default', config: mergeConfig(), teamSchema: undefined };

const postmortem = (n: number) => `---
title: Outage ${n}
severity: SEV${(n % 3) + 1}
---

# Outage ${n}

## Summary

Checkout returned errors for 40 minutes.

## Timeline

- 10:00 UTC Errors start
- 10:40 UTC Errors stop

## Root cause

TODO
`;

function engine() {
  const versions = new Int32Array(new SharedArrayBuffer(4 * 128));
  const sent: FromWorker[] = [];
  const e = new LintEngine(versions, (m) => sent.push(m), NO_INDEX);
  let job = 0;
  const lintJob = (slot: number, uri: string, version: number, text: LintJob['text']): LintedMessage => {
    Atomics.store(versions, slot, version);
    e.handle({ type: 'lint', job: ++job, uri, version, slot, generation: 0, text, rel: `postmortems/${slot}.md`, config: CONFIG, locale: 'en' });
    // The engine may also send other messages (records for the workspace index): the lint's answer is the `linted` one.
    const linted = sent.find((m) => m.type === 'linted') as LintedMessage;
    sent.length = 0;
    return linted;
  };
  const memory = (): MemoryMessage => {
    e.handle({ type: 'memory', id: 1, gc: false });
    return sent.find((m) => m.type === 'memory') as MemoryMessage;
  };
  const ask = async (uri: string, version: number): Promise<AnswerMessage> => {
    e.handle({ type: 'query', id: 7, uri, version, locale: 'en', query: { kind: 'hover', position: { line: 2, character: 3 } } });
    const answer = () => sent.find((m) => m.type === 'answer') as AnswerMessage | undefined;
    for (let i = 0; i < 50 && !answer(); i++) await new Promise((r) => setTimeout(r, 1));
    return answer()!;
  };
  return { lintJob, memory, ask };
}

const expected = (text: string) => {
  const lines = new LineIndex(text);
  return lint(text, { config: CONFIG.config }).findings.map((f) => toDiagnostic(lines, f));
};

test('only the documents linted most recently keep a chunk cache', () => {
  const { lintJob, memory } = engine();
  const count = DOCUMENTS_WITH_CACHE + 6;
  for (let i = 0; i < count; i++) assert.equal(lintJob(i + 1, `file:///pm/${i}.md`, 1, postmortem(i)).outcome, 'done');
  const m = memory();
  assert.equal(m.documents, count);
  assert.equal(m.cached, DOCUMENTS_WITH_CACHE);
  assert.ok(m.code > 0 && m.code < m.heapUsed, 'compiled code is reported as part of the heap');
});

test('a document whose cache was dropped answers from its last result and lints right after an edit', async () => {
  const { lintJob, ask } = engine();
  const first = 'file:///pm/0.md';
  lintJob(1, first, 1, postmortem(0));
  for (let i = 1; i <= DOCUMENTS_WITH_CACHE + 2; i++) lintJob(i + 1, `file:///pm/${i}.md`, 1, postmortem(i));
  // Its result is still there for hover.
  const hover = await ask(first, 1);
  assert.equal(hover.version, 1);
  assert.equal(hover.error, undefined);
  assert.notEqual(hover.value, null);
  // An edit sent as a patch of the last text: the root cause is filled in.
  const before = postmortem(0);
  const at = before.indexOf('TODO');
  const after = before.slice(0, at) + 'A configuration push removed the pool.' + before.slice(at + 4);
  const linted = lintJob(1, first, 2, { from: 1, prefix: at, suffix: before.length - at - 4, insert: 'A configuration push removed the pool.' });
  assert.equal(linted.outcome, 'done');
  assert.deepEqual(linted.diagnostics, expected(after));
  assert.notDeepEqual(expected(after), expected(before));
  // And the next edit reuses the cache it has again.
  const back = lintJob(1, first, 3, { from: 2, prefix: at, suffix: before.length - at - 4, insert: 'TODO' });
  assert.deepEqual(back.diagnostics, expected(before));
});
