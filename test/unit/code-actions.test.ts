// codeActionsFor is pure: a lint snapshot, the mapping to the current text and a request in,
// code actions out. Table-driven cases over one snapshot with two findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { codeActionsFor, wantedActions, FIX_ALL_KIND, type SnapshotView } from '../../server/src/lsp/code-actions';
import type { Snapshot } from '../../server/src/lsp/lint-scheduler';

const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
const diag = (range: Range, code: string, messageId: string): Diagnostic => ({ range, code, message: `${code} ${messageId}`, source: 'postmortem', data: { ruleId: code, messageId } });

const placeholder = diag(r(3, 0, 3, 6), 'placeholder', 'leftover');
const timezone = diag(r(8, 2, 8, 7), 'timezone', 'timeline');
const fixEdit: TextEdit = { range: r(3, 0, 3, 6), newText: '' };
const zoneEdit: TextEdit = { range: r(6, 0, 6, 0), newText: 'All times UTC.\n' };

const SNAPSHOT: Snapshot = {
  version: 3,
  generation: 0,
  text: '',
  locale: 'en',
  isPostmortem: true,
  diagnostics: [placeholder, timezone],
  actions: [
    { index: 0, fix: { title: 'Remove the placeholder', edits: [fixEdit] } },
    { index: 1, suggestions: [{ title: 'State UTC', edits: [zoneEdit] }, { title: 'State KST', edits: [{ ...zoneEdit, newText: 'All times KST.\n' }] }] },
  ],
  fixAll: [fixEdit],
};

const same: SnapshotView = { snapshot: SNAPSHOT, toNew: (x) => x, toOld: (x) => x };
/** The text changed since the lint: one line inserted above line 5. */
const shifted: SnapshotView = {
  snapshot: SNAPSHOT,
  toNew: (x) => (x.start.line >= 5 ? r(x.start.line + 1, x.start.character, x.end.line + 1, x.end.character) : x),
  toOld: (x) => (x.start.line === 5 ? undefined : x.start.line > 5 ? r(x.start.line - 1, x.start.character, x.end.line - 1, x.end.character) : x),
};

const request = (range: Range, only?: string[], diagnostics: Diagnostic[] = []) => ({ textDocument: { uri: 'file:///x.md' }, range, context: { diagnostics, only } });

const CASES: Array<{ name: string; view: SnapshotView; req: ReturnType<typeof request>; fixAll?: TextEdit[]; titles: string[] }> = [
  { name: 'the quick fix of the finding under the cursor', view: same, req: request(r(3, 2, 3, 2)), titles: ['Remove the placeholder'] },
  { name: 'suggestions of a finding without a fix', view: same, req: request(r(8, 3, 8, 3)), titles: ['State UTC', 'State KST'] },
  { name: 'nothing where there is no finding', view: same, req: request(r(5, 0, 5, 0)), titles: [] },
  { name: 'a range over both findings', view: same, req: request(r(0, 0, 10, 0)), titles: ['Remove the placeholder', 'State UTC', 'State KST'] },
  { name: 'fix-all is added when the caller passes its edits', view: same, req: request(r(3, 2, 3, 2)), fixAll: [fixEdit], titles: ['Remove the placeholder', 'Fix all'] },
  { name: 'only fix-all asked: no quick fixes', view: same, req: request(r(3, 2, 3, 2), [FIX_ALL_KIND]), fixAll: [fixEdit], titles: ['Fix all'] },
  { name: 'a finding below an edit is found at its new place', view: shifted, req: request(r(9, 3, 9, 3)), titles: ['State UTC', 'State KST'] },
  { name: 'a request inside the edited line gets nothing', view: shifted, req: request(r(5, 0, 5, 1)), titles: [] },
];

for (const c of CASES) {
  test(`codeActionsFor: ${c.name}`, () => {
    const actions = codeActionsFor(c.view, c.req, c.fixAll, 'Fix all');
    assert.deepEqual(actions.map((a) => a.title), c.titles);
  });
}

test('codeActionsFor: edits are moved to the current text', () => {
  const [a] = codeActionsFor(shifted, request(r(9, 3, 9, 3)), undefined, 'Fix all');
  assert.deepEqual(a.edit?.changes?.['file:///x.md'], [{ range: r(7, 0, 7, 0), newText: 'All times UTC.\n' }]);
  assert.deepEqual(a.diagnostics?.[0].range, r(9, 2, 9, 7));
});

test('codeActionsFor: the client diagnostic is found by rule, message id and range, not by position in a list', () => {
  const theirs = { ...placeholder, message: 'as the client shows it', data: { ruleId: 'placeholder', messageId: 'leftover', index: 7 } };
  const other = { ...placeholder, data: { ruleId: 'placeholder', messageId: 'another' } };
  const [a] = codeActionsFor(same, request(r(3, 2, 3, 2), undefined, [other, theirs]), undefined, 'Fix all');
  assert.equal(a.diagnostics?.[0], theirs);
  const [b] = codeActionsFor(same, request(r(3, 2, 3, 2), undefined, [other]), undefined, 'Fix all');
  assert.equal(b.diagnostics?.[0].message, placeholder.message);
});

test('codeActionsFor: a document that is not a postmortem has no actions', () => {
  assert.deepEqual(codeActionsFor({ ...same, snapshot: { ...SNAPSHOT, isPostmortem: false } }, request(r(3, 2, 3, 2)), [fixEdit], 'Fix all'), []);
});

test('wantedActions: which kinds a request asks for', () => {
  assert.deepEqual(wantedActions(undefined), { fixAll: false, quickFix: true });
  assert.deepEqual(wantedActions(['quickfix']), { fixAll: false, quickFix: true });
  assert.deepEqual(wantedActions(['source.fixAll']), { fixAll: true, quickFix: false });
  assert.deepEqual(wantedActions(['source']), { fixAll: true, quickFix: false });
  assert.deepEqual(wantedActions([FIX_ALL_KIND]), { fixAll: true, quickFix: false });
});
