/**
 * New Postmortem from Template…: pick a template, give a title and a date, and get a new file in
 * `newFileFolder` named by `newFileName`. The file is written by `createPostmortem`, which never
 * overwrites (it takes the next free `-2`, `-3`… name). With no folder open (or a virtual one), the
 * filled template opens as an untitled Markdown document instead.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { createPostmortem, listTemplates, localDate, TemplateError, type TemplateInfo } from '../../../server/src/node/templates';
import { isIsoDate, renderTemplate, templateDefaults } from '../../../server/src/core/templates';
import { findConfigFile, loadConfigFile, resolveInside } from '../../../server/src/node/config-file';
import { mergeConfig, type PostmortemConfig } from '../../../server/src/core/config';
import { t } from '../locale';

/** Registers `postmortem.newFromTemplate`. */
export function registerNewFromTemplate(): vscode.Disposable {
  return vscode.commands.registerCommand('postmortem.newFromTemplate', async () => {
    try {
      await newFromTemplate();
    } catch (err) {
      void vscode.window.showErrorMessage(err instanceof Error ? err.message : String(err));
    }
  });
}

/** The folder to write in: the active editor's, else the first; undefined when none is on disk. */
function targetFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) || vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? folder : undefined;
}

/** Settings, with `.postmortemrc.json` (found from the folder's root) winning, as the server does. */
function configFor(folder: vscode.WorkspaceFolder | undefined): { config: PostmortemConfig; configDir: string | undefined } {
  const s = vscode.workspace.getConfiguration('postmortem', folder?.uri);
  const settings: Partial<PostmortemConfig> = {
    newFileFolder: s.get<string>('newFileFolder'),
    newFileName: s.get<string>('newFileName'),
    templates: s.get<string>('templates'),
  };
  if (!folder) return { config: mergeConfig(settings), configDir: undefined };
  const root = folder.uri.fsPath;
  const file = findConfigFile(root, root);
  const fromFile = file ? loadConfigFile(file).config : undefined;
  return { config: mergeConfig(settings, fromFile), configDir: fromFile && file ? path.dirname(file) : undefined };
}

async function newFromTemplate(): Promise<void> {
  const folder = targetFolder();
  const root = folder?.uri.fsPath;
  const { config, configDir } = configFor(folder);
  const teamFolder = root && config.templates ? resolveInside(root, configDir ?? root, config.templates) : undefined;
  let templates: TemplateInfo[];
  try {
    templates = listTemplates(teamFolder);
  } catch (err) {
    // A team folder that cannot be read should not hide the built-in templates.
    void vscode.window.showWarningMessage(err instanceof TemplateError ? err.message : String(err));
    templates = listTemplates();
  }
  if (templates.length === 0) {
    void vscode.window.showErrorMessage(t('No postmortem templates were found.', 'postmortem 템플릿을 찾지 못했습니다.'));
    return;
  }

  const picked = await vscode.window.showQuickPick(
    templates.map((template) => ({ label: template.label, description: template.description, template })),
    { title: t('New Postmortem from Template', '템플릿으로 새 postmortem 만들기'), placeHolder: t('Choose a template', '템플릿을 고르세요'), matchOnDescription: true },
  );
  if (!picked) return;
  const source = fs.readFileSync(picked.template.file, 'utf8');
  const defaults = templateDefaults(source);

  const title = await vscode.window.showInputBox({
    title: t('New Postmortem: title', '새 postmortem: 제목'),
    prompt: t('What happened, in a few words', '무슨 일이 있었는지 짧게'),
    value: defaults.title ?? '',
    placeHolder: t('Payment API outage', '결제 API 장애'),
  });
  if (title === undefined) return;

  const date = await vscode.window.showInputBox({
    title: t('New Postmortem: date', '새 postmortem: 날짜'),
    prompt: t('Date of the incident (YYYY-MM-DD)', '장애 날짜 (YYYY-MM-DD)'),
    value: defaults.date ?? localDate(),
    validateInput: (v) => (isIsoDate(v.trim()) ? undefined : t('Write a real date as YYYY-MM-DD.', 'YYYY-MM-DD 형식의 실제 날짜를 쓰세요.')),
  });
  if (date === undefined) return;

  if (!root) {
    const text = renderTemplate(source, { title: title.trim() || defaults.title || 'Untitled postmortem', date: date.trim() });
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc);
    return;
  }

  const target = resolveInside(root, root, config.newFileFolder || '.');
  if (!target) {
    void vscode.window.showErrorMessage(t(`newFileFolder "${config.newFileFolder}" is outside the workspace folder.`, `newFileFolder "${config.newFileFolder}"가 작업 폴더 밖에 있습니다.`));
    return;
  }
  const created = createPostmortem({
    templateId: picked.template.id,
    title: title.trim() || undefined,
    date: date.trim(),
    folder: target,
    fileNamePattern: config.newFileName,
    suffixOnConflict: true,
    templatesFolder: teamFolder,
  });
  await vscode.window.showTextDocument(vscode.Uri.file(created.file));
}
