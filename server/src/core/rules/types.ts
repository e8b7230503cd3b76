import type { Fix, Locale, OffsetRange, Severity } from '../types';
import type { ParsedDocument } from '../document';
import type { ExtractedFields } from '../model';
import type { Facts } from '../facts';
import type { PostmortemConfig } from '../config';
import type { SchemaIssue, NormalizedModel } from '../schema';
import type { Timeline } from '../timeline';
import type { KindInfo } from '../kinds';
import type { DetectedLanguage } from '../lang/index';
import type { FieldId } from '../types';

/** A message in every locale the product speaks. `{name}` marks a value from `data`. */
export interface Message {
  /** English text. */
  en: string;
  /** Korean text. */
  ko: string;
}

/** What a rule is, as data: used for docs, SARIF, the manifest and the severity mapping. */
export interface RuleMeta {
  /** Stable id, also the file name of the module and of its doc. */
  id: string;
  /** `problem` for wrong facts, `suggestion` for style. */
  type: 'problem' | 'suggestion';
  /** Severity when the config says nothing. */
  defaultSeverity: Severity;
  /** True when the rule offers fixes that fix-all may apply. */
  fixable: boolean;
  /** One line: what the rule checks (English). */
  description: string;
  /** One line: what the rule checks (Korean). */
  descriptionKo: string;
  /** Messages by message id. */
  messages: Record<string, Message>;
}

/** What a rule reports. */
export interface Report {
  /** Message id in the rule's `messages`. */
  messageId: string;
  /** Values for the message. */
  data?: Record<string, string | number>;
  /** Where. */
  range: OffsetRange;
  /** A safe fix; only rules with `meta.fixable` may give one. */
  fix?: Fix;
  /** Optional edits offered but never applied by fix-all. */
  suggestions?: Fix[];
  /**
   * At most this severity, when the rule is less sure of this finding than of others (a field
   * needed only because of an inferred kind). The configured severity wins when it is lower.
   */
  severity?: Severity;
}

/** Everything a rule may read. Rules never do IO. */
export interface RuleContext {
  /** The parsed document. */
  doc: ParsedDocument;
  /** Occurrences of every field. */
  fields: ExtractedFields;
  /** Typed facts. */
  facts: Facts;
  /** The normalized model validated by the schema. */
  model: NormalizedModel;
  /** Schema violations, mapped to the document. */
  schemaIssues: SchemaIssue[];
  /** The timeline entries. */
  timeline: Timeline;
  /** The effective configuration. */
  config: PostmortemConfig;
  /** The team JSON Schema merged into the built-in one, when there is one. */
  teamSchema?: Record<string, unknown>;
  /** Locale of messages and inserted text. */
  locale: Locale;
  /** The kind of incident and how it is known. */
  kind: KindInfo;
  /** The fields this document must state. */
  required: FieldId[];
  /** The language the document is written in (`id` undefined: one no pack reads). */
  language: DetectedLanguage;
  /** Records a finding. */
  report(report: Report): void;
}

/** A rule: metadata plus a check. */
export interface Rule {
  /** The rule's metadata. */
  meta: RuleMeta;
  /** Reads the context and reports findings. */
  check(ctx: RuleContext): void;
  /**
   * Runs before parsing, on the raw text. A report here means the document is not parsed or
   * linted further (it is too large, or binary).
   */
  precheck?(text: string, config: PostmortemConfig): Report[];
}

/** Fills `{name}` slots of a message. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}
