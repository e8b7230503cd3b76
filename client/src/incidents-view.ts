/**
 * The Incidents view in the Explorer and Postmortem: Show Incident Report. The language server
 * does the work (`postmortem/incidents`, `postmortem/incidentReport`: the incident records of the
 * workspace's postmortems, server/src/lsp/incidents.ts); this file only groups the entries, opens
 * a document on click, and shows the report's HTML in a webview that runs no script.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { INCIDENT_REQUESTS, type IncidentEntry, type IncidentList, type IncidentReportPage } from '../../server/src/lsp/command-ids';

/** The view's id in package.json (`contributes.views.explorer`). */
export const INCIDENTS_VIEW = 'postmortem.incidents';
/** How the entries are grouped; the context key says which title button to show. */
type GroupBy = 'month' | 'severity';
const GROUP_KEY = 'postmortem.incidentsGroupBy';
/** Saves closer together than this refresh the view once. */
const REFRESH_DELAY_MS = 400;
/** While the server's index is still reading the workspace, the view asks again after this long. */
const RETRY_MS = 1000;

type Node = { kind: 'group'; label: string; entries: IncidentEntry[] } | { kind: 'incident'; entry: IncidentEntry };

/** `90` → `1 h 30 min`. */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return vscode.l10n.t('{0} min', m);
  if (m < 24 * 60) return m % 60 ? vscode.l10n.t('{0} h {1} min', Math.floor(m / 60), m % 60) : vscode.l10n.t('{0} h', m / 60);
  const h = Math.round(m / 60);
  return h % 24 ? vscode.l10n.t('{0} d {1} h', Math.floor(h / 24), h % 24) : vscode.l10n.t('{0} d', h / 24);
}

