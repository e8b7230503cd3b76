/**
 * New Postmortem from Template…: pick a template, give a title and a date; the language server
 * writes the file into `newFileFolder` (named by `newFileName`), never overwriting one (it takes
 * the next free `-2`, `-3`… name), and the editor opens it. With no folder open, the filled
 * template opens as an untitled Markdown document instead.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient/node';
import { SERVER_COMMANDS, type NewPostmortemResult, type TemplateList } from '../../../server/src/lsp/command-ids';

/** Registers `postmortem.newFromTemplate`. */
export function registerNewFromTemplate(getClient: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('postmortem.newFromTemplate', async () => {
    try {
      await newFromTemplate(getClient());
    } catch (err) {
      void vscode.window.showErrorMessage(err instanceof Error ? err.message : String(err));
    }
  });
}

/**
 * The folder to write in (the active editor's, else the first) as the server names it; undefined
 * when none is a file folder to the server (the web client names its workspace's folders as
 * `file:` URIs, client/src/web-uris.ts).
 */
function targetFolder(client: LanguageClient): string | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) || vscode.workspace.workspaceFolders?.[0];
  const uri = folder && client.code2ProtocolConverter.asUri(folder.uri);
  return uri?.startsWith('file:') ? uri : undefined;
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function isDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

async function newFromTemplate(client: LanguageClient | undefined): Promise<void> {
  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The Postmortem language server is not running.'));
    return;
  }
  const folderUri = targetFolder(client);
  const list = (await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.listTemplates, arguments: folderUri ? [folderUri] : [] })) as TemplateList;
  if (list.warning) void vscode.window.showWarningMessage(list.warning);
  if (!list.templates.length) {
    void vscode.window.showErrorMessage(vscode.l10n.t('No postmortem templates were found.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    list.templates.map((template) => ({ label: template.label, description: template.description, template })),
    { title: vscode.l10n.t('New Postmortem from Template'), placeHolder: vscode.l10n.t('Choose a template'), matchOnDescription: true },
  );
  if (!picked) return;
  const title = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Postmortem: title'),
    prompt: vscode.l10n.t('What happened, in a few words'),
    value: picked.template.title ?? '',
    placeHolder: vscode.l10n.t('Payment API outage'),
  });
  if (title === undefined) return;
  const date = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Postmortem: date'),
    prompt: vscode.l10n.t('Date of the incident (YYYY-MM-DD)'),
    value: picked.template.date ?? today(),
    validateInput: (v) => (isDate(v.trim()) ? undefined : vscode.l10n.t('Write a real date as YYYY-MM-DD.')),
  });
  if (date === undefined) return;
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_COMMANDS.newFromTemplate,
    arguments: [{ templateId: picked.template.id, title: title.trim(), date: date.trim(), folderUri }],
  })) as NewPostmortemResult;
  if (result.error) {
    void vscode.window.showErrorMessage(result.error);
    return;
  }
  if (result.uri) {
    await vscode.window.showTextDocument(client.protocol2CodeConverter.asUri(result.uri));
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
  await vscode.window.showTextDocument(doc);
}
