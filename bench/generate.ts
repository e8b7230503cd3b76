/**
 * A seeded generator of realistic incident postmortems, for the benchmarks (`bench/run.ts`) and
 * the incremental property test (`test/unit/incremental.test.ts`).
 *
 * Pure and deterministic: the same options give the same text on every machine. Randomness comes
 * from a small seeded PRNG (sfc32), never from `Math.random`. No Node imports, so tests can use it.
 *
 * A document has what real postmortems have: front matter, a title, the five required fields
 * stated on different surfaces (front matter keys, sections, labelled lines, a metadata table),
 * a timeline (a table, a list, or for long documents a list split by day headings
 * `### 2024-03-01`) with KST or UTC times, detection and resolution prose, long investigation
 * notes (paragraphs, log excerpts in fences, lists, reviewer comments in `<!-- -->`), lessons
 * learned and an action item table. About a quarter of the documents are written in Korean and
 * the English ones carry some Korean sentences.
 */

/** A seeded pseudo-random generator (sfc32, seeded through splitmix32). */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const split = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `n` distinct elements (fewer when the array is shorter), in array order. */
  some<T>(items: readonly T[], n: number): T[] {
    const idx = items.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx.slice(0, Math.min(n, items.length)).sort((x, y) => x - y).map((i) => items[i]);
  }
}

/** What to generate. */
export interface PostmortemOptions {
  /** Seed of the PRNG. */
  seed: number;
  /** Approximate number of lines (at least about 50). */
  lines?: number;
  /** Approximate size in UTF-16 code units; overrides `lines`. */
  chars?: number;
  /** Force the language; by default about one document in four is Korean. */
  locale?: 'en' | 'ko';
  /**
   * Probability that the document has one of the mistakes real drafts have (a missing field, a
   * duration that disagrees with the front matter, a placeholder, a timeline entry out of order,
   * an action item without an owner, blaming language); default 0.2.
   */
  defects?: number;
}

/** A generated postmortem and what it was made from. */
export interface GeneratedPostmortem {
  /** The Markdown text. */
  text: string;
  /** A file name: `<date>-<slug>.md`. */
  fileName: string;
  /** Language of the headings and most of the prose. */
  locale: 'en' | 'ko';
  /** Number of lines. */
  lineCount: number;
  /** The mistake put in, if any. */
  defect: Defect | undefined;
}

/** Mistakes a generated draft may have. */
export type Defect = 'missing-field' | 'duration-mismatch' | 'placeholder' | 'timeline-order' | 'action-owner' | 'blame';

const DEFECTS: readonly Defect[] = ['missing-field', 'duration-mismatch', 'placeholder', 'timeline-order', 'action-owner', 'blame'];

