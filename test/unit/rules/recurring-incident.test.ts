import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { run } from '../../helpers/check';
import type { PeerRecord, WorkspaceView } from '../../../server/src/core/workspace';

const RULE = 'recurring-incident';

function peer(path: string, date: string, services: string[], trigger: string | null): PeerRecord {
  return { path, id: path, idStated: false, title: null, date, started: null, services, trigger };
}
const RECORDS = [
  peer('postmortems/2024-01-10-checkout.md', '2024-01-10', ['Checkout'], 'configuration push'),
  peer('postmortems/2024-02-20-checkout.md', '2024-02-20', ['Checkout', 'Payments'], 'configuration push'),
  peer('postmortems/2023-01-01-checkout.md', '2023-01-01', ['Checkout'], 'configuration push'),
  peer('postmortems/2024-02-28-search.md', '2024-02-28', ['Search'], 'configuration push'),
];
const view = (path = 'postmortems/2024-03-01-checkout.md'): WorkspaceView => ({ path, records: RECORDS, complete: true });
const DOC = (trigger: string, services = 'Checkout', date = '2024-03-01') => `---\ndate: ${date}\ntrigger: ${trigger}\nservices: [${services}]\n---\n\n# Outage\n`;

for (const t of ruleTests(RULE, {
  valid: [
    { name: 'another trigger', code: DOC('capacity'), extra: { workspace: view() } },
    { name: 'another service', code: DOC('configuration push', 'Billing'), extra: { workspace: view() } },
    { name: 'more than 90 days after', code: DOC('configuration push', 'Checkout', '2024-06-30'), extra: { workspace: view() } },
    { name: 'the earliest of the series', code: DOC('configuration push', 'Checkout', '2023-01-01'), extra: { workspace: view('postmortems/2023-01-01-checkout.md') } },
    { name: 'no workspace: silent', code: DOC('configuration push') },
  ],
  invalid: [
    { name: 'same service and trigger 10 days later', code: DOC('configuration push'), errors: [{ line: 3, column: 10, messageId: 'recurs' }], extra: { workspace: view() }, output: null },
  ],
})) test(t.name, t.fn);

test(`${RULE}: names the nearest earlier postmortem, with a link relative to this one, at information level`, () => {
  const [f] = run(DOC('configuration push', 'payments'), {}, 'en', { workspace: view() }).findings.filter((x) => x.ruleId === RULE);
  assert.equal(f!.severity, 'information');
  assert.deepEqual(f!.data, { earlier: '2024-02-20-checkout.md', date: '2024-02-20', service: 'payments', trigger: 'configuration push', days: 10 });
  const [g] = run(DOC('configuration push'), {}, 'en', { workspace: view('postmortems/2024/2024-03-01-checkout.md') }).findings.filter((x) => x.ruleId === RULE);
  assert.match(g!.message, /\.\.\/2024-02-20-checkout\.md \(2024-02-20\)/);
});
