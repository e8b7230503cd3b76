// Checks the built-in templates: the index, the front matter, the twelve sections, and the facts
// of the two Kakao examples against the fact sheet they were written from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot as findRepoRoot } from '../helpers/root';

interface TemplateEntry {
  id: string;
  label: string;
  description: string;
  language: 'en' | 'ko' | 'ja';
  file: string;
}

interface Section {
  heading: string;
  content: string;
}

interface Template {
  entry: TemplateEntry;
  text: string;
  frontMatter: Record<string, unknown>;
  sections: Section[];
}


const templatesDir = path.join(findRepoRoot(), 'templates');
const index = JSON.parse(fs.readFileSync(path.join(templatesDir, 'index.json'), 'utf8')) as {
  templates: TemplateEntry[];
};

/** What the New Postmortem command does to a template before writing it. */
function fillPlaceholders(text: string): string {
  return text.replaceAll('{{title}}', 'Example title').replaceAll('{{date}}', '2024-01-31');
}

function splitFrontMatter(text: string): { yaml: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  assert.ok(match, 'the file must open with front matter between --- lines');
  return { yaml: match[1], body: text.slice(match[0].length) };
}

/** Level-2 sections of the body; a fenced or commented heading would be a template bug, so none are expected. */
function splitSections(body: string): Section[] {
  const sections: Section[] = [];
  for (const line of body.split(/\r?\n/)) {
    const heading = /^## (.+?)\s*$/.exec(line);
    if (heading) sections.push({ heading: heading[1], content: '' });
    else if (sections.length > 0) sections[sections.length - 1].content += line + '\n';
  }
  for (const section of sections) section.content = section.content.trim();
  return sections;
}

function loadTemplate(entry: TemplateEntry): Template {
  const text = fs.readFileSync(path.join(templatesDir, entry.file), 'utf8');
  const { yaml, body } = splitFrontMatter(fillPlaceholders(text));
  const frontMatter = parse(yaml) as Record<string, unknown>;
  return { entry, text, frontMatter, sections: splitSections(body) };
}

const templates = new Map(index.templates.map((entry) => [entry.id, loadTemplate(entry)]));

function template(id: string): Template {
  const found = templates.get(id);
  assert.ok(found, `template ${id} is listed in index.json`);
  return found;
}

/** The twelve sections in the recommended order; alternatives are aliases the linter accepts. */
const SECTION_NAMES: Record<'en' | 'ko' | 'ja', string[][]> = {
  en: [
    ['Summary'], ['Cause', 'Root cause'], ['Duration'], ['Affected services'], ['Servers restored'],
    ['User impact'], ['Timeline'], ['Detection'], ['Resolution'], ['Communication'],
    ['Lessons learned'], ['Action items'],
  ],
  ko: [
    ['요약'], ['원인', '근본 원인'], ['장애 시간'], ['영향 받은 서비스'], ['복구된 서버'], ['사용자 영향'],
    ['타임라인'], ['탐지'], ['복구'], ['커뮤니케이션'], ['교훈'], ['후속 조치'],
  ],
  ja: [
    ['概要'], ['原因', '根本原因'], ['障害時間'], ['影響を受けたサービス'], ['復旧したサーバー'], ['ユーザーへの影響'],
    ['タイムライン'], ['検知'], ['対応内容'], ['告知'], ['教訓'], ['再発防止策'],
  ],
};

/** Content of the section at `position` in SECTION_NAMES order. */
function section(t: Template, position: number): string {
  const names = SECTION_NAMES[t.entry.language][position];
  const found = t.sections.find((s) => names.includes(s.heading));
  assert.ok(found, `${t.entry.file} has a section ${names.join(' / ')}`);
  return found.content;
}
const SUMMARY = 0, DURATION = 2, SERVICES = 3, SERVERS = 4, USERS = 5, TIMELINE = 6;
const COMMUNICATION = 9, ACTIONS = 11;

