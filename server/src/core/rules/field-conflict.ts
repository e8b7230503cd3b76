import { ruleDocsUrl, type Rule } from './types';
import type { Occurrence } from '../model';
import type { Table } from 'mdast';
import { nodeRange, type ParsedDocument } from '../document';
import { formatCount } from '../readers/index';
import type { FieldId, MessageArg } from '../types';
import { incidentAt } from '../scope';
import { PACKS } from '../lang/index';

/** Two places state different typed values for one field (prose is not compared). */
export const rule: Rule = {
  meta: {
    id: 'field-conflict',
    docs: { url: ruleDocsUrl('field-conflict') },
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    description: 'Front matter, sections and labelled lines agree on durations, counts and service lists.',
    messages: {
      conflict: '{label} here is {here}, but {where} says {there}.',
    },
  },
  check(ctx) {
    const where = (o: Occurrence): MessageArg => {
      const line = ctx.doc.lines.positionAt(o.labelRange.start).line + 1;
      if (o.surface === 'front-matter') return { term: 'where.frontMatter', data: { key: o.key ?? '' } };
      if (o.surface === 'section') return { term: 'where.section', data: { line } };
      if (o.surface === 'labelled-line') return { term: 'where.line', data: { line } };
      return { term: 'where.table', data: { line } };
    };
    const report = (field: FieldId, range: { start: number; end: number }, here: MessageArg, other: Occurrence, there: MessageArg) =>
      ctx.report({ messageId: 'conflict', data: { label: { field }, here, where: where(other), there }, range });

    // Durations: equal within a minute, or within 10% when either is approximate.
    // Only values stated as the field are compared: a sentence, a heading found by its meaning
    // (`Time to repair` next to `Time to resolve`) or the timeline may measure something else.
    const exact = <T extends { occurrence: Occurrence }>(list: T[]) => list.filter((x) => x.occurrence.match === 'exact');
    // In a log of several incidents, each incident's facts are its own.
    const sameIncident = (a: Occurrence, b: Occurrence) => a.surface === 'front-matter' || b.surface === 'front-matter' || incidentAt(ctx.doc, a.labelRange.start) === incidentAt(ctx.doc, b.labelRange.start);
    // Each statement is compared with the first one of the same incident.
    const firstOf = <T extends { occurrence: Occurrence }>(list: T[], x: T) => list.find((y) => y !== x && list.indexOf(y) < list.indexOf(x) && sameIncident(y.occurrence, x.occurrence));
    const durations = exact(ctx.facts.durations);
    for (const d of durations) {
      const first = firstOf(durations, d);
      if (!first || d.occurrence === first.occurrence) continue;
      // (`**Duration, system unavailable:** 4 h 55 min` and `**Duration, fab on paper:** 4 h 22 min`: two measures, each named.)
      if (labelQualifier(ctx.doc.text, d.occurrence) !== labelQualifier(ctx.doc.text, first.occurrence)) continue;
      const tol = first.value.approximate || d.value.approximate ? Math.max(1, 0.1 * Math.max(first.value.minutes, d.value.minutes)) : 1;
      if (Math.abs(first.value.minutes - d.value.minutes) > tol) {
        report('duration', d.range, { minutes: d.value.minutes }, first.occurrence, { minutes: first.value.minutes });
      }
    }

    // Server counts.
    const servers = exact(ctx.facts.servers);
    for (const s of servers) {
      const s0 = firstOf(servers, s);
      if (!s0 || s0.value.na || s.value.na) continue;
      for (const k of ['restored', 'total'] as const) {
        const a = s0.value[k];
        const b = s.value[k];
        if (a !== undefined && b !== undefined && a !== b) {
          report('servers_restored', s.range, { term: `count.${k}`, data: { n: formatCount(b) } }, s0.occurrence, { term: `count.${k}`, data: { n: formatCount(a) } });
          break;
        }
      }
    }

    // User counts (within rounding of the way they were written, e.g. 45.6 million).
    const users = exact(ctx.facts.users);
    for (const u of users) {
      const u0 = firstOf(users, u);
      if (!u0) continue;
      // `영향 고객 수 | 3,870명` and `영향 판매자 수 | 0`: counts of different people.
      // (The kind is named by the label, or else on the line the count was read from: a section's table row.)
      const kindOf = (x: typeof u) => populationOf(ctx.doc.text.slice(x.occurrence.labelRange.start, x.occurrence.labelRange.end)) ?? populationOf(lineAround(ctx.doc.text, x.range.start));
      const pa = kindOf(u0);
      const pb = kindOf(u);
      if (pa !== undefined && pb !== undefined && pa !== pb) continue;
      // `| 영향 장면 수 | 1,318 |` and `| 영향 고객사 | 23 |`: two rows of one table are two measures
      // (a table does not state one count twice), whatever the labels count.
      if (rowsOfOneTable(ctx.doc.text, u0.occurrence.labelRange.start, u.occurrence.labelRange.start)) continue;
      // (`## 4. 영향 분석` over `| 송출 시작 실패 스트리머 | 1,766명 |`, `| 재연결 실패로 방송 종료 | 1,180명 |`, …: a
      // section whose count is one row of a table of counts gives a part of the whole, not the whole.)
      if ((u0.occurrence.surface === 'section' && rowOfCounts(ctx.doc, u0.range.start)) || (u.occurrence.surface === 'section' && rowOfCounts(ctx.doc, u.range.start))) continue;
      for (const k of ['affected', 'total'] as const) {
        const a = u0.value[k];
        const b = u.value[k];
        if (a !== undefined && b !== undefined && Math.abs(a - b) > Math.max(1, 0.005 * Math.max(a, b))) {
          report('user_impact', u.range, { term: `count.${k}`, data: { n: formatCount(b) } }, u0.occurrence, { term: `count.${k}`, data: { n: formatCount(a) } });
          break;
        }
      }
    }

    // Service sets, compared without case.
    const services = exact(ctx.facts.services).filter((s) => s.readable && s.names.length > 0);
    // A note in parentheses is not part of the name: `lockbox (secrets manager)` is `lockbox`.
    const norm = (n: string) => n.toLowerCase().replace(/[ \t]*[(（][^()（）]*[)）]/g, '').replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();
    const aliasesOf = (n: string) => [norm(n), ...[...n.matchAll(/[(（]([^()（）]{1,40})[)）]/g)].map((m) => norm(m[1]))].filter((x) => x !== '');
    for (const v of services) {
      const v0 = firstOf(services, v);
      if (!v0) continue;
      // A name with its id in parentheses (`대기열(waiting-room)`) is that id too.
      const a = v0.names.map((n) => aliasesOf(n.name));
      const b = v.names.map((n) => aliasesOf(n.name));
      const allA = new Set(a.flat());
      const allB = new Set(b.flat());
      // One list that leaves out some of the other's names is shorter, not contrary (a summary
      // beside the full list): only two lists that each name a service the other does not disagree.
      const contrary = a.some((x) => !x.some((y) => allB.has(y))) && b.some((x) => !x.some((y) => allA.has(y)));
      if (contrary) {
        report('affected_services', v.occurrence.valueRange.start === v.occurrence.valueRange.end ? v.occurrence.labelRange : v.occurrence.labelRange,
          v.names.map((n) => n.name).join(', '), v0.occurrence, v0.names.map((n) => n.name).join(', '));
      }
    }
  },
};

