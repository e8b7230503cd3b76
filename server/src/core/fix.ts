import type { Finding, TextEdit } from './types';

/**
 * The edits of every fix in `findings`, skipping any fix that overlaps (or inserts at the same
 * place as) one already taken. Applying the result and linting again picks up the rest.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const clash = f.fix.edits.some((e) => taken.some((t) => (e.start < t.end && t.start < e.end) || e.start === t.start || (e.start === e.end && (e.start === t.start || e.start === t.end)) || (t.start === t.end && (t.start === e.start || t.start === e.end))));
    if (!clash) taken.push(...f.fix.edits);
  }
  return taken;
}
