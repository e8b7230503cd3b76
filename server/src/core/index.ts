/**
 * The core's one front door: text and configuration in, findings and a model out. No IO, no
 * editor, no protocol. Adapters (the language server, the CLI, the preview, the Node helpers)
 * import the core only from here (checked by test/unit/front-door.test.ts); inside the core,
 * modules import each other directly. See ARCHITECTURE.md.
 */
export * from './types';
export * from './text';
export * from './config';
export * from './fields';

// Reading a document: one pipeline for lint, preview and the service index.
export { analyze, type Analysis, type AnalyzeOptions } from './analyze';
export { lint, severityOf, type LintOptions, type LintResult } from './lint';
export { messageText, renderMessage, renderArgs } from './render';
export { parseDocument, nodeText, type ParsedDocument, type Section, type Block } from './document';
export { ChunkCache, chunkBoundaries, parseChunked } from './parse';
export { extractFields, type ExtractedFields } from './model';
export { readFacts, maskComments, MILESTONES, type Facts, type MilestoneId } from './facts';
export { extractTimeline } from './timeline-extract';
export type { Timeline, TimelineEntry } from './timeline';
export { teamSchemaProblem } from './schema';
export { findPlaceholders, isOnlyPlaceholders } from './placeholders';

// Rules.
export { RULES, ruleById } from './rules/index';
export type { Rule, RuleMeta } from './rules/types';
export { formatMessage, ruleDocsUrl, RULE_DOCS_BASE } from './rules/types';

// Editing: fixes, inserted sections, templates.
export { fixAllEdits } from './fix';
export { insertSectionEdit, headingLanguage } from './skeleton';
export {
  DEFAULT_FILE_NAME_PATTERN,
  fileNameFor,
  isIsoDate,
  renderTemplate,
  slugify,
  templateDefaults,
  withConflictSuffix,
} from './templates';

// Languages.
export { LANGUAGE_IDS, PACKS, detectLanguage, localeOf, packFor, term, textFor, type LanguageId, type PreviewLabels } from './lang/index';

// Values: durations, times, counts, zones.
export {
  ZONE_ABBREVIATIONS,
  findCounts,
  findDurations,
  findRatios,
  findTimestamps,
  formatCount,
  formatDuration,
  formatTimestamp,
  zoneOffsetMinutes,
  type Duration,
  type Found,
  type Ratio,
  type Timestamp,
  readTimestamp,
} from './readers/index';
export { inZone, isKnownZone, suggestZones } from './zone';
export { didYouMean } from './suggest';
export { KINDS, knownKinds } from './kinds';

// Timeline: the entry the editor inserts, and importing entries from exported logs.
export { entryLine, formatNow, isoNow, nowZone, offsetText, styleOf, timelineShape, wallClock } from './timeline-entry';
export { type ExportFile, GIT_FORMATS, IMPORT_SOURCES, type ImportEntry, type ImportProblem, type ImportRead, type ImportSource, SOURCE_NAMES, importLanguage, mergeEntries, parseInstant, planImport, readAlertmanager, readCsvRows, readGitRecords, readGrafana, readOpsgenie, readPagerDuty, readSlackExport } from './import/index';

// Reports across postmortems: one incident record per document, and the figures of many.
export { type IncidentRecord, devlakeIncident, incidentRecord, isLate } from './record';
export { type PeerRecord, type WorkspaceView, peerRecord, peerRecordOf, peerText, refersToOthers } from './workspace';
export { type IncidentReport, type MinutesStat, type Unreadable, buildReport } from './incident-report';
