/**
 * Labels of the preview card and timeline, in the two locales the core writes messages in.
 * Document text never goes through here: these strings are ours, and still escaped on output.
 */
import type { MilestoneId } from '../core/facts';

/** The locale of one rendered preview. */
export type PreviewLocale = 'en' | 'ko';

/** Every label the preview shows. */
export interface PreviewLabels {
  card: string;
  severity: string;
  duration: string;
  ttd: string;
  ttdTitle: string;
  ttm: string;
  ttmTitle: string;
  ttr: string;
  ttrTitle: string;
  services: string;
  servers: string;
  users: string;
  timeline: string;
  notStated: string;
  unreadable: string;
  notApplicable: string;
  about: string;
  computed: string;
  milestones: Record<MilestoneId, string>;
  /** `12,000 of 32,000` (servers). */
  serversOf(restored: string, total: string): string;
  /** `45,600,000 of 52,000,000` (users). */
  usersOf(affected: string, total: string): string;
  /** A count of users on its own. */
  usersCount(affected: string): string;
  /** A count of servers on its own. */
  serversCount(restored: string): string;
  percent(p: string): string;
  /** The zone the timeline's times are in. */
  timesIn(zone: string): string;
  /** A compressed gap of the given length. */
  gap(length: string): string;
  /** Entries whose time could not be placed. */
  unplaced: string;
  moreServices(n: number): string;
}

const EN: PreviewLabels = {
  card: 'Postmortem summary',
  severity: 'Severity',
  duration: 'Duration',
  ttd: 'TTD',
  ttdTitle: 'Time to detect: detected − started',
  ttm: 'TTM',
  ttmTitle: 'Time to mitigate: mitigated − started',
  ttr: 'TTR',
  ttrTitle: 'Time to resolve: resolved − started',
  services: 'Affected services',
  servers: 'Servers restored',
  users: 'Users affected',
  timeline: 'Timeline',
  notStated: 'not stated',
  unreadable: 'stated, but could not be read',
  notApplicable: 'N/A',
  about: 'about',
  computed: 'computed from started → resolved',
  milestones: { started: 'Started', detected: 'Detected', mitigated: 'Mitigated', resolved: 'Resolved' },
  serversOf: (r, t) => `${r} of ${t}`,
  usersOf: (a, t) => `${a} of ${t}`,
  usersCount: (a) => a,
  serversCount: (r) => r,
  percent: (p) => `${p} %`,
  timesIn: (z) => `times in ${z}`,
  gap: (d) => `${d} gap, shortened`,
  unplaced: 'time not placed on the timeline',
  moreServices: (n) => `+${n} more`,
};

const KO: PreviewLabels = {
  card: '포스트모템 요약',
  severity: '심각도',
  duration: '장애 시간',
  ttd: 'TTD',
  ttdTitle: '탐지까지 걸린 시간: 탐지 − 발생',
  ttm: 'TTM',
  ttmTitle: '완화까지 걸린 시간: 완화 − 발생',
  ttr: 'TTR',
  ttrTitle: '해결까지 걸린 시간: 해결 − 발생',
  services: '영향 받은 서비스',
  servers: '복구된 서버',
  users: '영향 받은 사용자',
  timeline: '타임라인',
  notStated: '기재되지 않음',
  unreadable: '기재되었으나 읽을 수 없음',
  notApplicable: '해당 없음',
  about: '약',
  computed: '발생 → 해결 시각으로 계산',
  milestones: { started: '발생', detected: '탐지', mitigated: '완화', resolved: '해결' },
  serversOf: (r, t) => `${t}대 중 ${r}대`,
  usersOf: (a, t) => `${t}명 중 ${a}명`,
  usersCount: (a) => `${a}명`,
  serversCount: (r) => `${r}대`,
  percent: (p) => `${p}%`,
  timesIn: (z) => `${z} 기준`,
  gap: (d) => `${d} 간격 축약`,
  unplaced: '시각을 타임라인에 놓을 수 없음',
  moreServices: (n) => `외 ${n}개`,
};

/** The labels of a locale. */
export function labelsFor(locale: PreviewLocale): PreviewLabels {
  return locale === 'ko' ? KO : EN;
}
