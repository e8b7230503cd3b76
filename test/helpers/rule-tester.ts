/**
 * The shared rule tester, in the manner of ESLint's RuleTester: every rule test lists `valid`
 * documents (no finding of the rule) and `invalid` ones (exactly these findings, in order, and
 * what the document reads after the rule's fixes). Each case is its own test.
 */
import assert from 'node:assert/strict';
import { applyEdits, LineIndex } from '../../server/src/core/text';
import { fixAllEdits } from '../../server/src/core/fix';
import type { PostmortemConfig } from '../../server/src/core/config';
import type { Locale } from '../../server/src/core/types';
import { check, run, type WorkspaceOptions } from './check';
import { PACKS } from '../../server/src/core/lang/index';
import { ruleById } from '../../server/src/core/rules/index';
import { renderMessage } from '../../server/src/core/render';

/** A document the rule must accept. */
export interface ValidCase {
  /** What the case shows (the test's name). */
  name: string;
  /** The document. */
  code: string;
  /** Configuration on top of the defaults. */
  config?: Partial<PostmortemConfig>;
  /** Message locale. */
  locale?: Locale;
  /** The other postmortems of the workspace and today's date, for the cross-document rules. */
  extra?: WorkspaceOptions;
}

/** One expected finding: message id and 1-based line, column when it matters. */
export interface ExpectedError {
  messageId?: string;
  line: number;
  column?: number;
}

/** A document the rule must report, and what its fixes make of it. */
export interface InvalidCase extends ValidCase {
  /** The findings of the rule, in document order. */
  errors: ExpectedError[];
  /**
   * The document after the rule's fixes are applied until none is left; `null` when the rule
   * offers no fix here. When absent, only the general guarantees are checked (no fixable
   * finding left, no byte changed outside the edits).
   */
  output?: string | null;
}

/** One test of a rule: its name and what it checks. */
export interface RuleTest {
  name: string;
  fn: () => void;
}

/**
 * One test per case, registered by the rule's own test file (`for (const t of ruleTests(…))
 * test(t.name, t.fn)`), so that test reports name the file the cases are written in.
 */
export function ruleTests(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): RuleTest[] {
  const out: RuleTest[] = [];
  for (const v of cases.valid) {
    out.push({ name: `${ruleId} valid: ${v.name}`, fn: () => {
      check(v.code, [], { onlyRules: [ruleId], config: v.config, locale: v.locale, extra: v.extra });
    } });
  }
  for (const c of cases.invalid) {
    out.push({ name: `${ruleId} invalid: ${c.name}`, fn: () => {
      check(c.code, c.errors.map((e) => ({ rule: ruleId, line: e.line, col: e.column, messageId: e.messageId })), { onlyRules: [ruleId], config: c.config, locale: c.locale, extra: c.extra });
      sameUnderEveryPack(ruleId, c);
      if (c.output === undefined) return;
      const out = fixedBy(ruleId, c.code, c.config, c.locale, c.extra);
      if (c.output === null) assert.equal(out, c.code, 'the rule offers no fix here');
      else assert.equal(out, c.output, 'the document after the fixes');
    } });
  }
  return out;
}

/**
 * Languages are data: the case's findings are the same under every language pack (message ids,
 * data, ranges, fix edits), each message is in the pack's own script with every slot filled, and
 * a finding made in English renders to the same message as one made in the pack's locale.
 */
function sameUnderEveryPack(ruleId: string, c: InvalidCase): void {
  const shape = (locale: Locale) =>
    run(c.code, c.config, locale, c.extra).findings.filter((f) => f.ruleId === ruleId).map((f) => ({ messageId: f.messageId, data: f.data, range: f.range, edits: f.fix?.edits }));
  const base = shape('en');
  for (const pack of PACKS) {
    assert.deepEqual(shape(pack.id), base, `under the ${pack.name} pack`);
    const english = run(c.code, c.config, 'en', c.extra).findings.filter((f) => f.ruleId === ruleId);
    const native = run(c.code, c.config, pack.id, c.extra).findings.filter((f) => f.ruleId === ruleId);
    assert.deepEqual(english.map((f) => renderMessage(f, pack.id)), native.map((f) => f.message), `an English finding rendered under the ${pack.name} pack`);
    for (const f of run(c.code, c.config, pack.id, c.extra).findings.filter((x) => x.ruleId === ruleId)) {
      const template = pack.text.rules[ruleId]?.messages[f.messageId] ?? ruleById(ruleId)?.meta.messages[f.messageId] ?? '';
      for (const m of template.matchAll(/\{(\w+)\}/g)) assert.ok(m[1] in f.data, `${pack.id}: {${m[1]}} of ${f.messageId} has a value`);
      if (pack.id !== 'en') assert.match(f.message, SCRIPT[pack.id], `${pack.id}: ${f.messageId} in ${pack.name}: ${f.message}`);
    }
  }
}

/** Letters of each pack's script. */
const SCRIPT: Record<string, RegExp> = { ko: /[\uac00-\ud7a3]/, ja: /[\u3040-\u30ff\u4e00-\u9fff]/ };

/** The text after applying the rule's fixes until none is left (at most 10 passes). */
function fixedBy(ruleId: string, text: string, config?: Partial<PostmortemConfig>, locale?: Locale, extra?: WorkspaceOptions): string {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const findings = run(current, config, locale, extra).findings.filter((f) => f.ruleId === ruleId);
    const edits = fixAllEdits(findings);
    if (edits.length === 0) break;
    const eol = new LineIndex(current).eol;
    const next = applyEdits(current, edits.map((e) => ({ ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) })));
    if (next === current) break;
    current = next;
  }
  return current;
}
