import type { FieldId, Locale } from '../core/types';
import { fieldSpec } from '../core/fields';

/** A front matter key the editor offers and explains. */
export interface FrontMatterKey {
  /** The key as written. */
  key: string;
  /** One line about the key, in English. */
  description: string;
  /** The same in Korean. */
  descriptionKo: string;
  /** The field the key states, when it states one (its description is the field's). */
  field?: FieldId;
  /** What the value looks like: decides the snippet completion inserts. */
  value: 'text' | 'date' | 'time' | 'list' | 'count' | 'servers' | 'status' | 'severity' | 'type';
}

/** The keys of SPEC section 4, in the order a postmortem usually lists them. */
export const FRONT_MATTER_KEYS: readonly FrontMatterKey[] = [
  { key: 'type', value: 'type', description: 'Marks the file as a postmortem wherever it is: `type: postmortem`.', descriptionKo: '위치와 상관없이 이 파일을 postmortem으로 표시합니다: `type: postmortem`.' },
  { key: 'title', value: 'text', description: 'The title of the incident.', descriptionKo: '장애 제목입니다.' },
  { key: 'date', value: 'date', description: 'The day of the incident, `YYYY-MM-DD`; times written without a date fall on it.', descriptionKo: '장애가 난 날짜(`YYYY-MM-DD`)입니다. 날짜 없이 적은 시각은 이 날짜로 읽습니다.' },
  { key: 'severity', value: 'severity', description: 'The severity label, from the configured list (default SEV1, the worst, to SEV5).', descriptionKo: '설정된 목록의 심각도 라벨입니다(기본값 SEV1(가장 심각)~SEV5).' },
  { key: 'status', value: 'status', description: 'Where the review stands: `draft`, `in-review` or `final`.', descriptionKo: '검토 상태: `draft`, `in-review`, `final` 중 하나입니다.' },
  { key: 'authors', value: 'list', description: 'Who wrote the postmortem (a list).', descriptionKo: 'postmortem 작성자 목록입니다.' },
  { key: 'started', value: 'time', description: 'When the impact began (ISO 8601 with an offset). TTD, TTM and TTR count from here.', descriptionKo: '영향이 시작된 시각(오프셋을 포함한 ISO 8601)입니다. TTD, TTM, TTR은 이 시각부터 잽니다.' },
  { key: 'detected', value: 'time', description: 'When the incident was noticed. TTD = detected − started.', descriptionKo: '장애를 인지한 시각입니다. TTD = detected − started.' },
  { key: 'mitigated', value: 'time', description: 'When the impact was reduced or worked around. TTM = mitigated − started.', descriptionKo: '영향을 줄이거나 우회한 시각입니다. TTM = mitigated − started.' },
  { key: 'resolved', value: 'time', description: 'When the incident was over. TTR = resolved − started.', descriptionKo: '장애가 끝난 시각입니다. TTR = resolved − started.' },
  { key: 'services', value: 'list', field: 'affected_services', description: '', descriptionKo: '' },
  { key: 'servers', value: 'servers', field: 'servers_restored', description: '', descriptionKo: '' },
  { key: 'users_affected', value: 'count', field: 'user_impact', description: 'How many users were affected.', descriptionKo: '영향을 받은 사용자 수입니다.' },
  { key: 'users_total', value: 'count', field: 'user_impact', description: 'How many users there are in all (for the share affected).', descriptionKo: '전체 사용자 수입니다(영향 비율 계산용).' },
  { key: 'duration', value: 'text', field: 'duration', description: '', descriptionKo: '' },
  { key: 'cause', value: 'text', field: 'cause', description: '', descriptionKo: '' },
  { key: 'user_impact', value: 'text', field: 'user_impact', description: '', descriptionKo: '' },
];

/** The key's explanation in a locale (a field's own description when the key states a field). */
export function describeKey(k: FrontMatterKey, locale: Locale): string {
  const own = locale === 'ko' ? k.descriptionKo : k.description;
  if (own) return own;
  const spec = k.field ? fieldSpec(k.field) : undefined;
  return spec ? (locale === 'ko' ? spec.descriptionKo : spec.description) : '';
}

/** Looks a key up (also `affected_services`, `root_cause`, `servers_restored` as aliases of field keys). */
export function frontMatterKey(key: string): FrontMatterKey | undefined {
  const alias: Record<string, string> = { affected_services: 'services', root_cause: 'cause', servers_restored: 'servers' };
  const k = alias[key] ?? key;
  return FRONT_MATTER_KEYS.find((x) => x.key === k);
}