/**
 * The kind of people a label counts (`영향 판매자 수` → sellers), by the packs' population words; the
 * first named. Kinds are indexes: the packs list the same kinds in the same order (`populations`).
 */
function populationOf(label: string): number | undefined {
  const l = label.toLowerCase();
  let best: { at: number; kind: number } | undefined;
  for (const pack of PACKS) {
    pack.populations.forEach((words, kind) => {
      for (const w of words) {
        const at = l.indexOf(w);
        if (at >= 0 && (!best || at < best.at)) best = { at, kind };
      }
    });
  }
  return best?.kind;
}

/** True when `a` and `b` (a before b) are on two rows of one Markdown table: every line from a's to b's is a table row. */
function rowsOfOneTable(text: string, a: number, b: number): boolean {
  const from = text.lastIndexOf('\n', a - 1) + 1;
  const toEnd = text.indexOf('\n', b);
  const lines = text.slice(from, toEnd < 0 ? text.length : toEnd).split('\n');
  return lines.length > 1 && lines.every((l) => /^[ \t]*\|/.test(l));
}

/** The count at `at` is in a row of a table whose other rows count the same unit (`1,766명`, `1,180명`: a breakdown). */
function rowOfCounts(doc: ParsedDocument, at: number): boolean {
  const table = doc.blocks.find((b) => b.node.type === 'table' && b.start <= at && at < b.end);
  // The unit written right after the count (`명`, `users`): the other rows must count it too.
  const unit = table && /^[\d,.]*[ \t]?(\p{L}{1,12})/u.exec(doc.text.slice(at, at + 40))?.[1];
  if (!table || !unit) return false;
  return (table.node as Table).children.slice(1).some((row) => {
    const r = nodeRange(row, table.base);
    return !(r.start <= at && at < r.end) && countsIn(doc.text.slice(r.start, r.end), unit);
  });
}

/** A number right before `unit` in the text, the unit a whole word (a scan, not an expression built from the document's words). */
function countsIn(text: string, unit: string): boolean {
  for (let i = text.indexOf(unit); i >= 0; i = text.indexOf(unit, i + 1)) {
    if (/\d[ \t]?$/.test(text.slice(Math.max(0, i - 2), i)) && !/\p{L}/u.test(text.charAt(i + unit.length))) return true;
  }
  return false;
}

/** The line of the text that holds `at`, up to 200 characters before it. */
function lineAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 200);
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}


/**
 * What a label says it measures beyond the field's name: the words after a comma or in parentheses
 * (`Duration, fab on paper`, `Duration (customer impact)`), in lower case; empty for none, or for a
 * word that only says how it was counted (`approx.`, `total`, `UTC`).
 */
function labelQualifier(text: string, o: Occurrence): string {
  if (o.surface === 'front-matter') return '';
  const label = text.slice(o.labelRange.start, o.labelRange.end).replace(/[*_`|#]/g, ' ');
  const q = /[,，(（][ \t]*([^()（）:：\n]{1,60})/.exec(label)?.[1]?.trim().toLowerCase() ?? '';
  return TRIVIAL_QUALIFIER.test(q) ? '' : q;
}
const TRIVIAL_QUALIFIER = /^(?:approx(?:\.|imately)?|approximate|about|total|overall|in[ \t]total|estimated|est\.?|utc|gmt|[a-z]{2,4}t|wall[ \t]clock|h|hours|min|minutes|hh:mm)?[ \t.)）]*$/i;
