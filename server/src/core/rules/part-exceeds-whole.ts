import { ruleDocsUrl, type Rule, type RuleContext } from './types';
import type { OffsetRange } from '../types';
import { rawValue } from '../facts';
import { findPercents, findRatios, formatCount } from '../readers/index';
import { PACKS } from '../lang/index';

type Kind = 'servers' | 'users';

/** One part-of-whole statement to check, wherever it was written. */
interface Claim {
  kind: Kind;
  part?: number;
  whole?: number;
  percent?: number | null;
  /** Range of the whole statement. */
  range: OffsetRange;
  /** Range of the part (for `part > whole`), when it differs from `range`. */
  partRange?: OffsetRange;
}

/**
 * Restored servers above the total, affected users above all users, a percentage over 100, or a
 * percentage that disagrees with the counts stated with it (`12,000 of 32,000 (50%)`).
 */
export const rule: Rule = {
  meta: {
    id: 'part-exceeds-whole',
    docs: { url: ruleDocsUrl('part-exceeds-whole') },
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    description: 'A part is not larger than its whole, and a percentage agrees with its counts.',
    messages: {
      serversExceed: 'Restored servers ({part}) exceed the total ({whole}): restored must be at most the total.',
      usersExceed: 'Affected users ({part}) exceed all users ({whole}): affected must be at most the total.',
      percentOver: 'A share of {percent}% is more than the whole: expected at most 100%.',
      percentDisagrees: '{part} of {whole} is {actual}%, not {percent}%.',
    },
  },
  check(ctx) {
    const seen = new Set<string>();
    const report = (messageId: string, range: OffsetRange, data: Record<string, string | number>) => {
      const key = `${messageId}:${range.start}:${range.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      ctx.report({ messageId, range, data });
    };
    for (const c of claims(ctx)) {
      if (c.part !== undefined && c.whole !== undefined && c.part > c.whole) {
        report(c.kind === 'servers' ? 'serversExceed' : 'usersExceed', c.partRange ?? c.range, { part: formatCount(c.part), whole: formatCount(c.whole) });
        continue;
      }
      if (c.percent === null || c.percent === undefined) continue;
      if (c.percent > 100) {
        report('percentOver', c.range, { percent: c.percent });
        continue;
      }
      if (c.part === undefined || c.whole === undefined || c.whole <= 0) continue;
      const actual = (100 * c.part) / c.whole;
      // The stated precision decides: `87.7%` may be 87.69 (rounded) or 87.74 (cut), `87%` anything from 86.5 to 88.
      const decimals = (String(c.percent).split('.')[1] ?? '').length;
      const unit = 10 ** -decimals;
      if (Math.abs(actual - c.percent) > unit + 1e-9) {
        report('percentDisagrees', c.range, { part: formatCount(c.part), whole: formatCount(c.whole), percent: c.percent, actual: Number(actual.toFixed(Math.max(1, decimals))) });
      }
    }
  },
};

/** Every part-of-whole statement of servers and users, on every surface. */
/** A share of a limit or a plan rather than of a whole (`of its post-fault rating`, `of capacity`, `of the monthly budget`). */
const OF_A_LIMIT = /^[ \t]{0,3}of\s(?:(?:its|the|their|our|a|an)\s)?(?:[\w-]+\s){0,2}(?:rating|capacity|limit|threshold|baseline|target|budget|quota|forecast|plan|allowance|allocation|normal|usual|peak)\b/i;

function claims(ctx: RuleContext): Claim[] {
  const out: Claim[] = [];
  const fm = ctx.doc.frontMatter;
  // Front matter: `servers: {restored, total}`, `servers_restored` + `servers_total`, `users_affected` + `users_total`.
  for (const s of ctx.facts.servers) {
    if (s.occurrence.surface !== 'front-matter' || s.value.na) continue;
    const partRange = fm?.pointers.get('/servers/restored') ?? fm?.pointers.get('/servers_restored') ?? s.range;
    out.push({ kind: 'servers', part: s.value.restored, whole: s.value.total, percent: s.value.percent, range: s.range, partRange });
  }
  for (const u of ctx.facts.users) {
    if (u.occurrence.surface !== 'front-matter') continue;
    const partRange = fm?.pointers.get('/users_affected') ?? u.range;
    out.push({ kind: 'users', part: u.value.affected, whole: u.value.total, percent: u.value.percent, range: u.range, partRange });
  }
  // Sections, labelled lines and table rows: every ratio they state, and shares of users.
  for (const [field, kind] of [['servers_restored', 'servers'], ['user_impact', 'users']] as const) {
    for (const occ of ctx.fields.byField.get(field) ?? []) {
      if (occ.surface === 'front-matter' || occ.empty || occ.placeholderOnly) continue;
      const { text, base } = rawValue(ctx.doc, occ);
      const ratioRanges: OffsetRange[] = [];
      for (const r of findRatios(text)) {
        // `（4/10 支払済み）`: a month and a day, with the words of what happened on it after them, not 4 of 10.
        if (MONTH_DAY_END.test(text.slice(r.start, r.end)) && CJK_WORD_AFTER.test(text.slice(r.end, r.end + 3)) && !COUNTER_AFTER.test(text.slice(r.end, r.end + 4))) continue;
        // `5/11~5/12 약 9% 하락`: two days joined as a range, not 5 of 11.
        // (`5/12 약 9%` is read as one ratio with its share: the day is where it starts.)
        const day = MONTH_DAY_START.exec(text.slice(r.start, r.end));
        if (day && (DAY_RANGE_AFTER.test(text.slice(r.start + day[0].length, r.start + day[0].length + 8)) || DAY_RANGE_BEFORE.test(text.slice(Math.max(0, r.start - 8), r.start)))) continue;
        const range = { start: base + r.start, end: base + r.end };
        ratioRanges.push(range);
        out.push({ kind, part: r.value.part, whole: r.value.whole, percent: r.value.percent, range });
      }
      for (const p of findPercents(text)) {
        const range = { start: base + p.start, end: base + p.end };
        if (ratioRanges.some((r) => r.start <= range.start && range.end <= r.end)) continue;
        // Any percentage about servers is a share of them; about users, only a share (`120% of users`):
        // `traffic grew 300%` is not.
        const shareOf = /^[ \t]{0,3}of[ \t]/i.test(text.slice(p.end, p.end + 8)) || text.slice(Math.max(0, p.start - 12), p.start).trimEnd().endsWith('의');
        if (kind === 'users' && !shareOf) continue;
        // (`the circuit loading peaked at 104% of its post-fault rating`: a load against a limit, which it can pass.)
        if (OF_A_LIMIT.test(text.slice(p.end, p.end + 60))) continue;
        out.push({ kind, percent: p.value, range });
      }
    }
  }
  return out;
}

/** A ratio written as a month and a day (`4/10`). */
const MONTH_DAY_END = /(?:^|[^\d/])(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])$/;
/** A ratio that starts as a month and a day (`5/12`, `5/12 약 9%`). */
const MONTH_DAY_START = /^(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])(?![\d/])/;
/** A range mark and another month/day right after it, or such a day and a range mark right before it. */
const DAY_RANGE_AFTER = /^[ \t]?[~〜～–-][ \t]?\d{1,2}\/\d{1,2}(?![\d/])/;
const DAY_RANGE_BEFORE = /(?:^|[^\d/])\d{1,2}\/\d{1,2}[ \t]?[~〜～–-][ \t]?$/;
/** A Korean or Japanese word right after it (`支払済み`, `지급`), at most a space between. */
const CJK_WORD_AFTER = /^[ \t]?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A counter after a count (`4/10台`, `4/10 명`): the packs' counters, so a ratio after all. */
const COUNTER_AFTER = new RegExp(`^[ \\t]?(?:${PACKS.flatMap((p) => p.counts?.counters ?? []).join('|') || '(?!)'})`);
