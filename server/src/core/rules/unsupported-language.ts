import { ruleDocsUrl, type Rule } from './types';
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
    docs: { url: ruleDocsUrl('unsupported-language') },
    type: 'suggestion',
    defaultSeverity: 'information',
    fixable: false,
    description: 'The postmortem is in a language Postmortem reads (English, Korean, Japanese); otherwise its facts are not checked.',
    messages: {
      notRead: 'This postmortem is mostly {script} text, which Postmortem does not read yet (it reads {languages}): its fields were not checked.',
    },
  },
  check(ctx) {
    if (ctx.language.id !== undefined) return;
    ctx.report({ messageId: 'notRead', data: { script: ctx.language.script, languages: PACKS.map((p) => p.name).join(', ') }, range: titleRange(ctx.doc) });
  },
};
