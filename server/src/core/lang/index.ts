import type { LanguageId, LanguagePack, PackWords } from './types';
import { en } from './en';
import { ko } from './ko';
import { ja } from './ja';

export type { LanguageId, LanguagePack, Intent, ProseCues, Kind, Cue, Near } from './types';
import type { Cue } from './types';

/** Where a cue matches in a text (the first words' start to the second words' end), or null. */
export function findCue(cue: Cue, text: string): { index: number; end: number } | null {
  if (cue instanceof RegExp) {
    const m = cue.exec(text);
    return m ? { index: m.index, end: m.index + m[0].length } : null;
  }
  cue.first.lastIndex = 0;
  for (let m = cue.first.exec(text); m; m = cue.first.exec(text)) {
    const from = m.index + m[0].length;
    const t = findCue(cue.then, text.slice(from, from + cue.within + 200));
    if (t && t.index <= cue.within) return { index: m.index, end: from + t.end };
    if (m[0].length === 0) cue.first.lastIndex++;
  }
  return null;
}

/** Every language pack, English first. Adding a language is one more pack here. */
export const PACKS: readonly LanguagePack[] = [en, ko, ja];

/** One of the packs' small vocabularies (`LanguagePack.words`), every pack's fragment joined as alternatives. */
export function packWords(key: keyof PackWords): string {
  return PACKS.map((p) => p.words[key]).filter((w): w is string => typeof w === 'string' && w !== '').join('|');
}

/** The pack of a language. */
export function packFor(id: LanguageId): LanguagePack {
  return PACKS.find((p) => p.id === id) ?? en;
}

/** What script a text is mostly written in, and the language that means for the core. */
export interface DetectedLanguage {
  /** The language read, or undefined when the text is in a language no pack reads. */
  id: LanguageId | undefined;
  /** The script counted most, for the message when no pack reads it (`Han`, `Cyrillic`, …). */
  script: string;
  /** Letters counted (too few means the guess is weak). */
  letters: number;
}

/**
 * Which language a text is in, by counting letters per script: kana means Japanese, Hangul
 * Korean, Han without kana Chinese (not read), Latin English. Code, URLs and markup should be
 * blanked out by the caller. Pure and linear; looks at most at the first 200,000 characters.
 */
export function detectLanguage(text: string): DetectedLanguage {
  return languageOfCounts(scriptCounts(text, 0, Math.min(text.length, DETECT_LIMIT)));
}

/** How many characters `detectLanguage` looks at, from the start. */
export const DETECT_LIMIT = 200_000;

/** Letters of each script in part of a text (what `detectLanguage` decides from); counts add up. */
export interface ScriptCounts {
  latin: number;
  hangul: number;
  kana: number;
  han: number;
  other: number;
  /** The script of the first letter counted as other, or ''. */
  otherScript: string;
}

/** The letters of each script from `from` to `to` in `text`. */
export function scriptCounts(text: string, from: number, to: number): ScriptCounts {
  let latin = 0;
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let other = 0;
  let otherScript = '';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) latin++;
    else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) hangul++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9d)) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x370 && c < 0x1e00) {
      other++;
      if (!otherScript) otherScript = scriptName(c);
    }
  }
  return { latin, hangul, kana, han, other, otherScript };
}

/** The counts of two consecutive parts of a text, as one. */
export function addScriptCounts(a: ScriptCounts, b: ScriptCounts): ScriptCounts {
  return { latin: a.latin + b.latin, hangul: a.hangul + b.hangul, kana: a.kana + b.kana, han: a.han + b.han, other: a.other + b.other, otherScript: a.otherScript || b.otherScript };
}

