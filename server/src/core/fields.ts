import type { FieldId } from './types';

/** What the core knows about one postmortem field. */
export interface FieldSpec {
  /** The field id used in the model, the schema and the config. */
  id: FieldId;
  /** English label, used in messages and inserted headings. */
  label: string;
  /** Korean label, used for Korean documents. */
  labelKo: string;
  /** Section heading aliases (already normalized: lower case, no numbering). */
  aliases: string[];
  /** One-line explanation shown in hover and completion. */
  description: string;
  /** Korean explanation. */
  descriptionKo: string;
}

/**
 * The fields in the recommended order of a postmortem: the order `required-field` and
 * Insert Missing Sections use to place a new section.
 */
export const FIELDS: readonly FieldSpec[] = [
  {
    id: 'summary',
    label: 'Summary',
    labelKo: '요약',
    aliases: ['summary', 'issue summary', 'executive summary', 'overview', 'tl;dr', 'tldr', 'incident summary', '요약', '개요', '장애 요약'],
    description: 'A short account of what happened, for readers who read nothing else.',
    descriptionKo: '무슨 일이 있었는지 짧게 정리한 글입니다.',
  },
  {
    id: 'cause',
    label: 'Root cause',
    labelKo: '원인',
    aliases: ['cause', 'causes', 'root cause', 'root causes', 'root cause analysis', 'root cause(s)', 'contributing factors', 'trigger', 'triggers', 'why did it happen', '원인', '근본 원인', '장애 원인', '발생 원인'],
    description: 'What caused the incident: the trigger and the conditions that let it do harm.',
    descriptionKo: '장애를 일으킨 원인과, 그 원인이 피해로 이어진 조건입니다.',
  },
  {
    id: 'duration',
    label: 'Duration',
    labelKo: '장애 시간',
    aliases: ['duration', 'outage duration', 'downtime', 'impact duration', 'incident duration', '장애 시간', '지속 시간', '장애 지속 시간'],
    description: 'How long users were affected, e.g. `4h 10m` or `14:50–19:00 KST`.',
    descriptionKo: '사용자가 영향을 받은 시간입니다. 예: `4시간 10분`, `14:50–19:00 KST`.',
  },
  {
    id: 'affected_services',
    label: 'Affected services',
    labelKo: '영향 받은 서비스',
    aliases: ['affected services', 'services affected', 'impacted services', 'affected systems', 'services impacted', 'systems affected', 'affected components', '영향 받은 서비스', '영향받은 서비스', '영향 서비스', '장애 서비스'],
    description: 'The services that failed or degraded, one per list item.',
    descriptionKo: '장애가 나거나 저하된 서비스 목록입니다.',
  },
  {
    id: 'servers_restored',
    label: 'Servers restored',
    labelKo: '복구된 서버',
    aliases: ['servers restored', 'server recovery', 'restoration', 'servers recovered', 'restored servers', '복구된 서버', '서버 복구', '서버 복구 현황'],
    description: 'How many servers were restored out of how many, e.g. `12,000 of 32,000`, or `N/A` with a reason.',
    descriptionKo: '전체 서버 중 복구된 서버 수입니다. 예: `32,000대 중 12,000대`, 해당 없으면 이유와 함께 `N/A`.',
  },
  {
    id: 'user_impact',
    label: 'User impact',
    labelKo: '사용자 영향',
    aliases: ['user impact', 'impact', 'customer impact', 'users affected', 'impact on users', 'business impact', '사용자 영향', '영향', '고객 영향', '이용자 영향'],
    description: 'What users experienced, with counts where known, e.g. `45.6 million of 52 million people`.',
    descriptionKo: '사용자가 겪은 일과 그 규모입니다. 예: `5,200만 명 중 4,560만 명`.',
  },
  {
    id: 'timeline',
    label: 'Timeline',
    labelKo: '타임라인',
    aliases: ['timeline', 'key events', 'timeline of events', 'incident timeline', 'chronology', 'sequence of events', '타임라인', '경과', '장애 경과', '시간대별 경과', '시간순 경과'],
    description: 'What happened when, in order, with times and their zone.',
    descriptionKo: '시간 순서대로 정리한 경과와 그 시각(시간대 포함)입니다.',
  },
  {
    id: 'detection',
    label: 'Detection',
    labelKo: '탐지',
    aliases: ['detection', 'how was it detected', 'discovery', '탐지', '감지', '인지'],
    description: 'How and when the incident was noticed.',
    descriptionKo: '장애를 언제 어떻게 알게 되었는지입니다.',
  },
  {
    id: 'resolution',
    label: 'Resolution',
    labelKo: '복구',
    aliases: ['resolution', 'recovery', 'resolution and recovery', 'mitigation', 'remediation', 'fix', '복구', '해결', '조치', '대응', '복구 과정'],
    description: 'What was done to mitigate and resolve the incident.',
    descriptionKo: '장애를 완화하고 해결하기 위해 한 일입니다.',
  },
  {
    id: 'communication',
    label: 'Communication',
    labelKo: '커뮤니케이션',
    aliases: ['communication', 'communications', 'status updates', 'customer communication', '커뮤니케이션', '공지', '대외 공지', '소통'],
    description: 'What users and stakeholders were told, and when.',
    descriptionKo: '사용자와 이해관계자에게 언제 무엇을 알렸는지입니다.',
  },
  {
    id: 'lessons_learned',
    label: 'Lessons learned',
    labelKo: '교훈',
    aliases: ['lessons learned', 'lessons learnt', 'lessons', 'what went well', 'what went wrong', 'what went poorly', "what didn't go well", 'what could have gone better', 'where we got lucky', 'key takeaways', 'takeaways', 'learnings', '교훈', '배운 점', '잘된 점', '아쉬운 점', '개선할 점'],
    description: 'What the team learned: what went well, what went wrong, where it got lucky.',
    descriptionKo: '잘된 점, 아쉬운 점, 운이 좋았던 점 등 팀이 배운 것입니다.',
  },
  {
    id: 'action_items',
    label: 'Action items',
    labelKo: '후속 조치',
    aliases: ['action items', 'action item', 'follow-ups', 'follow ups', 'followups', 'follow-up items', 'next steps', 'corrective actions', 'preventive actions', 'prevention', '후속 조치', '재발 방지', '재발 방지 대책', '액션 아이템', '개선 과제'],
    description: 'Follow-up work, each with an owner and a due date or tracking link.',
    descriptionKo: '담당자와 기한(또는 추적 링크)이 있는 후속 작업입니다.',
  },
];

