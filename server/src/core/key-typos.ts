/**
 * Mistyped front matter keys: `resovled:` is read by nothing, so the duration check it was meant
 * to feed is skipped in silence. Front matter also carries keys of other tools (`layout`,
 * `weight`, `tags`), which are fine; only a key that is not ours and is a near miss of one of
 * ours is taken for a typo.
 */
import builtInSchema from '../../../schemas/postmortem.schema.json';
import { FRONT_MATTER_KEYS } from './fields';
import { MILESTONE_KEY_SYNONYMS } from './facts';

/** Keys the core reads that are not properties of the built-in schema. */
const READ_KEYS = ['servers_total', 'users_affected', 'users_total', ...Object.values(MILESTONE_KEY_SYNONYMS).flat()];

const BUILT_IN_KEYS: readonly string[] = [
  ...new Set([...Object.keys(builtInSchema.properties), ...Object.values(FRONT_MATTER_KEYS).flat(), ...READ_KEYS]),
];

/** Every key the core knows, with the properties of a team schema. */
export function knownFrontMatterKeys(teamSchema?: Record<string, unknown>): string[] {
  const props = teamSchema?.properties;
  const team = props && typeof props === 'object' && !Array.isArray(props) ? Object.keys(props) : [];
  return [...new Set([...BUILT_IN_KEYS, ...team])];
}

const prevRow = new Int32Array(64);
const curRow = new Int32Array(64);

/**
 * Levenshtein distance of `a` and `b` (lower case, at most 40 characters) when it is at most
 * `limit`, else `limit + 1`: only the band of cells within `limit` of the diagonal is computed,
 * and the scan stops when a whole row is over the limit. Front matter of 40,000 keys is checked
 * against every key of ours, so this must cost next to nothing and allocate nothing.
 */
function boundedDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  const over = limit + 1;
  for (let j = 0; j <= m; j++) prevRow[j] = j <= limit ? j : over;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    curRow[0] = i <= limit ? i : over;
    if (from > 1) curRow[from - 1] = over;
    let rowMin = curRow[0]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prevRow[j]! + 1, curRow[j - 1]! + 1, prevRow[j - 1]! + cost);
      curRow[j] = v > over ? over : v;
      if (v < rowMin) rowMin = v;
    }
    if (to < m) curRow[to + 1] = over;
    if (rowMin > limit) return over;
    for (let j = Math.max(0, from - 1); j <= Math.min(m, to + 1); j++) prevRow[j] = curRow[j]!;
  }
  return Math.min(prevRow[m]!, over);
}

/** How far a key may be from one of ours to be a typo of it: short keys must be nearly exact. */
/**
 * Keys other tools put in front matter that are a letter or two from one of ours (`created` from
 * `related`, `updated` from `started`): a page's dates and a site's fields, not typos. (`case: MM-2025-04`: a
 * case review's own number, a word of its own, not `cause` mistyped.)
 */
const OTHER_TOOLS_KEYS = new Set(['created', 'updated', 'modified', 'lastmod', 'published', 'expired', 'deleted', 'reviewed', 'approved', 'released', 'slug', 'tags', 'layout', 'weight', 'draft', 'aliases', 'categories', 'series', 'summary', 'description', 'owner', 'owners', 'reviewers', 'reporter', 'assignee', 'team', 'teams', 'product', 'component', 'region', 'regions', 'environment', 'ticket', 'jira', 'incident', 'incident_id', 'case', 'cases', 'case_id']);

function allowedDistance(length: number): number {
  return length >= 6 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * The known keys `key` is a typo of, best first; empty when it is one of ours or not close to
 * any. A difference of case alone (`Status`) is a typo; a plural or singular (`author` for
 * `authors`) is not: other tools use those.
 */
export function keyTypoOf(key: string, known: readonly string[]): string[] {
  if (key.length > 40 || known.includes(key) || OTHER_TOOLS_KEYS.has(key.toLowerCase())) return [];
  const lower = key.toLowerCase();
  // Our keys are lower-case letters and `_`: a key with three other characters is none of ours, and
  // 40,000 keys such as `key_12345` are dismissed without a distance computed.
  let foreign = 0;
  for (let i = 0; i < lower.length && foreign <= 2; i++) {
    const c = lower.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 95)) foreign++;
  }
  if (foreign > 2) return [];
  const limit = allowedDistance(key.length);
  const hits: Array<{ k: string; d: number }> = [];
  for (const k of known) {
    if (Math.abs(k.length - key.length) > Math.max(limit, 0)) continue;
    if (k.toLowerCase() === lower) {
      hits.push({ k, d: 0 });
      continue;
    }
    if (limit === 0 || `${k}s` === lower || `${lower}s` === k) continue;
    const d = boundedDistance(lower, k, limit);
    if (d <= limit && !otherWordInSameSlot(lower, k)) hits.push({ k, d });
  }
  return hits.sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1)).map((h) => h.k);
}

/**
 * `incident_lead` beside our `incident_end`: keys of words that differ in one word, which is another
 * word rather than a slip of the fingers (more than one letter off and not the same letters swapped).
 */
function otherWordInSameSlot(key: string, ours: string): boolean {
  const a = key.split(/[_-]/);
  const b = ours.split(/[_-]/);
  if (a.length < 2 || a.length !== b.length) return false;
  const differ = a.map((w, i) => [w, b[i]] as const).filter(([x, y]) => x !== y);
  if (differ.length !== 1) return false;
  const [x, y] = differ[0];
  const anagram = x.length === y.length && [...x].sort().join('') === [...y].sort().join('');
  return !anagram && boundedDistance(x, y, 1) > 1;
}
