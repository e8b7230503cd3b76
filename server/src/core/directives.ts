import type { ParsedDocument } from './document';

/** Inline control comments, as markdownlint users know them. */
export interface Directive {
  /** `disable`, `enable`, `disable-next-line` or `disable-line`. */
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids; empty for all rules. */
  rules: string[];
  /** Zero-based line of the comment's start. */
  line: number;
  /** Zero-based line of the comment's end. */
  endLine: number;
}

const DIRECTIVE = /<!--\s*postmortem-(disable-next-line|disable-line|disable|enable)((?:\s+[a-z][a-z-]*)*)\s*-->/g;

/** Reads the directives of a document from its HTML comments. */
export function directivesOf(doc: ParsedDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    DIRECTIVE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIRECTIVE.exec(c.value))) {
      out.push({
        kind: m[1] as Directive['kind'],
        rules: m[2].trim() ? m[2].trim().split(/\s+/) : [],
        line: doc.lines.positionAt(c.start + m.index).line,
        endLine: doc.lines.positionAt(c.start + m.index + m[0].length).line,
      });
    }
  }
  return out;
}

/** True when a finding of `ruleId` on `line` is turned off by a directive. */
export function isSuppressed(directives: readonly Directive[], ruleId: string, line: number): boolean {
  let off = false;
  for (const d of directives) {
    const applies = d.rules.length === 0 || d.rules.includes(ruleId);
    if (!applies) continue;
    if (d.kind === 'disable-next-line' && line === d.endLine + 1) return true;
    if (d.kind === 'disable-line' && line >= d.line && line <= d.endLine) return true;
    if (d.line > line) continue;
    if (d.kind === 'disable') off = true;
    if (d.kind === 'enable') off = false;
  }
  return off;
}