/** Body rows of the first Markdown table in a section, as trimmed cells. */
function tableRows(content: string): string[][] {
  const lines = content.split('\n').filter((line) => line.trim().startsWith('|'));
  assert.ok(lines.length >= 3, 'the section holds a table with a header, a delimiter and rows');
  return lines.slice(2).map((line) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
}

const EXPECTED_IDS = [
  'blank',
  'blank-ko',
  'kakao-2022-pangyo-data-center-fire',
  'kakao-2012-lg-cns-power-failure',
  'kakao-2022-pangyo-data-center-fire-ko',
  'kakao-2012-lg-cns-power-failure-ko',
  'blank-ja',
  'kakao-2022-pangyo-data-center-fire-ja',
  'kakao-2012-lg-cns-power-failure-ja',
];
const KAKAO_IDS = EXPECTED_IDS.filter((id) => id.startsWith('kakao-'));
const BLANK_IDS = ['blank', 'blank-ko', 'blank-ja'];

test('index.json lists every template file, and every listed file exists', () => {
  assert.deepEqual(index.templates.map((t) => t.id).sort(), [...EXPECTED_IDS].sort());
  for (const entry of index.templates) {
    assert.ok(entry.label.trim() && entry.description.trim(), `${entry.id} has a label and a description`);
    assert.ok(['en', 'ko', 'ja'].includes(entry.language), `${entry.id} language is en, ko or ja`);
    assert.ok(fs.existsSync(path.join(templatesDir, entry.file)), `${entry.file} exists`);
  }
  const onDisk = fs.readdirSync(templatesDir).filter((f) => f.endsWith('.md')).sort();
  assert.deepEqual(index.templates.map((t) => t.file).sort(), onDisk);
});

test('every template has front matter with type: postmortem and the twelve sections in order', () => {
  for (const t of templates.values()) {
    assert.equal(t.frontMatter.type, 'postmortem', `${t.entry.file} type`);
    const expected = SECTION_NAMES[t.entry.language];
    assert.equal(t.sections.length, expected.length, `${t.entry.file} has exactly twelve sections`);
    t.sections.forEach((s, i) => {
      assert.ok(expected[i].includes(s.heading), `${t.entry.file}: section ${i + 1} is ${expected[i][0]}, found ${s.heading}`);
    });
  }
});

test('blank templates keep {{title}} and {{date}} and put guidance only in comments', () => {
  for (const id of BLANK_IDS) {
    const t = template(id);
    assert.match(t.text, /^title: "\{\{title\}\}"$/m);
    assert.match(t.text, /^date: "\{\{date\}\}"$/m);
    assert.equal(t.frontMatter.severity, 'SEV3');
    assert.equal(t.frontMatter.status, 'draft');
    for (const s of t.sections) {
      const visible = s.content.replace(/<!--[\s\S]*?-->/g, '').trim();
      assert.equal(visible, '', `${t.entry.file}: ${s.heading} holds only comments`);
    }
  }
});

test('Kakao templates are complete: no placeholders, no blaming words', () => {
  const placeholder = /\b(TODO|TBD|FIXME|XXX)\b|\?\?|\{\{|lorem ipsum|<[^>\n]*>/i;
  const blaming = /human error|careless|should have known|fault of/i;
  for (const id of KAKAO_IDS) {
    const { text } = template(id);
    assert.doesNotMatch(text, placeholder, `${id} has no placeholder text`);
    assert.doesNotMatch(text, blaming, `${id} has no blaming wording`);
  }
});

test('Kakao templates agree with themselves: milestones, duration, services, timeline, action items', () => {
  for (const id of KAKAO_IDS) {
    const t = template(id);
    const fm = t.frontMatter;
    const milestones = ['started', 'detected', 'mitigated', 'resolved'].map((k) => Date.parse(String(fm[k])));
    milestones.forEach((ms) => assert.ok(!Number.isNaN(ms), `${id}: milestone times parse`));
    for (let i = 1; i < milestones.length; i++) assert.ok(milestones[i - 1] <= milestones[i], `${id}: milestones in order`);

    const stated = /^(?:About |약 |約)?(\d+) ?(?:h|시간|時間) ?(\d+) ?(?:min|분|分)/.exec(section(t, DURATION));
    assert.ok(stated, `${id}: Duration starts with a duration`);
    const statedMinutes = Number(stated[1]) * 60 + Number(stated[2]);
    assert.equal(statedMinutes, (milestones[3] - milestones[0]) / 60_000, `${id}: duration = resolved - started`);

    const listed = section(t, SERVICES).split('\n').map((line) => line.replace(/^- /, '').trim());
    assert.deepEqual([...listed].sort(), [...(fm.services as string[])].sort(), `${id}: services agree`);

    let previous = -Infinity;
    for (const [time] of tableRows(section(t, TIMELINE))) {
      assert.match(time, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, `${id}: timeline time cell ${time}`);
      const ms = Date.parse(time.replace(' ', 'T') + ':00+09:00');
      assert.ok(ms > previous, `${id}: timeline goes forward at ${time}`);
      previous = ms;
    }

    const actions = tableRows(section(t, ACTIONS));
    assert.ok(actions.length >= 4 && actions.length <= 6, `${id}: four to six action items`);
    for (const [action, owner, due] of actions) {
      assert.ok(action && owner, `${id}: action item has an owner`);
      assert.match(due, /^\d{4}-\d{2}-\d{2}$/, `${id}: action item has a due date`);
    }
  }
});

test('2022 Pangyo fire templates match the fact sheet', () => {
  for (const id of ['kakao-2022-pangyo-data-center-fire', 'kakao-2022-pangyo-data-center-fire-ko', 'kakao-2022-pangyo-data-center-fire-ja']) {
    const t = template(id);
    const ko = t.entry.language === 'ko';
    const ja = t.entry.language === 'ja';
    assert.equal(t.frontMatter.started, '2022-10-15T15:19:00+09:00');
    assert.equal(t.frontMatter.resolved, '2022-10-16T01:30:00+09:00');
    assert.deepEqual(t.frontMatter.servers, { restored: 12000, total: 32000 });
    assert.equal(t.frontMatter.users_affected, 45_600_000);
    assert.equal(t.frontMatter.users_total, 52_000_000);
    assert.ok(
      section(t, SERVERS).startsWith(ja ? '32,000台のうち12,000台（37.5%）' : ko ? '32,000대 중 12,000대(37.5%)' : '12,000 of 32,000 servers (37.5%)'),
      `${id}: servers restored states 12,000 of 32,000 (37.5%)`,
    );
    assert.ok(
      ja ? section(t, USERS).includes('5,200万人のうち4,560万人（87.7%）') : section(t, USERS).startsWith(ko ? '5,200만 명 중 4,560만 명(87.7%)' : '45.6 million of 52 million people (87.7%)'),
      `${id}: user impact states 45.6 million of 52 million (87.7%)`,
    );
    assert.match(section(t, DURATION), ja ? /^約10時間11分/ : ko ? /^약 10시간 11분/ : /^About 10 h 11 min/);
    const summary = section(t, SUMMARY);
    for (const fact of ja ? ['2002', '2010', '土', '日曜日'] : ko ? ['2002', '2010', '토요일', '일요일'] : ['2002', '2010', 'Saturday', 'Sunday']) {
      assert.ok(summary.includes(fact), `${id}: the note on sources mentions ${fact}`);
    }
  }
});

test('2012 LG CNS power failure templates match the fact sheet', () => {
  for (const id of ['kakao-2012-lg-cns-power-failure', 'kakao-2012-lg-cns-power-failure-ko', 'kakao-2012-lg-cns-power-failure-ja']) {
    const t = template(id);
    const ko = t.entry.language === 'ko';
    const ja = t.entry.language === 'ja';
    assert.equal(t.frontMatter.started, '2012-04-28T14:50:00+09:00');
    assert.equal(t.frontMatter.resolved, '2012-04-28T19:00:00+09:00');
    assert.equal(t.frontMatter.servers, undefined, `${id}: no server counts are known for 2012`);
    assert.equal(t.frontMatter.users_affected, 40_000_000);
    assert.ok(section(t, USERS).includes(ja ? '4,000万人を超え' : ko ? '4,000만 명이 넘' : 'more than 40 million'), `${id}: "more than 40 million"`);
    assert.match(section(t, SERVERS), /^N\/A: \S/, `${id}: servers restored is N/A with a reason`);
    assert.match(section(t, DURATION), ja ? /^4時間10分。2012-04-28の14:50から19:00/ : ko ? /^4시간 10분, 2012-04-28 14:50부터 19:00/ : /^4 h 10 min, from 14:50 to 19:00 KST/);
    const communication = section(t, COMMUNICATION);
    assert.ok(/16:00|16시|16時/.test(communication), `${id}: the promised 16:00 end`);
    assert.ok(/19:00|19시|19時/.test(communication), `${id}: the actual 19:00 return`);
    const summary = section(t, SUMMARY);
    for (const fact of ['2002', '2010', '19:10']) assert.ok(summary.includes(fact), `${id}: the note on sources mentions ${fact}`);
  }
});
