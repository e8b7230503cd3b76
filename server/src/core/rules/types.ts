import type { Fix, Locale, OffsetRange, Severity } from '../types';
import type { PostmortemConfig } from '../config';
import type { TermId } from '../lang/index';
import type { MessageArg } from '../types';
import type { Analysis } from '../analyze';
import type { WorkspaceView } from '../workspace';
import type { ChunkCache } from '../parse';


/** Where the rule docs are published: `docs/rules/<id>.md` of the repository. The one definition. */
export const RULE_DOCS_BASE = 'https://github.com/postmortem-tools/postmortem/blob/main/docs/rules/';

/** The published doc of a rule. */
export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}

/** What a rule is, as data: used for docs, SARIF, the manifest and the severity mapping. */
export interface RuleMeta {
  /** Stable id, also the file name of the module and of its doc. */
  id: string;
  /** The rule's doc (`docs/rules/<id>.md`), linked from diagnostics and SARIF. */
  docs: { url: string };
  /** `problem` for wrong facts, `suggestion` for style. */
  type: 'problem' | 'suggestion';
  /** Severity when the config says nothing. */
  defaultSeverity: Severity;
  /** True when the rule offers fixes that fix-all may apply. */
  fixable: boolean;
  /** One line: what the rule checks, in English (the language packs translate it). */
  description: string;
  /** Messages by message id, in English; `{name}` marks a value from `data`. Every language pack translates each one with the same slots. */
  messages: Record<string, string>;
}

/** What a rule reports. */
export interface Report {
  /** Message id in the rule's `messages`. */
  messageId: string;
  /** Values for the message's slots, free of any language (names of terms and fields, lengths in minutes). */
  data?: Record<string, MessageArg>;
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

/** Everything a rule may read: what `analyze()` read of the document, and the run's settings. Rules never do IO. */
export interface RuleContext extends Analysis {
  /** The effective configuration. */
  config: PostmortemConfig;
  /** The team JSON Schema merged into the built-in one, when there is one. */
  teamSchema?: Record<string, unknown>;
  /** Locale of messages and inserted text. */
  locale: Locale;
  /** The other postmortems of the workspace (cross-document rules); undefined when the caller has none. */
  workspace?: WorkspaceView;
  /** Today, `YYYY-MM-DD`, when the caller gives it. */
  today?: string;
  /** Days after the document's date during which an item due after that date is still reported (LintOptions). */
  followUpDays?: number;
  /** Records a finding. */
  report(report: Report): void;
  /** One of the rule's own messages (a fix title, say) in the user's locale, slots filled. */
  message(messageId: string, data?: Record<string, MessageArg>): string;
  /** A term of the language packs in the user's locale, slots filled. */
  term(id: TermId, data?: Record<string, string | number>): string;
}

/** A rule: metadata plus a check. */
export interface Rule {
  /** The rule's metadata. */
  meta: RuleMeta;
  /** Reads the context and reports findings. */
  check(ctx: RuleContext): void;
  /**
   * Runs before parsing, on the raw text. A report here means the document is not parsed or
   * linted further (it is too large, or binary). `cache`: the document's chunk cache, when it has
   * one (the check may keep what it needs for the next version there).
   */
  precheck?(text: string, config: PostmortemConfig, cache?: ChunkCache): Report[];
}

/** Fills `{name}` slots of a message. */
export { fill as formatMessage } from '../lang/index';
