import type { Finding, Locale, Severity } from './types';
import { mergeConfig, type PostmortemConfig } from './config';
import type { ChunkCache } from './parse';
import { analyze, type Analysis } from './analyze';
import { RULES } from './rules/index';
import { formatMessage, type Report, type Rule, type RuleContext } from './rules/types';
import { term } from './lang/index';
import { directivesOf, isSuppressed } from './directives';
import { messageText, renderArgs } from './render';
import type { WorkspaceView } from './workspace';


/** Options of one lint run. */
export interface LintOptions {
  /** The effective configuration (defaults when absent). */
  config?: PostmortemConfig;
  /** A team JSON Schema merged into the built-in one. */
  teamSchema?: Record<string, unknown>;
  /** Chunk trees kept from the previous run of the same document. */
  cache?: ChunkCache;
  /** Message locale; defaults to the config's. */
  locale?: Locale;
  /**
   * Asked between sections and between the steps of the run; when it returns true the run stops
   * and the result says `cancelled` (the language server: a newer version of the document came).
   */
  cancelled?: () => boolean;
  /**
   * The other postmortems of the workspace, for the cross-document rules (`duplicate-incident`,
   * `related-link`, `recurring-incident`); without it those rules are silent.
   */
  workspace?: WorkspaceView;
  /** Today, `YYYY-MM-DD` (the caller's clock): `action-item-overdue` is silent without it. */
  today?: string;
  /**
   * Days after the document's own date during which `action-item-overdue` reports an item due after
   * that date (default 90, `FOLLOW_UP_DAYS`); later, its outcome is the tracker's.
   */
  followUpDays?: number;
}

/**
 * Everything one lint run produced: findings, and what `analyze()` read (for hover, completion
 * and preview), absent when the document was not read (too large, binary, cancelled).
 */
export interface LintResult extends Partial<Analysis> {
  /** Findings, sorted by position. */
  findings: Finding[];
  /** Rules that threw (a bug): id and message. The run goes on without them. */
  ruleErrors: Array<{ ruleId: string; message: string }>;
  /** True when `options.cancelled` stopped the run: there are no findings. */
  cancelled?: boolean;
}

/** Lints a postmortem. Never throws, whatever the text. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? mergeConfig();
  const locale = options.locale ?? config.locale;
  const ruleErrors: LintResult['ruleErrors'] = [];
  const active = RULES.filter((r) => severityOf(r, config) !== undefined);

  for (const r of active) {
    if (!r.precheck) continue;
    const reports = r.precheck(text, config, options.cache);
    if (reports.length > 0) return { findings: reports.map((rep) => toFinding(r, rep, severityOf(r, config)!, locale)), ruleErrors };
  }

  let analysis: Analysis | undefined;
  const stopped = options.cancelled ?? (() => false);
  const cancelled: LintResult = { findings: [], ruleErrors, cancelled: true };
  try {
    analysis = analyze(text, config, options);
    if (!analysis || stopped()) return cancelled;
  } catch (err) {
    // The parsers and readers should never throw; if one does, say so instead of failing the caller.
    // Nesting thousands deep overflows the stack of the Markdown parser's own tree walks: that is
    // a limit, not a bug, and the author is told the document was not linted.
    const overflow = err instanceof RangeError && /call stack/i.test(err.message);
    const rule = RULES.find((r) => r.meta.id === 'unreadable-document');
    const severity = rule && severityOf(rule, config);
    const findings = rule && severity ? [toFinding(rule, { messageId: 'tooComplex', range: { start: 0, end: 0 } }, severity, locale)] : [];
    return { findings, ruleErrors: overflow ? [] : [{ ruleId: 'core', message: err instanceof Error ? `${err.message}\n${err.stack}` : String(err) }] };
  }

  const { doc, fields, facts, model, schemaIssues, timeline, kind, required, language } = analysis;
  const findings: Finding[] = [];
  const directives = directivesOf(doc);
  for (const r of active) {
    if (stopped()) return cancelled;
    const severity = severityOf(r, config)!;
    const ctx: RuleContext = {
      doc, fields, facts, model, schemaIssues, timeline, config, locale, kind, required, language, teamSchema: options.teamSchema, workspace: options.workspace, today: options.today, followUpDays: options.followUpDays,
      report(rep: Report) {
        if (rep.fix && !r.meta.fixable) throw new Error(`rule ${r.meta.id} reported a fix but is not marked fixable`);
        const f = toFinding(r, rep, severity, locale);
        const line = doc.lines.positionAt(f.range.start).line;
        if (!isSuppressed(directives, r.meta.id, line)) findings.push(f);
      },
      message: (messageId, data) => formatMessage(messageText(r, messageId, locale), renderArgs(data, locale)),
      term: (id, data) => term(id, locale, data),
    };
    try {
      r.check(ctx);
    } catch (err) {
      ruleErrors.push({ ruleId: r.meta.id, message: err instanceof Error ? `${err.message}\n${err.stack}` : String(err) });
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, doc, fields, facts, model, timeline, schemaIssues, kind, required, language, ruleErrors };
}

/** The severity a rule runs at, or undefined when it is off. */
export function severityOf(rule: Rule, config: PostmortemConfig): Severity | undefined {
  const s = config.rules[rule.meta.id];
  if (s === 'off') return undefined;
  return s ?? rule.meta.defaultSeverity;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

function toFinding(rule: Rule, rep: Report, configured: Severity, locale: Locale): Finding {
  const severity = rep.severity && SEVERITY_RANK[rep.severity] > SEVERITY_RANK[configured] ? rep.severity : configured;
  const template = messageText(rule, rep.messageId, locale);
  const data = rep.data ?? {};
  const text = formatMessage(template, renderArgs(data, locale));
  return {
    ruleId: rule.meta.id,
    messageId: rep.messageId,
    data,
    message: text,
    severity,
    range: { start: rep.range.start, end: Math.max(rep.range.start, rep.range.end) },
    fix: rep.fix,
    suggestions: rep.suggestions,
  };
}
