/**
 * Completion (SPEC section 7): front matter keys and enum values, the section headings still
 * missing, service names (the catalog, else the names other postmortems of the workspace use), and
 * "now" in the Timeline section, written like the document's other entries.
 */
import {
  CompletionItemKind, InsertTextFormat, MarkupKind,
  type CompletionItem, type CompletionList, type CompletionParams, type Position, type Range,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { type LintResult, type PostmortemConfig, type FieldId, type Locale, type ParsedDocument, type Section, FIELDS, headingLanguage, term, textFor, fieldLabel, fieldDescription, knownKinds } from '../core/index';
import type { Feature, ServerContext } from './server';
import { EDITOR_FRONT_MATTER_KEYS, describeKey, type FrontMatterKey } from './front-matter-keys';
import type { WorkspaceIndex } from './service-index';
import type { LintedDocument } from './lint-engine';
import { entryLine, formatNow, isoNow, nowZone, styleOf, timelineShape, wallClock } from '../core/index';

/** The statuses of SPEC section 4. */
export const STATUSES = ['draft', 'in-review', 'final'] as const;

/** Where the cursor is, as completion sees it. */
type Place =
  | { kind: 'fm-key'; from: number }
  | { kind: 'fm-value'; key: string; from: number }
  | { kind: 'fm-service'; from: number; wrap: boolean; listed: string[] }
  | { kind: 'heading'; from: number; hashes: string; section: Section | undefined }
  | { kind: 'service'; from: number; section: Section; marker: string }
  | { kind: 'timeline'; from: number; section: Section; lineStart: boolean; table: boolean };

/** What completion needs besides the document. */
export interface CompletionInput {
  /** The lint result of the document (with its parse). */
  result: LintResult;
  /** The cursor offset. */
  offset: number;
  /** The effective configuration. */
  config: PostmortemConfig;
  /** Message locale. */
  locale: Locale;
  /** The client inserts snippets. */
  snippets: boolean;
  /** Current time, epoch milliseconds. */
  now: number;
  /** Service names of the other postmortems → how many use each. */
  workspaceServices?: Map<string, number>;
}

/** Finds what kind of completion the cursor asks for. */
export function placeAt(result: LintResult, offset: number): Place | undefined {
  const doc = result.doc;
  if (!doc) return undefined;
  const line = doc.lines.positionAt(offset).line;
  const lineStart = doc.lines.lineStarts[line];
  const prefix = doc.text.slice(lineStart, offset);
  const fm = doc.frontMatter;
  if (fm) {
    const first = doc.lines.positionAt(fm.range.start).line;
    const last = doc.lines.positionAt(fm.range.end).line;
    if (line <= first) return undefined;
    if (line < last) return frontMatterPlace(doc, line, lineStart, prefix);
    if (line === last) return undefined;
  }
  // Nothing to offer inside code or HTML blocks (`# comment` in a shell snippet is no heading).
  if (doc.blocks.some((b) => (b.node.type === 'code' || b.node.type === 'html') && b.start <= offset && offset <= b.end)) return undefined;
  const heading = /^(#{1,6})(?:[ \t]+(.*))?$/.exec(prefix);
  if (heading) {
    const section = result.fields?.sections.find((s) => s.section.headingRange.start === lineStart)?.section;
    return { kind: 'heading', from: lineStart, hashes: heading[1], section };
  }
  const inSection = (field: FieldId) =>
    result.fields?.sections.find((s) => s.field === field && s.section.headingRange.end < offset && offset <= s.section.bodyRange.end && !inSubsection(s.section, offset))?.section;
  const services = inSection('affected_services');
  if (services) {
    const item = /^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)(.*)$/.exec(prefix);
    if (item) return { kind: 'service', from: lineStart + item[1].length, section: services, marker: '' };
    if (/^[ \t]*$/.test(prefix)) return { kind: 'service', from: offset, section: services, marker: '- ' };
    return undefined;
  }
  const timeline = result.fields?.sections.find((s) => s.field === 'timeline' && s.section.headingRange.end < offset && offset <= s.section.bodyRange.end)?.section;
  if (timeline) {
    if (/^[ \t]*$/.test(prefix)) return { kind: 'timeline', from: offset, section: timeline, lineStart: true, table: false };
    if (/^[ \t>]*(?:[-*+]|\d{1,3}[.)])[ \t]+$/.test(prefix)) return { kind: 'timeline', from: offset, section: timeline, lineStart: false, table: false };
    if (/^\|[ \t]*$/.test(prefix)) return { kind: 'timeline', from: offset, section: timeline, lineStart: false, table: true };
  }
  return undefined;
}

