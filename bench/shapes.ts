/**
 * Postmortems of unusual shape, for the scaling and latency measurements of `npm run bench` and
 * for tests: the same required facts as any postmortem, with the bulk of the text in one shape
 * that is costly for a Markdown parser or a YAML reader. Seeded (no `Math.random`), no Node
 * imports.
 *
 * - `nested-list`: the timeline is one list of items with sub-lists (issue 16: micromark's time on
 *   one list grows with the square of its length);
 * - `front-matter-keys`: 40,000 keys of front matter at 1 MB (fewer for smaller sizes);
 * - `long-table`: the timeline is one table;
 * - `many-headings`: one `###` heading per timeline entry;
 * - `deep-nesting`: a long list whose items nest eight deep, as deep as a line may nest before the
 *   nesting budget of `unreadable-document` starts counting;
 * - `long-quote`: the timeline is one block quote.
 */
import { Rng } from './generate';

/** The shapes, in the order the benchmark shows them. */
export const SHAPES = ['nested-list', 'front-matter-keys', 'long-table', 'many-headings', 'deep-nesting', 'long-quote'] as const;

/** One of the shapes. */
export type Shape = (typeof SHAPES)[number];

/** What to generate. */
export interface ShapeOptions {
  /** Seed of the PRNG. */
  seed: number;
  /** Approximate size in UTF-16 code units. */
  chars: number;
}

const EVENTS = [
  'the on-call engineer restarted the connection pooler', 'error rates on the checkout API climbed to 38%',
  'traffic was shifted to the secondary region', 'the config push was rolled back', 'replication lag returned to under one second',
  'the incident commander opened a bridge call', 'the status page was updated', 'a hotfix went through canary',
  'queue depth grew past two million messages', 'the database primary reached 100% CPU', '결제 요청의 약 30%가 실패했습니다',
];
const NOTES = [
  'checked the dashboard: error rate 12%', 'noted in the incident channel', 'paged the database team',
  'confirmed with customer support', 'attached the Grafana snapshot', '대응 채널에 공유함', 'no alert fired for this step',
];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `HH:MM` of the i-th entry: one minute apart, from 00:00. */
function hm(i: number): string {
  const m = i % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** Front matter and the five required sections, before the bulk. */
function preamble(frontMatterExtra = ''): string {
  return [
    '---',
    'type: postmortem',
    'title: Checkout outage',
    'date: 2024-03-01',
    'severity: SEV2',
    'status: draft',
    'started: 2024-03-01T00:00:00+09:00',
    'resolved: 2024-03-02T04:10:00+09:00',
    ...(frontMatterExtra ? [frontMatterExtra] : []),
    '---',
    '',
    '# Checkout outage',
    '',
    '## Root cause',
    '',
    'A configuration push exhausted the connection pool of the primary PostgreSQL cluster.',
    '',
    '## Duration',
    '',
    '28h 10m',
    '',
    '## Affected services',
    '',
    '- checkout-api',
    '- payments-gateway',
    '',
    '## Servers restored',
    '',
    '12 of 12',
    '',
    '## User impact',
    '',
    'About 4,200 of 52,000 users could not check out.',
    '',
  ].join('\n');
}

function until(chars: number, start: string, add: (out: string[], i: number) => void): string {
  const out = [start];
  let size = start.length;
  for (let i = 0; size < chars; i++) {
    const before = out.length;
    add(out, i);
    for (let k = before; k < out.length; k++) size += out[k].length + 1;
  }
  return out.join('\n') + '\n';
}

/** A postmortem of `chars` code units whose bulk has the given shape. */
export function shapedPostmortem(shape: Shape, options: ShapeOptions): string {
  const rng = new Rng(options.seed);
  const event = () => rng.pick(EVENTS);
  const note = () => rng.pick(NOTES);
  switch (shape) {
    case 'nested-list':
      return nestedListPostmortem(options);
    case 'front-matter-keys': {
      // 40,000 keys at 1 MB: each line about 25 characters.
      const keys = Math.max(10, Math.round((options.chars / 1_000_000) * 40_000));
      const width = Math.max(4, Math.round(options.chars / keys) - 16);
      const lines: string[] = [];
      for (let i = 0; i < keys; i++) lines.push(`label_${pad(i, 6)}: ${`v${i}`.padEnd(width, 'x')}`);
      return preamble(lines.join('\n')) + '## Timeline\n\n- **00:00** Started: the config push\n';
    }
    case 'long-table':
      return until(options.chars, `${preamble()}## Timeline\n\n| Time (KST) | Event | Notes |\n| --- | --- | --- |`, (out, i) => {
        out.push(`| ${hm(i)} | ${event()} | ${note()} |`);
      });
    case 'many-headings':
      return until(options.chars, `${preamble()}## Timeline (all times KST)\n`, (out, i) => {
        out.push(`### ${hm(i)}`, '', `${event()}; ${note()}.`, '');
      });
    case 'deep-nesting':
      return until(options.chars, `${preamble()}## Timeline (all times KST)\n`, (out, i) => {
        out.push(`- **${hm(i)}** ${event()}`);
        for (let d = 1; d < 8; d++) out.push(`${'  '.repeat(d)}- ${note()}`);
      });
    case 'long-quote':
      return until(options.chars, `${preamble()}## Timeline (all times KST)\n`, (out, i) => {
        out.push(`> **${hm(i)}** ${event()}; ${note()}.`);
      });
  }
}

/**
 * A postmortem whose timeline is one list of items with one to three sub-items each, the shape
 * of issue 16 (110 KB: 2,000 items; 1 MB: about 18,000).
 */
export function nestedListPostmortem(options: ShapeOptions): string {
  const rng = new Rng(options.seed);
  return until(options.chars, `${preamble()}## Timeline (all times KST)\n`, (out, i) => {
    out.push(`- **${hm(i)}** ${rng.pick(EVENTS)}`);
    const subs = rng.int(1, 3);
    for (let k = 0; k < subs; k++) out.push(`  - ${rng.pick(NOTES)}`);
  });
}
