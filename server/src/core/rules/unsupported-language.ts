import type { Rule } from './types';
import { titleRange } from '../schema';
import { PACKS } from '../lang/index';

/**
 * The document is written in a language no language pack reads (Chinese, Russian, …). Its facts
 * cannot be found, so instead of reporting every field as missing the document gets this one
 * finding, and the rules that read words stay silent.
 */
export const rule: Rule = {
  meta: {
    id: 'unsupported-language',
    type: 'suggestion',
    defaultSeverity: 'information',
    fixable: false,
    description: 'The postmortem is in a language Postmortem reads (English, Korean, Japanese); otherwise its facts are not checked.',
    descriptionKo: '포스트모템이 Postmortem이 읽는 언어(영어, 한국어, 일본어)로 쓰여 있어야 합니다. 그렇지 않으면 내용을 검사하지 않습니다.',
    messages: {
      notRead: {
        en: 'This postmortem is mostly {script} text, which Postmortem does not read yet (it reads {languages}): its fields were not checked.',
        ko: '이 포스트모템은 대부분 {script} 문자로 쓰여 있어 Postmortem이 아직 읽지 못합니다({languages}만 읽습니다). 항목을 검사하지 않았습니다.',
      },
    },
  },
  check(ctx) {
    if (ctx.language.id !== undefined) return;
    ctx.report({ messageId: 'notRead', data: { script: ctx.language.script, languages: PACKS.map((p) => p.name).join(', ') }, range: titleRange(ctx.doc) });
  },
};
