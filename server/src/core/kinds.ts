/**
 * What kind of incident a postmortem is about, and so which fields it must state. Servers
 * restored means something only where servers, hosts or a site went down; the length of a
 * leaked-token incident is not what a reader of it needs. A document says its kind in the front
 * matter (`kind: security`); without one, the kind is inferred cautiously from the title and the
 * summary, and a field required only because of an inferred kind is asked for less strongly.
 */
import type { FieldId, OffsetRange } from './types';
import type { PostmortemConfig } from './config';
import type { ParsedDocument } from './document';
import type { ExtractedFields } from './model';
import { CJK_LETTER, PACKS, findCue, type Cue, packWords, type Kind } from './lang/index';
import { normalizeHeading } from './fields';

/** The built-in kinds, in the order their cues are tried. */
export const KINDS: readonly Kind[] = ['outage', 'degradation', 'infrastructure', 'security', 'data-loss', 'cost', 'near-miss'];

/**
 * The fields each kind needs when the configuration says nothing. Teams change them with
 * `kinds` in `.postmortemrc.json` (`{ "kinds": { "security": { "required": ["cause"] } } }`).
 */
export const DEFAULT_KIND_REQUIRED: Readonly<Record<Kind, readonly FieldId[]>> = {
  outage: ['cause', 'duration', 'affected_services', 'user_impact'],
  degradation: ['cause', 'duration', 'affected_services', 'user_impact'],
  infrastructure: ['cause', 'duration', 'affected_services', 'servers_restored', 'user_impact'],
  security: ['cause', 'affected_services', 'user_impact'],
  'data-loss': ['cause', 'affected_services', 'user_impact'],
  // Money spent that should not have been (a cloud bill spike): nothing went down, and what it cost is its impact.
  cost: ['cause', 'user_impact'],
  'near-miss': ['cause'],
};

/** The kind assumed when nothing says otherwise. */
export const DEFAULT_KIND: Kind = 'outage';

/** The kind of one document and how it is known. */
export interface KindInfo {
  /** A built-in kind or one the configuration's `kinds` defines. */
  kind: string;
  /** `front-matter` when the document says it, `inferred` when a cue in the title or summary says it, `default` otherwise. */
  source: 'front-matter' | 'inferred' | 'default';
  /** Where the kind is said or the cue that suggested it. */
  range?: OffsetRange;
  /** The words that suggested an inferred kind (`data center fire`). */
  cue?: string;
  /** The title or summary says hosts, nodes or servers went down (a weaker cue than the kind). */
  hostsDown: boolean;
}

/** A kind as the kinds are named: lower case, words joined by hyphens (`Data loss` → `data-loss`). */
export function canonicalKind(value: string, known: readonly string[] = []): string {
  const k = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (known.includes(k)) return k;
  // `kind: 준사고`, `kind: セキュリティ`: a built-in kind named in a pack's words (`declaredKinds`), a short value only.
  return KIND_SYNONYMS[k] ?? (k.length <= 16 && CJK_LETTER.test(k) ? kindInWords(value) : undefined) ?? k;
}
/**
 * Other names teams give the built-in kinds (`kind: data-correctness`): the built-in kind that
 * asks the same fields. A kind the configuration defines under such a name is still its own (the
 * callers pass the known kinds).
 */
const KIND_SYNONYMS: Readonly<Record<string, Kind>> = {
  'data-correctness': 'data-loss', 'data-integrity': 'data-loss', 'data-corruption': 'data-loss', 'data-inconsistency': 'data-loss', 'data-quality': 'data-loss',
  privacy: 'security', 'data-breach': 'security', breach: 'security', 'data-leak': 'security', 'data-exposure': 'security',
  performance: 'degradation', slowdown: 'degradation', latency: 'degradation', 'partial-outage': 'degradation',
  'cost-overrun': 'cost', billing: 'cost', 'cost-spike': 'cost',
  'near-miss-incident': 'near-miss', nearmiss: 'near-miss',
};

/** Kinds a document may name: the built-in ones and those the configuration adds. */
export function knownKinds(config: PostmortemConfig): string[] {
  return [...new Set([...KINDS, ...Object.keys(config.kinds ?? {})])];
}

/** The fields a kind needs: the configuration's `kinds` entry, else the built-in table, plus `required` for every kind. */
export function requiredFor(kind: string, config: PostmortemConfig): FieldId[] {
  const own = config.kinds?.[kind]?.required ?? DEFAULT_KIND_REQUIRED[kind as Kind] ?? DEFAULT_KIND_REQUIRED[DEFAULT_KIND];
  return [...new Set([...own, ...config.required])];
}

