// The Markdown preview plugin: renders the Kakao templates and broken postmortems through
// markdown-it and checks the summary card and the timeline on the HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance } from 'markdown-it';
import { postmortemPreviewPlugin, type PostmortemPreviewOptions } from '../../server/src/preview/plugin';
import { repoRoot as findRepoRoot } from '../helpers/root';


const templatesDir = path.join(findRepoRoot(), 'templates');
const readTemplate = (file: string): string => fs.readFileSync(path.join(templatesDir, file), 'utf8');

function engine(options?: PostmortemPreviewOptions): MarkdownItInstance {
  return new MarkdownIt({ html: true }).use(postmortemPreviewPlugin, options);
}

/** The preview block: the first token's HTML, or undefined when the plugin added none. */
function preview(text: string, options?: PostmortemPreviewOptions): string | undefined {
  const tokens = engine(options).parse(text, {});
  const first = tokens[0];
  if (!first || first.type !== 'html_block' || !first.content.startsWith('<div class="postmortem-preview"')) return undefined;
  return first.content;
}

function mustPreview(text: string, options?: PostmortemPreviewOptions): string {
  const html = preview(text, options);
  assert.ok(html, 'expected a preview card');
  return html;
}

/** The `<dd>` of one fact of the card. */
function fact(html: string, field: string): string {
  const m = new RegExp(`data-field="${field}"><dt>.*?</dt><dd>(.*?)</dd></div>`).exec(html);
  assert.ok(m, `no fact ${field} in the card`);
  return m[1];
}

