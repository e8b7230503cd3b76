import { ruleDocsUrl, type Rule } from './types';
import type { FieldId } from '../types';
import { fieldSpec, fieldLabel, FIELDS } from '../fields';
import { insertSectionEdit, headingLanguage } from '../skeleton';
import { titleRange } from '../schema';
import { DEFAULT_KIND, requiredFor } from '../kinds';
import { proseText } from '../facts';
import { PACKS } from '../lang/index';
import type { RuleContext } from './types';

/** The document says the incident is still going on (`13:08 ~ ongoing`, `~ 진행 중`). */
function ongoing(ctx: RuleContext): boolean {
  if (ctx.doc.frontMatter?.data?.status === 'ongoing') return true;
  const text = proseText(ctx.doc);
  return PACKS.some((p) => p.cues.ongoing.test(text));
}

/**
 * A field the document must state is stated nowhere: not in front matter, a section, a labelled
 * line, a table row, a sentence, nor (for the duration) the timeline. Which fields a document must
 * state depends on its kind (`kinds.ts`): a field needed only because of a kind the tool inferred
 * is reported as a warning at most, since the inference may be wrong.
 */
export const rule: Rule = {
  meta: {
    id: 'required-field',
    docs: { url: ruleDocsUrl('required-field') },
    type: 'problem',
    defaultSeverity: 'error',
    fixable: true,
    description: 'Every field the postmortem\'s kind needs is stated somewhere in it.',
    messages: {
      missing: 'Missing required field "{field}": add a "{label}" section, a "{label}:" line or a front matter key.',
      missingForKind: 'Missing "{field}", which an incident of kind "{kind}" needs ("{cue}" suggests that kind): add a "{label}" section or line, or set "kind:" in the front matter if the kind is wrong.',
      missingKey: 'Missing required front matter key "{field}".',
      insert: 'Insert a "{label}" section',
    },
  },
  check(ctx) {
    for (const issue of ctx.schemaIssues) {
      if (issue.keyword !== 'required' || issue.pointer !== '') continue;
      if (FIELDS.some((f) => f.id === issue.property)) continue;
      ctx.report({ messageId: 'missingKey', data: { field: issue.property }, range: issue.range });
    }
    // A document in a language no pack reads gets one finding from `unsupported-language` instead.
    if (ctx.language.id === undefined) return;
    // Inserted headings and the labels the message names are in the language of the document's headings.
    const language = headingLanguage(ctx.doc, ctx.language.id ?? 'en');
    const base = new Set<FieldId>(requiredFor(DEFAULT_KIND, { ...ctx.config, kinds: {} }));
    // A document that says it is a postmortem (`type: postmortem`, or a `kind:`) is held to the
    // fields at full severity: its author writes for this schema. One found only by its path is
    // an older document in the team's own format, and the tool cannot be as sure: a warning.
    const fm = ctx.doc.frontMatter?.data;
    const declared = !!fm && (fm.type === 'postmortem' || fm.kind !== undefined);
    for (const field of ctx.required) {
      if ((ctx.fields.byField.get(field) ?? []).length > 0) continue;
      // `started` and `resolved` in the front matter state the duration.
      if (ctx.model.data[field] !== undefined) continue;
      // An incident that has not ended has no duration to state yet.
      if (field === 'duration' && ongoing(ctx)) continue;
      const spec = fieldSpec(field);
      const label = fieldLabel(spec.id, language);
      const edit = insertSectionEdit(ctx.doc, ctx.fields, spec.id, language);
      // No fix when the document ends inside an open block: the heading would land in it.
      const fix = edit ? { title: ctx.message('insert', { label: label }), edits: [edit] } : undefined;
      const byInferenceOnly = ctx.kind.source === 'inferred' && !base.has(field) && !ctx.config.required.includes(field);
      if (byInferenceOnly) {
        ctx.report({ messageId: 'missingForKind', data: { field: spec.id, label, kind: ctx.kind.kind, cue: ctx.kind.cue ?? '' }, range: titleRange(ctx.doc), fix, severity: 'warning' });
      } else {
        ctx.report({ messageId: 'missing', data: { field: spec.id, label }, range: titleRange(ctx.doc), fix, severity: declared ? undefined : 'warning' });
      }
    }
  },
};
