/**
 * Documents that hold several incidents: a running incident log, or one report of four outages.
 * Facts stated for one incident are not compared with another's, and a section repeated once per
 * incident is not a duplicate.
 */
import type { ParsedDocument, Section } from './document';
import { findDates } from './readers/index';
import { ownString } from './incremental';
import { packWords } from './lang/index';

/** A title that names an incident: the word, or a severity tag (`（Sev3）`, `[SEV-2]`, `(P1)`). */
const INCIDENT_TITLE = new RegExp(String.raw`${packWords('incidentTitle')}|(?<![A-Za-z])sev[ _-]?[0-5](?![0-9])|[(（[][ \t]?P[0-4][ \t]?[)）\]]`, 'i');

/** Sections that each describe one incident: siblings whose titles carry a date or say "incident". */
export function incidentSections(doc: ParsedDocument): Section[] {
  const cached = CACHE.get(doc);
  if (cached) return cached;
  const parentOf = parents(doc);
  const groups = new Map<string, Section[]>();
  doc.sections.forEach((s, i) => {
    if (!namesIncident(s.title)) return;
    const key = `${parentOf[i]}:${s.depth}`;
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  });
  const out = [...groups.values()].filter((g) => g.length >= 2).flat();
  CACHE.set(doc, out);
  return out;
}

const CACHE = new WeakMap<ParsedDocument, Section[]>();

/**
 * Whether a title carries a date or says "incident", remembered by its text: a document's titles
 * are the same from one keystroke to the next, and reading dates in thousands of them is most of
 * what scoping costs. Keys are own copies, so no old version of a document stays alive; the table
 * is emptied when it grows past 4,096 titles.
 */
const TITLES = new Map<string, boolean>();

function namesIncident(title: string): boolean {
  let v = TITLES.get(title);
  if (v === undefined) {
    v = findDates(title).length > 0 || INCIDENT_TITLE.test(title);
    if (TITLES.size >= 4096) TITLES.clear();
    TITLES.set(ownString(title), v);
  }
  return v;
}

/** The incident section an offset is in (the innermost), or undefined at document level. */
export function incidentAt(doc: ParsedDocument, offset: number): Section | undefined {
  let best: Section | undefined;
  for (const s of incidentSections(doc)) {
    if (s.headingRange.start <= offset && offset < s.bodyRange.end && (!best || s.depth > best.depth)) best = s;
  }
  return best;
}

/** For each section, the index of the section it is nested in (-1 at the top). */
export function parents(doc: ParsedDocument): number[] {
  const out: number[] = [];
  const stack: number[] = [];
  doc.sections.forEach((s, i) => {
    while (stack.length > 0 && doc.sections[stack[stack.length - 1]].depth >= s.depth) stack.pop();
    out.push(stack.length > 0 ? stack[stack.length - 1] : -1);
    stack.push(i);
  });
  return out;
}