/** How much of the start of a document the kind cues read when there is no summary. */
const LEAD_CHARS = 1500;

/** A heading that is only what the incident cost (the packs' `costSection`: `Cost`, `비용`, `費用`). */
const COST_SECTION = new RegExp(`^(?:${packWords('costSection')})$`, 'i');

/** Words that name a near miss outright, in any of the languages. */
const NEAR_MISS_STRONG = new RegExp(packWords('nearMiss'), 'i');

/** The kind of a document: front matter `kind`, else an inference from the title and summary. */
export function kindOf(doc: ParsedDocument, masked: string, fields: ExtractedFields, config: PostmortemConfig): KindInfo {
  const entry = doc.frontMatter?.entries.find((e) => e.key === 'kind');
  const known = knownKinds(config);
  if (entry && typeof entry.value === 'string' && known.includes(canonicalKind(entry.value, known))) {
    return { kind: canonicalKind(entry.value, known), source: 'front-matter', range: entry.valueRange, hostsDown: hostsDownIn(doc, masked, fields) };
  }
  const hostsDown = hostsDownIn(doc, masked, fields);
  const declared = declaredKind(doc, masked, known);
  if (declared) return { ...declared, hostsDown };
  for (const span of inferenceSpans(doc, masked, fields)) {
    const text = masked.slice(span.start, span.end);
    for (const pack of PACKS) {
      for (const [kind, re] of pack.kinds) {
        // "No customer impact" alone does not make a near miss (an internal outage still lasted);
        // the words for one (`near miss`, `caught in staging`, `ヒヤリハット`) do.
        const m = firstUnnegated(kind === 'near-miss' ? NEAR_MISS_STRONG : re, text);
        if (m) return { kind, source: 'inferred', range: { start: span.start + m.index, end: span.start + m.end }, cue: text.slice(m.index, m.end), hostsDown };
      }
    }
  }
  // A `Background` section before the one read as the summary may say the event was a near miss or
  // no outage (`障害ではありませんが…`): only those words are read there, not every kind's.
  if ((fields.byField.get('summary') ?? []).length > 0) {
    const lead = leadSpan(doc, masked);
    const m = findCue(NEAR_MISS_STRONG, masked.slice(lead.start, lead.end));
    if (m) return { kind: 'near-miss', source: 'inferred', range: { start: lead.start + m.index, end: lead.start + m.end }, cue: masked.slice(lead.start + m.index, lead.start + m.end), hostsDown };
  }
  // `## Cost` with its overage, in a document whose title and summary name no kind: what it cost is what it was about.
  const cost = doc.sections.find((s) => s.depth > 1 && COST_SECTION.test(normalizeHeading(s.title)));
  if (cost) return { kind: 'cost', source: 'inferred', range: cost.titleRange, cue: cost.title.trim(), hostsDown };
  return { kind: DEFAULT_KIND, source: 'default', hostsDown };
}

/**
 * The first match of a kind's cue that the text does not deny: `~4h of impact, no data exposure`
 * says what the incident was not (`no`, `without`, `not a` before it; `なし`, `없음` right after it).
 */
function firstUnnegated(cue: Cue, text: string): { index: number; end: number } | null {
  let from = 0;
  for (let n = 0; n < 8 && from < text.length; n++) {
    const m = findCue(cue, text.slice(from));
    if (!m) return null;
    const at = { index: from + m.index, end: from + m.end };
    const before = text.slice(Math.max(0, at.index - 60), at.index);
    if (!NEGATED_BEFORE.test(before.slice(-24)) && !negatedAny(before) && !NEGATED_AFTER.test(text.slice(at.end, at.end + 12))) return at;
    from = at.end;
  }
  return null;
}
const NEGATED_BEFORE = /\b(?:no|without|not[ \t]an?|zero|nor)[ \t]+(?:[\w-]+[ \t]+)?$/i;
/** `no paying customer saw any degradation`: `any` right before it, after a negation in the same clause. */
function negatedAny(before: string): boolean {
  const any = ANY_BEFORE.exec(before);
  if (!any) return false;
  const clause = before.slice(Math.max(0, any.index - 40), any.index);
  const cut = Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'), clause.lastIndexOf(':'));
  return NEGATION_WORD.test(clause.slice(cut + 1));
}
const ANY_BEFORE = /\bany[ \t]{1,3}(?:[\w-]{1,30}[ \t]{1,3})?$/i;
const NEGATION_WORD = /\b(?:no|not|never|without|nobody|none)\b/i;
const NEGATED_AFTER = new RegExp(`^[ \\t]?(?:${packWords('noLength')})(?![\\p{L}\\p{N}])`, 'iu');

