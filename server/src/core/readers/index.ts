/**
 * The readers: pure functions that find durations, timestamps, counts, percentages and ratios in
 * English and Korean text, with UTF-16 offsets into the text they were given.
 */
export type { Read, Found } from './types';
export { readDuration, findDurations, formatDuration, type Duration } from './duration';
export {
  readTimestamp,
  findTimestamps,
  readDate,
  findDates,
  scanTemporal,
  numberStartOk,
  formatTimestamp,
  zoneOffsetMinutes,
  ZONE_ABBREVIATIONS,
  type Timestamp,
  type TimestampContext,
  type TimestampParts,
  type CalendarDate,
  type TemporalItem,
} from './timestamp';
export { readCount, findCounts, readPercent, findPercents, readRatio, findRatios, formatCount, type Ratio } from './count';
