import { ruleDocsUrl, type Rule } from './types';
import { FIELDS } from '../fields';
import { didYouMean } from '../suggest';
import { keyTypoOf, knownFrontMatterKeys } from '../key-typos';
import { MAX_FRONT_MATTER, MAX_FRONT_MATTER_LINES } from '../frontmatter';
import { MILESTONES } from '../facts';
import { frontMatterZone } from '../timeline-extract';
import { suggestZones } from '../zone';
import { packWords } from '../lang/index';

/** A severity that says a near miss had none to rate: a potential one, none, or the words for a near miss. */
const NOT_RATED = new RegExp(`\\bpotential\\b|^(?:none|n/?a|no[ \\t]impact|-)(?![\\w])|near[- ]?miss|${packWords('nearMiss')}`, 'i');

/** The front matter keys of the four milestones. */
const MILESTONE_KEYS: ReadonlySet<string> = new Set(MILESTONES);

/** Front matter that is not valid YAML, or that breaks the schema (type, enum, pattern). */
export const rule: Rule = {
  meta: {
    id: 'front-matter',
    docs: { url: ruleDocsUrl('front-matter') },
    type: 'problem',
    defaultSeverity: 'error',
    fixable: true,
    description: 'Front matter is valid YAML and its keys have allowed values.',
    messages: {
      yaml: 'Front matter is not valid YAML: {message}.',
      tooLong: 'Front matter is not read: {lines} lines and {size} KiB, more than the {limitLines} lines or {limitSize} KiB front matter may have (a postmortem\'s is a few dozen keys).',
      enum: '"{key}" is "{found}", expected one of {allowed}.',
      enumDidYouMean: '"{key}" is "{found}", expected one of {allowed}. Did you mean "{suggestion}"?',
      unknownKind: '"kind" is "{found}", which is none of the kinds this project knows ({allowed}): use one of them, or add "{found}" to "kinds" in .postmortemrc.json with the fields it requires.',
      pattern: '"{key}" is "{found}", expected {expected}.',
      dateOnly: '"{key}" is a day without a time ({found}): times to detect, mitigate and resolve are not worked out from it. Add the time if it is known (for example "{found}T09:30Z").',
      type: '"{key}" should be {type}, found "{found}".',
      other: '"{key}" breaks the schema: {message}.',
      replace: 'Change to "{value}"',
      unknownKey: 'Unknown front matter key "{key}": did you mean "{suggestion}"? As written, nothing reads it.',
      renameKey: 'Rename to "{value}"',
    },
  },
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    if (fm) {
      // An error found only at the end of the YAML (an unclosed quote) belongs to its last line, not to the closing fence.
      const fenceLine = ctx.doc.lines.positionAt(fm.range.end).line;
      const lastLine = Math.max(ctx.doc.lines.positionAt(fm.contentStart).line, fenceLine - 1);
      for (const p of fm.problems) {
        if (p.tooLong) {
          const data = { lines: p.tooLong.lines, size: Math.ceil(p.tooLong.chars / 1024), limitLines: MAX_FRONT_MATTER_LINES, limitSize: MAX_FRONT_MATTER / 1024 };
          ctx.report({ messageId: 'tooLong', data, range: p.range });
          continue;
        }
        const onFence = ctx.doc.lines.positionAt(p.range.start).line >= fenceLine && fenceLine > 0;
        const range = onFence ? { start: ctx.doc.lines.lineStarts[lastLine], end: ctx.doc.lines.lineEnd(lastLine) } : p.range;
        ctx.report({ messageId: 'yaml', data: { message: p.message.replace(/\.$/, '') }, range });
      }
      // A mistyped key (`resovled:`) is read by nothing: say so, and rename it when one key is meant and not there yet.
      const known = knownFrontMatterKeys(ctx.teamSchema);
      const present = new Set(fm.entries.map((e) => e.key));
      for (const e of fm.entries) {
        const meant = keyTypoOf(e.key, known);
        const best = meant[0];
        if (!best) continue;
        const rename = (value: string) => ({
          title: ctx.message('renameKey', { value: value }),
          edits: [{ start: e.keyRange.start, end: e.keyRange.end, newText: value }],
        });
        const options = meant.filter((k) => !present.has(k));
        ctx.report({
          messageId: 'unknownKey',
          data: { key: e.key, suggestion: best },
          range: e.keyRange,
          fix: meant.length === 1 && options.length === 1 ? rename(best) : undefined,
          suggestions: options.map(rename),
        });
      }
    }
    // `timezone: Pacfic`: a zone nothing can read leaves every time of the document without one.
    const zone = frontMatterZone(ctx.doc);
    if (zone?.state === 'unknown') {
      const fixes = suggestZones(zone.zone).map((value) => ({ title: ctx.message('replace', { value }), edits: [{ start: zone.range.start, end: zone.range.end, newText: value }] }));
      ctx.report({ messageId: 'pattern', data: { key: 'timezone', found: zone.zone, expected: { term: 'expected.zone' } }, range: zone.range, suggestions: fixes });
    }
    for (const issue of ctx.schemaIssues) {
      if (issue.surface !== 'front-matter' || issue.occurrence) continue;
      if (FIELDS.some((f) => f.id === issue.property)) continue;
      if (issue.keyword === 'required' && issue.pointer === '') continue;
      const key = issue.pointer.slice(1).replace(/\//g, '.') || issue.property;
      const found = issue.found ?? '';
      if (issue.allowed) {
        const allowed = issue.allowed.map(String);
        // `Final` for `final`: a value that differs only in case has one meaning, whatever else is close.
        const sameButCase = allowed.filter((a) => a.toLowerCase() === found.toLowerCase());
        const suggestions = sameButCase.length === 1 ? sameButCase : didYouMean(found, allowed);
        const fixes = allowed.map((value) => ({
          title: ctx.message('replace', { value: value }),
          edits: [{ start: issue.range.start, end: issue.range.end, newText: value }],
        }));
        const best = suggestions[0];
        // `kind: data-correctness`: a team's own kind, which the configuration can add, is no broken
        // value; the fields asked are the inferred kind's until it does. A close one (`outge`) is a typo.
        // `severity: sev2-potential`, `severity: 준사고 (서비스 영향 없음)` on a near miss: nothing happened to rate,
        // and the value says so (a potential severity, none, or the words for a near miss).
        if (key === 'severity' && ctx.kind.kind === 'near-miss' && NOT_RATED.test(found)) continue;
        if (key === 'kind' && !best) {
          ctx.report({ messageId: 'unknownKind', data: { found, allowed: allowed.map((a) => `"${a}"`).join(', ') }, range: issue.range, suggestions: fixes, severity: 'warning' });
          continue;
        }
        ctx.report({
          messageId: best ? 'enumDidYouMean' : 'enum',
          data: { key, found, allowed: allowed.map((a) => `"${a}"`).join(', '), suggestion: best ?? '' },
          range: issue.range,
          // Only an unambiguous suggestion is a safe fix; the others are offered, never applied by fix-all.
          fix: best && suggestions.length === 1 ? fixes.find((f) => f.edits[0].newText === best) : undefined,
          suggestions: fixes,
        });
      } else if (issue.keyword === 'pattern' && MILESTONE_KEYS.has(key) && /^\d{4}-\d{2}-\d{2}$/.test(found.trim())) {
        // `date: 2025-09-02` and `detected: 2025-09-12`: an incident that ran for days is timed in days.
        if (daysApartInFrontMatter(ctx.doc, found.trim()) >= 2) continue;
        // (`detected: 2025-07-15` over a timeline whose entries of that day give their times, `7/15 10:20 …`: the time is
        // in the document; the front matter gives the day.)
        if (ctx.timeline.entries.some((e) => e.time?.localIso.startsWith(`${found.trim()}T`))) continue;
        // `detected: 2024-10-03`: a day is a fact the document states (a silent failure found by an
        // audit that day), not a broken value; a note that no time-to figure is computed from it.
        ctx.report({ messageId: 'dateOnly', data: { key, found: found.trim() }, range: issue.range, severity: 'information' });
      } else if (issue.keyword === 'pattern') {
        const expected = /\\d\{4\}-\\d\{2\}-\\d\{2\}\$$/.test(issue.pattern ?? '') ? 'a date like 2022-10-15' : /\[T \]/.test(issue.pattern ?? '') ? 'a timestamp like 2022-10-15T15:19+09:00' : `text matching ${issue.pattern}`;
        ctx.report({ messageId: 'pattern', data: { key, found, expected }, range: issue.range });
      } else if (issue.keyword === 'type') {
        ctx.report({ messageId: 'type', data: { key, found, type: issue.expectedType ?? 'another type' }, range: issue.range });
      } else {
        ctx.report({ messageId: 'other', data: { key, message: issue.message }, range: issue.range });
      }
    }
  },
};

/** A key named as a date (`incident_date`, `date-of-incident`, `occurred_on`). */
const DATE_KEY = /(?:^|[_-])date(?:$|[_-])|_on$|^occurred/i;

/** The most days between `day` and another day the front matter gives (`date`, the milestones, `closed`): 0 when none. */
function daysApartInFrontMatter(doc: { frontMatter?: { entries: ReadonlyArray<{ key: string; value: unknown }> } }, day: string): number {
  const at = Date.parse(`${day}T00:00:00Z`);
  let most = 0;
  for (const e of doc.frontMatter?.entries ?? []) {
    // (`incident_date: 2026-06-02` beside `detected: 2026-06-12`: a key that says it is a date of the incident.)
    if (!(e.key === 'date' || e.key === 'closed' || MILESTONE_KEYS.has(e.key) || DATE_KEY.test(e.key))) continue;
    const v = e.value instanceof Date ? e.value.toISOString() : typeof e.value === 'string' ? e.value : '';
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
    if (!m) continue;
    const other = Date.parse(`${m[1]}T00:00:00Z`);
    if (Number.isFinite(other)) most = Math.max(most, Math.abs(other - at) / 86_400_000);
  }
  return most;
}
