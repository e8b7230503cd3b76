/**
 * Template commands for New Postmortem from Template…: the client asks for the list, shows the
 * quick pick and input boxes, then asks the server to write the file. The server does the file
 * work (with the same configuration lookup as linting), so the client bundle stays small.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createPostmortem, listTemplates, TemplateError, type TemplateInfo } from '../node/templates';
import { renderTemplate, templateDefaults, isIsoDate } from '../core/index';
import { resolveInside } from '../node/config-file';
import { decodeForReading } from '../node/decode';
import type { ServerContext } from './server';
import type { NewPostmortemArgs, NewPostmortemResult, TemplateList } from './command-ids';

async function folderConfig(ctx: ServerContext, folderUri: string | undefined) {
  if (!folderUri) return undefined;
  const root = URI.parse(folderUri).fsPath;
  // The configuration of a document at the folder's root is the folder's configuration: the
  // editor's postmortem.* settings for that folder, with .postmortemrc.json on top, as for linting.
  const uri = URI.file(path.join(root, '__new__.md')).toString();
  const settings = await ctx.settingsFor(uri);
  const dc = await ctx.files.settle(() => ctx.configs.configFor(uri, settings), () => ctx.configs.invalidate());
  const teamFolder = dc.config.templates && dc.file ? resolveInside(root, path.dirname(dc.file), dc.config.templates) : undefined;
  return { root, config: dc.config, teamFolder };
}

function safeList(teamFolder: string | undefined): { templates: TemplateInfo[]; warning?: string } {
  try {
    // A team file that escapes its folder (a link to /etc/passwd) is left out, and the user told why.
    const refused: string[] = [];
    const templates = listTemplates(teamFolder, undefined, (m) => refused.push(m.charAt(0).toUpperCase() + m.slice(1)));
    return { templates, warning: refused.length ? `${refused.join('. ')}.` : undefined };
  } catch (err) {
    // A team folder that cannot be read must not hide the built-in templates.
    return { templates: listTemplates(), warning: err instanceof Error ? err.message : String(err) };
  }
}

/** `postmortem.server.listTemplates`. */
export async function listTemplatesCommand(ctx: ServerContext, folderUri: unknown): Promise<TemplateList> {
  const fc = await folderConfig(ctx, typeof folderUri === 'string' ? folderUri : undefined);
  return ctx.files.settle(() => templateList(fc?.teamFolder));
}

function templateList(teamFolder: string | undefined): TemplateList {
  const { templates, warning } = safeList(teamFolder);
  return {
    warning,
    templates: templates.map((t) => {
      let defaults: { title?: string; date?: string } = {};
      try {
        defaults = templateDefaults(decodeForReading(fs.readFileSync(t.file)));
      } catch {
        // A template that cannot be read shows without defaults; creating it reports the error.
      }
      return { id: t.id, label: t.label, description: t.description, language: t.language, title: defaults.title, date: defaults.date };
    }),
  };
}

/** `postmortem.server.newFromTemplate`. */
export async function newFromTemplateCommand(ctx: ServerContext, raw: unknown): Promise<NewPostmortemResult> {
  const args = (raw ?? {}) as NewPostmortemArgs;
  if (typeof args.templateId !== 'string') return { text: '', error: 'No template was given.' };
  if (args.date !== undefined && !isIsoDate(args.date)) return { text: '', error: `"${args.date}" is not a date in the form YYYY-MM-DD.` };
  const fc = await folderConfig(ctx, args.folderUri);
  try {
    if (!fc) {
      return await ctx.files.settle(() => untitledPostmortem(args));
    }
    const created = await ctx.files.settle(() => createPostmortem({
      templateId: args.templateId,
      title: args.title?.trim() || undefined,
      date: args.date,
      folder: path.resolve(fc.root, fc.config.newFileFolder || '.'),
      fileNamePattern: fc.config.newFileName,
      suffixOnConflict: true,
      templatesFolder: fc.teamFolder,
      root: fc.root,
      rootName: 'the workspace folder',
    }));
    return { uri: URI.file(created.file).toString(), text: created.text };
  } catch (err) {
    if (err instanceof TemplateError && err.code === 'outside-folder') {
      return { text: '', error: `newFileFolder "${fc?.config.newFileFolder}" is outside the workspace folder: ${err.message}.` };
    }
    return { text: '', error: err instanceof TemplateError || err instanceof Error ? err.message : String(err) };
  }
}

/** New Postmortem with no folder open: the filled template, for an untitled document. */
function untitledPostmortem(args: NewPostmortemArgs): NewPostmortemResult {
  const template = safeList(undefined).templates.find((t) => t.id === args.templateId);
  if (!template) return { text: '', error: `Unknown template "${args.templateId}".` };
  const source = decodeForReading(fs.readFileSync(template.file));
  const d = templateDefaults(source);
  return { text: renderTemplate(source, { title: args.title?.trim() || d.title || 'Untitled postmortem', date: args.date ?? d.date ?? new Date().toISOString().slice(0, 10) }) };
}
