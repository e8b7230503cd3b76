import { ruleDocsUrl, type Rule } from './types';
import { fieldSpec, normalizeHeading } from '../fields';
import { packWords } from '../lang/index';

/** A field's section or value is there but empty, or holds nothing but template placeholders. */
/** A heading of examples or templates (the packs' `exampleHeading`). */
const EXAMPLE_HEADING = new RegExp(`^(?:${packWords('exampleHeading')})$`);

export const rule: Rule = {
  meta: {
    id: 'empty-field',
    docs: { url: ruleDocsUrl('empty-field') },
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    description: 'A field that is stated has real content, not nothing or template placeholders.',
    messages: {
      empty: '"{label}" is empty: write {expected}.',
      placeholder: '"{label}" holds only placeholder text ("{text}"): replace it with {expected}.',
    },
  },
  check(ctx) {
    const seen = new Set<string>();
    // A section named Template or Example shows the blanks on purpose.
    const examples = ctx.doc.sections.filter((s) => EXAMPLE_HEADING.test(normalizeHeading(s.title)));
    const inExample = (at: number) => examples.some((s) => s.headingRange.start <= at && at < s.bodyRange.end);
    for (const [field, occs] of ctx.fields.byField) {
      const spec = fieldSpec(field);
      for (const occ of occs) {
        if (!occ.empty && !occ.placeholderOnly) continue;
        if (inExample(occ.labelRange.start)) continue;
        // users_affected alone in front matter is a count, not prose: not empty.
        if (occ.surface === 'front-matter' && occ.key === 'users_affected' && occ.data !== null && occ.data !== undefined && occ.data !== '') continue;
        const range = occ.surface === 'section' ? occ.labelRange : occ.empty ? occ.labelRange : occ.valueRange;
        const key = `${range.start}:${range.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const label = { field: spec.id };
        const expected = { fieldPhrase: spec.id };
        if (occ.empty) ctx.report({ messageId: 'empty', data: { label, expected }, range });
        else ctx.report({ messageId: 'placeholder', data: { label, expected, text: occ.text.slice(0, 40) }, range });
      }
    }
  },
};

