/**
 * Templates, the Node part: finds the built-in templates and a team's folder, and writes a new
 * postmortem without ever overwriting a file. Shared by the CLI (`postmortem new`, `postmortem
 * templates`) and the editor's New Postmortem command.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_FILE_NAME_PATTERN, fileNameFor, isIsoDate, renderTemplate, slugify, templateDefaults, withConflictSuffix, detectLanguage } from '../core/index';
import { decodeForReading } from './decode';

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
export type TemplateErrorCode = 'unknown-template' | 'exists' | 'invalid-date' | 'outside-folder' | 'refused-template' | 'io';

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

/**
 * Why a team template file must not be used, or undefined when it may: its real path (symbolic
 * links followed) must be inside the real path of the templates folder, so a link to
 * `/etc/passwd` is never listed or copied into a new postmortem.
 */
export function templateEscapes(file: string, folder: string): string | undefined {
  let real: string;
  let realFolder: string;
  try {
    real = fs.realpathSync(file);
    realFolder = fs.realpathSync(folder);
  } catch (err) {
    return `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
  return isInside(real, realFolder) ? undefined : `is a symbolic link to ${real}, outside the templates folder`;
}

/**
 * The label of a team template: its first `#` heading after the front matter. A scan of lines,
 * not a regular expression: `/^#[ \t]+(.+?)[ \t#]*$/m` took 12 s on an 80 KB heading padded with blanks.
 */
export function templateHeading(text: string): string | undefined {
  let at = frontMatterEnd(text);
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    if (line.charAt(0) === '#' && (line.charAt(1) === ' ' || line.charAt(1) === '\t')) {
      let a = 1;
      while (a < line.length && (line.charAt(a) === ' ' || line.charAt(a) === '\t')) a++;
      let b = line.length;
      while (b > a && ' \t#\r'.includes(line.charAt(b - 1))) b--;
      if (b > a) return oneLineLabel(line.slice(a, b));
    }
    at = end + 1;
  }
  return undefined;
}

/** Runs of blanks as one space, at most 120 characters: a label for a picker or a table. */
function oneLineLabel(text: string): string {
  let out = '';
  let blank = false;
  for (let i = 0; i < text.length && out.length <= 120; i++) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t') blank = true;
    else {
      if (blank) out += ' ';
      blank = false;
      out += c;
    }
  }
  return out.length > 120 ? `${out.slice(0, 119)}…` : out;
}

/** Offset just past a front matter block at the start of `text` (`---` … `---` or `...`), or 0. */
function frontMatterEnd(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', start)) return 0;
  let at = text.indexOf('\n', start);
  while (at >= 0 && at < text.length) {
    const next = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, next < 0 ? text.length : next).replace(/\r$/, '');
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) return next < 0 ? text.length : next + 1;
    at = next;
  }
  return 0;
}

function countChars(text: string, test: (c: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (test(text.charCodeAt(i))) n++;
  return n;
}

function readTeamFolder(folder: string, onRefused?: (message: string) => void): TemplateInfo[] {
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
      const escapes = templateEscapes(file, folder);
      if (escapes) {
        onRefused?.(`the team template ${name} ${escapes}; it is not used`);
        continue;
      }
      text = decodeForReading(fs.readFileSync(file));
    } catch {
      continue;
    }
    const heading = templateHeading(text);
    out.push({
      id: name.replace(/\.(md|markdown)$/i, ''),
      label: heading && !heading.includes('{{') ? heading : name,
      description: '',
      language: detectLanguage(text).id ?? 'en',
      file,
      source: 'team',
    });
  }
  return out;
}

/**
 * Every template: the built-ins from `templates/index.json`, then the `.md` files of a team
 * folder (the config's `templates`, already resolved inside the workspace by the caller). A team
 * template with the id of a built-in replaces it; a team file that escapes its folder (a symbolic
 * link to `/etc/passwd`) is left out and `onRefused` is told why. Throws `TemplateError` when a
 * folder cannot be read.
 */
