/**
 * The core's own vocabulary. Nothing here knows about LSP, VS Code, files or processes:
 * the language server and the CLI convert these types at their edges.
 */
import type { TermId } from './lang/types';

/** How serious a finding is. `off` exists only in configuration. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A severity or `off`, as written in configuration. */
export type SeveritySetting = Severity | 'off';

/** Half-open range of UTF-16 offsets into the document text. */
export interface OffsetRange {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** One replacement of a range of the document text. */
export interface TextEdit extends OffsetRange {
  /** The text that replaces `[start, end)`. */
  newText: string;
}

/** A safe edit that resolves a finding. */
export interface Fix {
  /** Short imperative description shown as the quick fix title. */
  title: string;
  /** Non-overlapping edits, all applied together. */
  edits: TextEdit[];
}

/**
 * The value of a message slot. Plain text (a name or a number quoted from the document) is put
 * in as it is; the other forms name words that the user's language supplies when the message is
 * rendered (`renderMessage` in lint.ts), so a finding holds no language and can be shown in any.
 */
export type MessageArg =
  | string
  | number
  /** A term of the language packs, with its own slots. */
  | { term: TermId; data?: Record<string, string | number> }
  /** A field's name. */
  | { field: FieldId }
  /** What a field holds, as a phrase that fits after "write …". */
  | { fieldPhrase: FieldId }
  /** A length of time, in the units of the language. */
  | { minutes: number }
  /** Items joined by the language's "or". */
  | { anyOf: string[] };

/** One problem found in a document. */
export interface Finding {
  /** Stable rule id, e.g. `required-field`. */
  ruleId: string;
  /** Message id within the rule's messages. */
  messageId: string;
  /** Values of the message's slots, free of any language (see {@link MessageArg}). */
  data: Record<string, MessageArg>;
  /** The message in the requested locale, already interpolated. */
  message: string;
  /** Severity after configuration. */
  severity: Severity;
  /** Where the problem is. */
  range: OffsetRange;
  /** A safe fix, when the rule has one for this finding. */
  fix?: Fix;
  /** Further edits a user may choose (never applied by fix-all). */
  suggestions?: Fix[];
}

/** The locales messages are written in: one per language pack (lang/). */
export type Locale = import('./lang/types').LanguageId;

/** The five facts every postmortem must state, and the optional parts. */
export type FieldId =
  | 'cause'
  | 'duration'
  | 'affected_services'
  | 'servers_restored'
  | 'user_impact'
  | 'summary'
  | 'timeline'
  | 'detection'
  | 'resolution'
  | 'communication'
  | 'lessons_learned'
  | 'action_items';

/**
 * Where a value was stated: the four structured surfaces, a sentence of running text (`prose`),
 * or, for the duration only, read off the timeline's first and last entries (`timeline`).
 */
export type Surface = 'front-matter' | 'section' | 'labelled-line' | 'table-row' | 'prose' | 'timeline';
