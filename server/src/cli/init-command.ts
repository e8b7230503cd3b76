import { LANGUAGE_IDS, PACKS, detectLanguage, type LanguageId, lint, isKnownZone, suggestZones } from '../core/index';
/**
 * `postmortem init`: sets a repository up for postmortems without asking anything. It looks at
 * what is there (a postmortems folder, the language its documents are written in, the time zone
 * they agree on), then writes `.postmortemrc.json` and `<folder>/README.md`, and on request the
 * pre-commit, GitHub Actions and GitLab CI files. It never overwrites a file and never writes
 * outside the working directory: each file is created with the `wx` flag, and a path that leads
 * out (`--folder ../x`, a folder that is a symbolic link to elsewhere) is refused.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText, isUndecodable } from '../node/decode';
import { isInsideReal } from '../node/templates';
import type { InitArgs } from './args';
import { relativePath } from './collect';
import { CliError } from './errors';
import { configText, githubWorkflowText, gitlabCiText, preCommitText, readmeText, type Layout } from './init-files';
import type { CliIo } from './io';
import { toolVersion } from './version';

/** Folder names the default `files` globs treat as postmortem folders. */
export const DEFAULT_FOLDER_NAMES = ['postmortems', 'post-mortems', 'postmortem', 'incidents', 'incident-reports', 'retrospectives'];

/** The languages `--language` takes. */
export const INIT_LANGUAGES: readonly LanguageId[] = LANGUAGE_IDS;

/** How deep below the working directory an existing postmortems folder is looked for. */
const SEARCH_DEPTH = 4;

/** How many documents are read to guess the language and the zone. */
const SAMPLE = 200;

/** Markdown files the default `ignore` globs leave out. */
function ignoredByDefault(name: string): boolean {
  return /^(readme|index)\.md$/i.test(name) || name.startsWith('_');
}

/** The postmortems under `dir` (recursively, skipping dot-folders and node_modules). */
function markdownFiles(dir: string, out: string[] = [], depth = 0): string[] {
  if (depth > 8 || out.length >= SAMPLE) return out;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) markdownFiles(p, out, depth + 1);
    else if (e.isFile() && /\.md$/i.test(e.name) && !ignoredByDefault(e.name)) out.push(p);
    if (out.length >= SAMPLE) break;
  }
  return out;
}

/** Existing folders with a default postmortems name, the one holding the most documents first. */
function findFolders(root: string): Array<{ dir: string; docs: string[] }> {
  const found: Array<{ dir: string; docs: string[] }> = [];
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      if (DEFAULT_FOLDER_NAMES.includes(e.name.toLowerCase())) found.push({ dir: p, docs: markdownFiles(p) });
      else if (depth < SEARCH_DEPTH) walk(p, depth + 1);
    }
  };
  walk(root, 1);
  return found.sort((a, b) => b.docs.length - a.docs.length || a.dir.length - b.dir.length || (a.dir < b.dir ? -1 : 1));
}

function readText(file: string): string | undefined {
  try {
    const decoded = decodeText(fs.readFileSync(file));
    return isUndecodable(decoded) ? undefined : decoded.text;
  } catch {
    return undefined;
  }
}

/** The same zone under one name: `KST` and `+09:00` in a Korean document are `Asia/Seoul`. */
function canonicalZone(zone: string, language: LanguageId | undefined): string {
  const z = zone.trim();
  const upper = z.toUpperCase();
  if (['UTC', 'Z', 'GMT', '+00:00', '+0000', 'UTC+0', 'UTC+00:00'].includes(upper)) return 'UTC';
  for (const p of PACKS) {
    const home = p.homeZone;
    if (home && (upper === home.abbreviation || (language === p.id && z.replace(':', '') === home.offset.replace(':', '')))) return home.iana;
  }
  return z;
}

