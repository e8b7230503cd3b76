import type { Finding, Locale, Severity } from './types';
import { mergeConfig, type PostmortemConfig } from './config';
import { parseDocument, type ParsedDocument } from './document';
import type { ChunkCache } from './parse';
import { extractFields, type ExtractedFields } from './model';
import { readFacts, proseText, type Facts } from './facts';
import { normalizeModel, validateModel, teamRequiredFields, type NormalizedModel, type SchemaIssue } from './schema';
import { extractTimeline, timelineLength } from './timeline-extract';
import { readProse, PROSE_FIELDS } from './prose';
import { kindOf, requiredFor, type KindInfo } from './kinds';
import { detectLanguage, type DetectedLanguage } from './lang/index';
import type { FieldId } from './types';
import type { Timeline } from './timeline';
import { RULES } from './rules/index';
import { formatMessage, type Report, type Rule, type RuleContext } from './rules/types';
import { directivesOf, isSuppressed } from './directives';

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
}

/** Everything one lint run produced: findings, and the model for hover, completion and preview. */
export interface LintResult {
  /** Findings, sorted by position. */
  findings: Finding[];
  /** The parsed document (absent when the document was not parsed: too large or binary). */
  doc?: ParsedDocument;
  /** Occurrences of each field. */
  fields?: ExtractedFields;
  /** Typed facts. */
  facts?: Facts;
  /** The normalized model. */
  model?: NormalizedModel;
  /** The timeline. */
  timeline?: Timeline;
  /** Schema issues. */
  schemaIssues?: SchemaIssue[];
  /** The kind of incident and how it is known. */
  kind?: KindInfo;
  /** The fields this document must state (its kind's, the config's, the team schema's). */
  required?: FieldId[];
  /** The language the document is written in. */
  language?: DetectedLanguage;
  /** Rules that threw (a bug): id and message. The run goes on without them. */
  ruleErrors: Array<{ ruleId: string; message: string }>;
}

/** Lints a postmortem. Never throws, whatever the text. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? mergeConfig();
  const locale = options.locale ?? config.locale;
  const ruleErrors: LintResult['ruleErrors'] = [];
  const active = RULES.filter((r) => severityOf(r, config) !== undefined);

  for (const r of active) {
    if (!r.precheck) continue;
    const reports = r.precheck(text, config);
    if (reports.length > 0) return { findings: reports.map((rep) => toFinding(r, rep, severityOf(r, config)!, locale)), ruleErrors };
  }

  let doc: ParsedDocument;
  let fields: ExtractedFields;
  let facts: Facts;
  let model: NormalizedModel;
  let schemaIssues: SchemaIssue[];
  let timeline: Timeline;
  let kind: KindInfo;
  let required: FieldId[];
  let language: DetectedLanguage;
  try {
    doc = parseDocument(text, options.cache);
    fields = extractFields(doc, config);
    const masked = proseText(doc);
    language = detectLanguage(masked);
    kind = kindOf(doc, masked, fields, config);
    required = [...new Set([...requiredFor(kind.kind, config), ...teamRequiredFields(options.teamSchema)])];
    // The fifth surface: sentences that state a field nothing structured states. Action items are
    // plans, not facts, and are not read.
    const stated = (f: FieldId) => (fields.byField.get(f) ?? []).some((o) => !o.empty && !o.placeholderOnly);
    const want = new Set(PROSE_FIELDS.filter((f) => !stated(f)));
    const skip = (fields.byField.get('action_items') ?? []).filter((o) => o.surface === 'section').map((o) => o.section!.bodyRange);
    for (const o of readProse(doc, masked, want, skip, { hostsLost: kind.kind === 'infrastructure' || kind.hostsDown })) addOccurrence(fields, o);
    facts = readFacts(doc, fields);
    timeline = extractTimeline(doc, fields, facts, config);
    if (!stated('duration')) {
      const length = timelineLength(timeline);
      if (length) {
        addOccurrence(fields, length.occurrence);
        facts.durations.push(length.stated);
      }
    }
    model = normalizeModel(doc, fields, facts);
    schemaIssues = validateModel(doc, model, config, options.teamSchema);
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

  const findings: Finding[] = [];
  const directives = directivesOf(doc);
  for (const r of active) {
    const severity = severityOf(r, config)!;
    const ctx: RuleContext = {
      doc, fields, facts, model, schemaIssues, timeline, config, locale, kind, required, language, teamSchema: options.teamSchema,
      report(rep: Report) {
        if (rep.fix && !r.meta.fixable) throw new Error(`rule ${r.meta.id} reported a fix but is not marked fixable`);
        const f = toFinding(r, rep, severity, locale);
        const line = doc.lines.positionAt(f.range.start).line;
        if (!isSuppressed(directives, r.meta.id, line)) findings.push(f);
      },
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

/** Adds an occurrence found after extraction, keeping each field's list in surface order. */
function addOccurrence(fields: ExtractedFields, o: ExtractedFields['byField'] extends Map<FieldId, Array<infer O>> ? O : never): void {
  const list = fields.byField.get(o.field);
  if (list) list.push(o);
  else fields.byField.set(o.field, [o]);
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
  const msg = rule.meta.messages[rep.messageId];
  const template = msg ? msg[locale] ?? msg.en : rep.messageId;
  const data = rep.data ?? {};
  return {
    ruleId: rule.meta.id,
    messageId: rep.messageId,
    data,
    message: formatMessage(template, data),
    severity,
    range: { start: rep.range.start, end: Math.max(rep.range.start, rep.range.end) },
    fix: rep.fix,
    suggestions: rep.suggestions,
  };
}
