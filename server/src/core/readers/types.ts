/**
 * Shared result type of the readers: each reader is a pure function from text to a value plus
 * the offsets (UTF-16 code units, relative to the text it was given) it came from, or a reason it
 * could not read. A reader that cannot be sure returns `ok: false`: a wrong number is worse than none.
 */
export type Read<T> =
  | {
      /** The reader found a value. */
      ok: true;
      /** The value read. */
      value: T;
      /** Offset of the first character of the expression that was read. */
      start: number;
      /** Offset just past the last character of the expression that was read. */
      end: number;
    }
  | {
      /** The reader found nothing it could be sure of. */
      ok: false;
      /** A short English reason, for messages and hover ("no duration found"). */
      reason: string;
    };

/** A value found while scanning a text, with its offsets. */
export interface Found<T> {
  /** The value read. */
  value: T;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}
