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
    if (t.startsWith('<')) {
      // Real HTML (`<br>`, `<img src=…>`, `</div>`) and autolinks (`<https://…>`) are not placeholders.
      const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(t)?.[1]?.toLowerCase();
      if (name && HTML_TAGS.has(name) && !/^<[a-z]+ [a-z]+ [a-z]+/i.test(t)) continue;
      if (/^<[a-z][a-z0-9+.-]*:/i.test(t) || /^<[^ >@]+@[^ >]+>$/.test(t)) continue;
      if (/^<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z-]+=["'][^"']*["'])+\s*\/?>$/.test(t)) continue;
    }
    if (/^x{1,3}$/i.test(t) && t !== 'XXX') continue;
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}

/** True when a text holds nothing but placeholders, punctuation and whitespace. */
export function isOnlyPlaceholders(text: string): boolean {
  const matches = findPlaceholders(text);
  if (matches.length === 0) return false;
  let rest = '';
  let last = 0;
  for (const m of matches) {
    rest += text.slice(last, m.start);
    last = m.end;
  }
  rest += text.slice(last);
  return rest.replace(/[\s\p{P}\p{S}]/gu, '') === '';
}
