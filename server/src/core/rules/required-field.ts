import type { Rule } from './types';
import type { FieldId } from '../types';
import { fieldSpec, FIELDS } from '../fields';
import { insertSectionEdit, documentIsKorean } from '../skeleton';

/** A required field is stated nowhere: not in front matter, a section, a labelled line or a table. */
export const rule: Rule = {
  meta: {
    id: 'required-field',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: true,
    description: 'Every required field is stated somewhere in the postmortem.',
    descriptionKo: '필수 항목이 문서 어딘가에 적혀 있어야 합니다.',
    messages: {
      missing: {
        en: 'Missing required field "{field}": add a "{label}" section, a "{label}:" line or a front matter key.',
        ko: '필수 항목 "{field}"이(가) 없습니다. "{label}" 섹션이나 "{label}:" 줄, 또는 front matter 키를 추가하세요.',
      },
      missingKey: {
        en: 'Missing required front matter key "{field}".',
        ko: '필수 front matter 키 "{field}"이(가) 없습니다.',
      },
      insert: { en: 'Insert a "{label}" section', ko: '"{label}" 섹션 추가' },
    },
  },
  check(ctx) {
    const korean = documentIsKorean(ctx.doc);
    for (const issue of ctx.schemaIssues) {
      if (issue.keyword !== 'required' || issue.pointer !== '') continue;
      const isField = FIELDS.some((f) => f.id === issue.property);
      if (!isField) {
        ctx.report({ messageId: 'missingKey', data: { field: issue.property }, range: issue.range });
        continue;
      }
      const spec = fieldSpec(issue.property as FieldId);
      const label = korean ? spec.labelKo : spec.label;
      const edit = insertSectionEdit(ctx.doc, ctx.fields, spec.id, korean);
      ctx.report({
        messageId: 'missing',
        data: { field: spec.id, label },
        range: issue.range,
        // No fix when the document ends inside an open block: the heading would land in it.
        fix: edit ? { title: localized(ctx.locale, this.meta.messages.insert, label), edits: [edit] } : undefined,
      });
    }
  },
};

function localized(locale: 'en' | 'ko', m: { en: string; ko: string }, label: string): string {
  return (locale === 'ko' ? m.ko : m.en).replace('{label}', label);
}
