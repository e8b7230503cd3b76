import type { Rule } from './types';
import { proseFind } from '../prose';
import { findPlaceholders } from '../placeholders';

/**
 * Leftover template text anywhere in the document (front matter values included): TODO, TBD,
 * `<...>`, `{{...}}`, `??`, lorem ipsum, and the blanks of time templates (`2X:XX`, `--:--`,
 * `YYYY-MM-DD`, `Xh Xm`). Code, HTML comments (where templates keep their guidance), link
 * destinations and YAML comments are not read.
 */
export const rule: Rule = {
  meta: {
    id: 'placeholder',
    type: 'suggestion',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'No leftover template text (TODO, TBD, <...>, {{...}}, ??, YYYY-MM-DD) outside code and comments.',
    descriptionKo: '코드와 주석 밖에 템플릿 자리표시자(TODO, TBD, <...>, {{...}}, ??, YYYY-MM-DD)가 남아 있지 않아야 합니다.',
    messages: {
      placeholder: {
        en: 'Leftover template text "{text}": replace it with the real value, or remove it.',
        ko: '템플릿 자리표시자 "{text}"이(가) 남아 있습니다. 실제 값으로 바꾸거나 지우세요.',
      },
    },
  },
  check(ctx) {
    for (const m of proseFind(ctx.doc, findPlaceholders)) {
      ctx.report({ messageId: 'placeholder', data: { text: m.text.length > 40 ? `${m.text.slice(0, 39)}…` : m.text }, range: { start: m.start, end: m.end } });
    }
  },
};
