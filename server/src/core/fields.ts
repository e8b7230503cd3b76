import type { FieldId } from './types';
import { ownString } from './incremental';
import { PACKS, fieldText, CJK_LETTER, type LanguageId } from './lang/index';

/** What the core knows about one postmortem field. */
export interface FieldSpec {
  /** The field id used in the model, the schema and the config. */
  id: FieldId;
  /** English label, used in messages and inserted headings (the language packs translate it: `fieldLabel`). */
  label: string;
  /** One-line explanation shown in hover and completion, in English (`fieldDescription`). */
  description: string;
}

/**
 * The fields in the recommended order of a postmortem: the order `required-field` and
 * Insert Missing Sections use to place a new section.
 */
export const FIELDS: readonly FieldSpec[] = [
  {
    id: 'summary',
    label: 'Summary',
    description: 'A short account of what happened, for readers who read nothing else.',
  },
  {
    id: 'cause',
    label: 'Root cause',
    description: 'What caused the incident: the trigger and the conditions that let it do harm.',
  },
  {
    id: 'duration',
    label: 'Duration',
    description: 'How long users were affected, e.g. `4h 10m` or `14:50–19:00 KST`.',
  },
  {
    id: 'affected_services',
    label: 'Affected services',
    description: 'The services that failed or degraded, one per list item.',
  },
  {
    id: 'servers_restored',
    label: 'Servers restored',
    description: 'How many servers were restored out of how many, e.g. `12,000 of 32,000`, or `N/A` with a reason.',
  },
  {
    id: 'user_impact',
    label: 'User impact',
    description: 'What users experienced, with counts where known, e.g. `45.6 million of 52 million people`.',
  },
  {
    id: 'timeline',
    label: 'Timeline',
    description: 'What happened when, in order, with times and their zone.',
  },
  {
    id: 'detection',
    label: 'Detection',
    description: 'How and when the incident was noticed.',
  },
  {
    id: 'resolution',
    label: 'Resolution',
    description: 'What was done to mitigate and resolve the incident.',
  },
  {
    id: 'communication',
    label: 'Communication',
    description: 'What users and stakeholders were told, and when.',
  },
  {
    id: 'lessons_learned',
    label: 'Lessons learned',
    description: 'What the team learned: what went well, what went wrong, where it got lucky.',
  },
  {
    id: 'action_items',
    label: 'Action items',
    description: 'Follow-up work, each with an owner and a due date or tracking link.',
  },
];

/** The five facts of a postmortem. Which of them a document must state depends on its kind (`kinds.ts`). */
export const DEFAULT_REQUIRED: readonly FieldId[] = ['cause', 'duration', 'affected_services', 'servers_restored', 'user_impact'];

/** Looks a field up by id. */
/** A field's name in a language: the pack's, else the English one. */
export function fieldLabel(id: FieldId, language: LanguageId): string {
  return fieldText(id, language)?.label ?? fieldSpec(id).label;
}

/** A field's one-line explanation in a language: the pack's, else the English one. */
export function fieldDescription(id: FieldId, language: LanguageId): string {
  return fieldText(id, language)?.description ?? fieldSpec(id).description;
}

export function fieldSpec(id: FieldId): FieldSpec {
  const spec = FIELDS.find((f) => f.id === id);
  if (!spec) throw new Error(`unknown field ${id}`);
  return spec;
}

/**
 * Normalizes a heading or label for matching: NFC, lower case, no Markdown emphasis, no emoji or
 * `:shortcode:`, no leading numbering (`3.`, `3.1`, `IV.`, `Step 2:`), no trailing colon, single spaces.
 */
export function normalizeHeading(text: string): string {
  let s = NORMALIZED.get(text);
  if (s === undefined) {
    // Every rule that reads headings asks again on every lint: remembered, up to a bound.
    // Own copies: a heading's title is a slice of the whole text, and would keep that version alive.
    if (NORMALIZED.size >= 4096) NORMALIZED.clear();
    s = ownString(normalize(text));
    NORMALIZED.set(ownString(text), s);
  }
  return s;
}