const SERVICES = [
  'checkout-api', 'search', 'payments-gateway', 'auth-service', 'notifications', 'image-cdn', 'order-db',
  'session-cache', 'billing', 'mobile-push', 'recommendations', 'inventory', 'kafka-ingest', 'api-gateway',
  'status-page', 'chat-relay', 'maps-tiles', 'ledger', 'feature-flags', 'email-sender', 'media-upload',
];
const COMPONENTS = [
  'the primary PostgreSQL cluster', 'the Redis session cache', 'the edge load balancers', 'the Kafka brokers',
  'the DNS resolvers', 'the TLS termination proxies', 'the object storage gateway', 'the Kubernetes control plane',
  'the config service', 'the rate limiter', 'the connection pooler', 'the CDN origin shield', 'the batch scheduler',
];
const TRIGGERS = [
  'a configuration push', 'a schema migration', 'a certificate rotation', 'an expired token', 'a kernel upgrade',
  'a traffic spike from a marketing campaign', 'a retry storm', 'a failed disk in a storage node',
  'a power loss in one availability zone', 'a dependency upgrade', 'a feature flag rollout', 'a DNS TTL change',
];
const EFFECTS = [
  'exhausted the connection pool', 'filled the disk with write-ahead logs', 'doubled p99 latency',
  'caused every request to time out after 30 seconds', 'left half of the pods in CrashLoopBackOff',
  'made the health checks pass while requests failed', 'dropped about 4% of messages', 'returned HTTP 502 to clients',
  'stalled replication for several minutes', 'sent cache misses straight to the database',
];
const PEOPLE = ['Alice Kim', 'Bora Lee', 'Chris Park', 'Dana Choi', 'Eun-ji Jung', 'Felix Han', 'Grace Yoon', 'Hyun-woo Kang', 'Ines Moreau', 'Jae Seo'];
const TEAMS = ['SRE', 'Payments', 'Search', 'Platform', 'Data', 'Mobile', 'Networking', 'Storage'];
const VERBS = ['rolled back', 'restarted', 'drained', 'scaled out', 'failed over', 'paused', 'rate-limited', 're-indexed', 'patched', 'reverted'];
const OBSERVATIONS = [
  'error rates on the dashboard climbed from 0.1% to 38%', 'the on-call engineer was paged by the latency alert',
  'customer support reported a wave of failed payments', 'the synthetic checks from Seoul and Tokyo started failing',
  'CPU on the database primary reached 100%', 'queue depth grew past two million messages',
  'the deploy pipeline reported a partial rollout', 'the status page was updated with an initial notice',
  'the incident commander opened a bridge call', 'traffic was shifted to the secondary region',
  'a hotfix was built and went through canary', 'replication lag returned to under one second',
];
const KO_SENTENCES = [
  '장애 대응팀이 즉시 소집되었고 원인 분석을 시작했습니다.',
  '결제 요청의 약 30%가 실패했으며 고객센터 문의가 급증했습니다.',
  '데이터베이스 연결 수가 한도에 도달하여 신규 요청이 거부되었습니다.',
  '트래픽을 보조 리전으로 전환한 뒤 오류율이 정상 수준으로 돌아왔습니다.',
  '설정 배포 과정에서 검증 단계가 누락된 것이 확인되었습니다.',
  '모니터링 알림이 늦게 발송되어 인지가 지연되었습니다.',
  '롤백 이후에도 캐시에 남은 잘못된 값 때문에 일부 사용자가 계속 오류를 겪었습니다.',
  '재발 방지를 위해 배포 전 자동 점검 항목을 추가하기로 했습니다.',
  '현장 엔지니어가 전원 공급 상태를 확인하고 서버를 순차적으로 재기동했습니다.',
  '공지 채널을 통해 사용자에게 복구 진행 상황을 안내했습니다.',
];
const KO_EVENTS = [
  '오류율 급증 알림 발생', '당직 엔지니어 호출', '장애 대응 회의 시작', '설정 변경 롤백', '보조 리전으로 트래픽 전환',
  '데이터베이스 재시작', '캐시 초기화', '서비스 정상화 확인', '공지 게시', '원인 후보 분석 시작', '핫픽스 배포',
];

