import { FRONT_MATTER_KEYS as FIELD_KEYS, type FieldId, type Locale, fieldDescription, textFor } from '../core/index';

/** A front matter key the editor offers and explains. */
export interface FrontMatterKey {
  /** The key as written. */
  key: string;
  /** One line about the key, in English (the language packs translate it: `PackText.keys`). */
  description: string;
  /** The field the key states, when it states one (its description is the field's). */
  field?: FieldId;
  /** What the value looks like: decides the snippet completion inserts. */
  value: 'text' | 'date' | 'time' | 'list' | 'count' | 'servers' | 'status' | 'severity' | 'type' | 'kind';
}

/** The keys of SPEC section 4, in the order a postmortem usually lists them. */
export const EDITOR_FRONT_MATTER_KEYS: readonly FrontMatterKey[] = [
  { key: 'type', value: 'type', description: 'Marks the file as a postmortem wherever it is: `type: postmortem`.' },
  { key: 'kind', value: 'kind', description: 'What kind of incident it was (`outage`, `degradation`, `infrastructure`, `security`, `data-loss`, `cost`, `near-miss` or a team kind): it decides which fields are required.' },
  { key: 'title', value: 'text', description: 'The title of the incident.' },
  { key: 'date', value: 'date', description: 'The day of the incident, `YYYY-MM-DD`; times written without a date fall on it.' },
  { key: 'severity', value: 'severity', description: 'The severity label, from the configured list (default SEV1, the worst, to SEV5).' },
  { key: 'status', value: 'status', description: 'Where the review stands: `draft`, `in-review` or `final`.' },
  { key: 'authors', value: 'list', description: 'Who wrote the postmortem (a list).' },
  { key: 'started', value: 'time', description: 'When the impact began (ISO 8601 with an offset). TTD, TTM and TTR count from here.' },
  { key: 'detected', value: 'time', description: 'When the incident was noticed. TTD = detected − started.' },
  { key: 'mitigated', value: 'time', description: 'When the impact was reduced or worked around. TTM = mitigated − started.' },
  { key: 'resolved', value: 'time', description: 'When the incident was over. TTR = resolved − started.' },
  { key: 'services', value: 'list', field: 'affected_services', description: '' },
  { key: 'servers', value: 'servers', field: 'servers_restored', description: '' },
  { key: 'users_affected', value: 'count', field: 'user_impact', description: 'How many users were affected.' },
  { key: 'users_total', value: 'count', field: 'user_impact', description: 'How many users there are in all (for the share affected).' },
  { key: 'summary', value: 'text', field: 'summary', description: '' },
  { key: 'duration', value: 'text', field: 'duration', description: '' },
  { key: 'cause', value: 'text', field: 'cause', description: '' },
  { key: 'user_impact', value: 'text', field: 'user_impact', description: '' },
  { key: 'trigger', value: 'text', description: 'What set the incident off, for reports by trigger: binary push, configuration push, dependency, capacity, hardware, power, network, security, or a team\'s own.' },
  { key: 'cause_category', value: 'text', description: 'The category of the root cause, with the same vocabulary as `trigger`.' },
  { key: 'id', value: 'text', description: 'The incident\'s id for reports and `related` (default: the file name without `.md`).' },
  { key: 'related', value: 'list', description: 'Ids or paths of related incidents (a list).' },
];

/** The key's explanation in a locale (a field's own description when the key states a field). */
export function describeKey(k: FrontMatterKey, locale: Locale): string {
  if (k.description) return textFor(locale).keys[k.key] ?? k.description;
  return k.field ? fieldDescription(k.field, locale) : '';
}

/**
 * Other spellings of a field's key, each to the key the editor lists: built from the core's
 * `FRONT_MATTER_KEYS` (one vocabulary), so a key the reader accepts is also explained on hover.
 */
const ALIASES: ReadonlyMap<string, string> = (() => {
  const listed = new Set(EDITOR_FRONT_MATTER_KEYS.map((k) => k.key));
  const out = new Map<string, string>();
  for (const keys of Object.values(FIELD_KEYS)) {
    const shown = keys?.find((k) => listed.has(k));
    for (const k of keys ?? []) if (shown && !listed.has(k)) out.set(k, shown);
  }
  return out;
})();

/** Looks a key up (a field's other spellings, such as `affected_services` or `root_cause`, too). */
export function frontMatterKey(key: string): FrontMatterKey | undefined {
  const k = ALIASES.get(key) ?? key;
  return EDITOR_FRONT_MATTER_KEYS.find((x) => x.key === k);
}