class IncidentsProvider implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  groupBy: GroupBy = 'month';
  /** The tree view, for its message (index still reading, too many postmortems). */
  view: vscode.TreeView<Node> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private listening: LanguageClient | undefined;

  constructor(private readonly client: () => LanguageClient | undefined, private readonly changed: () => void) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${this.groupBy}:${node.label}`;
      item.description = String(node.entries.length);
      item.contextValue = 'incidentGroup';
      return item;
    }
    const e = node.entry;
    const item = new vscode.TreeItem(e.title ?? e.id, vscode.TreeItemCollapsibleState.None);
    const uri = vscode.Uri.parse(e.uri);
    item.id = `incident:${e.uri}`;
    item.resourceUri = uri;
    item.description = describe(e);
    item.tooltip = tooltip(e);
    item.iconPath = new vscode.ThemeIcon(e.overdueActionItems > 0 ? 'warning' : e.openActionItems > 0 ? 'circle-large-outline' : 'pass');
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
    item.contextValue = 'incident';
    return item;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node.kind === 'group' ? node.entries.map((entry) => ({ kind: 'incident' as const, entry })) : [];
    const list = await this.fetch();
    if (!list) return [];
    return groups(list.incidents, this.groupBy);
  }

  private async fetch(): Promise<IncidentList | undefined> {
    const client = this.client();
    if (!client || !client.isRunning()) {
      this.later();
      return undefined;
    }
    if (this.listening !== client) {
      this.listening = client;
      // The server's workspace index changed (a file on disk, another document's record).
      client.onNotification('postmortem/incidentsChanged', () => this.changed());
    }
    try {
      const list = (await client.sendRequest(INCIDENT_REQUESTS.incidents)) as IncidentList | null;
      if (!list) return undefined;
      if (!list.complete) this.later();
      if (this.view) this.view.message = list.truncated ? vscode.l10n.t('Only the first {0} postmortems are shown.', list.incidents.length) : undefined;
      return list;
    } catch {
      this.later();
      return undefined;
    }
  }

  /** Asks again soon (the server is starting, or its index is still reading the folders). */
  private later(): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.refresh();
    }, RETRY_MS);
  }

  dispose(): void {
    if (this.retry) clearTimeout(this.retry);
    this.emitter.dispose();
  }
}

function describe(e: IncidentEntry): string {
  const parts: string[] = [];
  if (e.ttrMinutes !== null) parts.push(vscode.l10n.t('TTR {0}', formatMinutes(e.ttrMinutes)));
  if (e.status) parts.push(e.status);
  if (e.openActionItems > 0) parts.push(vscode.l10n.t('{0} open', e.openActionItems));
  return parts.join(' · ');
}

function tooltip(e: IncidentEntry): string {
  const none = vscode.l10n.t('not stated');
  return [
    e.title ?? e.id,
    e.path,
    `${vscode.l10n.t('Date')}: ${e.date ?? none}`,
    `${vscode.l10n.t('Severity')}: ${e.severity ?? none}`,
    `${vscode.l10n.t('Status')}: ${e.status ?? none}`,
    `${vscode.l10n.t('Time to resolve')}: ${e.ttrMinutes === null ? none : formatMinutes(e.ttrMinutes)}`,
    `${vscode.l10n.t('Open action items')}: ${e.openActionItems}${e.overdueActionItems ? ` (${vscode.l10n.t('{0} overdue', e.overdueActionItems)})` : ''}`,
  ].join('\n');
}

/** Entries by month (newest first) or by severity (as the labels sort), newest first inside a group. */
function groups(entries: IncidentEntry[], by: GroupBy): Node[] {
  const map = new Map<string, IncidentEntry[]>();
  const noKey = by === 'month' ? vscode.l10n.t('No date') : vscode.l10n.t('No severity');
  for (const e of entries) {
    const key = (by === 'month' ? e.date?.slice(0, 7) : e.severity) || noKey;
    map.set(key, [...(map.get(key) ?? []), e]);
  }
  const keys = [...map.keys()].sort((a, b) => (a === noKey ? 1 : b === noKey ? -1 : by === 'month' ? b.localeCompare(a) : a.localeCompare(b, undefined, { numeric: true })));
  return keys.map((label) => ({ kind: 'group' as const, label, entries: map.get(label)!.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.path.localeCompare(b.path)) }));
}

/** The report panel, reused while open. */
let panel: vscode.WebviewPanel | undefined;

async function showReport(client: LanguageClient | undefined, reveal: boolean): Promise<void> {
  if (!client || !client.isRunning()) {
    if (reveal) void vscode.window.showErrorMessage(vscode.l10n.t('The Postmortem language server is not running.'));
    return;
  }
  const page = (await client.sendRequest(INCIDENT_REQUESTS.report)) as IncidentReportPage | null;
  if (!page) return;
  if (!panel) {
    // No script runs in it, and it loads nothing: the page's own CSP says the same.
    panel = vscode.window.createWebviewPanel('postmortem.incidentReport', vscode.l10n.t('Incident Report'), vscode.ViewColumn.Active, { enableScripts: false, enableCommandUris: false, localResourceRoots: [] });
    panel.onDidDispose(() => (panel = undefined));
  } else if (reveal) {
    panel.reveal();
  }
  panel.webview.html = page.html;
}

/** Registers the Incidents view, its title commands and Show Incident Report. */
export function registerIncidentsView(client: () => LanguageClient | undefined): vscode.Disposable[] {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      provider.refresh();
      if (panel) void showReport(client(), false).catch(() => undefined);
    }, REFRESH_DELAY_MS);
  };
  const provider = new IncidentsProvider(client, refreshSoon);
  const view = vscode.window.createTreeView(INCIDENTS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  // The view shows only where a client registers it: the web extension's server keeps no index of the workspace.
  void vscode.commands.executeCommand('setContext', 'postmortem.incidentsView', true);
  const setGroup = (by: GroupBy) => {
    provider.groupBy = by;
    void vscode.commands.executeCommand('setContext', GROUP_KEY, by);
    provider.refresh();
  };
  setGroup('month');
  return [
    view,
    provider,
    vscode.commands.registerCommand('postmortem.incidents.groupBySeverity', () => setGroup('severity')),
    vscode.commands.registerCommand('postmortem.incidents.groupByMonth', () => setGroup('month')),
    vscode.commands.registerCommand('postmortem.incidents.refresh', () => provider.refresh()),
    vscode.commands.registerCommand('postmortem.showIncidentReport', () => showReport(client(), true)),
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.languageId === 'markdown') refreshSoon();
    }),
    { dispose: () => timer && clearTimeout(timer) },
  ];
}
