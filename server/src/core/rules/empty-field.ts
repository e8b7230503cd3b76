import type { Rule } from './types';
import { fieldSpec, normalizeHeading } from '../fields';

/** A field's section or value is there but empty, or holds nothing but template placeholders. */
export const rule: Rule = {
  meta: {
    id: 'empty-field',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    description: 'A field that is stated has real content, not nothing or template placeholders.',
    descriptionKo: '적혀 있는 항목에는 비어 있거나 자리표시자만 있지 않은 실제 내용이 있어야 합니다.',
    messages: {
      empty: { en: '"{label}" is empty: write {expected}.', ko: '"{label}"이(가) 비어 있습니다. {expected}을(를) 적으세요.' },
      placeholder: {
        en: '"{label}" holds only placeholder text ("{text}"): replace it with {expected}.',
        ko: '"{label}"에 자리표시자("{text}")만 있습니다. {expected}(으)로 바꾸세요.',
      },
    },
  },
  check(ctx) {
    const seen = new Set<string>();
    // A section named Template or Example shows the blanks on purpose.
    const examples = ctx.doc.sections.filter((s) => /^(?:templates?|examples?|samples?|テンプレート|템플릿|예시)$/.test(normalizeHeading(s.title)));
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
        const label = ctx.locale === 'ko' ? spec.labelKo : spec.label;
        const expected = ctx.locale === 'ko' ? spec.descriptionKo.replace(/입니다\.$/, '') : lowerFirst(spec.description.replace(/\.$/, ''));
        if (occ.empty) ctx.report({ messageId: 'empty', data: { label, expected }, range });
        else ctx.report({ messageId: 'placeholder', data: { label, expected, text: occ.text.slice(0, 40) }, range });
      }
    }
  },
};

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
