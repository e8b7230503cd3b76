/** Edit distance between two strings (Levenshtein), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  let prev = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length];
}

/** The candidates closest to `value`, best first: those within a third of the length, else none. */
export function didYouMean(value: string, candidates: readonly string[]): string[] {
  const scored = candidates
    // A prefix is an abbreviation (`deg`, `sec`): the value is short, or the candidate starts with all of it.
    .map((c) => ({ c, d: editDistance(value, c), prefix: c.toLowerCase().startsWith(value.toLowerCase().slice(0, 2)) && (value.length <= 4 || c.toLowerCase().startsWith(value.toLowerCase())) }))
    .filter((x) => x.d <= Math.max(2, Math.ceil(Math.max(value.length, x.c.length) / 3)) || (x.prefix && value.length >= 2));
  scored.sort((a, b) => a.d - b.d);
  return scored.map((x) => x.c);
}
