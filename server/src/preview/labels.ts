/**
 * Labels of the preview card and timeline come from the language packs (`core/lang`, `PackText.preview`).
 * Document text never goes through here: these strings are ours, and still escaped on output.
 */
import { textFor, type LanguageId, type PreviewLabels } from '../core/index';

export type { PreviewLabels } from '../core/index';

/** The locale of one rendered preview: a language pack. */
export type PreviewLocale = LanguageId;

/** The labels of a locale. */
export function labelsFor(locale: PreviewLocale): PreviewLabels {
  return textFor(locale).preview;
}
