/**
 * Templates, the Node part: finds the built-in templates and a team's folder, and writes a new
 * postmortem without ever overwriting a file. Shared by the CLI (`postmortem new`, `postmortem
 * templates`) and the editor's New Postmortem command.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DEFAULT_FILE_NAME_PATTERN,
  fileNameFor,
  isIsoDate,
  renderTemplate,
  slugify,
  templateDefaults,
  withConflictSuffix,
} from '../core/templates';

/** One template that `postmortem new` and New Postmortem can start from. */
export interface TemplateInfo {
  /** Id passed to `--template` (built-ins: from `templates/index.json`; team: the file name without `.md`). */
  id: string;
  /** Label shown in pickers. */
  label: string;
  /** One line about the template (empty for team templates). */
  description: string;
  /** Language of the template's text (`en`, `ko`). */
  language: string;
  /** Absolute path of the template file. */
  file: string;
  /** Where it comes from. */
  source: 'built-in' | 'team';
}

/** Why a postmortem could not be created. */
export type TemplateErrorCode = 'unknown-template' | 'exists' | 'invalid-date' | 'outside-folder' | 'io';

/** A failure of `createPostmortem` or `listTemplates`, with a one-line message. */
export class TemplateError extends Error {
  /** What went wrong, for callers that react differently (the editor retries nothing; the CLI exits 2). */
  readonly code: TemplateErrorCode;
  /** The file concerned, when there is one. */
  readonly file?: string;

  constructor(code: TemplateErrorCode, message: string, file?: string) {
    super(message);
    this.name = 'TemplateError';
    this.code = code;
    this.file = file;
  }
}

interface IndexEntry {
  id: string;
  label: string;
  description?: string;
  language?: string;
  file: string;
}

/**
 * The folder of the built-in templates: the nearest `templates/index.json` above this module
 * (`dist/cli.js` and `dist/server.js` → `../templates`; the sources → the repository's `templates/`).
 */
