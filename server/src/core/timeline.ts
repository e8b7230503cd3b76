import type { OffsetRange } from './types';
import type { Section } from './document';
import type { Timestamp } from './readers/index';
import type { MilestoneId } from './facts';

/** One entry of the timeline. */
export interface TimelineEntry {
  /** The time read, or null when the entry's time could not be read. */
  time: Timestamp | null;
  /** Range of the time expression. */
  timeRange: OffsetRange;
  /** The entry's text after the time. */
  text: string;
  /** Range of the whole entry (row, item, heading or line). */
  range: OffsetRange;
  /** A milestone this entry is clearly labelled as, if any. */
  milestone?: MilestoneId;
}

/** The timeline of a document. */
export interface Timeline {
  /** The Timeline section, when there is one. */
  section: Section | undefined;
  /** Entries in document order. */
  entries: TimelineEntry[];
  /**
   * Other runs of timestamped entries outside the timeline: each list whose items all start with
   * a time, and each `Key events` list after the first (a running log of several incidents has
   * one per incident). Each is in time order on its own.
   */
  others: TimelineEntry[][];
  /** Entry times that cannot be times (`13:5:09`, `25:10`, `13:55 PM`), for `invalid-value`. */
  malformed: Array<{ range: OffsetRange; text: string; reason: 'digits' | 'range' | 'meridiem' }>;
  /** A zone the document states for the whole timeline, and where. */
  zone: { zone: string; range: OffsetRange } | undefined;
}
