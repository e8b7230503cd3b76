/**
 * The readers: pure functions that find durations, timestamps, counts, percentages and ratios in
 * English and Korean text, with UTF-16 offsets into the text they were given.
 */
/** The result types shared by all readers. */
export type { Read, Found } from './types';
/** Durations: `4h 10m`, `PT4H10M`, `약 10시간`, `14:50–19:00 KST`. */
export { readDuration, findDurations, formatDuration, betweenBefore, type Duration } from './duration';
/** Timestamps, dates and time zones. */
export {
  readTimestamp,
  findTimestamps,
  readDate,
  findDates,
  monthNumber,
  scanTemporal,
  numberStartOk,
  urlSpans,
  formatTimestamp,
  zoneOffsetMinutes,
  ZONE_ABBREVIATIONS,
  WEEKDAYS,
  fullZoneName,
  type Timestamp,
  type TimestampContext,
  type TimestampParts,
  type CalendarDate,
  type TemporalItem,
} from './timestamp';
/** Counts, percentages and ratios. */
export { readCount, findCounts, findWordCounts, readPercent, findPercents, readRatio, findRatios, formatCount, type Ratio } from './count';