/** Front matter keys other than `kind` that may declare the kind in words (`type: third-party outage`). */
const TYPE_KEYS = ['type', 'incident_type', 'incident-type', 'event_type', 'event-type', 'category', 'classification', 'kind_of_incident'];
/** A front matter key that is a pack's label for the kind, whole (`区分`, `유형`). */
const KIND_KEY = new RegExp(`^(?:${packWords('kindLabel')})$`, 'i');
/** `**Type:** Cost / runaway job`, `| 유형 | 성능 저하 |`, `種別：障害`: a line or a row that declares the kind, near the top. */
// (`2024-05-22 / 基幹システム課 佐伯・川端 / 区分: コスト(業務影響は軽微)`: the label after a slash of a byline, too.)
/** A short word in parentheses closing a title (`… 폭증 (비용)`, `… (near miss)`). */
const TITLE_KIND_END = /[(（]([^()（）\n]{2,12})[)）][ \t]*$/;
const KIND_LINE = new RegExp(`(?:^[ \\t>*_|-]{0,6}|[/／·][ \\t]{0,3})(?:${packWords('kindLabel')})[*_ \\t]{0,4}[:：|][*_ \\t]{0,4}([^\\n|]{1,80})`, 'gim');

/** The kind a value names in words (the packs' `declaredKinds`), if one. */
function kindInWords(value: string): Kind | undefined {
  for (const pack of PACKS) for (const [kind, re] of pack.declaredKinds) if (re.test(value)) return kind;
  return undefined;
}

/** A kind the document declares outside `kind:`: another front matter key, or a labelled line or row near the top. */
function declaredKind(doc: ParsedDocument, masked: string, known: readonly string[]): Omit<KindInfo, 'hostsDown'> | undefined {
  // (`区分: サービス低下`, `유형: 보안`: a key in the document's language that declares the kind.)
  for (const key of [...TYPE_KEYS, ...(doc.frontMatter?.entries.map((x) => x.key).filter((k) => KIND_KEY.test(k)) ?? [])]) {
    const e = doc.frontMatter?.entries.find((x) => x.key.toLowerCase() === key.toLowerCase());
    const kind = e && typeof e.value === 'string' ? kindInWords(e.value) : undefined;
    if (kind) return { kind, source: 'front-matter', range: e!.valueRange };
  }
  const lead = leadSpan(doc, masked);
  const labelled = labelsKind(doc, lead, known);
  if (labelled) return labelled;
  // (`# 2024년 3월 전자고지 알림톡 → 문자 대체발송 폭증 (비용)`: the kind in parentheses closing the title.)
  const h1 = doc.sections.find((s) => s.depth === 1);
  const titleKind = h1 ? TITLE_KIND_END.exec(doc.text.slice(h1.titleRange.start, h1.titleRange.end)) : null;
  const titled = titleKind ? kindInWords(titleKind[1]) : undefined;
  if (h1 && titleKind && titled) {
    const start = h1.titleRange.start + titleKind.index + titleKind[0].indexOf(titleKind[1]);
    return { kind: titled, source: 'inferred', range: { start, end: start + titleKind[1].length }, cue: titleKind[1] };
  }
  // (`| Sev | 2 (cost) |`, `Severity: SEV3 (near miss)`: a kind said in parentheses after the severity.)
  const sev = SEVERITY_KIND.exec(masked.slice(lead.start, lead.end));
  const sevKind = sev ? kindInWords(sev[1] ?? '') : undefined;
  if (sev && sevKind) {
    const start = lead.start + sev.index + sev[0].length - 1 - (sev[1] ?? '').length;
    return { kind: sevKind, source: 'inferred', range: { start, end: start + (sev[1] ?? '').length }, cue: (sev[1] ?? '').trim() };
  }
  const text = masked.slice(lead.start, lead.end);
  KIND_LINE.lastIndex = 0;
  for (let m = KIND_LINE.exec(text); m; m = KIND_LINE.exec(text)) {
    const kind = kindInWords(m[1] ?? '');
    if (kind) {
      const start = lead.start + m.index + m[0].length - (m[1] ?? '').length;
      return { kind, source: 'inferred', range: { start, end: start + (m[1] ?? '').trimEnd().length }, cue: (m[1] ?? '').trim() };
    }
  }
  return undefined;
}