/** Text content: tags removed, the five entities markdown-it writes decoded. */
function text(html: string): string {
  return html
    .replace(/<title>.*?<\/title>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

function attr(html: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(html)?.[1];
}

function isMissing(value: string, title?: string): boolean {
  const m = /^<span class="missing[^"]*" title="([^"]*)">—<\/span>$/.exec(value);
  return !!m && (title === undefined || m[1] === title || m[1].startsWith(title));
}

interface ListEntry {
  number: number;
  at: number | undefined;
  time: string;
  milestones: string[];
  text: string;
}

/** The entries of the timeline's list, in document order. */
function listEntries(html: string): ListEntry[] {
  const out: ListEntry[] = [];
  for (const m of html.matchAll(/<li class="pm-tl-item[^"]*"([^>]*)>(.*?)<\/li>/g)) {
    const attrs = m[1];
    const body = m[2];
    out.push({
      number: Number(attr(attrs, 'data-entry')),
      at: attr(attrs, 'data-at') === undefined ? undefined : Number(attr(attrs, 'data-at')),
      time: text(/<(?:time|span) class="pm-tl-time"[^>]*>(.*?)<\/(?:time|span)>/.exec(body)?.[1] ?? ''),
      milestones: (attr(attrs, 'data-milestones') ?? '').split(' ').filter(Boolean),
      text: text(/<span class="pm-tl-text">(.*?)<\/span>/.exec(body)?.[1] ?? ''),
    });
  }
  return out;
}

/** The entries drawn on the SVG axis: number and x. */
function svgEntries(html: string): Array<{ number: number; x: number; at: number; title: string }> {
  const out: Array<{ number: number; x: number; at: number; title: string }> = [];
  for (const m of html.matchAll(/<g class="pm-tl-entry[^"]*"([^>]*)><title>(.*?)<\/title>/g)) {
    out.push({ number: Number(attr(m[1], 'data-entry')), x: Number(attr(m[1], 'data-x')), at: Number(attr(m[1], 'data-at')), title: m[2] });
  }
  return out.sort((a, b) => a.number - b.number);
}

// ---------------------------------------------------------------------------------------------
// Kakao 2022: Pangyo data center fire

test('Kakao 2022 (en): the card', () => {
  const html = mustPreview(readTemplate('kakao-2022-pangyo-data-center-fire.md'));
  assert.match(html, /^<div class="postmortem-preview" data-postmortem-preview="" lang="en">/);

  assert.equal(text(fact(html, 'severity')), 'SEV1');

  // 15:19 → 01:30 is 10 h 11 min; the template says "About 10 h 11 min".
  const duration = fact(html, 'duration');
  const minutes = Number(attr(duration, 'data-minutes'));
  assert.ok(Math.abs(minutes - 610) <= 1, `duration ${minutes} min is about 10 h 10 min`);
  assert.equal(text(duration), 'about 10 h 11 min');

  assert.equal(attr(fact(html, 'ttd'), 'data-minutes'), '11');
  assert.equal(text(fact(html, 'ttd')), '11 min');
  assert.equal(attr(fact(html, 'ttm'), 'data-minutes'), '611');
  assert.equal(attr(fact(html, 'ttr'), 'data-minutes'), '611');
  assert.equal(text(fact(html, 'ttr')), '10 h 11 min');

  const services = [...fact(html, 'services').matchAll(/<li class="pm-service">(.*?)<\/li>/g)].map((m) => text(m[1]));
  assert.deepEqual(services, ['KakaoTalk', 'Kakao Pay', 'Kakao Bank', 'Kakao Games', 'Daum', 'Kakao T', 'Kakao Map', 'KakaoPage', 'Melon']);

  const servers = fact(html, 'servers');
  assert.equal(attr(servers, 'data-restored'), '12000');
  assert.equal(attr(servers, 'data-total'), '32000');
  assert.equal(attr(servers, 'data-percent'), '37.5');
  assert.match(servers, /<svg class="pm-bar"/);
  assert.match(servers, /<rect class="pm-bar-fill" x="0" y="0" width="37.5"/);
  assert.equal(text(servers), '12,000 of 32,000 (37.5 %)');

  const users = fact(html, 'users');
  assert.equal(attr(users, 'data-affected'), '45600000');
  assert.equal(attr(users, 'data-total'), '52000000');
  assert.equal(text(users), '45,600,000 of 52,000,000 (87.7 %)');
});

test('Kakao 2022 (en): the timeline', () => {
  const html = mustPreview(readTemplate('kakao-2022-pangyo-data-center-fire.md'));
  assert.match(html, /<span class="pm-timeline-zone">times in KST<\/span>/);
  const entries = listEntries(html);
  assert.deepEqual(
    entries.map((e) => e.time),
    ['2022-10-15 15:19', '15:22', '15:30', '16:52', '23:46', '2022-10-16 01:30'],
  );
  assert.deepEqual(entries.map((e) => e.number), [1, 2, 3, 4, 5, 6]);
  assert.ok(entries[0].text.startsWith('Fire starts in a lithium-ion battery rack'));
  assert.ok(entries[5].text.startsWith('KakaoTalk sending and receiving partly work again'));
  assert.match(entries[0].text, /SK C&C Pangyo/);
  // Instants, in order.
  for (let i = 1; i < entries.length; i++) assert.ok(entries[i].at! > entries[i - 1].at!);
  assert.equal(entries[0].at, Date.parse('2022-10-15T15:19:00+09:00'));
  assert.equal(entries[5].at, Date.parse('2022-10-16T01:30:00+09:00'));
  // Milestones: at the front matter's instants.
  assert.deepEqual(entries.map((e) => e.milestones), [['started'], [], ['detected'], [], [], ['mitigated', 'resolved']]);

  // The SVG: one marker per entry, left to right, with an accessible title.
  const drawn = svgEntries(html);
  assert.equal(drawn.length, 6);
  for (let i = 1; i < drawn.length; i++) assert.ok(drawn[i].x > drawn[i - 1].x, 'entries left to right');
  assert.match(drawn[0].title, /^1\. 2022-10-15 15:19 \[Started\] — Fire starts/);
  assert.match(html, /<g class="pm-tl-entry pm-milestone pm-ms-started"/);
  assert.match(html, /<g class="pm-tl-ms pm-ms-mitigated" role="listitem" data-milestones="mitigated resolved">/);

  // 23:46 → 16:52 is 6 h 54 min: shortened, with a break mark.
  const breaks = [...html.matchAll(/<g class="pm-tl-break"[^>]*data-gap-minutes="(\d+)"><title>(.*?)<\/title>/g)];
  assert.equal(breaks.length, 1);
  assert.equal(breaks[0][1], '414');
  assert.equal(breaks[0][2], '6 h 54 min gap, shortened');
});

test('Kakao 2022: positions are proportional when no gap is shortened', () => {
  const html = mustPreview(readTemplate('kakao-2022-pangyo-data-center-fire.md'), { compressGapsLongerThanMinutes: 24 * 60 });
  assert.doesNotMatch(html, /pm-tl-break/);
  const drawn = svgEntries(html);
  const [first, last] = [drawn[0], drawn[drawn.length - 1]];
  for (const e of drawn) {
    const expected = (e.at - first.at) / (last.at - first.at);
    const actual = (e.x - first.x) / (last.x - first.x);
    assert.ok(Math.abs(expected - actual) < 0.002, `entry ${e.number} at ${actual}, expected ${expected}`);
  }
});

test('Kakao 2022 (ko): Korean labels and values', () => {
  const html = mustPreview(readTemplate('kakao-2022-pangyo-data-center-fire.ko.md'));
  assert.match(html, /lang="ko"/);
  assert.match(html, /<dt>장애 시간<\/dt>/);
  assert.equal(text(fact(html, 'duration')), '약 10시간 11분');
  assert.equal(text(fact(html, 'ttd')), '11분');
  assert.equal(text(fact(html, 'servers')), '32,000대 중 12,000대 (37.5%)');
  assert.equal(attr(fact(html, 'servers'), 'data-percent'), '37.5');
  assert.equal(text(fact(html, 'users')), '52,000,000명 중 45,600,000명 (87.7%)');
  const services = [...fact(html, 'services').matchAll(/<li class="pm-service">(.*?)<\/li>/g)].map((m) => text(m[1]));
  assert.deepEqual(services, ['카카오톡', '카카오페이', '카카오뱅크', '카카오게임즈', '다음', '카카오 T', '카카오맵', '카카오페이지', '멜론']);
  assert.match(html, /<span class="pm-timeline-zone">KST 기준<\/span>/);
  const entries = listEntries(html);
  assert.equal(entries.length, 6);
  assert.deepEqual(entries.map((e) => e.time), ['2022-10-15 15:19', '15:22', '15:30', '16:52', '23:46', '2022-10-16 01:30']);
  assert.match(html, /<span class="pm-tl-tag pm-ms-started">발생<\/span>/);
  assert.match(html, /6시간 54분 간격 축약/);
});

// ---------------------------------------------------------------------------------------------
// Kakao 2012: LG CNS power failure

test('Kakao 2012 (en): the card', () => {
  const html = mustPreview(readTemplate('kakao-2012-lg-cns-power-failure.md'));
  assert.equal(text(fact(html, 'severity')), 'SEV1');
  const duration = fact(html, 'duration');
  assert.equal(attr(duration, 'data-minutes'), '250');
  assert.equal(text(duration), '4 h 10 min');
  assert.equal(text(fact(html, 'ttd')), '0 min');
  assert.equal(text(fact(html, 'ttm')), '3 h 20 min');
  assert.equal(text(fact(html, 'ttr')), '4 h 10 min');
  const services = [...fact(html, 'services').matchAll(/<li class="pm-service">(.*?)<\/li>/g)].map((m) => text(m[1]));
  assert.deepEqual(services, ['KakaoTalk', 'Kakao Story']);
  // N/A with a reason: stated, so not missing, and no bar.
  const servers = fact(html, 'servers');
  assert.match(servers, /^<span class="pm-value pm-na" data-na=""/);
  assert.ok(text(servers).startsWith('N/A no server count was published'));
  assert.doesNotMatch(servers, /pm-bar/);
  const users = fact(html, 'users');
  assert.equal(attr(users, 'data-affected'), '40000000');
  assert.equal(attr(users, 'data-total'), undefined);
  assert.equal(text(users), '40,000,000');
});

test('Kakao 2012 (en): the timeline', () => {
  const html = mustPreview(readTemplate('kakao-2012-lg-cns-power-failure.md'));
  const entries = listEntries(html);
  assert.deepEqual(entries.map((e) => e.time), ['2012-04-28 14:50', '16:00', '18:10', '19:00']);
  assert.ok(entries[0].text.startsWith('KakaoTalk notifies users'));
  assert.ok(entries[3].text.startsWith('KakaoTalk is back online'));
  assert.deepEqual(entries.map((e) => e.milestones), [['started', 'detected'], [], ['mitigated'], ['resolved']]);
  const drawn = svgEntries(html);
  assert.deepEqual(drawn.map((d) => d.number), [1, 2, 3, 4]);
  for (let i = 1; i < drawn.length; i++) assert.ok(drawn[i].x > drawn[i - 1].x);
  // No gap is longer than 3 h: nothing shortened, positions proportional (14:50 → 16:00 is 70 of 250 min).
  assert.doesNotMatch(html, /pm-tl-break/);
  const ratio = (drawn[1].x - drawn[0].x) / (drawn[3].x - drawn[0].x);
  assert.ok(Math.abs(ratio - 70 / 250) < 0.002);
});

test('Kakao 2012 (ko): Korean labels and values', () => {
  const html = mustPreview(readTemplate('kakao-2012-lg-cns-power-failure.ko.md'));
  assert.match(html, /lang="ko"/);
  assert.equal(text(fact(html, 'duration')), '4시간 10분');
  assert.equal(text(fact(html, 'ttm')), '3시간 20분');
  assert.ok(text(fact(html, 'servers')).startsWith('해당 없음'));
  assert.equal(text(fact(html, 'users')), '40,000,000명');
  assert.equal(listEntries(html).length, 4);
});

test('the card comes first, above the document, and the document is still rendered', () => {
  const md = engine();
  const src = readTemplate('kakao-2012-lg-cns-power-failure.md');
  const tokens = md.parse(src, {});
  assert.equal(tokens[0].type, 'html_block');
  const html = md.render(src);
  assert.ok(html.startsWith('<div class="postmortem-preview"'));
  assert.match(html, /<h1>KakaoTalk down after a power failure at the LG CNS data center<\/h1>/);
  // Rendering twice (as the preview does) gives the same output, with one card.
  assert.equal(md.render(src), html);
  assert.equal(html.split('data-postmortem-preview').length, 2);
});

test('using the plugin twice adds one card', () => {
  const md = new MarkdownIt().use(postmortemPreviewPlugin).use(postmortemPreviewPlugin);
  const html = md.render(readTemplate('kakao-2012-lg-cns-power-failure.md'));
  assert.equal(html.split('data-postmortem-preview').length, 2);
});

// ---------------------------------------------------------------------------------------------
// Broken and hostile documents

const BROKEN = `---
type: postmortem
title: Broken
severity:
started: sometime yesterday
---

# Broken

## Duration

A while, nobody knows.

## Affected services

## Servers restored

Most of them.

## User impact

Many people were upset.

## Timeline

- sometime: things went wrong
`;

test('a broken postmortem: unreadable and absent values are shown as missing, never guessed', () => {
  const html = mustPreview(BROKEN);
  assert.ok(isMissing(fact(html, 'severity'), 'not stated'), fact(html, 'severity'));
  // Stated but unreadable: missing, with the stated text in the title.
  const duration = fact(html, 'duration');
  assert.ok(isMissing(duration, 'stated, but could not be read'), duration);
  assert.match(duration, /A while, nobody knows\./);
  assert.equal(attr(duration, 'data-minutes'), undefined);
  for (const m of ['ttd', 'ttm', 'ttr']) assert.ok(isMissing(fact(html, m)), `${m}: ${fact(html, m)}`);
  assert.ok(isMissing(fact(html, 'services')), fact(html, 'services'));
  assert.ok(isMissing(fact(html, 'servers'), 'stated, but could not be read'), fact(html, 'servers'));
  assert.ok(isMissing(fact(html, 'users'), 'stated, but could not be read'), fact(html, 'users'));
  assert.doesNotMatch(html, /pm-bar/);
  assert.doesNotMatch(html, /data-(?:restored|total|affected|percent|minutes)=/);
  // A timeline section with no readable entry.
  assert.match(html, /<p class="pm-timeline-empty"><span class="missing unreadable"/);
  assert.doesNotMatch(html, /<svg class="pm-tl-svg"/);
});

test('an empty postmortem: everything is missing, marked "not stated"', () => {
  const html = mustPreview('---\ntype: postmortem\n---\n\n# Nothing yet\n');
  for (const f of ['severity', 'duration', 'ttd', 'ttm', 'ttr', 'services', 'servers', 'users']) {
    assert.ok(isMissing(fact(html, f), 'not stated'), `${f}: ${fact(html, f)}`);
  }
  assert.match(html, /<p class="pm-timeline-empty"><span class="missing" title="not stated">—<\/span><\/p>/);
});

test('a blank template: placeholders and empty lists are missing', () => {
  const html = mustPreview(readTemplate('blank.md'));
  assert.ok(isMissing(fact(html, 'services')), fact(html, 'services'));
  assert.ok(isMissing(fact(html, 'duration')), fact(html, 'duration'));
  assert.ok(isMissing(fact(html, 'servers')), fact(html, 'servers'));
});

test('without a stated duration, the card computes it from started and resolved and says so', () => {
  const html = mustPreview('---\ntype: postmortem\nstarted: 2024-01-02T10:00:00Z\nresolved: 2024-01-02T11:30:00Z\n---\n\n# X\n');
  const d = fact(html, 'duration');
  assert.equal(attr(d, 'data-minutes'), '90');
  assert.match(d, /class="pm-value pm-computed"/);
  assert.equal(text(d), '1 h 30 min');
});

const HOSTILE = `---
type: postmortem
title: "<script>alert('title')</script>"
severity: "<img src=x onerror=alert('sev')>"
services: ["<script>alert('svc')</script>", "Pay <img src=x onerror=alert(2)>", 'Quote " breaks <b>out</b>']
servers:
  restored: 1
  total: 2
---

# Hostile

## Duration

1 h

## Timeline

- 2024-03-01 10:00 UTC <script>alert("tl")</script> deploy starts
- 2024-03-01 10:05 UTC Alert <img src=x onerror=alert(1)> fires
- 2024-03-01 10:20 UTC "quoted" & <a href="javascript:alert(3)">link</a>
`;

test('document text is escaped: <script> and <img onerror> in services and timeline entries', () => {
  const html = mustPreview(HOSTILE);
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img/i);
  assert.doesNotMatch(html, /<b>/);
  assert.doesNotMatch(html, /<a /);
  assert.doesNotMatch(html, /onerror=alert\(1\)"/);
  // Every tag left is one of ours.
  const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase()));
  const ours = ['div', 'section', 'dl', 'dt', 'dd', 'span', 'abbr', 'ul', 'li', 'ol', 'time', 'p', 'svg', 'g', 'title', 'line', 'circle', 'path', 'rect', 'text'];
  for (const t of tags) assert.ok(ours.includes(t), `unexpected tag <${t}>`);
  // And no attribute was opened by document text: every quote in text is an entity.
  for (const m of html.matchAll(/<[^>]*>/g)) assert.doesNotMatch(m[0], /\son[a-z]+=/i, m[0]);

  const services = [...fact(html, 'services').matchAll(/<li class="pm-service">(.*?)<\/li>/g)].map((m) => m[1]);
  assert.deepEqual(services, ['&lt;script&gt;alert(\'svc\')&lt;/script&gt;', 'Pay &lt;img src=x onerror=alert(2)&gt;', 'Quote &quot; breaks &lt;b&gt;out&lt;/b&gt;']);
  assert.equal(text(fact(html, 'severity')), "<img src=x onerror=alert('sev')>");

  const entries = listEntries(html);
  assert.deepEqual(entries.map((e) => e.text), ['<script>alert("tl")</script> deploy starts', 'Alert <img src=x onerror=alert(1)> fires', '"quoted" & <a href="javascript:alert(3)">link</a>']);
  // The SVG titles carry the same text, escaped.
  const titles = svgEntries(html).map((e) => e.title);
  assert.match(titles[0], /&lt;script&gt;alert\(&quot;tl&quot;\)&lt;\/script&gt;/);
  assert.match(titles[1], /&lt;img src=x onerror=alert\(1\)&gt;/);
});

test('service names from a section list are escaped too', () => {
  const html = mustPreview(`---\ntype: postmortem\n---\n\n# X\n\n## Affected services\n\n- <script>alert(1)</script>\n- Pay <img src=x onerror=alert(1)>\n`);
  assert.doesNotMatch(html, /<script|<img/i);
  assert.match(fact(html, 'services'), /&lt;/);
});

// ---------------------------------------------------------------------------------------------
// Which documents get a card

test('documents that are not postmortems get no card and render as before', () => {
  const plain = new MarkdownIt({ html: true });
  for (const src of ['# README\n\nHello.\n', '', '---\ntitle: Notes\n---\n\n# Notes\n', '---\ntype: runbook\n---\n\n# R\n\n## Root cause\n\nx\n\n## Duration\n\n1 h\n\n## Affected services\n\n- A\n']) {
    assert.equal(preview(src), undefined, JSON.stringify(src));
    assert.equal(engine().render(src), plain.render(src));
  }
});

test('without front matter (an editor that strips it), a document with the postmortem sections gets a card', () => {
  const src = readTemplate('kakao-2022-pangyo-data-center-fire.md').replace(/^---\n[\s\S]*?\n---\n/, '');
  const html = mustPreview(src);
  assert.ok(isMissing(fact(html, 'severity'), 'not stated'));
  assert.equal(attr(fact(html, 'duration'), 'data-minutes'), '611');
  assert.ok(isMissing(fact(html, 'ttd'), 'not stated'));
  assert.equal(attr(fact(html, 'servers'), 'data-percent'), '37.5');
  assert.equal(listEntries(html).length, 6);
});

test('a front matter that does not parse still counts when it says type: postmortem', () => {
  const html = mustPreview('---\ntype: postmortem\nseverity: [SEV1\n---\n\n# X\n');
  assert.ok(html.includes('data-field="severity"'));
});

test('the locale can be forced', () => {
  const html = mustPreview(readTemplate('kakao-2012-lg-cns-power-failure.md'), { locale: 'ko' });
  assert.match(html, /lang="ko"/);
  assert.equal(text(fact(html, 'duration')), '4시간 10분');
});

test('never throws, whatever the text', () => {
  const md = engine();
  const inputs = [
    '---\ntype: postmortem\n---\n' + '\u0000\uffff\ud800'.repeat(50),
    '---\ntype: postmortem\n---\n\n## Timeline\n\n' + Array.from({ length: 300 }, (_, i) => `- 2024-01-${String((i % 28) + 1).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:00 UTC e${i}`).join('\n'),
    '---\ntype: postmortem\nstarted: 2024-01-01T10:00:00Z\nresolved: 2023-01-01T10:00:00Z\n---\n',
    '---\ntype: postmortem\n' + 'x: y\n'.repeat(2000) + '---\n',
  ];
  for (const src of inputs) assert.doesNotThrow(() => md.render(src));
});
