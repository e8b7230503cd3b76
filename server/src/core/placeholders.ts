import type { OffsetRange } from './types';

/** A leftover bit of template text. */
export interface PlaceholderMatch extends OffsetRange {
  /** The text matched. */
  text: string;
}

const HTML_TAGS = new Set([
  'a', 'abbr', 'b', 'br', 'code', 'del', 'details', 'div', 'em', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'ol', 'p', 'pre', 'q',
  's', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'u', 'ul', 'mark', 'center', 'font', 'picture', 'source', 'video', 'iframe', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

// Each alternative is linear: bounded repetitions over disjoint classes only.
const PLACEHOLDER = new RegExp(
  [
    String.raw`\b(?:TODO|TBD|TBC|FIXME|XXX)\b`,
    String.raw`\{\{[^{}\n]{0,80}\}\}`,
    String.raw`<[A-Za-z가-힣][^<>\n]{0,80}>`,
    String.raw`\?\?+`,
    String.raw`\b[Ll]orem ipsum\b`,
    String.raw`\b[0-2]?[0-9X]X:XX\b`,
    String.raw`--:--`,
    String.raw`\bYYYY-MM-DD(?:[ T]HH:MM)?\b`,
    String.raw`\bHH:MM\b`,
    String.raw`\bXh Xm\b`,
    String.raw`\bX{1,3} (?:hours|minutes|users|servers)\b`,
  ].join('|'),
  'g',
);

/** Finds placeholders in a piece of text; offsets are relative to it. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const out: PlaceholderMatch[] = [];
  PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER.exec(text))) {
    const t = m[0];
    if (!counts(t)) continue;
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}

/** Whether a match of PLACEHOLDER is a placeholder: not real HTML, an autolink, or a lone `x`. */
function counts(t: string): boolean {
  if (t.startsWith('<')) {
    // Real HTML (`<br>`, `<img src=…>`, `</div>`) and autolinks (`<https://…>`) are not placeholders.
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(t)?.[1]?.toLowerCase();
    if (name && HTML_TAGS.has(name) && !/^<[a-z]+ [a-z]+ [a-z]+/i.test(t)) return false;
    if (/^<[a-z][a-z0-9+.-]*:/i.test(t) || /^<[^ >@]+@[^ >]+>$/.test(t)) return false;
    if (/^<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z-]+=["'][^"']*["'])+\s*\/?>$/.test(t)) return false;
  }
  return !(/^x{1,3}$/i.test(t) && t !== 'XXX');
}

/** PLACEHOLDER, matching only where it is put. */
const PLACEHOLDER_AT = new RegExp(PLACEHOLDER.source, 'y');
/** A character that is not blank, punctuation or a symbol. */
const WORDLIKE = /[^\s\p{P}\p{S}]/gu;

/**
 * True when a text holds nothing but placeholders, punctuation and whitespace: what is left of
 * it once the placeholders `findPlaceholders` finds are taken out is blanks, punctuation and
 * symbols, and there was at least one. It stops at the first character that decides, instead of
 * finding every placeholder first (a section of a megabyte is read on every keystroke in it).
 */
export function isOnlyPlaceholders(text: string): boolean {
  let pos = 0;
  let found = false;
  for (;;) {
    // The first character from `pos` that a placeholder must cover.
    WORDLIKE.lastIndex = pos;
    const f = WORDLIKE.exec(text)?.index ?? text.length;
    // The next placeholder starts at or before it (as PLACEHOLDER scanning from `pos` finds it), or the answer is known.
    let m: RegExpExecArray | null = null;
    for (let p = pos; p <= f && p < text.length && !m; p++) {
      PLACEHOLDER_AT.lastIndex = p;
      m = PLACEHOLDER_AT.exec(text);
    }
    if (!m) return found && f === text.length;
    const end = m.index + m[0].length;
    if (!counts(m[0])) {
      // Not a placeholder: its text stays, and the scan goes on after it.
      WORDLIKE.lastIndex = m.index;
      const w = WORDLIKE.exec(text);
      if (w && w.index < end) return false;
    } else {
      found = true;
    }
    pos = end;
  }
}
