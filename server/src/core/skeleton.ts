import type { FieldId, TextEdit } from './types';
import type { ParsedDocument } from './document';
import type { ExtractedFields } from './model';
import { FIELDS, fieldLabel, fieldDescription } from './fields';
import { shortTextLanguage, type LanguageId } from './lang/index';
import { nodeRange } from './document';
import { parseMarkdownTree } from './parse';

/**
 * The language most of the document's headings are in, so that inserted headings are too; English
 * when it has no headings in a language a pack reads, and `fallback` (the caller passes the
 * language of the text) when it has no headings at all.
 */
export function headingLanguage(doc: ParsedDocument, fallback: LanguageId = 'en'): LanguageId {
  // A chat post or a memo without headings: the language its text is written in.
  if (doc.sections.length === 0) return fallback;
  const votes = new Map<LanguageId, number>();
  for (const s of doc.sections) {
    const id = shortTextLanguage(s.title);
    votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  let best: LanguageId = 'en';
  for (const [id, n] of votes) if (n > (votes.get(best) ?? 0)) best = id;
  return best;
}

/**
 * The edit that inserts an empty section for `field` where the recommended order (FIELDS) puts
 * it: before the first section of a later field, else after the last section of an earlier one,
 * else at the end of the document. `undefined` when the section would go at the end and the
 * document ends inside a block left open (a fence never closed, `<script>` or `<!--` without its
 * end): there the heading would be code, not a section, so no place is safe.
 */
export function insertSectionEdit(doc: ParsedDocument, fields: ExtractedFields, field: FieldId, language: LanguageId = headingLanguage(doc)): TextEdit | undefined {
  const eol = doc.lines.eol;
  const order = FIELDS.map((f) => f.id);
  const rank = order.indexOf(field);
  const known = fields.sections.filter((s) => s.field !== undefined);
  const depth = mostCommonDepth(known.map((s) => s.section.depth)) ?? (doc.sections.some((s) => s.depth === 1) ? 2 : 2);
  const heading = `${'#'.repeat(depth)} ${fieldLabel(field, language)}`;
  const guidance = `<!-- ${fieldDescription(field, language)} -->`;
  const block = `${heading}${eol}${eol}${guidance}${eol}`;
  const sameDepth = known.filter((s) => s.section.depth === depth);
  const later = sameDepth.find((s) => order.indexOf(s.field!) > rank);
  if (later) {
    const at = later.section.headingRange.start;
    return { start: at, end: at, newText: `${block}${eol}` };
  }
  const earlier = [...sameDepth].reverse().find((s) => order.indexOf(s.field!) < rank);
  const at = earlier ? earlier.section.bodyRange.end : doc.text.length;
  const before = separatorBefore(doc.text, at, eol);
  if (at === doc.text.length && !headingSurvivesAtEnd(doc, before)) return undefined;
  return { start: at, end: at, newText: before + block + separatorAfter(doc.text, at, eol) };
}

/** The last answer of headingSurvivesAtEnd: the probe text and whether its heading survived. */
let lastProbe: { text: string; survives: boolean } | undefined;

/**
 * True when a heading appended to the document after `separator` is read as a heading. Only the
 * last top-level block can swallow it (a fence or `<script>` never closed), and a top-level block
 * parses the same on its own, so that block and a heading are parsed. The heading's words do not
 * matter, so one probe serves every missing field; it is remembered, since the same tail comes
 * back on every keystroke elsewhere in the document.
 */
function headingSurvivesAtEnd(doc: ParsedDocument, separator: string): boolean {
  const last = doc.blocks[doc.blocks.length - 1];
  if (!last || (last.node.type !== 'code' && last.node.type !== 'html')) return true;
  const text = `${doc.text.slice(nodeRange(last.node, last.base).start)}${separator}# Heading${doc.lines.eol}`;
  if (lastProbe?.text !== text) lastProbe = { text, survives: parseMarkdownTree(text).children.some((n) => n.type === 'heading') };
  return lastProbe.survives;
}

function separatorBefore(text: string, at: number, eol: string): string {
  if (at === 0) return '';
  // Count the line breaks just before `at` (spaces and tabs between them do not matter).
  let breaks = 0;
  for (let i = at - 1; i >= 0 && breaks < 2; i--) {
    const c = text[i];
    if (c === '\n') {
      breaks++;
      if (text[i - 1] === '\r') i--;
    } else if (c === '\r') breaks++;
    else if (c !== ' ' && c !== '\t') break;
  }
  return breaks >= 2 ? '' : breaks === 1 ? eol : eol + eol;
}

function separatorAfter(text: string, at: number, eol: string): string {
  return at >= text.length ? '' : eol;
}

function mostCommonDepth(depths: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const d of depths) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best: number | undefined;
  for (const [d, c] of counts) if (best === undefined || c > counts.get(best)! || (c === counts.get(best)! && d < best)) best = d;
  return best;
}
