import type { Rule } from './types';
import { rule as requiredField } from './required-field';
import { rule as emptyField } from './empty-field';
import { rule as invalidValue } from './invalid-value';
import { rule as frontMatter } from './front-matter';
import { rule as fieldConflict } from './field-conflict';
import { rule as duplicateSection } from './duplicate-section';
import { rule as unreadableDocument } from './unreadable-document';

/** Every rule, in the order they run. Each has a module here, a test and `docs/rules/<id>.md`. */
export const RULES: readonly Rule[] = [
  unreadableDocument,
  frontMatter,
  requiredField,
  emptyField,
  invalidValue,
  fieldConflict,
  duplicateSection,
];

/** Looks a rule up by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
