/**
 * Templates, the pure part: slugs, file names and filling a template's `{{title}}`/`{{date}}`.
 * Reading the templates folder and writing the new file live in `server/src/node/templates.ts`.
 */
import { parseDocument as parseYaml, isMap, isPair, isScalar, type Node as YamlNode } from 'yaml';
import { applyEdits } from './text';
import type { TextEdit } from './types';

/** The file name pattern used when the configuration gives none. */
export const DEFAULT_FILE_NAME_PATTERN = '{date}-{slug}.md';

/** The slug used when a title has no letter or digit that a slug keeps. */
export const FALLBACK_SLUG = 'postmortem';

/** Longest slug, in characters; longer ones are cut at a hyphen. */
const MAX_SLUG_LENGTH = 80;

/** Values that fill a file name pattern. */
export interface FileNameValues {
  /** The date, `YYYY-MM-DD`. */
  date: string;
  /** The slug of the title (see `slugify`). */
  slug: string;
  /** The title as written; characters that file systems refuse are removed. */
  title: string;
}

/** What `renderTemplate` writes into a template. */
export interface TemplateValues {
  /** The postmortem's title; left alone when absent. */
  title?: string;
  /** The date, `YYYY-MM-DD`; left alone when absent. */
  date?: string;
}

/** What a template states about itself in its front matter. */
export interface TemplateDefaults {
  /** The front matter `title`, unless it is still a `{{...}}` placeholder. */
  title?: string;
  /** The front matter `date` when it is a `YYYY-MM-DD` date. */
  date?: string;
}

/** True for a Hangul syllable or jamo: slugs keep these as they are. */
function isHangul(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xd7b0 && c <= 0xd7ff);
}

/**
 * A file-name-safe slug of a title: ASCII letters and digits in lower case, accents dropped
 * (`Café` → `cafe`), Hangul kept as is, every other run of characters one hyphen, no hyphen at
 * either end, at most 80 characters. A title with nothing to keep gives `postmortem`.
 */
export function slugify(title: string): string {
  let out = '';
  for (const ch of title) {
    if (isHangul(ch)) {
      out += ch;
      continue;
    }
    // NFKD splits accented letters into a base letter and combining marks, which are dropped.
    for (const base of ch.normalize('NFKD')) {
      const c = base.toLowerCase();
      out += /^[a-z0-9]$/.test(c) ? c : /^\p{M}$/u.test(base) ? '' : '-';
    }
  }
  let slug = out.replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH);
    const lastHyphen = cut.lastIndexOf('-');
    slug = (lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-$/, '');
  }
  return slug || FALLBACK_SLUG;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The file name (or relative path, when the pattern has `/`) for a new postmortem: `{date}`,
 * `{slug}` and `{title}` are filled in, `.md` is added when the result has no Markdown extension,
 * and `.`/`..` segments and leading slashes are removed so the result stays inside its folder.
 */
export function fileNameFor(pattern: string | undefined, values: FileNameValues): string {
  const safeTitle = values.title.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim() || values.slug;
  const filled = (pattern?.trim() || DEFAULT_FILE_NAME_PATTERN).replace(/\{(date|slug|title)\}/g, (_m, key: string) =>
    key === 'date' ? values.date : key === 'slug' ? values.slug : safeTitle,
  );
  const segments = filled
    .split(/[\\/]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '.' && s !== '..');
  if (segments.length === 0) segments.push(`${values.date}-${values.slug}`);
  const last = segments.length - 1;
  if (!/\.(md|markdown)$/i.test(segments[last])) segments[last] += '.md';
  return segments.join('/');
}

/** `name.md` with a conflict number: `name-2.md`, `name-3.md`… (n = 1 gives the name unchanged). */
export function withConflictSuffix(fileName: string, n: number): string {
  if (n <= 1) return fileName;
  const m = /^(.*?)(\.(?:md|markdown))?$/i.exec(fileName)!;
  return `${m[1]}-${n}${m[2] ?? ''}`;
}

