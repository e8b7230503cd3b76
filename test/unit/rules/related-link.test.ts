import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { run } from '../../helpers/check';
import type { PeerRecord, WorkspaceView } from '../../../server/src/core/workspace';

const RULE = 'related-link';

const RECORDS: PeerRecord[] = [
  { path: 'postmortems/2024-03-01-db.md', id: 'INC-42', idStated: true, title: null, date: null, started: null, services: [], trigger: null },
  { path: 'postmortems/2023/2023-11-02-cdn.md', id: '2023-11-02-cdn', idStated: false, title: null, date: null, started: null, services: [], trigger: null },
];
const view = (complete = true): WorkspaceView => ({ path: 'postmortems/new.md', records: RECORDS, files: ['README.md'], complete });

for (const t of ruleTests(RULE, {
  valid: [
    { name: 'round 74: an id with what it is in parentheses, in a numbering no postmortem of the workspace uses (NSA-SMS-OR-2026-0201(SMS 発生報告)); the id alone is looked up (INC-42 (the DB outage))', code: '---\nrelated:\n  - NSA-SMS-OR-2026-0201(SMS 発生報告、手作業照合への切替について)\n  - INC-42 (the DB outage)\n---\n\n# X\n', extra: { workspace: view() } },
    { name: 'an id, a path relative to the document, a path without .md', code: '---\nrelated: [INC-42, 2023/2023-11-02-cdn.md, ./2024-03-01-db]\n---\n\n# X\n', extra: { workspace: view() } },
    { name: 'a path from the root and a file name id', code: '---\nrelated: [postmortems/2024-03-01-db.md, 2023-11-02-cdn]\n---\n', extra: { workspace: view() } },
    { name: 'links to postmortems and other Markdown files, web links, anchors', code: '# X\n\nSee [the DB outage](2024-03-01-db.md#timeline), [readme](../README.md), [web](https://example.com/a.md), [top](#x).\n', extra: { workspace: view() } },
    { name: 'a URL in related is not checked', code: '---\nrelated: https://example.com/pm/1\n---\n', extra: { workspace: view() } },
    { name: 'round 46: related lists the tickets of the document\'s own action items (SEC-702)', code: '---\nrelated: [SEC-702, SEC-703]\n---\n\n# Key pushed to a public repo\n\n## Action items\n\n- [x] SEC-702 (P0) Rotate the key — Noor — done 2026-02-11\n- [ ] SEC-703 (P1) Move CI to OIDC — @dk — target Q2 2026\n', extra: { workspace: view() } },
    { name: 'round 55: once related lists one of the document\'s own tickets (PLAT-1907), a key whose prefix no postmortem id has is one more (DRILL-2026-Q2)', code: '---\nrelated: [DRILL-2026-Q2, PLAT-1907]\n---\n\n# Drill near miss\n\n## Action items\n\n- [x] Fail the Makefile on a workspace mismatch (PLAT-1907) — 2026-06-12\n', extra: { workspace: view() } },
    { name: 'round 56: issues and pull requests of other repositories in related (kestrel-ci/runner#1290, group/project!12)', code: '---\nrelated:\n  - quill-lang/registry-security#27\n  - kestrel-ci/runner#1290\n  - group/project!12\n---\n\n# Token exposed\n', extra: { workspace: view() } },
    { name: 'round 48: issue and pull request numbers of the repository in related (#5120)', code: '---\nrelated: ["#5120", "#5133"]\n---\n\n# DB upgrade\n', extra: { workspace: view() } },
    { name: 'workspace still being read: silent', code: '---\nrelated: [INC-99]\n---\n', extra: { workspace: view(false) } },
    { name: 'no workspace: silent', code: '---\nrelated: [INC-99]\n---\n' },
  ],
  invalid: [
    { name: 'round 74: a described id in the workspace\'s own numbering that no postmortem has (INC-99 (the March outage))', code: '---\nrelated:\n  - INC-99 (the March outage)\n---\n', errors: [{ line: 3, column: 5, messageId: 'missingRelated' }], extra: { workspace: view() }, output: null },
    { name: 'round 55: beside a ticket of the document, a key with a postmortem id\'s prefix is still checked (INC-99)', code: '---\nrelated: [INC-99, PLAT-1907]\n---\n\n# X\n\n## Action items\n\n- [x] Fail the Makefile on a workspace mismatch (PLAT-1907) — 2026-06-12\n', errors: [{ line: 2, column: 11, messageId: 'missingRelated' }], extra: { workspace: view() }, output: null },
    { name: 'an id no postmortem has', code: '---\nrelated: [INC-42, INC-99]\n---\n', errors: [{ line: 2, column: 19, messageId: 'missingRelated' }], extra: { workspace: view() }, output: null },
    { name: 'a single related value', code: '---\nrelated: 2023-11-02-cnd\n---\n', errors: [{ line: 2, column: 10, messageId: 'missingRelated' }], extra: { workspace: view() }, output: null },
    { name: 'a link to a Markdown file that is not there, and a reference definition', code: '# X\n\nSee [the DB outage](2024-03-01-dbb.md).\n\n[old]: ./2023/gone.md\n', errors: [{ line: 3, column: 5, messageId: 'missingLink' }, { line: 5, column: 1, messageId: 'missingLink' }], extra: { workspace: view() }, output: null },
  ],
})) test(t.name, t.fn);

test(`${RULE}: the message quotes the entry`, () => {
  const [f] = run('---\nrelated: [INC-99]\n---\n', {}, 'en', { workspace: view() }).findings.filter((x) => x.ruleId === RULE);
  assert.match(f!.message, /"INC-99"/);
});