/** The language the letter counts of a text say it is in (see `detectLanguage`). */
export function languageOfCounts({ latin, hangul, kana, han, other, otherScript }: ScriptCounts): DetectedLanguage {
  const letters = latin + hangul + kana + han + other;
  // CJK characters carry a word or a syllable each; Latin letters a sound. Weigh them alike per word.
  const cjkWeight = 3;
  const scores: Array<[LanguageId | undefined, string, number]> = [
    ['en', 'Latin', latin],
    ['ko', 'Hangul', hangul * cjkWeight],
    ['ja', 'Japanese', (kana + (kana > 0 ? han : 0)) * cjkWeight],
    [undefined, 'Han', kana > 0 ? 0 : han * cjkWeight],
    [undefined, otherScript || 'other', other],
  ];
  // Technical text in any language is full of Latin product names: a CJK script counts as the
  // document's language once it holds a fair share of the letters.
  if (hangul * cjkWeight >= latin * 0.25 && hangul >= 20 && hangul >= kana) return { id: 'ko', script: 'Hangul', letters };
  if (kana >= 20 && (kana + han) * cjkWeight >= latin * 0.25) return { id: 'ja', script: 'Japanese', letters };
  const best = scores.reduce((a, b) => (b[2] > a[2] ? b : a));
  if (letters < 20) return { id: 'en', script: 'Latin', letters };
  return { id: best[0], script: best[1], letters };
}

function scriptName(c: number): string {
  if (c >= 0x370 && c <= 0x3ff) return 'Greek';
  if (c >= 0x400 && c <= 0x52f) return 'Cyrillic';
  if (c >= 0x590 && c <= 0x5ff) return 'Hebrew';
  if (c >= 0x600 && c <= 0x6ff) return 'Arabic';
  if (c >= 0x900 && c <= 0x97f) return 'Devanagari';
  if (c >= 0xe00 && c <= 0xe7f) return 'Thai';
  return 'other';
}

export type { PackText, TermId, HoverLabels, PreviewLabels } from './types';
import type { PackText, TermId } from './types';
import type { FieldId } from '../types';

/**
 * The pack language for a locale tag from an editor, a setting or a CLI flag (`ko-KR` → `ko`,
 * `ja` → `ja`); English for a tag no pack speaks.
 */
export function localeOf(tag: string | undefined): LanguageId {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return PACKS.find((p) => p.id === primary)?.id ?? 'en';
}

/** The ids of every pack, for settings and flags that choose one. */
export const LANGUAGE_IDS: readonly LanguageId[] = PACKS.map((p) => p.id);

/** What a pack says to the user. */
export function textFor(locale: LanguageId): PackText {
  return packFor(locale).text;
}

/** A term in a locale, with its `{slots}` filled. */
export function term(id: TermId, locale: LanguageId, data: Record<string, string | number> = {}): string {
  return fill(textFor(locale).terms[id], data);
}

/** A rule's message in a locale, unfilled; undefined for English (the rule's own) or an unknown id. */
export function ruleMessage(ruleId: string, messageId: string, locale: LanguageId): string | undefined {
  return textFor(locale).rules[ruleId]?.messages[messageId];
}

/** A rule's one-line description in a locale; undefined for English (the rule's own). */
export function ruleDescription(ruleId: string, locale: LanguageId): string | undefined {
  return textFor(locale).rules[ruleId]?.description;
}

/** A field's name and explanation in a locale; undefined for English (fields.ts's own). */
export function fieldText(id: FieldId, locale: LanguageId): { label: string; description: string } | undefined {
  return textFor(locale).fields[id];
}

/** Fills `{name}` slots. */
export function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/**
 * The language of a short text such as a heading, by the first letters that tell: Hangul is
 * Korean, kana or Han Japanese (a heading of Han alone, `原因`, is read as Japanese: Chinese has no
 * pack), anything else English. For whole documents use `detectLanguage`.
 */
export function shortTextLanguage(text: string): LanguageId {
  if (/[\uac00-\ud7a3]/.test(text)) return 'ko';
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) return 'ja';
  return 'en';
}

/** A letter of a script written without spaces between words: Hangul, kana or Han. */
export const CJK_LETTER = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/;
