/**
 * Import Timeline…: pick the exported files and what each is (a Slack export, a PagerDuty log…),
 * see the rows the import adds as a diff of the document, then apply them as one edit (one undo).
 * The language server reads the files and computes everything (`postmortem.server.importTimeline`);
 * this only asks and shows.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient/node';
import { SERVER_COMMANDS, type CommandResult, type ImportTimelineArgs } from '../../../server/src/lsp/command-ids';

/** The scheme of the read-only preview documents. */
const SCHEME = 'postmortem-import';

/** Preview texts by preview URI path. */
const previews = new Map<string, string>();

interface SourceItem extends vscode.QuickPickItem {
  source?: string;
  folders?: boolean;
  preview?: boolean;
}

function sourceItems(): SourceItem[] {
  return [
    { label: vscode.l10n.t('Slack export (zip or folder)'), source: 'slack', folders: true },
    { label: vscode.l10n.t('PagerDuty log entries (JSON)'), source: 'pagerduty' },
    { label: vscode.l10n.t('Opsgenie alert logs (JSON)'), source: 'opsgenie' },
    { label: vscode.l10n.t('Alertmanager alerts (JSON)'), source: 'alertmanager' },
    { label: vscode.l10n.t('Grafana annotations (JSON)'), source: 'grafana' },
    { label: vscode.l10n.t('Git history (merges and tags)'), source: 'git', folders: true },
    { label: vscode.l10n.t('CSV or TSV of time and event'), source: 'csv' },
  ];
}

/** Registers `postmortem.importTimeline` and the provider of its preview documents. */
export function registerImportTimeline(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  return [
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, { provideTextDocumentContent: (uri) => previews.get(uri.path) ?? '' }),
    vscode.commands.registerCommand('postmortem.importTimeline', async () => {
      try {
        await importTimeline(getClient());
      } catch (err) {
        void vscode.window.showErrorMessage(err instanceof Error ? err.message : String(err));
      }
    }),
  ];
}

/** Asks for the files one at a time (kind, then file), until the user asks for the preview. */
async function chooseSources(): Promise<ImportTimelineArgs | undefined> {
  const args: ImportTimelineArgs = { sources: [] };
  for (;;) {
    const items: SourceItem[] = sourceItems();
    if (args.sources.length > 0) items.unshift({ label: vscode.l10n.t('Preview the import'), preview: true, detail: args.sources.map((s) => s.path).join(', ') });
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Import Timeline'), placeHolder: vscode.l10n.t('What kind of file is next?'), ignoreFocusOut: true });
    if (!pick) return undefined;
    if (pick.preview) return args;
    const uris = await vscode.window.showOpenDialog({ canSelectFiles: true, canSelectFolders: pick.folders === true, canSelectMany: false, title: pick.label, openLabel: vscode.l10n.t('Import') });
    const uri = uris?.[0];
    if (!uri) continue;
    args.sources.push({ source: pick.source!, path: uri.fsPath });
    if (pick.source === 'slack') {
      const channel = await vscode.window.showInputBox({ title: pick.label, prompt: vscode.l10n.t('Channel folder in the export (empty when it has one channel)'), ignoreFocusOut: true });
      if (channel === undefined) return undefined;
      if (channel.trim()) args.channel = channel.trim();
    }
  }
}

async function importTimeline(client: LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown postmortem first.'));
    return;
  }
  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The Postmortem language server is not running.'));
    return;
  }
  const document = editor.document;
  const args = await chooseSources();
  if (!args) return;
  const uri = client.code2ProtocolConverter.asUri(document.uri);
  const send = (a: ImportTimelineArgs) => client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.importTimeline, arguments: [uri, a] }) as Promise<CommandResult | null>;

  const preview = await send({ ...args, preview: true });
  if (!preview?.preview) {
    if (preview?.message) void vscode.window.showInformationMessage(preview.message);
    return;
  }
  const previewUri = vscode.Uri.from({ scheme: SCHEME, path: `/${Date.now()}/${document.uri.path.split('/').pop() ?? 'postmortem.md'}` });
  previews.set(previewUri.path, preview.preview.text);
  const title = vscode.l10n.t('Import Timeline: {0} new entries', preview.preview.rows);
  await vscode.commands.executeCommand('vscode.diff', document.uri, previewUri, title, { preview: true });
  const apply = vscode.l10n.t('Apply');
  const choice = await vscode.window.showInformationMessage(title, apply, vscode.l10n.t('Cancel'));
  // Close the preview, then apply to the document itself.
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === previewUri.toString()) await vscode.window.tabGroups.close(tab);
    }
  }
  previews.delete(previewUri.path);
  if (choice !== apply) return;
  await vscode.window.showTextDocument(document, { preview: false });
  const result = await send(args);
  if (result?.message) void vscode.window.showInformationMessage(result.message);
}
