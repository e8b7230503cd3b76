// Regenerates the metadata block of every docs/rules/<id>.md from the rule's own metadata.
// `--check` fails when a doc is out of date (the test suite runs it that way).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/core/rules/index';
import type { Rule } from '../server/src/core/rules/types';
import { PACKS } from '../server/src/core/lang/index';

/** The packs that translate the rules' English. */
const others = PACKS.filter((p) => p.id !== 'en');

const START = '<!-- generated:start (npm run docs) -->';
const END = '<!-- generated:end -->';

/** The generated block for a rule. */
export function metaBlock(rule: Rule): string {
  const m = rule.meta;
  const rows = [
    `| | |`,
    `| --- | --- |`,
    `| Rule id | \`${m.id}\` |`,
    `| Default severity | ${m.defaultSeverity} |`,
    `| Type | ${m.type} |`,
    `| Fixable | ${m.fixable ? 'yes' : 'no'} |`,
    `| Checks | ${m.description} |`,
    ...others.map((p) => `| ${p.nativeName} | ${p.text.rules[m.id]?.description ?? ''} |`),
  ];
  const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|');
  const messages = Object.entries(m.messages).map(([id, en]) => `| \`${id}\` | ${cell(en)} | ${others.map((p) => cell(p.text.rules[m.id]?.messages[id])).join(' | ')} |`);
  const header = `| id | English | ${others.map((p) => p.nativeName).join(' | ')} |`;
  return [START, '', ...rows, '', 'Messages:', '', header, `| --- | --- | ${others.map(() => '---').join(' | ')} |`, ...messages, '', END].join('\n');
}

/** Returns the doc text with its block regenerated, or a new doc skeleton. */
export function renderDoc(rule: Rule, existing: string | undefined): string {
  const block = metaBlock(rule);
  if (existing && existing.includes(START) && existing.includes(END)) {
    return existing.slice(0, existing.indexOf(START)) + block + existing.slice(existing.indexOf(END) + END.length);
  }
  return `# ${rule.meta.id}\n\n${block}\n`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename);
if (isMain) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const rule of RULES) {
    const file = path.join('docs', 'rules', `${rule.meta.id}.md`);
    const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    const next = renderDoc(rule, existing);
    if (next !== existing) {
      stale++;
      if (check) console.error(`${file} is out of date: run npm run docs`);
      else fs.writeFileSync(file, next);
    }
  }
  if (check && stale) process.exit(1);
}