export function listTemplates(
  extraFolder?: string,
  builtInFolder: string | undefined = builtInTemplatesFolder(),
  onRefused?: (message: string) => void,
): TemplateInfo[] {
  const builtIns = builtInFolder ? readBuiltIns(builtInFolder) : [];
  const team = extraFolder ? readTeamFolder(extraFolder, onRefused) : [];
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
  /**
   * Suffix anyway when the postmortem has no title of its own (none given, none in the template):
   * two untitled postmortems of one day are two postmortems, not one written twice (the CLI).
   */
  suffixWhenUntitled?: boolean;
  /**
   * The project folder (the CLI's working directory, the editor's workspace folder): the new file
   * must be inside it, symbolic links followed. The one containment check of New Postmortem.
   */
  root?: string;
  /** How messages name `root`: "the working directory", "the workspace folder". */
  rootName?: string;
  /** Told why a team template file was left out. */
  onRefused?: (message: string) => void;
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

/** The real path of `p` when it exists, else the real path of its nearest existing folder joined with the rest. */
function realPathOf(p: string): string {
  const rest: string[] = [];
  let cur = path.resolve(p);
  for (;;) {
    try {
      return path.join(fs.realpathSync(cur), ...rest.reverse());
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return path.resolve(p);
      rest.push(path.basename(cur));
      cur = parent;
    }
  }
}

/** `target` is inside `root` both as written and with symbolic links followed. */
export function isInsideReal(target: string, root: string): boolean {
  return isInside(path.resolve(target), path.resolve(root)) && isInside(realPathOf(target), realPathOf(root));
}

/**
 * Renders a template and writes it as a new file, never overwriting one: the file is opened with
 * the `wx` flag, so two callers racing for the same name cannot both win. With
 * `suffixOnConflict` the next free `-2`, `-3`… name is taken instead. Creates missing folders.
 * Throws `TemplateError` (codes `unknown-template`, `invalid-date`, `exists`, `outside-folder`,
 * `refused-template`, `io`).
 */
export function createPostmortem(options: CreatePostmortemOptions): CreatedPostmortem {
  const templates = listTemplates(options.templatesFolder, options.builtInFolder ?? builtInTemplatesFolder(), options.onRefused);
  const template = templates.find((t) => t.id === options.templateId);
  if (!template) {
    throw new TemplateError('unknown-template', `unknown template "${options.templateId}" (known: ${templates.map((t) => t.id).join(', ')})`);
  }
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new TemplateError('invalid-date', `invalid date "${options.date}": expected YYYY-MM-DD`);
  }
  let source: string;
  try {
    // Checked again when read: the file may have become a link since it was listed.
    const escapes = template.source === 'team' && options.templatesFolder ? templateEscapes(template.file, options.templatesFolder) : undefined;
    if (escapes) throw new TemplateError('refused-template', `the team template ${path.basename(template.file)} ${escapes}; it is not used`, template.file);
    source = decodeForReading(fs.readFileSync(template.file));
  } catch (err) {
    if (err instanceof TemplateError) throw err;
    throw new TemplateError('io', `cannot read template ${template.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, template.file);
  }
  const defaults = templateDefaults(source);
  const untitled = !options.title?.trim() && !defaults.title;
  const title = options.title?.trim() || defaults.title || 'Untitled postmortem';
  const suffix = options.suffixOnConflict || (untitled && options.suffixWhenUntitled);
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
  if (options.root !== undefined && !isInsideReal(target, options.root)) {
    throw new TemplateError('outside-folder', `refusing to write ${target}: it is outside ${options.rootName ?? 'the project folder'} (${path.resolve(options.root)})`, target);
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
      if (!suffix) throw new TemplateError('exists', `${candidate} already exists; refusing to overwrite it`, candidate);
    }
  }
  throw new TemplateError('exists', `${target} and 999 numbered variants already exist`, target);
}
