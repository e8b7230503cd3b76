/**
 * Offsets and line/column conversion. Offsets are UTF-16 code units, as in JavaScript strings
 * and in LSP's default position encoding.
 */

/** Zero-based line and character. */
export interface LineCol {
  /** Zero-based line. */
  line: number;
  /** Zero-based UTF-16 column. */
  character: number;
}

/** Maps offsets to lines and back for one text. Line breaks are `\n`, `\r\n` or `\r`. */
export class LineIndex {
  /** Offsets at which each line starts. */
  readonly lineStarts: number[];

  /** `lineStarts`: the line starts when they are already known (from the chunks of a parse). */
  constructor(readonly text: string, lineStarts?: number[]) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** Number of lines (a text with no line break has one). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of an offset, clamped into the text. */
  positionAt(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  /** The offset of a position, clamped to the line's end and the text. */
  offsetAt(pos: LineCol): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[pos.line];
    const end = this.lineEnd(pos.line);
    return Math.max(start, Math.min(start + Math.max(0, pos.character), end));
  }

  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The line break the text uses most ("\r\n" when the first break is one). */
  get eol(): string {
    const i = this.text.indexOf('\n');
    if (i > 0 && this.text.charCodeAt(i - 1) === 13) return '\r\n';
    if (i < 0 && this.text.includes('\r')) return '\r';
    return '\n';
  }
}

/** Applies non-overlapping edits to a text; edits are sorted here, later ones first. */
export function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue; // Overlaps an edit already applied: skip rather than corrupt.
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** Length of the common prefix of two strings, at most `max`, compared a block at a time. */
export function commonPrefix(a: string, b: string, max: number): number {
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= max && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  }
  return i;
}

/** Length of the common suffix of two strings, at most `max`, compared a block at a time. */
export function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  const la = a.length;
  const lb = b.length;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= max && a.slice(la - i - step, la - i) === b.slice(lb - i - step, lb - i)) i += step;
  }
  return i;
}

/** `text` without the trailing characters that are in `chars` (a linear `replace(/[…]+$/, '')`). */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