interface Incident {
  date: string;
  zone: 'KST' | 'UTC';
  offset: string;
  startMin: number;
  durationMin: number;
  services: string[];
  severity: string;
  title: string;
  slug: string;
  trigger: string;
  component: string;
  effect: string;
  serversTotal: number;
  serversRestored: number;
  usersTotal: number;
  usersAffected: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `date` plus `minutes` from its midnight: `{ date, hm }`. */
function at(date: string, minutes: number): { date: string; hm: string } {
  const days = Math.floor(minutes / 1440);
  const m = minutes - days * 1440;
  return { date: addDays(date, days), hm: `${pad(Math.floor(m / 60))}:${pad(m % 60)}` };
}

function iso(inc: Incident, minutes: number): string {
  const t = at(inc.date, minutes);
  return `${t.date}T${t.hm}:00${inc.offset}`;
}

function durationText(min: number, ko: boolean): string {
  const d = Math.floor(min / 1440);
  const h = Math.floor((min % 1440) / 60);
  const m = min % 60;
  if (ko) return [d ? `${d}일` : '', h ? `${h}시간` : '', m ? `${m}분` : ''].filter(Boolean).join(' ') || '0분';
  return [d ? `${d} days` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean).join(' ') || '0m';
}

function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function makeIncident(rng: Rng, long: boolean): Incident {
  const year = rng.int(2019, 2025);
  const date = `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
  const zone = rng.chance(0.6) ? 'KST' : 'UTC';
  const services = rng.some(SERVICES, rng.int(1, 5));
  const trigger = rng.pick(TRIGGERS);
  const component = rng.pick(COMPONENTS);
  const effect = rng.pick(EFFECTS);
  const serversTotal = rng.pick([12, 48, 120, 640, 3200, 32000]);
  const usersTotal = rng.pick([120000, 2400000, 15000000, 52000000]);
  const title = `${capital(services[0])} ${rng.pick(['outage', 'degradation', 'elevated errors', 'partial outage', 'latency spike'])} after ${trigger}`;
  return {
    date,
    zone,
    offset: zone === 'KST' ? '+09:00' : 'Z',
    startMin: rng.int(0, 1439),
    durationMin: long ? rng.int(3 * 1440, 9 * 1440) : rng.int(12, 600),
    services,
    severity: rng.pick(['SEV1', 'SEV2', 'SEV3', 'SEV4']),
    title,
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48),
    trigger,
    component,
    effect,
    serversTotal,
    serversRestored: Math.max(1, Math.round(serversTotal * (0.3 + 0.7 * rng.next()))),
    usersTotal,
    usersAffected: Math.round(usersTotal * (0.01 + 0.9 * rng.next())),
  };
}

/** One English prose sentence about the incident; numbers make every sentence unique enough. */
function sentence(rng: Rng, inc: Incident): string {
  const svc = `\`${rng.pick(inc.services)}\``;
  switch (rng.int(0, 9)) {
    case 0: return `At the time, ${rng.pick(OBSERVATIONS)}, and ${rng.pick(OBSERVATIONS)}.`;
    case 1: return `${capital(rng.pick(TRIGGERS))} on ${rng.pick(COMPONENTS)} ${rng.pick(EFFECTS)} for ${svc}.`;
    case 2: return `${rng.pick(PEOPLE)} from the ${rng.pick(TEAMS)} team ${rng.pick(VERBS)} ${rng.pick(COMPONENTS)} in ${rng.int(2, 55)} minutes.`;
    case 3: return `Requests to ${svc} peaked at ${thousands(rng.int(1200, 98000))} per second, ${rng.int(2, 9)}× the usual evening peak.`;
    case 4: return `We did not expect ${rng.pick(COMPONENTS)} to depend on ${svc}; the dependency was added ${rng.int(2, 30)} months ago and never documented.`;
    case 5: return `The runbook said to ${rng.pick(['restart', 'drain', 'fail over', 'scale'])} ${rng.pick(COMPONENTS)}, which took ${rng.int(3, 40)} minutes longer than written because ${rng.pick(OBSERVATIONS)}.`;
    case 6: return `See [the dashboard](https://grafana.example.com/d/${rng.int(1000, 9999)}/${rng.pick(inc.services)}) for the full graphs of this period.`;
    case 7: return `In hindsight, **${rng.pick(OBSERVATIONS)}** was the first sign, roughly ${rng.int(2, 45)} minutes before anyone looked at it.`;
    case 8: return `About ${rng.int(1, 99)}% of ${svc} traffic came from the mobile apps, which retry with exponential backoff capped at ${rng.int(8, 120)} seconds.`;
    default: return rng.pick(KO_SENTENCES);
  }
}

function paragraph(rng: Rng, inc: Incident, ko: boolean, min = 2, max = 5): string {
  const n = rng.int(min, max);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(ko ? (rng.chance(0.8) ? rng.pick(KO_SENTENCES) : sentence(rng, inc)) : rng.chance(0.93) ? sentence(rng, inc) : rng.pick(KO_SENTENCES));
  return parts.join(' ');
}

const HEADINGS = {
  en: {
    summary: 'Summary', cause: 'Root cause', duration: 'Duration', services: 'Affected services', servers: 'Servers restored',
    impact: 'User impact', timeline: 'Timeline', detection: 'Detection', resolution: 'Resolution', investigation: 'Investigation notes',
    communication: 'Communication', lessons: 'Lessons learned', actions: 'Action items',
  },
  ko: {
    summary: '요약', cause: '원인', duration: '장애 시간', services: '영향 받은 서비스', servers: '복구된 서버',
    impact: '사용자 영향', timeline: '타임라인', detection: '탐지', resolution: '복구', investigation: '조사 기록',
    communication: '공지', lessons: '교훈', actions: '후속 조치',
  },
} as const;

/** Builds the document as a list of blocks (each block a string of one or more lines). */
class Doc {
  readonly blocks: string[] = [];
  lines = 0;