/** What the documents say: the language most are written in, and the zone all that state one agree on. */
function readDocuments(files: readonly string[]): { language?: LanguageId; zone?: string } {
  const languages = new Map<LanguageId, number>();
  const zones = new Set<string>();
  for (const file of files) {
    const text = readText(file);
    if (text === undefined) continue;
    const language = detectLanguage(text).id;
    if (language) languages.set(language, (languages.get(language) ?? 0) + 1);
    const result = lint(text);
    const stated = new Set<string>();
    if (result.timeline?.zone) stated.add(canonicalZone(result.timeline.zone.zone, language));
    for (const entry of result.timeline?.entries ?? []) {
      if (entry.time?.hasZone && entry.time.zone) stated.add(canonicalZone(entry.time.zone, language));
    }
    for (const z of stated) zones.add(z);
  }
  const language = [...languages.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const zone = zones.size === 1 ? [...zones][0] : undefined;
  return { language, zone: zone && isKnownZone(zone) ? zone : undefined };
}

/** `--folder`, checked: relative, inside the working directory, not the working directory itself. */
function checkedFolder(cwd: string, folder: string): string {
  const abs = path.resolve(cwd, folder);
  const rel = relativePath(cwd, abs);
  if (rel === '.' || !isInsideReal(abs, cwd)) throw new CliError(`--folder '${folder}' must be a folder inside the working directory`);
  return abs;
}

/** What one file came to. */
interface Outcome {
  /** The file, relative to the working directory. */
  file: string;
  /** `wrote`, or `kept` when a file (or anything else) is already there. */
  status: 'wrote' | 'kept';
}

/** Creates `rel` under `cwd` with `text`, never over anything and never outside `cwd`. */
function createFile(cwd: string, rel: string, text: string): Outcome {
  const abs = path.resolve(cwd, rel);
  if (!isInsideReal(abs, cwd)) throw new CliError(`refusing to write ${rel}: it leads outside the working directory`);
  let exists = true;
  try {
    fs.lstatSync(abs);
  } catch {
    exists = false;
  }
  if (exists) return { file: rel, status: 'kept' };
  try {
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    // Checked again now that the folders exist: one of them may be a link made meanwhile.
    if (!isInsideReal(abs, cwd)) throw new CliError(`refusing to write ${rel}: it leads outside the working directory`);
    fs.writeFileSync(abs, text, { flag: 'wx' });
    return { file: rel, status: 'wrote' };
  } catch (err) {
    if (err instanceof CliError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return { file: rel, status: 'kept' };
    throw new CliError(`cannot write ${rel}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** Looks at the repository in `cwd` and settles the layout, flags first. */
export function inspect(cwd: string, args: InitArgs): Layout {
  if (args.language !== undefined && !INIT_LANGUAGES.includes(args.language as LanguageId)) {
    throw new CliError(`unknown --language '${args.language}' (expected ${INIT_LANGUAGES.join(', ')})`);
  }
  if (args.timezone !== undefined && !isKnownZone(args.timezone)) {
    const s = suggestZones(args.timezone);
    throw new CliError(`unknown --timezone '${args.timezone}'${s.length ? ` (did you mean ${s.join(' or ')}?)` : ' (expected an IANA name such as Asia/Seoul, or UTC)'}`);
  }
  let dir: string;
  let docs: string[];
  if (args.folder !== undefined) {
    dir = checkedFolder(cwd, args.folder);
    docs = fs.existsSync(dir) ? markdownFiles(dir) : [];
  } else {
    const best = findFolders(cwd)[0];
    dir = best?.dir ?? path.join(cwd, 'postmortems');
    docs = best?.docs ?? [];
  }
  const read = readDocuments(docs);
  let folderExists = false;
  try {
    folderExists = fs.statSync(dir).isDirectory();
  } catch {
    // A new folder.
  }
  return {
    folder: relativePath(cwd, dir),
    folderExists,
    coveredByDefaults: DEFAULT_FOLDER_NAMES.includes(path.basename(dir).toLowerCase()),
    language: (args.language as LanguageId | undefined) ?? read.language ?? 'en',
    timezone: args.timezone ?? read.zone,
    version: toolVersion(),
    nodeProject: fs.existsSync(path.join(cwd, 'package.json')),
  };
}

/** Runs `postmortem init` and returns the exit code. */
export function runInit(args: InitArgs, io: CliIo): number {
  const layout = inspect(io.cwd, args);
  const found = [
    `folder ${layout.folder}${layout.folderExists ? '' : ' (new)'}`,
    `language ${layout.language}`,
    `time zone ${layout.timezone ?? 'none agreed on'}`,
  ];
  io.stdout(`postmortem init: ${found.join(', ')}\n`);
  const plan: Array<[string, string]> = [
    ['.postmortemrc.json', configText(layout)],
    [`${layout.folder}/README.md`, readmeText(layout)],
  ];
  if (args.preCommit) plan.push(['.pre-commit-config.yaml', preCommitText(layout)]);
  if (args.github) plan.push(['.github/workflows/postmortems.yml', githubWorkflowText(layout)]);
  if (args.gitlab) plan.push(['.gitlab-ci.yml', gitlabCiText(layout)]);
  let wrote = 0;
  for (const [rel, text] of plan) {
    const o = createFile(io.cwd, rel, text);
    if (o.status === 'wrote') wrote++;
    io.stdout(o.status === 'wrote' ? `wrote ${o.file}\n` : `kept  ${o.file} (it exists; not changed)\n`);
  }
  if (wrote === 0) io.stdout('nothing written: every file was already there\n');
  return 0;
}