/** Where the front matter's YAML is, or undefined when the text has none. */
function frontMatterYaml(text: string): { start: number; end: number } | undefined {
  const open = /^\ufeff?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const start = open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(start);
  const m = close.exec(rest);
  if (!m) return undefined;
  return { start, end: start + m.index };
}

/** Top-level front matter keys with the range of their value (empty at the colon's end when there is none). */
function frontMatterValueRanges(text: string): Map<string, { start: number; end: number; node: YamlNode | null }> {
  const out = new Map<string, { start: number; end: number; node: YamlNode | null }>();
  const fm = frontMatterYaml(text);
  if (!fm) return out;
  const yamlText = text.slice(fm.start, fm.end);
  let doc;
  try {
    doc = parseYaml(yamlText, { strict: false, uniqueKeys: false });
  } catch {
    return out;
  }
  if (!isMap(doc.contents)) return out;
  for (const item of doc.contents.items) {
    if (!isPair(item) || !isScalar(item.key) || !item.key.range) continue;
    const key = String(item.key.value);
    if (out.has(key)) continue;
    const value = item.value as YamlNode | null;
    if (value?.range) {
      out.set(key, { start: fm.start + value.range[0], end: fm.start + value.range[1], node: value });
    } else {
      // `title:` with nothing after it: the value goes after the colon, on the same line.
      const colon = yamlText.indexOf(':', item.key.range[1]);
      const at = fm.start + (colon < 0 ? item.key.range[1] : colon + 1);
      out.set(key, { start: at, end: at, node: null });
    }
  }
  return out;
}

/** A YAML double-quoted scalar for any string (JSON string syntax is valid YAML). */
function yamlQuoted(value: string): string {
  return JSON.stringify(value);
}

/** Values a template states in its own front matter (an example template's title and date). */
export function templateDefaults(text: string): TemplateDefaults {
  const ranges = frontMatterValueRanges(text);
  const out: TemplateDefaults = {};
  const title = ranges.get('title')?.node;
  if (title && isScalar(title) && typeof title.value === 'string' && title.value.trim() && !/\{\{[^{}\n]{0,200}\}\}/.test(title.value)) out.title = title.value;
  const date = ranges.get('date');
  if (date) {
    const src = text.slice(date.start, date.end).replace(/^["']|["']$/g, '');
    if (isIsoDate(src)) out.date = src;
  }
  return out;
}

/**
 * Fills a template: sets the front matter `title:` and `date:` values when given (only those
 * values change: their lines keep their comments and the rest of the file stays byte-identical),
 * then replaces every other `{{title}}` and `{{date}}` with the raw values. Line endings and a
 * byte order mark are kept; a title's line breaks become spaces.
 */
export function renderTemplate(text: string, values: TemplateValues): string {
  const title = values.title?.replace(/[\r\n]+/g, ' ');
  const date = values.date;
  const edits: TextEdit[] = [];
  const ranges = frontMatterValueRanges(text);
  const padded = (r: { start: number; end: number }, v: string) => (r.start === r.end && text[r.start - 1] === ':' ? ` ${v}` : v);
  const titleRange = title !== undefined ? ranges.get('title') : undefined;
  if (titleRange && title !== undefined) edits.push({ start: titleRange.start, end: titleRange.end, newText: padded(titleRange, yamlQuoted(title)) });
  const dateRange = date !== undefined ? ranges.get('date') : undefined;
  if (dateRange && date !== undefined) edits.push({ start: dateRange.start, end: dateRange.end, newText: padded(dateRange, isIsoDate(date) ? date : yamlQuoted(date)) });
  const replaced = edits.slice();
  const placeholder = /\{\{\s*(title|date)\s*\}\}/g;
  for (let m = placeholder.exec(text); m; m = placeholder.exec(text)) {
    const value = m[1] === 'title' ? title : date;
    if (value === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (replaced.some((e) => start < e.end && e.start < end)) continue;
    edits.push({ start, end, newText: value });
  }
  return applyEdits(text, edits);
}
