/**
 * The Incidents view's requests: `postmortem/incidents` answers the incident records of the
 * workspace's postmortems (open documents with their editor text), and `postmortem/incidentReport`
 * the HTML report of them, for a webview without scripts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, pathToUri, notInWeb, workspaceFixture } from '../helpers/lsp-client';

/** The web server keeps no index of the workspace, and the web client offers neither the view nor the report. */
const NO_INDEX_IN_WEB = notInWeb('no index of the workspace: the Incidents view and the report are not offered');
import type { IncidentList, IncidentReportPage } from '../../server/src/lsp/command-ids';

const workspace = () => workspaceFixture('pm-incidents');

/** Asks until the index has read the folders once. */
async function incidents(server: Awaited<ReturnType<typeof startServer>>, until: (l: IncidentList) => boolean = () => true): Promise<IncidentList> {
  for (let i = 0; ; i++) {
    const list = (await server.conn.sendRequest('postmortem/incidents')) as IncidentList;
    if ((list.complete && until(list)) || i > 200) return list;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('postmortem/incidents: the records of the fixture workspace, with TTR, status and open action items', NO_INDEX_IN_WEB, async () => {
  const dir = workspace();
  const server = await startServer({ folder: dir });
  try {
    const list = await incidents(server, (l) => l.incidents.length === 3);
    assert.equal(list.complete, true);
    assert.equal(list.truncated, false);
    const shown = list.incidents.map((e) => [e.path, e.id, e.title, e.date, e.severity, e.status, e.ttrMinutes, e.openActionItems, e.overdueActionItems]);
    assert.deepEqual(shown, [
      ['postmortems/2024/2024-02-20-checkout.md', 'INC-101', 'Checkout errors after a configuration push', '2024-02-20', 'SEV2', 'final', 90, 0, 0],
      ['postmortems/2024/2024-03-01-checkout.md', 'INC-102', 'Checkout errors again', '2024-03-01', 'SEV2', 'draft', 45, 1, 1],
      ['postmortems/2024/2024-03-05-search.md', 'INC-103', 'Search latency', '2024-03-05', 'SEV3', 'draft', 60, 0, 0],
    ]);
    assert.equal(list.incidents[0].uri, pathToUri(path.join(dir, 'postmortems', '2024', '2024-02-20-checkout.md')));

    // An open document counts with its editor text, saved or not.
    const search = pathToUri(path.join(dir, 'postmortems', '2024', '2024-03-05-search.md'));
    server.open(search, fs.readFileSync(new URL(search), 'utf8').replace('status: draft', 'status: final'));
    const edited = await incidents(server, (l) => l.incidents.find((e) => e.id === 'INC-103')?.status === 'final');
    assert.equal(edited.incidents.find((e) => e.id === 'INC-103')?.status, 'final');

    // A new postmortem on disk is read once the index hears of it.
    fs.writeFileSync(path.join(dir, 'postmortems', '2024', '2024-04-02-login.md'), '---\nid: INC-104\ntitle: Login outage\ndate: 2024-04-02\nstarted: 2024-04-02T10:00:00Z\nresolved: 2024-04-02T10:20:00Z\nseverity: SEV1\nstatus: draft\n---\n\n# Login outage\n');
    await server.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToUri(path.join(dir, 'postmortems', '2024', '2024-04-02-login.md')), type: 1 }] });
    const added = await incidents(server, (l) => l.incidents.length === 4);
    assert.deepEqual(added.incidents.find((e) => e.id === 'INC-104') && [added.incidents.find((e) => e.id === 'INC-104')!.ttrMinutes, added.incidents.find((e) => e.id === 'INC-104')!.severity], [20, 'SEV1']);
  } finally {
    await server.stop();
  }
});

test('postmortem/incidentReport: the HTML report of the same records, with no script and the editor theme followed', NO_INDEX_IN_WEB, async () => {
  const dir = workspace();
  const server = await startServer({ folder: dir });
  try {
    await incidents(server, (l) => l.incidents.length === 3);
    const page = (await server.conn.sendRequest('postmortem/incidentReport')) as IncidentReportPage;
    assert.equal(page.incidents, 3);
    assert.match(page.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    assert.doesNotMatch(page.html, /<script/i);
    assert.match(page.html, /body\.vscode-dark/);
    assert.match(page.html, /Checkout errors again/);
    assert.match(page.html, /<svg/);
  } finally {
    await server.stop();
  }
});

test('postmortem/incidents in a workspace without postmortems, and without a folder', async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-incidents-empty-'));
  fs.writeFileSync(path.join(empty, 'README.md'), '# Notes\n\nNothing happened.\n');
  const server = await startServer({ folder: empty });
  try {
    const list = await incidents(server);
    assert.deepEqual(list, { incidents: [], complete: true, truncated: false });
    const page = (await server.conn.sendRequest('postmortem/incidentReport')) as IncidentReportPage;
    assert.equal(page.incidents, 0);
  } finally {
    await server.stop();
  }
  const none = await startServer();
  try {
    const list = (await none.conn.sendRequest('postmortem/incidents')) as IncidentList;
    assert.deepEqual(list.incidents, []);
  } finally {
    await none.stop();
  }
});