/** The five fields required by default. */
export const DEFAULT_REQUIRED: readonly FieldId[] = ['cause', 'duration', 'affected_services', 'servers_restored', 'user_impact'];

/** Looks a field up by id. */
export function fieldSpec(id: FieldId): FieldSpec {
  const spec = FIELDS.find((f) => f.id === id);
  if (!spec) throw new Error(`unknown field ${id}`);
  return spec;
}

/**
 * Normalizes a heading or label for alias lookup: lower case, no Markdown emphasis, no leading
 * numbering (`3.`, `3.1`, `IV.`), no trailing colon, single spaces.
 */
export function normalizeHeading(text: string): string {
  let s = text.normalize('NFC').toLowerCase();
  s = s.replace(/[*_`]/g, '');
  s = s.replace(/^\s*(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[ivx]{1,5}\.)\s+/, '');
  s = s.replace(/\s+/g, ' ').trim();
  if (s.endsWith(':') || s.endsWith('：')) s = s.slice(0, -1).trimEnd();
  return s;
}

/**
 * Finds the field a heading names. An exact alias match wins; otherwise the longest alias the
 * heading starts with, when what follows it is a parenthesis, a dash, a colon or a sentence
 * (`Timeline (all times UTC)`). `extraAliases` come from the config's `sections`.
 */
export function fieldForHeading(heading: string, extraAliases?: Partial<Record<FieldId, string[]>>): FieldId | undefined {
  const h = normalizeHeading(heading);
  if (!h) return undefined;
  let best: { id: FieldId; len: number } | undefined;
  for (const f of FIELDS) {
    const aliases = extraAliases?.[f.id] ? [...f.aliases, ...extraAliases[f.id]!.map(normalizeHeading)] : f.aliases;
    for (const a of aliases) {
      if (h === a) return f.id;
      if (h.length > a.length && h.startsWith(a) && isAliasBoundary(h.charAt(a.length)) && (!best || a.length > best.len)) {
        best = { id: f.id, len: a.length };
      }
    }
  }
  return best?.id;
}

function isAliasBoundary(c: string): boolean {
  return c === ' ' || c === '(' || c === '-' || c === ':' || c === '.' || c === ',' || c === '–' || c === '—' || c === '/' || c === '?';
}

/** Front matter keys that state each field directly (in order of preference). */
export const FRONT_MATTER_KEYS: Partial<Record<FieldId, string[]>> = {
  cause: ['cause', 'root_cause'],
  duration: ['duration'],
  affected_services: ['services', 'affected_services'],
  servers_restored: ['servers', 'servers_restored'],
  user_impact: ['user_impact', 'users_affected'],
  summary: ['summary'],
};
