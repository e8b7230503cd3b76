/**
 * What the cross-document rules know of the other postmortems of a workspace: a read-only view
 * made by an adapter (the language server's workspace index, or the CLI from the files it lints)
 * and handed to `lint()` as `LintOptions.workspace`. Pure: paths are strings with `/`, relative to
 * the workspace root; nothing here reads a file.
 */
import { incidentRecord, type IncidentRecord } from './record';
import type { RuleContext } from './rules/types';
import type { OffsetRange } from './types';
import type { Nodes } from 'mdast';
import { nodeRange } from './document';
import type { LintResult } from './lint';
import type { PostmortemConfig } from './config';
import { chunkBoundaries } from './parse';
import { matchHeading } from './fields';

/** The small part of another postmortem's incident record that the cross-document rules read. */
export interface PeerRecord {
  /** Path relative to the workspace root, with `/`. */
  path: string;
  /** The record's id (front matter `id`, else the file name). */
  id: string;
  /** True when the front matter states the id (a file name is not a claim to be unique). */
  idStated: boolean;
  /** Title, when known. */
  title: string | null;
  /** `YYYY-MM-DD` the incident started. */
  date: string | null;
  /** The start as an ISO instant (or as written when its zone is unknown). */
  started: string | null;
  /** Affected services, as named. */
  services: string[];
  /** Front matter `trigger`. */
  trigger: string | null;
}

/** The other documents of the workspace, as one lint sees them. */
export interface WorkspaceView {
  /** Path of the document being linted, relative to the workspace root; undefined outside any. */
  path: string | undefined;
  /** The postmortems of the workspace (the document being linted may be among them: it is skipped by path). */
  records: readonly PeerRecord[];
  /** Other Markdown files known to exist (not postmortems, or not read), for links to them. */
  files?: readonly string[];
  /**
   * False while the workspace is still being read. Rules that report something missing
   * (`related-link`) stay silent until it is complete.
   */
  complete: boolean;
}

/** The peer record of an incident record. */
export function peerRecord(r: IncidentRecord, idStated: boolean): PeerRecord {
  return { path: r.path, id: r.id, idStated, title: r.title, date: r.date, started: r.started, services: [...r.services], trigger: r.trigger };
}

/**
 * The parts of a postmortem its peer record is read from, for an index that reads thousands of
 * files: what comes before the first heading (the front matter: id, dates, trigger, services,
 * related), the first heading when it is a title, and the sections that name the affected
 * services. Reading them costs a fraction of reading the whole document; a service named only in
 * a labelled line of another section is not seen (the record then names fewer services, so the
 * cross-document rules find fewer matches, never more).
 */