export function builtInTemplatesFolder(from: string = __dirname): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, 'templates');
    if (fs.existsSync(path.join(candidate, 'index.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function readBuiltIns(folder: string): TemplateInfo[] {
  let index: { templates?: IndexEntry[] };
  try {
    index = JSON.parse(fs.readFileSync(path.join(folder, 'index.json'), 'utf8')) as { templates?: IndexEntry[] };
  } catch (err) {
    throw new TemplateError('io', `cannot read ${path.join(folder, 'index.json')}: ${(err as Error).message}`);
  }
  return (index.templates ?? []).map((e) => ({
    id: e.id,
    label: e.label,
    description: e.description ?? '',
    language: e.language ?? 'en',
    file: path.join(folder, e.file),
    source: 'built-in' as const,
  }));
}

function readTeamFolder(folder: string): TemplateInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((n) => /\.(md|markdown)$/i.test(n)).sort();
  } catch (err) {
    throw new TemplateError('io', `cannot read the templates folder ${folder}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const out: TemplateInfo[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    let text = '';
    try {
      if (!fs.statSync(file).isFile()) continue;
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(text.replace(/^\ufeff?---[\s\S]*?\n(?:---|\.\.\.)[ \t]*\r?\n/, ''))?.[1];
    const hangul = (text.match(/[\uac00-\ud7a3]/g) ?? []).length;
    const latin = (text.match(/[A-Za-z]/g) ?? []).length;
    out.push({
      id: name.replace(/\.(md|markdown)$/i, ''),
      label: heading && !heading.includes('{{') ? heading : name,
      description: '',
      language: hangul > latin / 4 ? 'ko' : 'en',
      file,
      source: 'team',
    });
  }
  return out;
}

/**
 * Every template: the built-ins from `templates/index.json`, then the `.md` files of a team
 * folder (the config's `templates`, already resolved inside the workspace by the caller). A team
 * template with the id of a built-in replaces it. Throws `TemplateError` when a folder cannot be read.
 */
export function listTemplates(extraFolder?: string, builtInFolder: string | undefined = builtInTemplatesFolder()): TemplateInfo[] {
  const builtIns = builtInFolder ? readBuiltIns(builtInFolder) : [];
  const team = extraFolder ? readTeamFolder(extraFolder) : [];
  const teamIds = new Set(team.map((t) => t.id));
  return [...builtIns.filter((t) => !teamIds.has(t.id)), ...team];
}

/** What `createPostmortem` needs. */
export interface CreatePostmortemOptions {
  /** Template id (see `listTemplates`). */
  templateId: string;
  /** Title; defaults to the template's own title, else `Untitled postmortem`. */
  title?: string;
  /** Date `YYYY-MM-DD`; defaults to the template's own date, else today (local time). */
  date?: string;
  /** Folder to write into (the name then comes from `fileNamePattern`). Ignored when `file` is given. */
  folder?: string;
  /** File name pattern (`{date}`, `{slug}`, `{title}`); default `{date}-{slug}.md`. */
  fileNamePattern?: string;
  /** Exact path to write instead of `folder` + pattern. */
  file?: string;
  /** When the file exists: true adds `-2`, `-3`… before `.md` (the editor); false fails with code `exists` (the CLI). */
  suffixOnConflict?: boolean;
  /** A team templates folder, already resolved. */
  templatesFolder?: string;
  /** The built-in templates folder (found next to the bundle by default). */
  builtInFolder?: string;
  /** The clock, for tests. */
  now?: Date;
}

/** The file `createPostmortem` wrote. */
export interface CreatedPostmortem {
  /** Absolute path of the new file. */
  file: string;
  /** Its text. */
  text: string;
  /** The template used. */
  template: TemplateInfo;
}

/** Today's date in local time, `YYYY-MM-DD`. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Renders a template and writes it as a new file, never overwriting one: the file is opened with
 * the `wx` flag, so two callers racing for the same name cannot both win. With
 * `suffixOnConflict` the next free `-2`, `-3`… name is taken instead. Creates missing folders.
 * Throws `TemplateError` (codes `unknown-template`, `invalid-date`, `exists`, `outside-folder`, `io`).
 */
export function createPostmortem(options: CreatePostmortemOptions): CreatedPostmortem {
  const templates = listTemplates(options.templatesFolder, options.builtInFolder ?? builtInTemplatesFolder());
  const template = templates.find((t) => t.id === options.templateId);
  if (!template) {
    throw new TemplateError('unknown-template', `unknown template "${options.templateId}" (known: ${templates.map((t) => t.id).join(', ')})`);
  }
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new TemplateError('invalid-date', `invalid date "${options.date}": expected YYYY-MM-DD`);
  }
  let source: string;
  try {
    source = fs.readFileSync(template.file, 'utf8');
  } catch (err) {
    throw new TemplateError('io', `cannot read template ${template.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, template.file);
  }
  const defaults = templateDefaults(source);
  const title = options.title?.trim() || defaults.title || 'Untitled postmortem';
  const date = options.date ?? defaults.date ?? localDate(options.now);
  const text = renderTemplate(source, { title, date });

  let target: string;
  let folder: string;
  if (options.file) {
    target = path.resolve(options.file);
    folder = path.dirname(target);
  } else {
    folder = path.resolve(options.folder ?? '.');
    target = path.resolve(folder, fileNameFor(options.fileNamePattern ?? DEFAULT_FILE_NAME_PATTERN, { date, slug: slugify(title), title }));
    if (!isInside(target, folder)) throw new TemplateError('outside-folder', `the file name pattern leads outside ${folder}`, target);
  }
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
  } catch (err) {
    throw new TemplateError('io', `cannot create folder ${path.dirname(target)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, target);
  }
  const dir = path.dirname(target);
  const base = path.basename(target);
  for (let n = 1; n <= 1000; n++) {
    const candidate = path.join(dir, withConflictSuffix(base, n));
    try {
      fs.writeFileSync(candidate, text, { flag: 'wx' });
      return { file: candidate, text, template };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new TemplateError('io', `cannot write ${candidate}: ${code ?? (err as Error).message}`, candidate);
      if (!options.suffixOnConflict) throw new TemplateError('exists', `${candidate} already exists; refusing to overwrite it`, candidate);
    }
  }
  throw new TemplateError('exists', `${target} and 999 numbered variants already exist`, target);
}
