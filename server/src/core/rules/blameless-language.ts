import { ruleDocsUrl, type Rule } from './types';
import type { Fix, OffsetRange } from '../types';
import { proseText, searchProse } from '../facts';
import type { ParsedDocument } from '../document';
import { PACKS, shortTextLanguage, term, type TermId } from '../lang/index';

/** A blaming phrase, and a blameless rewording where one reads naturally in its place. */
interface Phrase {
  /** The phrase (sticky-free, case-insensitive unless it names a person). */
  re: RegExp;
  /** A rewording (a term of the language packs, in the language of the text around it), when a drop-in one exists. */
  instead?: TermId;
  /** What must follow the phrase's start, right after it (anchored with `^`); the phrase is both. */
  then?: RegExp;
}

/** The packs' blaming phrases (`blamePhrases`), every language's: a text is read for all of them. */
const PHRASES: Phrase[] = PACKS.flatMap((p) => p.blamePhrases);

/**
 * A person (not "we") as the one who failed: `she forgot to renew`, `the engineer skipped the
 * review`, `@alice ignored the alert`, `he wasn't fully aware`, `did terraform destroy … by mistake`.
 */
const PERSON_FAILED = /\b(?:he|she|an?[ \t](?:engineer|developer|operator|admin(?:istrator)?|team[ \t]member|employee|contractor|intern|sre)|the[ \t](?:engineer|developer|operator|admin(?:istrator)?|on-?call(?:[ \t]engineer)?|person|team[ \t]member|employee|contractor|intern|maintainer)|one[ \t]of[ \t](?:the|our)[ \t]engineers|(?:cp|ops|sre|devops|platform)[ \t]team[ \t]member)[ \t](?:forgot|neglected|ignored|skipped|failed[ \t]to|didn't[ \t]bother|did[ \t]not[ \t]bother|was[ \t]careless|carelessly|wasn't[ \t](?:fully[ \t])?aware|was[ \t]not[ \t](?:fully[ \t])?aware|did[ \t]not[ \t](?:check|notice|read|test)|didn't[ \t](?:check|notice|read|test)|mistakenly|overlooked|messed[ \t]up|screwed[ \t]up|looked[ \t]over[ \t]it[ \t]without|should[ \t]have[ \t](?:looked|checked|noticed|known|caught|read|tested|asked|escalated|verified|reviewed|followed|waited|stopped))\b|@[A-Za-z0-9][\w.-]{0,38}[ \t](?:forgot|neglected|ignored|skipped|failed[ \t]to|looked[ \t]over[ \t]it[ \t]without|overlooked|mistakenly|did[ \t]not[ \t]check|didn't[ \t]check)\b/gi;

/** `a team member did terraform destroy … by mistake`: a person's action, then "by mistake" later in the sentence. */
const PERSON_DID = /\b(?:team[ \t]member|engineer|developer|operator)[ \t]did[ \t]/gi;

/** Words shortly before a phrase in its sentence that deny it: "we do not accept 'human error'". */
const NEGATION = /\b(?:nobody|no[ \t]one|no-one|not|no|never|isn't|aren't|don't|doesn't|didn't|wasn't|rather[ \t]than|instead[ \t]of|avoid|avoiding|beyond|blameless|without[ \t]blam(?:ing|e))\b/i;

/** After `blame`/`blaming`: a thing, not a person (`the directory`, `our CDN`, `it on the cache`). */
/** `blamed Monday morning volume`: load, not a person. */
const BLAMED_LOAD = /^[ \t](?:[A-Za-z]+[ \t]){0,2}(?:volume|load|traffic|demand|spikes?)\b/i;
const BLAMED_THING = /^[ \t](?:it[ \t]on[ \t])?(?:the|a|an|our|their|its)[ \t](?!(?:\w+[ \t])?(?:engineers?|developers?|operators?|on-?call|persons?|people|person|team|teams|interns?|admins?|contractors?|authors?|reviewers?|colleagues?|individuals?|staff|humans?|users?|customers?|owners?|manager|management)\b)[a-z]/i;

