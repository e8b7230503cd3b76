/** Character-class helpers the readers share: they scan by char code, not by regular expression. */

/** The UTF-16 code unit at `i`, or -1 outside the text. */
export function code(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** `0`–`9`. */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `A`–`Z`, `a`–`z`. */
export function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A precomposed Hangul syllable. */
export function isHangulCode(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/** Runs a sticky or global regular expression at `pos`. */
export function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
