import { ruleDocsUrl, type Rule } from './types';
import { normalizeHeading } from '../fields';
import { parents } from '../scope';

/**
 * Two sections whose headings are the same after normalization. Different aliases of one field
 * (Root cause and Trigger) are read together and are not duplicates; repeated headings that name
 * no field (two `### 14:55` entries on different days) are not reported either.
 */
export const rule: Rule = {
  meta: {
    id: 'duplicate-section',
    docs: { url: ruleDocsUrl('duplicate-section') },
    type: 'suggestion',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'Each postmortem section appears once.',
    messages: {
      duplicate: 'Section "{title}" repeats the one on line {line}: merge them.',
    },
  },
  check(ctx) {
    const seen = new Map<string, number>();
    // Sections repeat legitimately under different parents: `### Resolving actions` once per incident.
    const parentOf = parents(ctx.doc);
    const indexOf = new Map(ctx.doc.sections.map((s, i) => [s, i]));
    for (const { section, field } of ctx.fields.sections) {
      if (!field) continue;
      const key = `${parentOf[indexOf.get(section) ?? -1] ?? -1}:${section.depth}:${normalizeHeading(section.title).replace(/ ?\([^()]*\)$/, '')}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, section.headingRange.start);
        continue;
      }
      ctx.report({ messageId: 'duplicate', data: { title: section.title, line: ctx.doc.lines.positionAt(first).line + 1 }, range: section.titleRange });
    }
  },
};
