import { ruleDocsUrl, type Rule } from './types';
import { fieldSpec, normalizeHeading } from '../fields';
import { packWords, PACKS } from '../lang/index';

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
        // (`## 6. Contributing factors` read as the cause: the heading as written, not the field's own name.)
        // (The field's own name, `## Duration`, `## 장애 시간`, is named in the reader's language.)
        const written = occ.surface === 'front-matter' ? '' : writtenLabel(ctx.doc.text.slice(occ.labelRange.start, occ.labelRange.end));
        const ownName = written === '' || [spec.label, ...PACKS.map((p) => p.text.fields[spec.id]?.label ?? '')].some((l) => normalizeHeading(l) === normalizeHeading(written));
        const label = ownName ? { field: spec.id } : written;
        const expected = { fieldPhrase: spec.id };
        if (occ.empty) ctx.report({ messageId: 'empty', data: { label, expected }, range });
        else ctx.report({ messageId: 'placeholder', data: { label, expected, text: occ.text.slice(0, 40) }, range });
      }
    }
  },
};


/** A heading or a label as its writer wrote it, without its marks and number (`## 6. Contributing factors` → `Contributing factors`). */
function writtenLabel(text: string): string {
  return text.replace(/^[ \t]*#{1,6}[ \t]+/, '').replace(/[*_`]/g, '').replace(/^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVX]{1,4}\.)[ \t]+/, '').replace(/[ \t]*[:：|][ \t]*$/, '').replace(/^\|[ \t]*/, '').trim().slice(0, 60);
}
