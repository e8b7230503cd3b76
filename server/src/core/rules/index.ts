import type { Rule } from './types';
import { rule as requiredField } from './required-field';
import { rule as emptyField } from './empty-field';
import { rule as invalidValue } from './invalid-value';
import { rule as frontMatter } from './front-matter';
import { rule as fieldConflict } from './field-conflict';
import { rule as duplicateSection } from './duplicate-section';
import { rule as unreadableDocument } from './unreadable-document';
import { rule as durationMismatch } from './duration-mismatch';
import { rule as partExceedsWhole } from './part-exceeds-whole';
import { rule as timelineOrder } from './timeline-order';
import { rule as timezone } from './timezone';
import { rule as placeholder } from './placeholder';
import { rule as unknownService } from './unknown-service';
import { rule as actionItem } from './action-item';
import { rule as blamelessLanguage } from './blameless-language';
import { rule as unsupportedLanguage } from './unsupported-language';
import { rule as duplicateIncident } from './duplicate-incident';
import { rule as relatedLink } from './related-link';
import { rule as actionItemOverdue } from './action-item-overdue';
import { rule as recurringIncident } from './recurring-incident';

/** Every rule, in the order they run. Each has a module here, a test and `docs/rules/<id>.md`. */
export const RULES: readonly Rule[] = [
  unreadableDocument,
  unsupportedLanguage,
  frontMatter,
  requiredField,
  emptyField,
  invalidValue,
  fieldConflict,
  duplicateSection,
  durationMismatch,
  partExceedsWhole,
  timelineOrder,
  timezone,
  placeholder,
  unknownService,
  actionItem,
  blamelessLanguage,
  duplicateIncident,
  relatedLink,
  actionItemOverdue,
  recurringIncident,
];

/** Looks a rule up by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