  add(block: string): void {
    this.blocks.push(block);
    this.lines += block.split('\n').length + 1;
  }

  get size(): number {
    let n = 0;
    for (const b of this.blocks) n += b.length + 2;
    return n;
  }

  text(): string {
    return this.blocks.join('\n\n') + '\n';
  }
}

function frontMatter(rng: Rng, inc: Incident, surfaces: Set<string>): string {
  const lines = [
    '---',
    'type: postmortem',
    `title: "${inc.title}"`,
    `date: ${inc.date}`,
    `severity: ${inc.severity}`,
    `status: ${rng.pick(['draft', 'in-review', 'final'])}`,
    `authors: [${rng.some(PEOPLE, rng.int(1, 3)).map((p) => `"${p}"`).join(', ')}]`,
    `started: ${iso(inc, inc.startMin)}`,
    `detected: ${iso(inc, inc.startMin + rng.int(1, 9))}`,
    `resolved: ${iso(inc, inc.startMin + inc.durationMin)}`,
  ];
  if (surfaces.has('services')) lines.push(`services: [${inc.services.join(', ')}]`);
  if (surfaces.has('servers')) lines.push('servers:', `  restored: ${inc.serversRestored}`, `  total: ${inc.serversTotal}`);
  if (surfaces.has('impact')) lines.push(`users_affected: ${inc.usersAffected}`, `users_total: ${inc.usersTotal}`);
  if (rng.chance(0.3)) lines.push(`tags: [${rng.some(['database', 'network', 'deploy', 'capacity', 'dns', 'tls', 'power'], 2).join(', ')}]`);
  lines.push('---');
  return lines.join('\n');
}

/** A timeline entry's text. */
function eventText(rng: Rng, inc: Incident, ko: boolean): string {
  if (ko) return rng.chance(0.7) ? `${rng.pick(KO_EVENTS)}: \`${rng.pick(inc.services)}\`` : rng.pick(KO_SENTENCES);
  return capital(rng.pick(OBSERVATIONS)) + (rng.chance(0.4) ? ` (${rng.pick(PEOPLE)})` : '') + '.';
}

/** Minutes after the start of each timeline entry, increasing, ending at the resolution. */
function entryTimes(rng: Rng, inc: Incident, count: number): number[] {
  const out: number[] = [];
  const span = Math.max(count, inc.durationMin);
  for (let i = 0; i < count; i++) out.push(inc.startMin + Math.round((span * i) / Math.max(1, count - 1)));
  for (let i = 1; i < count - 1; i++) out[i] = Math.max(out[i - 1], out[i] + rng.int(-1, 1));
  return out;
}

function shortTimeline(rng: Rng, inc: Incident, ko: boolean, count: number): string {
  const times = entryTimes(rng, inc, count);
  const crossesDay = at(inc.date, times[times.length - 1]).date !== inc.date;
  if (rng.chance(0.6)) {
    const rows = [`| ${ko ? '시각' : 'Time'} (${inc.zone}) | ${ko ? '내용' : 'Event'} |`, '| --- | --- |'];
    for (let i = 0; i < times.length; i++) {
      const t = at(inc.date, times[i]);
      const label = i === 0 ? (ko ? '발생: ' : 'Started: ') : i === times.length - 1 ? (ko ? '해결: ' : 'Resolved: ') : '';
      rows.push(`| ${crossesDay || i === 0 ? `${t.date} ` : ''}${t.hm} | ${label}${eventText(rng, inc, ko).replace(/\|/g, '/')} |`);
    }
    return rows.join('\n');
  }
  const items = [ko ? `모든 시각은 ${inc.zone} 기준입니다.` : `All times are ${inc.zone}.`, ''];
  for (let i = 0; i < times.length; i++) {
    const t = at(inc.date, times[i]);
    items.push(`- **${i === 0 || crossesDay ? `${t.date} ` : ''}${t.hm}** ${eventText(rng, inc, ko)}`);
  }
  return items.join('\n');
}

function actionTable(rng: Rng, inc: Incident, ko: boolean, count: number): string {
  const rows = [ko ? '| 조치 | 담당 | 기한 | 추적 |' : '| Action | Owner | Due | Tracking |', '| --- | --- | --- | --- |'];
  for (let i = 0; i < count; i++) {
    const what = ko
      ? `${rng.pick(['배포 전 검증 자동화', '알림 임계값 조정', '런북 갱신', '용량 계획 재검토', '장애 훈련 실시'])}: \`${rng.pick(inc.services)}\``
      : `${rng.pick(['Add a canary stage for', 'Alert on saturation of', 'Write a runbook for', 'Load-test', 'Add a circuit breaker in front of', 'Remove the hidden dependency on'])} ${rng.pick(COMPONENTS)}`;
    rows.push(`| ${what} | ${rng.pick(PEOPLE)} | ${addDays(inc.date, rng.int(7, 90))} | [OPS-${rng.int(100, 9999)}](https://tracker.example.com/OPS-${rng.int(100, 9999)}) |`);
  }
  return rows.join('\n');
}

function logExcerpt(rng: Rng, inc: Incident): string {
  const lines = ['```text'];
  const n = rng.int(3, 9);
  let m = inc.startMin + rng.int(0, Math.max(1, inc.durationMin));
  for (let i = 0; i < n; i++) {
    const t = at(inc.date, m);
    lines.push(`${t.date}T${t.hm}:${pad(rng.int(0, 59))}.${String(rng.int(0, 999)).padStart(3, '0')}Z ${rng.pick(['ERROR', 'WARN', 'INFO'])} ${rng.pick(inc.services)} ${rng.pick(['upstream timed out', 'pool exhausted (max=200)', 'retrying request', 'circuit open', 'health check ok', 'connection reset by peer'])} req_id=${rng.int(100000, 999999)}`);
    m += rng.int(0, 3);
  }
  lines.push('```');
  return lines.join('\n');
}

function bulletList(rng: Rng, inc: Incident, ko: boolean): string {
  const n = rng.int(2, 6);
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`- ${ko && rng.chance(0.7) ? rng.pick(KO_SENTENCES) : sentence(rng, inc)}`);
  return items.join('\n');
}

