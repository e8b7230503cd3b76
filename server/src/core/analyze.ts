/**
 * The one pipeline from text to model: parse, extract the fields from every surface, read the
 * facts, the timeline, the kind, the required fields and the normalized model. `lint()` runs the
 * rules over its result; the preview and the service index use it as it is, so all three see the
 * same facts (a service named only in prose, a duration taken from the timeline).
 */
import { mergeConfig, type PostmortemConfig } from './config';
import { parseDocument, type ParsedDocument } from './document';
import type { ChunkCache } from './parse';
import { extractFields, type ExtractedFields } from './model';
import { readFacts, proseText, searchBySegment, segmentProse, type Facts } from './facts';
import { normalizeModel, validateModel, teamRequiredFields, type NormalizedModel, type SchemaIssue } from './schema';
import { extractTimeline, timelineLength } from './timeline-extract';
import { readProse, PROSE_FIELDS } from './prose';
import { kindOf, knownKinds, requiredFor, type KindInfo } from './kinds';
import { addScriptCounts, detectLanguage, languageOfCounts, scriptCounts, DETECT_LIMIT, type DetectedLanguage } from './lang/index';
import type { FieldId } from './types';
import type { Timeline } from './timeline';

/** Options of one analysis. */
export interface AnalyzeOptions {
  /** A team JSON Schema merged into the built-in one (adds required fields and schema issues). */
  teamSchema?: Record<string, unknown>;
  /** Chunk trees kept from the previous run of the same document. */
  cache?: ChunkCache;
  /** Asked between the steps; when it returns true the analysis stops and returns undefined. */
  cancelled?: () => boolean;
}

/** What the core reads from one document. */
export interface Analysis {
  /** The parsed document. */
  doc: ParsedDocument;
  /** Occurrences of each field on every surface, prose included. */
  fields: ExtractedFields;
  /** Typed facts. */
  facts: Facts;
  /** The normalized model. */
  model: NormalizedModel;
  /** Schema issues of the model. */
  schemaIssues: SchemaIssue[];
  /** The timeline. */
  timeline: Timeline;
  /** The kind of incident and how it is known. */
  kind: KindInfo;
  /** The fields this document must state (its kind's, the config's, the team schema's). */
  required: FieldId[];
  /** The language the document is written in. */
  language: DetectedLanguage;
}

/**
 * Reads a document. Returns undefined only when `options.cancelled` stopped it. The parsers and
 * readers do not throw on any text, but a nesting deep enough to overflow the stack does
 * (a `RangeError`): callers that must never throw catch it (`lint()` reports it as a finding).
 */
export function analyze(text: string, config: PostmortemConfig = mergeConfig(), options: AnalyzeOptions = {}): Analysis | undefined {
  const stopped = options.cancelled ?? (() => false);
  const doc = parseDocument(asciiDigits(text, options.cache), options.cache, options.cancelled);
  if (!doc || stopped()) return undefined;
  const fields = extractFields(doc, config);
  const masked = proseText(doc);
  const language = documentLanguage(doc, masked);
  const kind = kindOf(doc, masked, fields, config);
  const required = [...new Set([...requiredFor(kind.kind, config), ...teamRequiredFields(options.teamSchema)])];
  // The fifth surface: sentences that state a field nothing structured states. Action items are
  // plans, not facts, and are not read.
  const stated = (f: FieldId) => (fields.byField.get(f) ?? []).some((o) => !o.empty && !o.placeholderOnly);
  const want = new Set(PROSE_FIELDS.filter((f) => !stated(f)));
  const skip = (fields.byField.get('action_items') ?? []).filter((o) => o.surface === 'section').map((o) => o.section!.bodyRange);
  for (const o of readProse(doc, masked, want, skip, { hostsLost: kind.kind === 'infrastructure' || kind.hostsDown })) addOccurrence(fields, o);
  const facts = readFacts(doc, fields);
  const timeline = extractTimeline(doc, fields, facts, config);
  if (!stated('duration')) {
    const length = timelineLength(timeline);
    if (length) {
      addOccurrence(fields, length.occurrence);
      facts.durations.push(length.stated);
    }
  }
  const model = normalizeModel(doc, fields, facts, config.severities, knownKinds(config));
  const schemaIssues = validateModel(doc, model, config, options.teamSchema);
  if (stopped()) return undefined;
  return { doc, fields, facts, model, schemaIssues, timeline, kind, required, language };
}

const FULL_WIDTH = /[\uff10-\uff1a]/;
const FULL_WIDTH_ALL = /[\uff10-\uff1a]/g;

/**
 * Full-width digits and colons (`２０２４年３月１日 １４：０５`, common in Japanese documents)
 * read as ASCII ones. Each is one UTF-16 unit either way, so every offset into the result is the
 * same offset into the text the author wrote. With a chunk cache, a text made from the last one
 * by a known change is searched only where it changed.
 */
export function asciiDigits(text: string, cache?: ChunkCache): string {
  if (cache ? cache.lacks(text, FULL_WIDTH) : !FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * `detectLanguage` of the prose. With a chunk cache (the language server), the letters of each
 * segment's prose are counted once and remembered by that prose: counts add up, and the segments
 * cover the prose end to end, so the sum is what counting the whole prose gives.
 */
function documentLanguage(doc: ParsedDocument, masked: string): DetectedLanguage {
  if (!searchBySegment(doc, masked)) return detectLanguage(masked);
  let counts = scriptCounts(masked, 0, Math.min(doc.segments[0].start, DETECT_LIMIT));
  for (const seg of doc.segments) {
    if (seg.start >= DETECT_LIMIT) break;
    const c = seg.end <= DETECT_LIMIT ? doc.reuse!.memo('scriptCounts', segmentProse(doc, seg), (p) => scriptCounts(p, 0, p.length), true) : scriptCounts(masked, seg.start, DETECT_LIMIT);
    counts = addScriptCounts(counts, c);
  }
  return languageOfCounts(counts);
}

/** Adds an occurrence found after extraction, keeping each field's list in surface order. */
function addOccurrence(fields: ExtractedFields, o: ExtractedFields['byField'] extends Map<FieldId, Array<infer O>> ? O : never): void {
  const list = fields.byField.get(o.field);
  if (list) list.push(o);
  else fields.byField.set(o.field, [o]);
}
