/**
 * Documents that hold several incidents: a running incident log, or one report of four outages.
 * Facts stated for one incident are not compared with another's, and a section repeated once per
 * incident is not a duplicate.
 */
import type { ParsedDocument, Section } from './document';
import { findDates } from './readers/index';

const INCIDENT_TITLE = /\bincidents?\b|\boutages?\b|インシデント|障害|장애|사건/i;

/** Sections that each describe one incident: siblings whose titles carry a date or say "incident". */
export function incidentSections(doc: ParsedDocument): Section[] {
  const cached = CACHE.get(doc);
  if (cached) return cached;
  const parentOf = parents(doc);
  const groups = new Map<string, Section[]>();
  doc.sections.forEach((s, i) => {
    if (!(findDates(s.title).length > 0 || INCIDENT_TITLE.test(s.title))) return;
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
