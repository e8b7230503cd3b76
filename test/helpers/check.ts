import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, type LintOptions, type LintResult } from '../../server/src/core/lint';

/** What a lint knows beyond its text and configuration: the other postmortems, and today's date (the cross-document rules). */
export type WorkspaceOptions = Pick<LintOptions, 'workspace' | 'today' | 'followUpDays'>;
import { mergeConfig, type PostmortemConfig } from '../../server/src/core/config';
import { applyEdits, LineIndex } from '../../server/src/core/text';
import type { Finding, Locale } from '../../server/src/core/types';
import { fixAllEdits } from '../../server/src/core/fix';

/** An expected finding: rule id, 1-based line, optional 1-based column and message id. */
export interface Expected {
  /** Rule id. */
  rule: string;
  /** 1-based line of the finding's start. */
  line: number;
  /** 1-based column of the finding's start. */
  col?: number;
  /** Message id. */
  messageId?: string;
}

/** Lints with a partial config on top of the defaults. */
export function run(text: string, config: Partial<PostmortemConfig> = {}, locale?: Locale, extra: WorkspaceOptions = {}): LintResult {
  const result = lint(text, { config: mergeConfig(config), locale, workspace: extra.workspace, today: extra.today, followUpDays: extra.followUpDays });
  assert.deepEqual(result.ruleErrors, [], 'no rule may throw');
  return result;
}

/** Findings as `rule line[:col]` strings, for readable assertion diffs. */
export function describeFindings(text: string, findings: readonly Finding[], withCol = false): string[] {
  const lines = new LineIndex(text);
  return findings.map((f) => {
    const p = lines.positionAt(f.range.start);
    return `${f.ruleId} ${p.line + 1}${withCol ? `:${p.character + 1}` : ''}`;
  });
}

/**
 * Lints `text` and asserts the findings are exactly `expected` (only the rules named in
 * `onlyRules` when given). Then applies every fix, lints again and asserts no fixable finding
 * remains and no byte outside the edited ranges changed.
 */
export function check(text: string, expected: Expected[], options: { config?: Partial<PostmortemConfig>; onlyRules?: string[]; locale?: Locale; extra?: WorkspaceOptions } = {}): LintResult {
  const result = run(text, options.config, options.locale, options.extra);
  const keep = (f: Finding) => !options.onlyRules || options.onlyRules.includes(f.ruleId);
  const lines = new LineIndex(text);
  const actual = result.findings.filter(keep).map((f) => {
    const p = lines.positionAt(f.range.start);
    const e = expected.find((x) => x.rule === f.ruleId && x.line === p.line + 1);
    return `${f.ruleId} ${p.line + 1}${e?.col ? `:${p.character + 1}` : ''}${e?.messageId ? ` ${f.messageId}` : ''}`;
  });
  const want = expected.map((e) => `${e.rule} ${e.line}${e.col ? `:${e.col}` : ''}${e.messageId ? ` ${e.messageId}` : ''}`);
  assert.deepEqual([...actual].sort(), [...want].sort(), `findings of:\n${text.slice(0, 400)}\n${result.findings.map((f) => `  ${f.ruleId}: ${f.message}`).join('\n')}`);
  assertFixesConverge(text, options.config);
  return result;
}

/** Applies fix-all, lints again: nothing fixable may remain, and a second pass changes nothing. */
export function assertFixesConverge(text: string, config?: Partial<PostmortemConfig>): string {
  let current = text;
  for (let pass = 0; pass < 5; pass++) {
    const r = run(current, config);
    const edits = fixAllEdits(r.findings);
    if (edits.length === 0) return current;
    current = applyEdits(current, edits);
  }
  const left = run(current, config).findings.filter((f) => f.fix);
  assert.deepEqual(left.map((f) => `${f.ruleId}: ${f.message}`), [], 'fixes must converge: a fixable finding remains after five passes');
  return current;
}

/** Repository root. */
import { ROOT } from './root';
export { ROOT };

/** The shared corpus, when it is beside the repository. */
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'postmortems');

/** True when the shared corpus is present (tests that need it skip otherwise). */
export const HAS_CORPUS = fs.existsSync(CORPUS);

/** Expectations written inside a fixture: `<!-- expect` then `rule line[:col] [messageId]` lines, then `-->`. */
export function expectationsOf(text: string): Expected[] {
  const m = /<!--\s*expect\b([\s\S]*?)-->/.exec(text);
  if (!m) return [];
  return m[1].split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => {
    const [rule, pos, messageId] = l.split(/\s+/);
    const [line, col] = pos.split(':').map(Number);
    return { rule, line, col: col || undefined, messageId };
  });
}