/** True when the offset is under a sub-heading of the section (a different part). */
function inSubsection(section: Section, offset: number): boolean {
  return section.body.some((b) => b.node.type === 'heading' && b.start < offset);
}

function frontMatterPlace(doc: ParsedDocument, line: number, lineStart: number, prefix: string): Place | undefined {
  if (/^[A-Za-z_]*$/.test(prefix)) return { kind: 'fm-key', from: lineStart };
  const value = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*/.exec(prefix);
  if (value) {
    const key = value[1];
    const rest = prefix.slice(value[0].length);
    if (key === 'services' || key === 'affected_services') {
      // Read from the line itself: while it is being typed, the YAML does not parse.
      const inline = /^\[(?:[^\],]*,)*[ \t]*/.exec(rest);
      const listed = inline ? inline[0].slice(1).split(',').map(unquote).filter(Boolean) : [];
      if (inline) return { kind: 'fm-service', from: lineStart + value[0].length + inline[0].length, wrap: false, listed };
      if (rest === '') return { kind: 'fm-service', from: lineStart + value[0].length, wrap: true, listed };
      return undefined;
    }
    if (/^\S*$/.test(rest)) return { kind: 'fm-value', key, from: lineStart + value[0].length };
    return undefined;
  }
  const item = /^([ \t]+-[ \t]+)\S*$/.exec(prefix);
  if (item) {
    const listed: string[] = [];
    for (let l = line - 1; l >= 0; l--) {
      const text = doc.text.slice(doc.lines.lineStarts[l], doc.lines.lineEnd(l));
      const other = /^[ \t]+-[ \t]+(.*)$/.exec(text);
      if (other) listed.push(unquote(other[1]));
      if (/^[ \t]*(?:-|#|$)/.test(text)) continue;
      if (/^(?:services|affected_services)[ \t]*:[ \t]*$/.test(text)) return { kind: 'fm-service', from: lineStart + item[1].length, wrap: false, listed };
      break;
    }
  }
  return undefined;
}

/** A YAML scalar as written, without quotes, comments and surrounding blanks. */
function unquote(s: string): string {
  return s.replace(/[ \t]#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2');
}

/** Completion items at the cursor. */
export function completionsAt(input: CompletionInput): CompletionItem[] {
  const { result } = input;
  const doc = result.doc;
  const place = placeAt(result, input.offset);
  if (!doc || !place) return [];
  const range = rangeOf(doc, place.from, input.offset);
  switch (place.kind) {
    case 'fm-key':
      return keyItems(doc, input, range);
    case 'fm-value':
      return valueItems(place.key, input, range);
    case 'fm-service':
      return serviceItems(input, range, new Set([...listedInFrontMatter(result), ...place.listed.map((x) => x.toLowerCase())]), place.wrap ? (n) => `[${n}]` : (n) => n);
    case 'heading':
      return headingItems(doc, input, place.hashes, place.section, range);
    case 'service':
      return serviceItems(input, range, listedIn(result, place.section), (n) => `${place.marker}${n}`);
    case 'timeline':
      return timelineItems(doc, input, place.section, place.lineStart, place.table, range);
  }
}

/** Offsets → an LSP range (both on the cursor's line). */
function rangeOf(doc: ParsedDocument, from: number, to: number): Range {
  return { start: doc.lines.positionAt(from), end: doc.lines.positionAt(to) };
}

/** Escapes text for a snippet placeholder or choice. */
function snippetText(s: string, choice = false): string {
  return s.replace(choice ? /[$}\\,|]/g : /[$}\\]/g, '\\$&');
}

function keyItems(doc: ParsedDocument, input: CompletionInput, range: Range): CompletionItem[] {
  const fm = doc.frontMatter!;
  const cursorLine = doc.lines.positionAt(input.offset).line;
  const present = new Set<string>();
  const yaml = doc.text.slice(fm.contentStart, fm.range.end);
  let at = fm.contentStart;
  for (const text of yaml.split('\n')) {
    const m = /^([A-Za-z_][\w-]*)[ \t]*:/.exec(text);
    if (m && doc.lines.positionAt(at).line !== cursorLine) present.add(m[1]);
    at += text.length + 1;
  }
  if (present.has('affected_services')) present.add('services');
  if (present.has('root_cause')) present.add('cause');
  if (present.has('servers_restored')) present.add('servers');
  return EDITOR_FRONT_MATTER_KEYS.filter((k) => !present.has(k.key)).map((k, i) => {
    const snippet = input.snippets ? keySnippet(k, input) : undefined;
    return {
      label: k.key,
      kind: CompletionItemKind.Property,
      detail: k.field ? `${k.field}` : undefined,
      documentation: { kind: MarkupKind.Markdown, value: describeKey(k, input.locale) },
      sortText: String(i).padStart(2, '0'),
      filterText: k.key,
      textEdit: { range, newText: snippet ?? `${k.key}: ` },
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    };
  });
}

function keySnippet(k: FrontMatterKey, input: CompletionInput): string {
  const zone = nowZone(input.result, input.config, input.now);
  switch (k.value) {
    case 'type':
      return 'type: postmortem';
    case 'kind':
      return `kind: \${1|${knownKinds(input.config).join(',')}|}`;
    case 'status':
      return `status: \${1|${STATUSES.join(',')}|}`;
    case 'severity':
      return input.config.severities.length ? `severity: \${1|${input.config.severities.map((s) => snippetText(s, true)).join(',')}|}` : 'severity: $1';
    case 'date':
      return `date: \${1:${wallClock(input.now, zone.offsetMinutes).date}}`;
    case 'time':
      return `${k.key}: \${1:${isoNow(input.now, zone)}}`;
    case 'list':
      return `${k.key}: [$1]`;
    case 'servers':
      return 'servers:\n  restored: $1\n  total: $2';
    case 'text':
      return k.key === 'title' ? 'title: "$1"' : `${k.key}: $1`;
    case 'count':
      return `${k.key}: $1`;
  }
}

function valueItems(key: string, input: CompletionInput, range: Range): CompletionItem[] {
  const plain = (values: readonly string[], kind: CompletionItemKind, detail?: string) =>
    values.map((v, i) => ({ label: v, kind, detail, sortText: String(i).padStart(3, '0'), textEdit: { range, newText: v } }));
  const zone = nowZone(input.result, input.config, input.now);
  switch (key) {
    case 'status':
      return plain(STATUSES, CompletionItemKind.EnumMember);
    case 'severity':
      return plain(input.config.severities, CompletionItemKind.EnumMember);
    case 'type':
      return plain(['postmortem'], CompletionItemKind.EnumMember);
    case 'kind':
      return plain(knownKinds(input.config), CompletionItemKind.EnumMember);
    case 'date':
      return plain([wallClock(input.now, zone.offsetMinutes).date], CompletionItemKind.Value, term('today', input.locale));
    case 'started':
    case 'detected':
    case 'mitigated':
    case 'resolved':
      return plain([isoNow(input.now, zone)], CompletionItemKind.Event, `${term('now', input.locale)} (${zone.label})`);
    default:
      return [];
  }
}

/** Names listed in a section (lower case), so completion does not offer them again. */
function listedIn(result: LintResult, section: Section): Set<string> {
  const found = result.facts?.services.find((s) => s.occurrence.section === section);
  return new Set((found?.names ?? []).map((n) => n.name.toLowerCase()));
}

function listedInFrontMatter(result: LintResult): Set<string> {
  const found = result.facts?.services.find((s) => s.occurrence.surface === 'front-matter');
  return new Set((found?.names ?? []).map((n) => n.name.toLowerCase()));
}

/**
 * Service names: the catalog when there is one (names outside it would be `unknown-service`
 * warnings), ordered by how many postmortems use them; else the names other postmortems use.
 */
function serviceItems(input: CompletionInput, range: Range, listed: Set<string>, text: (name: string) => string): CompletionItem[] {
  const used = input.workspaceServices ?? new Map<string, number>();
  const catalog = input.config.services;
  const names = catalog.length > 0 ? [...new Set(catalog)] : [...used.keys()];
  const count = (n: string) => used.get(n) ?? 0;
  return names
    .filter((n) => !listed.has(n.toLowerCase()))
    .sort((a, b) => count(b) - count(a) || a.localeCompare(b))
    .map((n, i) => {
      const c = count(n);
      const source = catalog.length > 0 ? term('catalog', input.locale) : '';
      const usage = c === 1 ? term('usedInOne', input.locale) : c > 1 ? term('usedIn', input.locale, { count: c }) : '';
      return {
        label: n,
        kind: CompletionItemKind.Value,
        detail: [source, usage].filter(Boolean).join(' · ') || undefined,
        sortText: String(i).padStart(4, '0'),
        filterText: text(n),
        textEdit: { range, newText: text(n) },
      };
    });
}

function headingItems(doc: ParsedDocument, input: CompletionInput, typed: string, current: Section | undefined, range: Range): CompletionItem[] {
  const sections = (input.result.fields?.sections ?? []).filter((s) => s.section !== current);
  const present = new Set(sections.map((s) => s.field).filter((f): f is FieldId => f !== undefined));
  // Offered headings follow the document's own; an empty document gets the user's language.
  const language = sections.length > 0 ? headingLanguage(doc) : input.locale;
  const depths = sections.filter((s) => s.field).map((s) => s.section.depth);
  const depth = typed.length >= 2 ? typed.length : depths.length ? mostCommon(depths) : 2;
  const hashes = '#'.repeat(depth);
  return FIELDS.filter((f) => !present.has(f.id)).map((f, i) => {
    const label = fieldLabel(f.id, language);
    const required = (input.result.required ?? input.config.required).includes(f.id);
    return {
      label,
      kind: CompletionItemKind.Field,
      detail: `${f.id}${required ? ` · ${textFor(input.locale).hover.required}` : ''}`,
      documentation: { kind: MarkupKind.Markdown, value: fieldDescription(f.id, input.locale) },
      sortText: String(i).padStart(2, '0'),
      filterText: `${typed} ${label}`,
      textEdit: { range, newText: `${hashes} ${label}` },
    };
  });
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

function timelineItems(doc: ParsedDocument, input: CompletionInput, section: Section, lineStart: boolean, table: boolean, range: Range): CompletionItem[] {
  const entries = input.result.timeline?.entries ?? [];
  const ref = [...entries].reverse().find((e) => e.time && e.range.end <= input.offset) ?? entries.find((e) => e.time);
  const zone = nowZone(input.result, input.config, input.now, ref);
  const time = formatNow(input.now, zone, styleOf(doc, input.result, ref, input.now, zone));
  const shape = timelineShape(doc, section, ref);
  let newText: string;
  if (lineStart) newText = entryLine(time, shape).text;
  else if (table || shape.kind === 'table') newText = `${time} | `;
  else newText = `${time}${shape.separator}`;
  return [{
    label: time,
    kind: CompletionItemKind.Event,
    detail: `${term('now', input.locale)} (${zone.label})`,
    textEdit: { range, newText },
    preselect: true,
  }];
}

/** Completion at a position of a linted document, computed where the lint result is (the lint worker). */
export async function completionAnswer(
  linted: LintedDocument,
  query: { position: Position; snippets: boolean; now: number },
  locale: Locale,
  services: Pick<WorkspaceIndex, 'names'>,
): Promise<CompletionList | null> {
  const result = linted.result;
  if (!result?.doc) return null;
  const offset = linted.lines.offsetAt(query.position);
  const place = placeAt(result, offset);
  if (!place) return null;
  let workspaceServices: Map<string, number> | undefined;
  let complete = true;
  if (place.kind === 'service' || place.kind === 'fm-service') ({ names: workspaceServices, complete } = await services.names(fileOf(linted.uri)));
  const items = completionsAt({ result, offset, config: linted.config, locale, now: query.now, workspaceServices, snippets: query.snippets });
  return { isIncomplete: !complete, items };
}

/** How long completion waits at most for the lint of the text just typed (the first lint of a large document takes seconds). */
const COMPLETION_WAIT_MS = 5000;

/** Registers `textDocument/completion`: answered by the lint worker from the lint of the current version. */
export function completionFeature(): Feature {
  return {
    capabilities: () => ({ completionProvider: { triggerCharacters: ['#', ' ', '[', ','], resolveProvider: false } }),
    register(ctx: ServerContext) {
      ctx.connection.onCompletion(
        ctx.guard('completion', null, async (params: CompletionParams): Promise<CompletionList | null> => {
          // Most keystrokes ask for nothing: look at the line before asking for a lint.
          const live = ctx.documents.get(params.textDocument.uri);
          if (!live || !mayComplete(live.getText({ start: { line: params.position.line, character: 0 }, end: params.position }))) return null;
          const snippets = !!ctx.capabilities().textDocument?.completion?.completionItem?.snippetSupport;
          const a = await ctx.ask(params.textDocument.uri, { kind: 'completion', position: params.position, snippets, now: Date.now() }, { current: true, waitMs: COMPLETION_WAIT_MS });
          return a?.value ?? null;
        }),
      );
    },
  };
}

/**
 * The line prefixes `placeAt` can answer: a key or `key: value` in front matter, a heading, a list
 * item, a table cell or an empty line. Anything else (prose) is answered without linting.
 */
export function mayComplete(prefix: string): boolean {
  return /^(?:#{1,6}(?:[ \t].*)?|[A-Za-z_]*|[A-Za-z_][\w-]*[ \t]*:.*|[ \t>]*(?:[-*+]|\d{1,3}[.)])[ \t]+.*|[ \t]*|\|[ \t]*)$/.test(prefix);
}

function fileOf(uri: string): string | undefined {
  const u = URI.parse(uri);
  return u.scheme === 'file' ? u.fsPath : undefined;
}