/** One investigation note: a sub-heading and a few blocks. */
function investigationNote(rng: Rng, inc: Incident, ko: boolean, index: number, doc: Doc): void {
  const t = at(inc.date, inc.startMin + rng.int(0, inc.durationMin));
  doc.add(`### ${ko ? `조사 ${index}` : `Note ${index}`}: ${rng.pick(COMPONENTS).replace(/^the /, '')} (${t.date} ${t.hm} ${inc.zone})`);
  const blocks = rng.int(2, 5);
  for (let b = 0; b < blocks; b++) {
    const r = rng.next();
    if (r < 0.5) doc.add(paragraph(rng, inc, ko));
    else if (r < 0.7) doc.add(bulletList(rng, inc, ko));
    else if (r < 0.85) doc.add(logExcerpt(rng, inc));
    else if (r < 0.93) doc.add(`<!-- reviewer ${rng.pick(PEOPLE)}: ${rng.pick(['please add the graph', 'is this number right?', 'link the ticket', '이 부분 수치 확인 부탁드립니다'])} -->`);
    else doc.add(`> ${sentence(rng, inc)}`);
  }
}

/** Generates a postmortem. Deterministic for given options. */
export function generatePostmortem(options: PostmortemOptions): GeneratedPostmortem {
  if (options.chars !== undefined) return generateBySize(options);
  const target = Math.max(30, options.lines ?? 150);
  const rng = new Rng(options.seed);
  const ko = options.locale ? options.locale === 'ko' : rng.chance(0.25);
  const locale = ko ? 'ko' : 'en';
  const long = target > 1500;
  const inc = makeIncident(rng, long);
  // A short incident cannot fill a long timeline with minutes to spare: stretch it.
  if (!long) inc.durationMin = Math.max(inc.durationMin, Math.round(target * 0.35) * rng.int(2, 4));
  const h = HEADINGS[locale];
  const doc = new Doc();
  const defect = rng.chance(options.defects ?? 0.2) ? rng.pick(DEFECTS) : undefined;
  const statedMin = defect === 'duration-mismatch' ? inc.durationMin * 2 + 30 : inc.durationMin;

  // Each of the five fields is stated in the front matter, as a section, a labelled line or a table row.
  const surfaces = new Set<string>();
  for (const f of ['services', 'servers', 'impact']) if (rng.chance(0.4)) surfaces.add(f);
  if (defect === 'missing-field') surfaces.delete('servers');
  const metaTable = rng.chance(0.3);
  doc.add(frontMatter(rng, inc, surfaces));
  doc.add(`# ${inc.title}`);
  if (metaTable) {
    doc.add([
      ko ? '| 항목 | 값 |' : '| Field | Value |',
      '| --- | --- |',
      `| ${ko ? '심각도' : 'Severity'} | ${inc.severity} |`,
      `| ${ko ? '장애 시간' : 'Duration'} | ${durationText(statedMin, ko)} |`,
      `| ${ko ? '작성자' : 'Author'} | ${rng.pick(PEOPLE)} |`,
    ].join('\n'));
  } else {
    doc.add(`**${ko ? '장애 시간' : 'Duration'}:** ${durationText(statedMin, ko)}  \n**${ko ? '심각도' : 'Severity'}:** ${inc.severity}`);
  }
  doc.add(`## ${h.summary}`);
  doc.add(paragraph(rng, inc, ko, 2, 4));
  doc.add(`## ${h.cause}`);
  doc.add(ko
    ? `${inc.trigger} 이후 ${inc.component}에서 문제가 발생했습니다. ${rng.pick(KO_SENTENCES)}`
    : `${capital(inc.trigger)} to ${inc.component} ${inc.effect}. ${sentence(rng, inc)}`);
  if (rng.chance(0.6)) doc.add(bulletList(rng, inc, ko));
  if (!metaTable || rng.chance(0.5)) {
    doc.add(`## ${h.duration}`);
    const s = at(inc.date, inc.startMin);
    const e = at(inc.date, inc.startMin + inc.durationMin);
    doc.add(ko
      ? `${durationText(statedMin, ko)}, ${s.date} ${s.hm} ${inc.zone}부터 ${e.date} ${e.hm} ${inc.zone}까지.`
      : `${durationText(statedMin, ko)}, from ${s.date} ${s.hm} ${inc.zone} to ${e.date} ${e.hm} ${inc.zone}.`);
  }
  if (!surfaces.has('services')) {
    doc.add(`## ${h.services}`);
    doc.add(inc.services.map((s) => `- ${s}`).join('\n'));
  }
  if (!surfaces.has('servers') && defect !== 'missing-field') {
    doc.add(`## ${h.servers}`);
    doc.add(ko
      ? `${thousands(inc.serversTotal)}대 중 ${thousands(inc.serversRestored)}대가 복구되었습니다.`
      : `${thousands(inc.serversRestored)} of ${thousands(inc.serversTotal)} servers were back in service by the end of the incident.`);
  }
  if (!surfaces.has('impact')) {
    doc.add(`## ${h.impact}`);
    if (defect === 'placeholder') doc.add(ko ? '<작성 예정>' : 'TBD');
    else doc.add(ko
      ? `${thousands(inc.usersTotal)}명 중 약 ${thousands(inc.usersAffected)}명이 영향을 받았습니다. ${rng.pick(KO_SENTENCES)}`
      : `About ${thousands(inc.usersAffected)} of ${thousands(inc.usersTotal)} users were affected. ${sentence(rng, inc)}`);
  }

  // The tail is built aside so that its length is known before the middle fills the rest.
  const tail = new Doc();
  tail.add(`## ${h.communication}`);
  tail.add(paragraph(rng, inc, ko, 1, 3));
  tail.add(`## ${h.lessons}`);
  tail.add(bulletList(rng, inc, ko));
  tail.add(`## ${h.actions}`);
  let actions = actionTable(rng, inc, ko, rng.int(3, Math.max(3, Math.min(40, Math.round(target / 60)))));
  if (defect === 'action-owner') actions = actions.replace(/\| ([^|\n]+) \| [^|\n]+ \| [^|\n]+ \| [^|\n]+ \|$/, '| $1 |  |  |  |');
  tail.add(actions);

  const middle = Math.max(8, target - doc.lines - tail.lines);
  const timelineLines = Math.max(6, Math.round(middle * (long ? 0.4 : 0.35)));

  doc.add(`## ${h.timeline}${long ? ` (${inc.zone})` : ''}`);
  if (!long) {
    let timeline = shortTimeline(rng, inc, ko, Math.max(4, timelineLines - 4));
    if (defect === 'timeline-order') {
      // Two neighbouring entries swapped, as happens when a late note is pasted in the wrong place.
      const rows = timeline.split('\n');
      const i = rows.length - 3;
      if (i > 2) [rows[i], rows[i + 1]] = [rows[i + 1], rows[i]];
      timeline = rows.join('\n');
    }
    doc.add(timeline);
  } else {
    // A long timeline: a day heading, then a list of the day's entries, for every day of the incident.
    const days = Math.floor((inc.startMin + inc.durationMin) / 1440) + 1;
    const perDay = Math.max(4, Math.floor(timelineLines / days) - 3);
    for (let d = 0; d < days; d++) {
      const day = addDays(inc.date, d);
      doc.add(`### ${day}`);
      const from = d === 0 ? inc.startMin % 1440 : 0;
      const to = d === days - 1 ? (inc.startMin + inc.durationMin) % 1440 || 1439 : 1439;
      const items: string[] = [];
      const list: number[] = [];
      for (let i = 0; i < perDay; i++) list.push(from + Math.floor(((to - from) * i) / perDay));
      // Long days are split into shifts, as on-call notes are.
      const shift = 40 + rng.int(0, 30);
      for (let i = 0; i < list.length; i++) {
        const m = list[i];
        items.push(`- ${pad(Math.floor(m / 60))}:${pad(m % 60)} ${eventText(rng, inc, ko)}`);
        if ((i + 1) % shift === 0 && i + 1 < list.length) {
          doc.add(items.join('\n'));
          items.length = 0;
          const who = rng.pick(PEOPLE);
          doc.add(ko ? `#### ${(i + 1) / shift + 1}차 교대: ${who}` : `#### Shift ${(i + 1) / shift + 1}: ${who}`);
        }
      }
      doc.add(items.join('\n'));
      if (rng.chance(0.5)) doc.add(paragraph(rng, inc, ko, 1, 3));
    }
  }
  doc.add(`## ${h.detection}`);
  doc.add(paragraph(rng, inc, ko));
  doc.add(`## ${h.resolution}`);
  doc.add(paragraph(rng, inc, ko) + (defect === 'blame' ? (ko ? ' 작업자의 부주의로 설정이 잘못 배포되었습니다.' : ` The outage was caused by ${rng.pick(PEOPLE).split(' ')[0]}, whose careless change skipped review.`) : ''));
  const notesUntil = target - tail.lines;
  if (doc.lines < notesUntil - 6) {
    doc.add(`## ${h.investigation}`);
    let i = 1;
    while (doc.lines < notesUntil - 4) investigationNote(rng, inc, ko, i++, doc);
  }
  for (const b of tail.blocks) doc.add(b);

  const text = doc.text();
  return { text, fileName: `${inc.date}-${inc.slug}.md`, locale, lineCount: text.split('\n').length - 1, defect };
}

/** Generates a postmortem of about `options.chars` code units (the closest of a few tries). */
function generateBySize(options: PostmortemOptions): GeneratedPostmortem {
  const target = options.chars!;
  let lines = Math.max(30, Math.round(target / 60));
  let best: GeneratedPostmortem | undefined;
  for (let i = 0; i < 10; i++) {
    const g = generatePostmortem({ seed: options.seed, lines, locale: options.locale, defects: options.defects });
    if (!best || Math.abs(g.text.length - target) < Math.abs(best.text.length - target)) best = g;
    if (Math.abs(g.text.length - target) <= target * 0.02) break;
    lines = Math.max(30, Math.round((lines * target) / g.text.length) + (g.text.length < target ? 1 : -1));
  }
  return best!;
}

/**
 * A size distribution for a folder of postmortems: most between 80 and 250 lines, some longer,
 * a few very long (the real postmortems of ../shared/corpus average about 140 lines).
 */
export function corpusLineCount(rng: Rng): number {
  const r = rng.next();
  if (r < 0.2) return rng.int(50, 80);
  if (r < 0.85) return rng.int(80, 250);
  if (r < 0.98) return rng.int(250, 600);
  return rng.int(600, 1500);
}
