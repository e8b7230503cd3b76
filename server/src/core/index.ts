/**
 * The core's public surface: text and configuration in, findings and a model out.
 * No IO, no editor, no protocol. See ARCHITECTURE.md.
 */
export * from './types';
export * from './text';
export * from './config';
export * from './fields';
export { parseDocument, nodeText, type ParsedDocument, type Section, type Block } from './document';
export { ChunkCache, chunkBoundaries, parseChunked } from './parse';
export { lint, severityOf, type LintOptions, type LintResult } from './lint';
export { RULES, ruleById } from './rules/index';
export type { Rule, RuleMeta } from './rules/types';
export { formatMessage } from './rules/types';
export { findPlaceholders, isOnlyPlaceholders } from './placeholders';
export { MILESTONES, type Facts, type MilestoneId } from './facts';
export type { Timeline, TimelineEntry } from './timeline';
export { insertSectionEdit } from './skeleton';
export { fixAllEdits } from './fix';
