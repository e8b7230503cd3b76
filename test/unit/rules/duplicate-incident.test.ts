import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { run } from '../../helpers/check';
import type { PeerRecord, WorkspaceView } from '../../../server/src/core/workspace';

const RULE = 'duplicate-incident';

function peer(p: Partial<PeerRecord> & { path: string }): PeerRecord {
  return { id: p.path.replace(/^.*\//, '').replace(/\.md$/, ''), idStated: false, title: null, date: null, started: null, services: [], trigger: null, ...p };
}

const OTHERS: PeerRecord[] = [
  peer({ path: 'postmortems/2024-03-01-db.md', id: 'INC-42', idStated: true, date: '2024-03-01', started: '2024-03-01T10:00:00.000Z', services: ['Checkout'] }),
  peer({ path: 'postmortems/2024-03-05-cdn.md', date: '2024-03-05', started: '2024-03-05T08:00:00.000Z', services: ['CDN'] }),
];
const view = (path = 'postmortems/new.md', records = OTHERS): WorkspaceView => ({ path, records, complete: true });

const DOC = (fm: string) => `---\n${fm}\n---\n\n# Outage\n`;

for (const t of ruleTests(RULE, {
  valid: [
    { name: 'an id of its own', code: DOC('id: INC-43'), extra: { workspace: view() } },
    { name: 'no workspace: silent', code: DOC('id: INC-42') },
    { name: 'the document itself in the index is not a duplicate', code: DOC('id: INC-42'), extra: { workspace: view('postmortems/2024-03-01-db.md') } },
    { name: 'the same file name without a stated id is not a claim', code: DOC('title: CDN'), extra: { workspace: view('other/2024-03-05-cdn.md') } },
    { name: 'same start, other service', code: DOC('started: 2024-03-01T10:00:00Z\nservices: [Search]'), extra: { workspace: view() } },
    { name: 'same service, other start', code: DOC('started: 2024-03-01T11:00:00Z\nservices: [Checkout]'), extra: { workspace: view() } },
    { name: 'a translation (the same name with a language tag) is not a duplicate', code: DOC('started: 2024-03-01T19:00:00+09:00\nservices: [Checkout]'), extra: { workspace: view('postmortems/2024-03-01-db.ja.md') } },
    { name: 'nor is the original of a translation', code: DOC('started: 2024-03-05T08:00:00Z\nservices: [CDN]'), extra: { workspace: view('postmortems/2024-03-05-cdn.ko-KR.md') } },
  ],
  invalid: [
    { name: 'the same stated id', code: DOC('id: INC-42'), errors: [{ line: 2, column: 5, messageId: 'sameId' }], extra: { workspace: view() }, output: null },
    { name: 'same start and service (case does not matter)', code: DOC('started: 2024-03-01T19:00:00+09:00\nservices: [checkout]'), errors: [{ line: 2, column: 10, messageId: 'sameStart' }], extra: { workspace: view() }, output: null },
    { name: 'a language tag on another name is no translation', code: DOC('started: 2024-03-01T19:00:00+09:00\nservices: [Checkout]'), errors: [{ line: 2, column: 10, messageId: 'sameStart' }], extra: { workspace: view('postmortems/2024-03-01-api.ja.md') }, output: null },
  ],
})) test(t.name, t.fn);

test(`${RULE}: the message names the other postmortem relative to this one`, () => {
  const [f] = run(DOC('id: INC-42'), {}, 'en', { workspace: view('postmortems/2024/new.md') }).findings.filter((x) => x.ruleId === RULE);
  assert.match(f!.message, /"INC-42": \.\.\/2024-03-01-db\.md/);
});
