import { ruleDocsUrl, type Rule } from './types';
import { normalizeHeading } from '../fields';
import { parents } from '../scope';

/**
 * Two sections whose headings are the same after normalization. Different aliases of one field
 * (Root cause and Trigger) are read together and are not duplicates; repeated headings that name
 * no field (two `### 14:55` entries on different days) are not reported either.
 */
/** A qualifier in parentheses closing a heading (`(UTC)`, `(internal)`, `（社外）`). */
const QUALIFIER = /[ \t]?[(（]([^()（）]*)[)）]$/;

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
    const seen = new Map<string, Array<{ at: number; qualifier: string }>>();
    // Sections repeat legitimately under different parents: `### Resolving actions` once per incident.
    const parentOf = parents(ctx.doc);
    const indexOf = new Map(ctx.doc.sections.map((s, i) => [s, i]));
    for (const { section, field } of ctx.fields.sections) {
      if (!field) continue;
      // `Timeline` and `Timeline (UTC)` are one section written twice; `Impact (customer-facing)` and
      // `Impact (internal)`, `影響(社外)` and `影響(社内)`, are two halves a template asks for.
      const title = normalizeHeading(section.title);
      const qualified = QUALIFIER.exec(title);
      const qualifier = qualified ? qualified[1].trim() : '';
      const key = `${parentOf[indexOf.get(section) ?? -1] ?? -1}:${section.depth}:${qualified ? title.slice(0, qualified.index) : title}`;
      const earlier = seen.get(key);
      const same = earlier?.find((e) => e.qualifier === qualifier || e.qualifier === '' || qualifier === '');
      if (!earlier) seen.set(key, [{ at: section.headingRange.start, qualifier }]);
      else if (!same) earlier.push({ at: section.headingRange.start, qualifier });
      if (!same) continue;
      ctx.report({ messageId: 'duplicate', data: { title: section.title, line: ctx.doc.lines.positionAt(same.at).line + 1 }, range: section.titleRange });
    }
  },
};
