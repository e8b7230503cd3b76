/**
 * Writes the benchmark inputs into `bench/.out/` (git-ignored): the documents of the in-process
 * measurements and a folder of postmortems for the command-line comparison. Everything is
 * generated from fixed seeds, so two runs (and two machines) lint the same bytes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusLineCount, generatePostmortem, Rng, type GeneratedPostmortem } from './generate';

/** The repository root: benchmarks run from it (`npm run bench`). */
export const ROOT = process.cwd();

/** The folder everything is written to. */
export const OUT = path.join(ROOT, 'bench', '.out');

/** The real postmortems of the shared corpus, when the checkout has it. */
export const SHARED_CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'postmortems');

/** Seeds of the fixed documents (changing one changes every figure: don't). */
export const SEEDS = { small: 150, long: 10_000, size: 5_000_000, cli: 1_000, workspace: 12 } as const;

/** `count` postmortems of 150 lines, each from its own seed. */
export function smallDocuments(count: number): GeneratedPostmortem[] {
  const out: GeneratedPostmortem[] = [];
  for (let i = 0; i < count; i++) out.push(generatePostmortem({ seed: SEEDS.small + i, lines: 150 }));
  return out;
}

/** The long postmortem: about 10,000 lines, a timeline split by day headings, long investigation notes. */
export function longDocument(): GeneratedPostmortem {
  return generatePostmortem({ seed: SEEDS.long, lines: 10_000, locale: 'en' });
}

/** A postmortem of about `chars` code units (English with some Korean), for the scaling measurement. */
export function documentOfSize(chars: number): GeneratedPostmortem {
  return generatePostmortem({ seed: SEEDS.size, chars, locale: 'en' });
}

/** Writes a file only when its content differs (keeps mtimes stable between runs). */
function writeIfChanged(file: string, text: string): void {
  try {
    if (fs.readFileSync(file, 'utf8') === text) return;
  } catch {
    // New file.
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/**
 * Writes `count` postmortems (50 to 3,000 lines, most 80 to 400) into
 * `bench/.out/cli-<count>/postmortems/` and returns the folder and the files' paths relative to it.
 */
export function writeCliCorpus(count: number): { cwd: string; files: string[]; bytes: number } {
  const cwd = path.join(OUT, `cli-${count}`);
  const dir = path.join(cwd, 'postmortems');
  const rng = new Rng(SEEDS.cli);
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const g = generatePostmortem({ seed: SEEDS.cli * 1000 + i, lines: corpusLineCount(rng) });
    const name = `${String(i).padStart(4, '0')}-${g.fileName}`;
    writeIfChanged(path.join(dir, name), g.text);
    bytes += Buffer.byteLength(g.text);
    files.push(`postmortems/${name}`);
  }
  // Files of an earlier, larger run would be picked up by globs: remove them.
  const keep = new Set(files.map((f) => path.basename(f)));
  for (const f of fs.readdirSync(dir)) if (!keep.has(f)) fs.rmSync(path.join(dir, f), { force: true });
  return { cwd, files, bytes };
}

/**
 * Writes a workspace of `count` postmortems (the sizes of the CLI set) into
 * `bench/.out/workspace-<count>/postmortems/`, and the postmortem that measurement 12 opens into
 * `open/postmortem.md` of it and of `bench/.out/workspace-0/` (the empty workspace).
 */
export function writeWorkspace(count: number): { folder: string; empty: string; open: string; files: string[] } {
  const folder = path.join(OUT, `workspace-${count}`);
  const empty = path.join(OUT, 'workspace-0');
  const dir = path.join(folder, 'postmortems');
  const rng = new Rng(SEEDS.workspace);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const g = generatePostmortem({ seed: SEEDS.workspace * 100_000 + i, lines: corpusLineCount(rng) });
    const file = path.join(dir, `${String(i).padStart(5, '0')}-${g.fileName}`);
    writeIfChanged(file, g.text);
    files.push(file);
  }
  const keep = new Set(files.map((f) => path.basename(f)));
  for (const f of fs.readdirSync(dir)) if (!keep.has(f)) fs.rmSync(path.join(dir, f), { force: true });
  const open = smallDocuments(1)[0]!.text;
  for (const root of [folder, empty]) writeIfChanged(path.join(root, 'open', 'postmortem.md'), open);
  return { folder, empty, open: 'open/postmortem.md', files };
}

/** Writes the fixed documents (for reading them, or for profiling with other tools). */
export function writeDocuments(): Record<string, string> {
  const docs: Record<string, GeneratedPostmortem> = {
    'postmortem-50-lines.md': generatePostmortem({ seed: 50, lines: 50 }),
    'postmortem-150-lines.md': smallDocuments(1)[0],
    'postmortem-10000-lines.md': longDocument(),
    'postmortem-10KB.md': documentOfSize(10_000),
    'postmortem-1MB.md': documentOfSize(1_000_000),
    'postmortem-5MB.md': documentOfSize(5_000_000),
  };
  const paths: Record<string, string> = {};
  for (const [name, g] of Object.entries(docs)) {
    const file = path.join(OUT, 'documents', name);
    writeIfChanged(file, g.text);
    paths[name] = file;
  }
  return paths;
}

/** The real corpus postmortems, or an empty list when `../shared/corpus` is absent. */
export function sharedCorpus(): Array<{ name: string; text: string }> {
  if (!fs.existsSync(SHARED_CORPUS)) return [];
  return fs
    .readdirSync(SHARED_CORPUS)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(SHARED_CORPUS, name), 'utf8') }));
}

/**
 * The 10,000-line postmortem and the same text with one character inserted in a prose line near
 * its middle, the way someone fixes a typo in the notes (measurement 2 and its profile).
 */
export function revalidationPair(): { base: string; edited: string } {
  const base = longDocument().text;
  let mid = base.indexOf('\n', base.length >> 1) + 1;
  while (!/^[A-Z][a-z]/.test(base.slice(mid, mid + 2))) mid = base.indexOf('\n', mid) + 1;
  mid += 10;
  return { base, edited: base.slice(0, mid) + 'x' + base.slice(mid) };
}
