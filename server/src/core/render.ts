/**
 * Rendering at the edge: a finding's message in a locale, from its rule's message template and
 * its language-free data. `lint()` renders each finding once in the requested locale; any other
 * caller may render the same finding again in another.
 */
import type { Finding, Locale, MessageArg } from './types';
import { fieldDescription, fieldLabel } from './fields';
import { formatDuration } from './readers/index';
import { fill, ruleMessage, term, textFor } from './lang/index';
import { ruleById } from './rules/index';
import type { Rule } from './rules/types';

/** One slot value as text in a locale. */
export function renderArg(v: MessageArg, locale: Locale): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if ('term' in v) return term(v.term, locale, v.data);
  if ('field' in v) return fieldLabel(v.field, locale);
  if ('fieldPhrase' in v) return textFor(locale).phrase(fieldDescription(v.fieldPhrase, locale));
  if ('minutes' in v) return formatDuration(v.minutes, locale);
  return v.anyOf.map((x) => `"${x}"`).join(term('list.or', locale));
}

/** Every slot value as text in a locale. */
export function renderArgs(data: Readonly<Record<string, MessageArg>> | undefined, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data ?? {})) out[k] = renderArg(v, locale);
  return out;
}

/** A rule's message template in a locale: the pack's translation, else the rule's own English. */
export function messageText(rule: Rule, messageId: string, locale: Locale): string {
  return ruleMessage(rule.meta.id, messageId, locale) ?? rule.meta.messages[messageId] ?? messageId;
}

/** A finding's message in a locale (the same text `lint()` gives when run in that locale). */
export function renderMessage(finding: Pick<Finding, 'ruleId' | 'messageId' | 'data'>, locale: Locale): string {
  const rule = ruleById(finding.ruleId);
  const template = rule ? messageText(rule, finding.messageId, locale) : finding.messageId;
  return fill(template, renderArgs(finding.data, locale));
}