const NORMALIZED = new Map<string, string>();

function normalize(text: string): string {
  let s = text.normalize('NFC').toLowerCase();
  s = s.replace(/[*_`]/g, '');
  s = stripShortcodes(s);
  s = s.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ');
  s = s.replace(/^[\s#>|\-–—•·]+/, '');
  s = s.replace(/^\s*(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[ivx]{1,5}\.|[a-z]\)|\(\d{1,3}\)|\d{1,3}\))\s+/, '');
  // `Q. 왜 이런 일이 생겼나요?`, `Q: Why did it happen?`: the mark of a question in an FAQ.
  s = s.replace(/^q[.:：][ \t]*/, '');
  s = s.replace(/\s+/g, ' ').trim();
  if (s.endsWith(':') || s.endsWith('：')) s = s.slice(0, -1).trimEnd();
  return s;
}

/** `:warning: Leadup` → ` Leadup`: emoji shortcodes removed by a scan (a pattern for them backtracks on runs of `:`). */
function stripShortcodes(s: string): string {
  if (s.indexOf(':') < 0) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] === ':') {
      let j = i + 1;
      while (j < s.length && j - i <= 41 && /[a-z0-9_+-]/.test(s[j])) j++;
      if (j > i + 1 && s[j] === ':' && /[a-z]/.test(s.slice(i + 1, j))) {
        out += ' ';
        i = j + 1;
        continue;
      }
    }
    out += s[i];
    i++;
  }
  return out;
}

/** How a heading or label names a field. */
export interface FieldMatch {
  /** The field. */
  field: FieldId;
  /**
   * True when the text is exactly an alias of the field (or one of the config's `sections`):
   * the author meant the field and its value must be readable. False when the field was found
   * by the meaning of the words (`What was affected`): it is stated, but a value the readers
   * cannot read is not reported.
   */
  exact: boolean;
}

const EXACT = new Map<string, FieldId>();
for (const pack of PACKS) {
  for (const [field, list] of Object.entries(pack.aliases) as Array<[FieldId, string[]]>) {
    for (const a of list) if (!EXACT.has(a)) EXACT.set(a, field);
  }
}

/** The exact aliases by their first character, in EXACT's order (the prefix scan of matchNormalized). */
const EXACT_BY_FIRST = new Map<string, { aliases: string[]; fields: FieldId[] }>();
for (const [a, field] of EXACT) {
  let group = EXACT_BY_FIRST.get(a.charAt(0));
  if (!group) EXACT_BY_FIRST.set(a.charAt(0), (group = { aliases: [], fields: [] }));
  group.aliases.push(a);
  group.fields.push(field);
}

/** Every exact alias of a field, in every language (normalized). */
export function aliasesOf(field: FieldId): string[] {
  return PACKS.flatMap((p) => p.aliases[field] ?? []);
}

/**
 * Finds the field a heading names: an exact alias (or a `sections` alias of the config) first,
 * then an alias followed by a parenthesis, dash, colon or sentence (`Timeline (all times UTC)`),
 * then the wording's meaning by the intents of every language pack (`What was affected`,
 * `Why it broke`, `원인 분석`, `影響範囲`). `extraAliases` come from the config's `sections`.
 */
export function matchHeading(heading: string, extraAliases?: Partial<Record<FieldId, string[]>>, options: { exactOnly?: boolean } = {}): FieldMatch | undefined {
  const h = normalizeHeading(heading);
  if (!h) return undefined;
  if (extraAliases && Object.keys(extraAliases).length) return matchNormalized(h, extraAliases, options.exactOnly === true);
  // Without the config's aliases the answer depends on the text alone, and every rule, reader and
  // label scan asks it again for the same few headings: remembered, up to a bound. (The scan of
  // every alias below allocated more than any other function of the core, measured on the
  // 1,000 bench files.) `h` is an own copy already (normalizeHeading); the answers are frozen.
  const memo = options.exactOnly ? MATCHED_EXACT_ONLY : MATCHED;
  let m = memo.get(h);
  if (m === undefined) {
    if (memo.size >= 4096) memo.clear();
    m = matchNormalized(h, undefined, options.exactOnly === true) ?? null;
    if (m) Object.freeze(m);
    memo.set(h, m);
  }
  return m ?? undefined;
}

const MATCHED = new Map<string, FieldMatch | null>();
const MATCHED_EXACT_ONLY = new Map<string, FieldMatch | null>();

function matchNormalized(h: string, extraAliases: Partial<Record<FieldId, string[]>> | undefined, exactOnly: boolean): FieldMatch | undefined {
  if (extraAliases) {
    for (const [field, list] of Object.entries(extraAliases) as Array<[FieldId, string[] | undefined]>) {
      if (list?.some((a) => normalizeHeading(a) === h)) return { field, exact: true };
    }
  }
  const exact = EXACT.get(h);
  if (exact) return { field: exact, exact: true };
  // (`Total outage time`, `총 장애 시간`, `総障害時間`: the whole of a field named exactly.)
  const total = TOTAL_LEAD.exec(h);
  const whole = total ? EXACT.get(h.slice(total[0].length)) : undefined;
  if (whole) return { field: whole, exact: true };
  // `再発防止のための教訓`: a modifier, then the head noun the heading names.
  for (const p of PACKS) {
    const m = p.modifierEnd?.exec(h);
    const head = m ? h.slice(m.index + m[0].length).trim() : '';
    const named = head ? matchNormalized(head, extraAliases, exactOnly) : undefined;
    // (Not a bare `조치`/`対応` (the response): `재발 방지를 위한 조치` are the measures the modifier names.)
    if (named && named.field !== 'resolution') return named;
  }
  let best: { field: FieldId; len: number } | undefined;
  // Aliases that are a prefix of `h`: only those starting with its first character are tried.
  const first = EXACT_BY_FIRST.get(h.charAt(0));
  if (first) {
    for (let i = 0; i < first.aliases.length; i++) {
      const a = first.aliases[i];
      const field = first.fields[i];
      if (h.length > a.length && h.startsWith(a) && isAliasBoundary(h.charAt(a.length)) && (!best || a.length > best.len) && !pointInTime(field, h.slice(a.length))) best = { field, len: a.length };
    }
  }
  if (extraAliases) {
    for (const [field, list] of Object.entries(extraAliases) as Array<[FieldId, string[] | undefined]>) {
      for (const raw of list ?? []) {
        const a = normalizeHeading(raw);
        if (a && h.length > a.length && h.startsWith(a) && isAliasBoundary(h.charAt(a.length)) && (!best || a.length > best.len)) best = { field, len: a.length };
      }
    }
  }
  const intent = exactOnly ? undefined : bestIntent(h);
  // A prefix alias wins unless a more specific wording names another field (`Recovery time` is a duration).
  if (best && !(intent && intent.score === 3 && intent.field !== best.field && intent.len > best.len)) return { field: best.field, exact: true };
  return intent ? { field: intent.field, exact: false } : undefined;
}

/** The field a heading names, by alias or meaning (see `matchHeading`). */
export function fieldForHeading(heading: string, extraAliases?: Partial<Record<FieldId, string[]>>): FieldId | undefined {
  return matchHeading(heading, extraAliases)?.field;
}

/**
 * The field a short label names (`**Duration:**`, `Time to resolve:`, `| Impact |`). Labels are
 * read like headings, but a label found by meaning must be mostly that meaning: the words that
 * name the field cover at least half of it, or it has at most three words
 * (`Why it broke:` yes; `Note that the cause was:` no).
 */
/** `Restoration time`, `Restoration date`: when service came back, not how many servers did. */
function pointInTime(field: FieldId, rest: string): boolean {
  // `장애 시간 중 상신 시도`, `outage time during which …`: something counted during the field, not the field.
  if (/^[ \t]*(?:중|동안|중에|during|while)(?![\p{L}])/u.test(rest)) return true;
  // `Downtime procedure`, `Downtime declared by the incident commander`, `Downtime Report: …`: a thing or
  // a moment of the downtime (a hospital's paper procedures, when it was called), not its length.
  if (field === 'duration' && DURATION_OTHER_THING.test(rest)) return true;
  return field === 'servers_restored' && /^[ \t]*(?:time|date|at|timestamp)\b/i.test(rest);
}
const DURATION_OTHER_THING = /^[ \t]*(?:procedures?|forms?|plans?|protocols?|polic(?:y|ies)|kits?|drills?|mode|workflows?|documentation|process(?:es)?|binders?|reports?|activation|communications?|computers?|workstations?|devices?|printers?|declared|ended|began|begun|started|lifted|called|announced)\b/i;

const TOTAL_LEAD = new RegExp(`^(?:${PACKS.map((p) => p.words.totalLead).join('|')})(?:[ \\t]|(?=[^\\x00-\\x7f]))`, 'i');

/** `Max delay`, `평균 지연 시간`, `最大遅延時間`: a statistic of the incident opens the label (the packs' `statisticLead`). */
const STATISTIC_LEAD = new RegExp(`^(?:${PACKS.map((p) => p.words.statisticLead).join('|')})(?![A-Za-z])`, 'i');

export function matchLabel(label: string, extraAliases?: Partial<Record<FieldId, string[]>>): FieldMatch | undefined {
  const m = matchHeading(label, extraAliases);
  // (`| 최대 지연 시간 | 31분 |` beside a 47-minute incident: the longest single delay, not the incident's length.)
  if (m?.field === 'duration' && STATISTIC_LEAD.test(normalizeHeading(label))) return undefined;
  if (!m || m.exact) return m;
  const h = normalizeHeading(label);
  const intent = bestIntent(h);
  const before = h.slice(0, intent?.at ?? 0);
  // `Repo for follow-ups`, `Channel for updates`: a thing for the field, not the field.
  if (/\S[ \t]+for[ \t]+$/i.test(before) && !/\b(?:impact|effects?|consequences?|results?|outcome)\b/i.test(before)) return undefined;
  const words = h.split(' ').length;
  const cjk = CJK_LETTER.test(h);
  if (cjk ? h.length <= 12 : words <= 3) return m;
  // `Total duration of service disruption`: the field's word among the first two.
  if (!cjk && before.split(' ').filter(Boolean).length <= 1 && (intent?.score ?? 0) >= 2) return m;
  return intent && intent.len >= h.length / 2 ? m : undefined;
}

function bestIntent(h: string): { field: FieldId; score: number; len: number; at: number } | undefined {
  let best: { field: FieldId; score: number; len: number; at: number } | undefined;
  for (const pack of PACKS) {
    for (const intent of pack.intents) {
      const m = intent.re.exec(h);
      if (!m) continue;
      // A generic word names the field only when it is most of the heading (`Improvements`, not
      // `Script injection in the GitHub Actions workflow`).
      if (intent.score === 1 && m[0].length < h.length * 0.4) continue;
      const cand = { field: intent.field, score: intent.score, len: m[0].length, at: m.index };
      if (!best || cand.score > best.score || (cand.score === best.score && (cand.len > best.len || (cand.len === best.len && cand.at < best.at)))) best = cand;
    }
  }
  return best;
}

function isAliasBoundary(c: string): boolean {
  return c === ' ' || c === '(' || c === '-' || c === ':' || c === '.' || c === ',' || c === '–' || c === '—' || c === '/' || c === '?';
}

/** Front matter keys that state each field directly (in order of preference). */
export const FRONT_MATTER_KEYS: Partial<Record<FieldId, string[]>> = {
  cause: ['cause', 'root_cause'],
  duration: ['duration'],
  affected_services: ['services', 'affected_services', 'service', 'systems', 'affected_systems'],
  servers_restored: ['servers', 'servers_restored'],
  user_impact: ['user_impact', 'users_affected'],
  summary: ['summary'],
};