/** A severity line or row whose value names the kind in parentheses (`| Sev | 2 (cost) |`, `Sev 3 (cost only) · status: closed`). */
const SEVERITY_KIND = /^[ \t>*_|-]{0,6}(?:sev|severity)[*_ \t]{0,4}(?:[:：|][*_ \t]{0,4})?[^\n|()（）:：]{1,8}[(（]([^()（）\n|]{2,40})[)）]/im;

/** An issue tracker's labels line near the top (the packs' `labelsLabel`), read in the raw text: its labels are often code (`` `cost` ``). */
const LABELS_LINE = new RegExp(`^[ \\t>*_-]{0,6}(?:${packWords('labelsLabel')})[*_ \\t]{0,4}[:：][*_ \\t]{0,4}([^\\n]{1,200})`, 'gim');

/**
 * `**Labels:** \`postmortem\` \`cost\` \`infra\``: a label that is exactly the name of a kind (a
 * built-in one, a synonym such as `data-correctness`, or one the configuration adds) declares it.
 * Words inside a longer label (`cost-center`) do not.
 */
function labelsKind(doc: ParsedDocument, lead: OffsetRange, known: readonly string[]): Omit<KindInfo, 'hostsDown'> | undefined {
  const text = doc.text.slice(lead.start, lead.end);
  LABELS_LINE.lastIndex = 0;
  for (let m = LABELS_LINE.exec(text); m; m = LABELS_LINE.exec(text)) {
    const valueStart = lead.start + m.index + m[0].length - (m[1] ?? '').length;
    for (const label of (m[1] ?? '').matchAll(/[^\s`,，、*_]+/g)) {
      const kind = canonicalKind(label[0], known);
      if (!known.includes(kind)) continue;
      const start = valueStart + label.index!;
      return { kind, source: 'inferred', range: { start, end: start + label[0].length }, cue: label[0] };
    }
  }
  return undefined;
}

function hostsDownIn(doc: ParsedDocument, masked: string, fields: ExtractedFields): boolean {
  return inferenceSpans(doc, masked, fields).some((span) => PACKS.some((p) => findCue(p.hostsDown, masked.slice(span.start, span.end)) !== null));
}

/** The start of the document, after its front matter. */
function leadSpan(doc: ParsedDocument, masked: string): OffsetRange {
  const from = doc.frontMatter ? doc.frontMatter.range.end : 0;
  return { start: from, end: Math.min(masked.length, from + LEAD_CHARS) };
}

/** Title, summary and (without a summary) the start of the document: where a kind is said. */
function inferenceSpans(doc: ParsedDocument, masked: string, fields: ExtractedFields): OffsetRange[] {
  const spans: OffsetRange[] = [];
  const title = doc.frontMatter?.entries.find((e) => e.key === 'title');
  if (title) spans.push(title.valueRange);
  const h1 = doc.sections.find((s) => s.depth === 1) ?? doc.sections[0];
  if (h1) spans.push(h1.titleRange);
  // (`# Greenfield Municipal Utilities` then `# Incident After-Action Report: Duplicate AutoPay Bank Drafts`: a
  // letterhead over the title; the heading right after an empty first one is the title too.)
  const next = h1 && h1.body.length === 0 ? doc.sections[doc.sections.indexOf(h1) + 1] : undefined;
  if (next?.depth === 1) spans.push(next.titleRange);
  // A letter without a title heading (`Subject: Incident report — lost scan records at DC2`): its first line is its title.
  const first = doc.blocks[0];
  if (!doc.sections.some((s) => s.depth === 1) && first?.node.type === 'paragraph' && (doc.sections.length === 0 || first.start < doc.sections[0].headingRange.start)) {
    const nl = doc.text.indexOf('\n', first.start);
    spans.push({ start: first.start, end: Math.min(nl < 0 ? first.end : nl, first.end, first.start + 200) });
  }
  const summaries = fields.byField.get('summary') ?? [];
  for (const o of summaries) spans.push({ start: o.valueRange.start, end: Math.min(o.valueRange.end, o.valueRange.start + LEAD_CHARS * 2) });
  if (summaries.length === 0) spans.push(leadSpan(doc, masked));
  return spans;
}