/** Right after a phrase, a verb that denies it: `Blame does not belong here`, `blame isn't the point`. */
const DENIED_AFTER = /^[ \t]{1,2}(?:(?:does|did|should|must|will|is|was|can)[ \t]{1,2}not|never|(?:doesn|didn|shouldn|isn|wasn|won|can)['’]t)\b/i;

/**
 * After a phrase, in its sentence, the reframing a blameless review makes: the mistake is what a
 * system let happen (`한 사람의 실수로 … 조회될 수 있었던 구조가 문제였다`, `a single human error could take
 * down production, and that design is the problem`).
 */
const reframedAfter = (after: string) => PACKS.some((p) => p.blameTurnedDown.reframed.test(after));

/** Words that start with a capital after "caused by" but name a system, not a person. */
const NOT_A_PERSON = new Set(
  ('the a an this that these those our their its his her one two several many some another each every multiple ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'aws amazon google microsoft azure cloudflare github gitlab terraform kubernetes docker helm redis postgres postgresql mysql kafka nginx traefik ' +
    'prometheus grafana linux windows chrome firefox safari python java node npm yarn ubuntu debian jenkins ansible puppet chef consul vault ' +
    'elasticsearch pingdom slack datadog sentry apple android ios dns tls ssl http https bgp cdn api ssh').split(/\s+/),
);

/**
 * `caused by @alice`, `caused by John Smith` (`Tomasz Wiśniewski`: Latin letters with marks too), `because Rory Castellano pushed…`, `The root cause is
 * that Dmitri Volkov merged…`. A single capitalized word (`caused by Django`) is far more often a
 * product than a person, and is not read as one.
 */
/** A lower-case letter of a name, with the marked Latin letters of Polish, Czech and others (`Wiśniewski`). */
const NAME_LOWER = String.raw`[a-z\u00df-\u00f6\u00f8-\u00ff\u0105\u0107\u0119\u0142\u0144\u015b\u017a\u017c\u010d\u0159\u0161\u017e\u011b]`;
/** A first name and a surname, each capitalized. */
const FULL_NAME = `[A-Z]${NAME_LOWER}{1,15}[ \\t][A-Z]${NAME_LOWER}{1,15}`;
const PERSON_CAUSE = new RegExp(
  String.raw`\b(?:(?:caused|triggered|broken|introduced)[ \t]+by|(?:root[ \t])?cause[ \t](?:is|was)[ \t]that|because)[ \t]+(@[A-Za-z0-9][\w.-]*|` +
    FULL_NAME +
    String.raw`|(?:Mr|Mrs|Ms|Dr)\.?[ \t][A-Z][a-z]{1,20})(?![\w\u00df-\u00ff\u0100-\u017f-])`,
  'g',
);
/** `The root cause was Dana Whitfield pushing …`: the cause, a person by full name doing something (apart: one pattern with the above took recheck minutes to prove safe). */
const PERSON_CAUSE_DOING = new RegExp(
  String.raw`\b(?:root[ \t])?cause[ \t](?:is|was)[ \t]+(@[A-Za-z0-9][\w.-]*|` +
    FULL_NAME +
    String.raw`)(?=[ \t](?:pushing|deploying|running|merging|changing|deleting|dropping|applying|skipping|ignoring|disabling|editing|shipping|releasing)\b|[ \t]?[:：—–]|\.(?:[ \t]|$))`,
  'g',
);
/** `Kevin Marsh, who built the segment, did not bother to check`: a person by full name who failed to do something. */
const NAMED_FAILED = /\b([A-Z][a-z]{1,15}[ \t][A-Z][a-z]{1,15})(?:,[ \t]who[ \t][^,\n]{1,60},)?[ \t](?:did[ \t]not[ \t]bother|didn't[ \t]bother|didn’t[ \t]bother|forgot[ \t]to|neglected[ \t]to|failed[ \t]to[ \t](?:check|follow|read|test|review)|ignored[ \t](?:the|an?|all|both|several|multiple|repeated|two|three|four|five|\d{1,2}))\b/g;
/** A matched phrase as a message quotes it: a sentence wrapped over lines reads on one. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** `The root cause is that Derek added the hint without testing it`: a person by first name, then what they did, as the cause. */
const CAUSE_IS_FIRST_NAME = /\b(?:root[ \t])?cause[ \t](?:is|was)[ \t]that[ \t]([A-Z][a-z]{2,15})[ \t](?:added|merged|pushed|changed|deployed|ran|forgot|skipped|ignored|approved|disabled|deleted|removed|committed|edited|modified|applied|misconfigured|broke)\b/g;

/**
 * `because Kevin ran the migration … without checking how big the table was`, `because Kevin merged #3311
 * on his own after … had left a "please don't merge" comment`: a person by first name whose unchecked or
 * unilateral action is the cause.
 */
const FIRST_NAME_WITHOUT = /\bbecause[ \t]([A-Z][a-z]{2,15})[ \t](?:ran|deployed|pushed|merged|applied|changed|deleted|dropped|executed|restarted|started|edited)[ \t][^.;\n]{0,60}?(?:\bwithout[ \t](?:checking|testing|reviewing|verifying|asking|looking)\b|\bon[ \t](?:his|her|their)[ \t]own\b|\bdespite[ \t]|\bagainst[ \t](?:the[ \t])?(?:advice|review|warning|comment|instructions?)\b|\bignoring[ \t])/g;

/** A verb in the present tense right after a name: what an organisation or a system does as a rule. */
const PRESENT_AFTER = /^\s{1,4}(?:requires|needs|uses|expects|supports|accepts|only|has|is|are|does|doesn't|sends|signs|issues|provides|runs|offers|owns|hosts|mandates|enforces|allows|rejects)\b/;

/** A verb right after a name that says the person reported the problem (`because @rinaaa asked`; not `… wrote and merged the migration`). */
// (`because Crew Planning wanted the split in place before Tuesday`: what a team wanted, a reason for the timing, not blame.)
const TOLD_US_AFTER = /^\s{1,4}(?:wanted|requested|preferred|needed|asked|reported|told|pinged|messaged|mentioned|flagged|noticed|wrote(?![ \t](?:and|the|a|an|this|that|it)\b)|posted|tweeted|spotted|emailed|called|complained|opened[ \t]an[ \t]issue)\b/;

/** `Marek Novak ran terraform apply … without reading the plan`: a person by full name whose unchecked action is told as the cause. */
const NAMED_WITHOUT = /\b([A-Z][a-z]{1,15}[ \t][A-Z][a-z]{1,15})[ \t](?:ran|deployed|pushed|merged|applied|changed|deleted|dropped|executed|restarted|edited|approved)[ \t][^.;\n]{0,80}?\bwithout[ \t](?:reading|checking|testing|reviewing|verifying|asking|looking[ \t]at|waiting[ \t]for[ \t](?:a[ \t]|any[ \t]|the[ \t])?(?:review|approval|sign-?off|second[ \t]approver)|(?:a|any)[ \t](?:review|approval|second[ \t]approver))\b/g;

/** `Dmitri Volkov, who ignored all four emails`: a person by full name, and what they failed to do, in a clause about them. */
const NAMED_WHO_IGNORED = /\b([A-Z][a-z]{1,15}[ \t][A-Z][a-z]{1,15}),[ \t]who[ \t](?:ignored|(?:did[ \t]not|didn't|didn’t|never)[ \t](?:forward|read|check|reply[ \t]to|respond[ \t]to|act[ \t]on|open))\b/g;

/** `by Greg Halloran, who`: a person by full name who did something (see `matchesIn`). */
const NAMED_BY_WHO = /\bby[ \t]([A-Z][a-z]{1,15}[ \t][A-Z][a-z]{1,15})(,[ \t]who[ \t])?/g;
/** Later in the sentence, that the person then failed to do something (`muted by Dariusz Nowak …, and he never unmuted it`). */
const THEN_HE_NEVER = /\b(?:and|but)[ \t](?:he|she)[ \t](?:never|did(?:[ \t]not|n't|n’t)|forgot[ \t]to|failed[ \t]to)\b/;
/** Later in the sentence, that what the person did is why it broke. */
const WHY_AFTER = /\b(?:that is why|that's why|that’s why|which is why|which caused|and that caused|which broke|which took down|which brought down)\b/;
/** Later in the sentence, a check the person did not make (`…, who built the campaign and did not double-check the audience`). */
const OMISSION_AFTER = /\b(?:(?:did[ \t]not|didn't|didn’t|never)[ \t](?:double-check|check|verify|read|test|review|confirm)|without[ \t](?:checking|reading|testing|reviewing|verifying|asking))\b/;

/** Second words that make two capitalized words an organization or a product, not a person. */
const NOT_A_SURNAME = /^(?:pay|payments?|bank|air|airlines?|telecom|mobile|energy|capital|health|express|logistics|media|software|partners|solutions|technologies|tech|digital|financial|insurance|foundation|guard|labs?|inc|corp|team|group|services?|systems?|cloud|network|project|protocol|engine|server|database|api|platform|support|security|operations|ops|pipeline|cluster|bot|app|client|run|functions?|storage|compute|manager|gateway|balancer|store|hub|registry|proxy|router|queue|cache|actions|pages|workers?|lambda|console|portal|monitor|scheduler|controller|agent|service|sql|db|dns|cdn|mesh|bus|center|centre|suite|studio|desk|duty)$/i;

/**
 * Blaming wording, in English and Korean, outside code and comments. A review that names people
 * as causes stops people from telling what happened; the finding suggests a rewording when one
 * reads naturally in place (offered, never applied by fix-all).
 */
export const rule: Rule = {
  meta: {
    id: 'blameless-language',
    docs: { url: ruleDocsUrl('blameless-language') },
    type: 'suggestion',
    defaultSeverity: 'information',
    fixable: false,
    description: 'The postmortem describes systems and decisions, not people to blame.',
    messages: {
      blaming: '"{text}" assigns blame: describe what in the system, process or tooling allowed it to happen.',
      blamingInstead: '"{text}" assigns blame: describe what allowed it to happen, e.g. "{instead}".',
      person: '"{text}" names a person as the cause: describe the change or action and what let it cause harm.',
      reword: 'Reword as "{instead}"',
    },
  },
  check(ctx) {
    const text = proseText(ctx.doc);
    const skip = actionItemRanges(ctx);
    const inSkipped = (at: number) => skip.some((r) => r.start <= at && at < r.end);
    // A rewording is written in the language of the text around the phrase.
    const languageAt = (at: number) => shortTextLanguage(text.slice(Math.max(0, at - 40), at + 40));
    const quotedOrDenied = (start: number, end: number) => {
      const before = text.slice(Math.max(0, start - 60), start);
      if (/["'“‘「『]$/.test(before) && /["'”’」』]/.test(text.charAt(end))) return true;
      // `'I don't think the answer is "Felix should have known"'`: inside a quotation on its line.
      const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
      // (The quotation may open on the line before, in the same paragraph: `… the answer is "Felix` / `> should have known"`.)
      const lines = before.split('\n');
      let first = lines.length - 1;
      while (first > 0 && !/^[ \t]*>?[ \t]*$/.test(lines[first - 1])) first--;
      const para = lines.slice(first).join('\n');
      const opened = (para.match(/“/g)?.length ?? 0) > (para.match(/”/g)?.length ?? 0) || (para.match(/"/g)?.length ?? 0) % 2 === 1;
      if (opened && /^[^"”\n]{0,60}["”]/.test(text.slice(end, end + 62))) return true;
      // `## Note on blame`: a heading that names the topic.
      if (/^[ \t]{0,3}#{1,6}[ \t]/.test(lineBefore)) return true;
      // `written without blame`, `no blame`: the word right before it denies it.
      if (/\b(?:without|no|not)[ \t]$/i.test(before)) return true;
      // `Was human error a factor?`: a question a form asks, not an answer.
      const sentenceStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf('?'), before.lastIndexOf('!'));
      if (/^[\s*_#>-]*(?:[A-Z]\d{1,2}\.[ \t]*)?(?:was|were|is|are|did|does|do)\b/i.test(before.slice(sentenceStart + 1)) && /^[^.!\n]{0,60}\?/.test(text.slice(end, end + 62))) return true;
      // `Blame does not belong with any individual`: the verb right after it denies it.
      if (DENIED_AFTER.test(text.slice(end, end + 24))) return true;
      // Only in the phrase's own clause: `Dmitri did not read the plan, and this carelessness …` is not denied
      // (nor `… this was not caught — he should have checked`, a dash opening a clause).
      // (A line break inside a paragraph goes on with the clause: `Nobody` / `on the team did anything careless`.)
      // (`… instead of using the config tool and didn't bother to test it`: `and` opens a clause of its own, comma or not.)
      const clause = before.split(/[.!?。;]|\n(?=[ \t]*(?:\n|[-*+#>|]|\d{1,9}[.)]))|,[ \t]+(?:and|but|so)[ \t]|[ \t](?:and|but|so)[ \t]|[ \t][—–][ \t]/).pop() ?? '';
      return NEGATION.test(clause.slice(-45));
    };
    const found = matchesOf(ctx.doc);
    // One finding for one sentence: two patterns that both read it (`원인은 박준혁 님이 … 확인하지 않고`,
    // `김도현 님이 … 확인하지 않고 … 실행한 부주의가 원인이다`) give one finding, the first one's.
    const taken: OffsetRange[] = [];
    const fresh = (start: number, end: number) => {
      const s = sentenceAround(text, start, end);
      if (taken.some((r) => s.start < r.end && r.start < s.end)) return false;
      taken.push(s);
      return true;
    };
    // (A named person's finding first: it says more than a phrase in the same sentence, `Kevin Marsh … did not bother to check`;
    // a phrase before `he`/`the engineer` + a failing, whose phrase finding offers a rewording.)
    for (const m of found.personCause) {
      const who = m.group!;
      // `because Atlas Re requires certificates signed by their CA`: a standing rule of an organisation, in the present tense, is no act of a person.
      if (PRESENT_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 24))) continue;
      // `We noticed because @rinaaa asked in #meta`: the person told us, they did not cause it.
      if (TOLD_US_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 24))) continue;
      if (!who.startsWith('@') && (who.split(/[ \t]/).some((w) => NOT_A_PERSON.has(w.toLowerCase())) || NOT_A_SURNAME.test(who.split(/[ \t]/)[1] ?? ''))) continue;
      if (!fresh(m.index, m.index + m.text.length)) continue;
      const quoted = oneLine(m.text);
      ctx.report({ messageId: 'person', data: { text: quoted.length > 60 ? `${quoted.slice(0, 59)}…` : quoted }, range: { start: m.index, end: m.index + m.text.length } });
    }
    for (const [i, p] of PHRASES.entries()) {
      for (const m of found.phrases[i]) {
        const start = m.index;
        if (m.text === '책임자' && inSkipped(start)) continue;
        if (quotedOrDenied(start, start + m.text.length)) continue;
        if (reframedAfter(text.slice(start + m.text.length, start + m.text.length + 100).split(/[.!?。\n]/)[0] ?? '')) continue;
        // `不注意があったというより、…仕組みが問題`: a few words on, the blame is turned down.
        if (PACKS.some((p) => p.blameTurnedDown.ratherThan.test(text.slice(start + m.text.length, start + m.text.length + 30)))) continue;
        // `before blaming the directory`: blame put on a thing (a vendor's system, a cache), not on a person.
        if (/^blam/i.test(m.text) && (BLAMED_THING.test(text.slice(start + m.text.length, start + m.text.length + 40)) || BLAMED_LOAD.test(text.slice(start + m.text.length, start + m.text.length + 40)))) continue;
        const range = { start, end: start + m.text.length };
        if (!fresh(range.start, range.end)) continue;
        if (!p.instead) {
          ctx.report({ messageId: 'blaming', data: { text: oneLine(m.text) }, range });
          continue;
        }
        const instead = term(p.instead, languageAt(start));
        const suggestion: Fix = {
          title: ctx.message('reword', { instead: instead }),
          edits: [{ ...range, newText: instead }],
        };
        ctx.report({ messageId: 'blamingInstead', data: { text: oneLine(m.text), instead }, range, suggestions: [suggestion] });
      }
    }
    for (const m of found.personFailed) {
      if (quotedOrDenied(m.index, m.index + m.text.length) || !fresh(m.index, m.index + m.text.length)) continue;
      const quoted = oneLine(m.text);
      ctx.report({ messageId: 'person', data: { text: quoted.length > 60 ? `${quoted.slice(0, 59)}…` : quoted }, range: { start: m.index, end: m.index + m.text.length } });
    }
    for (const m of found.personDid) {
      const rest = text.slice(m.index + m.text.length, m.index + m.text.length + 160);
      const end = rest.search(/[.\n]/);
      const sentence = end < 0 ? rest : rest.slice(0, end);
      const at = sentence.indexOf('by mistake');
      const to = m.index + m.text.length + at + 'by mistake'.length;
      if (at < 0 || quotedOrDenied(m.index, m.index + m.text.length) || !fresh(m.index, to)) continue;
      ctx.report({ messageId: 'person', data: { text: `${oneLine(text.slice(m.index, m.index + 40)).trimEnd()}…by mistake` }, range: { start: m.index, end: to } });
    }
  },
};

/** The sentence that holds `start`…`end`: from after the stop before it to the stop after it (a semicolon or a line break ends one too). */
function sentenceAround(text: string, start: number, end: number): OffsetRange {
  let from = start;
  while (from > 0 && from > start - 400 && !SENTENCE_STOP.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to < end + 400 && !SENTENCE_STOP.test(text.charAt(to))) to++;
  return { start: from, end: to };
}
const SENTENCE_STOP = /[.!?;。！？；\n]/;

/** A match of one of the patterns: where, what, which pattern, and the first group (`PERSON_CAUSE`). */
interface Match {
  index: number;
  text: string;
  pattern: number | 'failed' | 'did' | 'cause';
  group?: string;
}

/**
 * The matches of every pattern in a text, pattern by pattern. The patterns are read on the text
 * unwrapped (`he` at the end of a line and `should have looked` on the next are one phrase), and
 * each match is given back at its place in the text as written.
 */
function matchesIn(original: string): Match[] {
  const { text, at } = unwrapped(original);
  const found: Match[] = [];
  const add = (re: RegExp, pattern: Match['pattern']) => {
    for (const m of text.matchAll(re)) found.push({ index: m.index, text: m[0], pattern, group: m[1] ?? m[2] });
  };
  PHRASES.forEach((p, i) => {
    if (!p.then) return add(p.re, i);
    // A start that counts only with what follows it (`최민재 주임이` … `때문에 발생했다`): the phrase is both.
    for (const m of text.matchAll(p.re)) {
      const from = m.index + m[0].length;
      const rest = p.then.exec(text.slice(from, from + 200));
      if (rest) found.push({ index: m.index, text: m[0] + rest[0], pattern: i });
    }
  });
  add(PERSON_FAILED, 'failed');
  add(PERSON_DID, 'did');
  add(PERSON_CAUSE, 'cause');
  add(PERSON_CAUSE_DOING, 'cause');
  add(NAMED_FAILED, 'cause');
  add(CAUSE_IS_FIRST_NAME, 'cause');
  add(FIRST_NAME_WITHOUT, 'cause');
  add(NAMED_WITHOUT, 'cause');
  add(NAMED_WHO_IGNORED, 'cause');
  // `changed … by Greg Halloran, who pushed it straight to production …, and that is why the CMS
  // fell over`: a person by full name, then, in the same sentence, that this is why it broke.
  for (const m of text.matchAll(NAMED_BY_WHO)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const end = rest.search(/[.!?](?:\s|$)|\n[ \t]*(?:\n|[-*+#>|]|\d{1,9}[.)])/);
    const sentence = end < 0 ? rest : rest.slice(0, end);
    if (m[2] ? WHY_AFTER.test(sentence) || OMISSION_AFTER.test(sentence) : THEN_HE_NEVER.test(sentence)) found.push({ index: m.index, text: `by ${m[1]}`, pattern: 'cause', group: m[1] });
  }
  if (!at) return found;
  return found.map((m) => {
    const start = at[m.index];
    const end = at[m.index + m.text.length - 1] + 1;
    return { ...m, index: start, text: original.slice(start, end) };
  });
}

/**
 * The text with each line break inside a paragraph, and the spaces and tabs around it, made one
 * space; `at[i]` is where character `i` of it is in the text. A break before a blank line, a list
 * item, a heading, a quote or a table row is kept. `at` is undefined when nothing was unwrapped.
 */
function unwrapped(text: string): { text: string; at?: Int32Array } {
  if (!text.includes('\n')) return { text };
  const parts: string[] = [];
  const at = new Int32Array(text.length);
  let n = 0;
  let from = 0;
  // A scan from each line break (one pattern with spaces on both sides of the break backtracks on long runs of spaces).
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    let a = nl;
    while (a > from && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
    let b = nl + 1;
    while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
    BLOCK_START.lastIndex = b;
    if (b >= text.length || BLOCK_START.test(text)) continue;
    parts.push(text.slice(from, a), ' ');
    for (let i = from; i <= a; i++) at[n++] = i;
    from = b;
    nl = b - 1;
  }
  if (from === 0) return { text };
  parts.push(text.slice(from));
  for (let i = from; i < text.length; i++) at[n++] = i;
  return { text: parts.join(''), at };
}
/** What starts a block on a line, where a line break is kept: a blank line, a list item, a heading, a quote or a table row. */
const BLOCK_START = /[\n\r]|[-*+#>|][ \t]|\d{1,9}[.)][ \t]/y;

/**
 * The matches of every pattern in the prose, each pattern's in the order of the text. No pattern
 * crosses a blank line, a list item's line or a heading (a sentence wrapped over lines is read on),
 * and segments are cut only there, so the prose is searched a segment at a time, and with a chunk
 * cache only the segments an edit changed are searched again (`searchProse`).
 */
function matchesOf(doc: ParsedDocument): { phrases: Match[][]; personFailed: Match[]; personDid: Match[]; personCause: Match[] } {
  const out = { phrases: PHRASES.map((): Match[] => []), personFailed: [] as Match[], personDid: [] as Match[], personCause: [] as Match[] };
  for (const m of searchProse(doc, 'blameless-language', matchesIn)) {
    if (typeof m.pattern === 'number') out.phrases[m.pattern].push(m);
    else if (m.pattern === 'failed') out.personFailed.push(m);
    else if (m.pattern === 'did') out.personDid.push(m);
    else out.personCause.push(m);
  }
  return out;
}

function actionItemRanges(ctx: Parameters<Rule['check']>[0]): OffsetRange[] {
  return (ctx.fields.byField.get('action_items') ?? []).map((o) => ({ start: o.labelRange.start, end: o.valueRange.end }));
}