export function peerText(text: string, sections?: PostmortemConfig['sections']): string {
  const bounds = chunkBoundaries(text);
  const parts: string[] = [text.slice(0, bounds[1] ?? text.length)];
  for (let i = 1; i < bounds.length; i++) {
    const chunk = text.slice(bounds[i]!, bounds[i + 1] ?? text.length);
    const nl = chunk.indexOf('\n');
    const heading = nl < 0 ? chunk : chunk.slice(0, nl);
    let title = heading.replace(/^#{1,6}/, '').trim();
    // A closing sequence of `#` (`## Affected services ##`), without a pattern that could backtrack.
    while (title.endsWith('#')) title = title.slice(0, -1);
    title = title.trim();
    if (i === 1 && /^#[ \t]/.test(heading)) parts.push(`${heading.trimEnd()}\n\n`);
    else if (matchHeading(title, sections)?.field === 'affected_services') parts.push(chunk.endsWith('\n') ? chunk : `${chunk}\n`);
  }
  return parts.join('');
}

/** The peer record of a linted (or analysed) document at `path`. */
export function peerRecordOf(result: LintResult, path: string): PeerRecord {
  const fm = result.doc?.frontMatter?.data;
  const idStated = fm !== undefined && (typeof fm.id === 'string' || typeof fm.id === 'number');
  return peerRecord(incidentRecord(result, path), idStated);
}

/**
 * True when the document names other documents (`related:` entries, relative links to Markdown
 * files): only such documents can have `related-link` findings.
 */
export function refersToOthers(result: LintResult): boolean {
  const fm = result.doc?.frontMatter?.data;
  if (fm && fm.related !== undefined && fm.related !== null) return true;
  if (!result.doc) return false;
  for (const _link of markdownLinks(result.doc.blocks)) return true;
  return false;
}

/** Lookups over a view's records and files, built once per array (an adapter that keeps its arrays pays once). */
export interface ViewIndex {
  /** Records by id. */
  byId: ReadonlyMap<string, readonly PeerRecord[]>;
  /** Every known Markdown path: the records' and `files`. */
  paths: ReadonlySet<string>;
}

const BY_ID = new WeakMap<readonly PeerRecord[], Map<string, PeerRecord[]>>();
const PATHS = new WeakMap<readonly PeerRecord[], { files: readonly string[] | undefined; paths: Set<string> }>();

/** The lookups of a view. */
export function viewIndex(view: WorkspaceView): ViewIndex {
  let byId = BY_ID.get(view.records);
  if (!byId) {
    byId = new Map();
    for (const r of view.records) {
      const list = byId.get(r.id);
      if (list) list.push(r);
      else byId.set(r.id, [r]);
    }
    BY_ID.set(view.records, byId);
  }
  let paths = PATHS.get(view.records);
  if (!paths || paths.files !== view.files) {
    paths = { files: view.files, paths: new Set([...view.records.map((r) => r.path), ...(view.files ?? [])]) };
    PATHS.set(view.records, paths);
  }
  return { byId, paths: paths.paths };
}

/** The other postmortems of the view (the linted document left out). */
export function peersOf(view: WorkspaceView): PeerRecord[] {
  return view.records.filter((r) => r.path !== view.path);
}

/** `a/b/../c` → `a/c`; null when it climbs above the root. */
export function normalizePath(p: string): string | null {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

/** The folder of a path (`a/b.md` → `a`, `b.md` → ``). */
export function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** `to` relative to the folder of `from` (both relative to the same root), as a Markdown link would write it. */
export function relativeLink(from: string | undefined, to: string): string {
  if (from === undefined) return to;
  const a = dirOf(from).split('/').filter(Boolean);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  const up = a.length - i;
  return [...Array<string>(up).fill('..'), ...b.slice(i)].join('/') || to;
}

/** Two service names are the same service when they differ only in case and spaces. */
export function sameService(a: string, b: string): boolean {
  const n = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return n(a) === n(b);
}

/** The linted document's incident record, with the path the workspace knows it by (for the cross-document rules). */
export function ownRecord(ctx: RuleContext): IncidentRecord {
  return incidentRecord({ ...ctx, findings: [], ruleErrors: [] }, ctx.workspace?.path ?? '');
}

/** The range of a front matter value (`/id`, `/related/0`), else the front matter, else the first line. */
export function frontMatterRange(ctx: RuleContext, pointer: string): OffsetRange {
  return ctx.doc.frontMatter?.pointers.get(pointer) ?? ctx.doc.frontMatter?.range ?? { start: 0, end: ctx.doc.lines.lineEnd(0) };
}

/** A URL with a scheme (`https:`, `mailto:`) or a protocol-relative one: not a file of the workspace. */
export const SCHEME = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Links and link definitions whose URL is a relative path to a Markdown file. */
export function* markdownLinks(blocks: ReadonlyArray<{ node: Nodes; base: number }>): Generator<{ url: string; path: string; range: OffsetRange }> {
  for (const b of blocks) {
    const stack: Nodes[] = [b.node];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if ((n.type === 'link' || n.type === 'definition') && !SCHEME.test(n.url) && !n.url.startsWith('#') && !n.url.startsWith('/')) {
        let file = n.url.replace(/[#?].*$/, '');
        try {
          file = decodeURI(file);
        } catch {
          // A malformed escape: the link is checked as written.
        }
        if (/\.(md|markdown)$/i.test(file)) yield { url: n.url, path: file, range: nodeRange(n, b.base) };
      }
      if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
    }
  }
}
