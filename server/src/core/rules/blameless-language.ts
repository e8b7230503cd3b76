import type { Rule } from './types';
import type { Fix, OffsetRange } from '../types';
import { proseText } from '../facts';
import { proseMatches } from '../prose';

/** A blaming phrase, and a blameless rewording where one reads naturally in its place. */
interface Phrase {
  /** The phrase (sticky-free, case-insensitive unless it names a person). */
  re: RegExp;
  /** English and Korean rewordings, when a drop-in one exists. */
  instead?: { en: string; ko: string };
}

const PHRASES: Phrase[] = [
  { re: /\bhuman[ \t]errors?\b/gi, instead: { en: 'a gap in the process or tooling', ko: '프로세스나 도구의 빈틈' } },
  { re: /\boperator[ \t]errors?\b/gi, instead: { en: 'a gap in the process or tooling', ko: '프로세스나 도구의 빈틈' } },
  { re: /\bcareless(?:ness|ly)?\b/gi },
  { re: /\bshould[ \t]have[ \t]known\b/gi, instead: { en: 'did not have the information to know', ko: '알 수 있는 정보가 없었다' } },
  { re: /\bshould[ \t]have[ \t]noticed\b/gi, instead: { en: 'was not alerted to', ko: '알림을 받지 못했다' } },
  { re: /\b(?:the[ \t])?fault[ \t]of\b/gi },
  { re: /\b(?:his|her|their|your|my)[ \t]fault\b/gi },
  { re: /\bnegligen(?:ce|t|tly)\b/gi },
  { re: /\bincompeten(?:ce|t|tly)\b/gi },
  { re: /\bblam(?:e|ed|es|ing)\b/gi },
  { re: /\bsloppy\b/gi },
  { re: /인적[ \t]?(?:오류|실수|과실)/g, instead: { en: 'a gap in the process or tooling', ko: '프로세스나 도구의 빈틈' } },
  { re: /부주의(?:로|하게|한)?/g },
  { re: /실수로/g, instead: { en: 'unintentionally', ko: '의도치 않게' } },
  // `설정 잘못으로` (a wrong setting) is about the system; someone's `잘못으로` is blame.
  { re: /(?:담당자|개발자|운영자|작업자|직원|관리자|엔지니어|사람|누군가|본인)의?[ \t]?잘못으로/g },
  { re: /책임자/g },
];

/** Words that start with a capital after "caused by" but name a system, not a person. */
const NOT_A_PERSON = new Set(
  ('the a an this that these those our their its his her one two several many some another each every multiple ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'aws amazon google microsoft azure cloudflare github gitlab terraform kubernetes docker helm redis postgres postgresql mysql kafka nginx traefik ' +
    'prometheus grafana linux windows chrome firefox safari python java node npm yarn ubuntu debian jenkins ansible puppet chef consul vault ' +
    'elasticsearch pingdom slack datadog sentry apple android ios dns tls ssl http https bgp cdn api ssh').split(/\s+/),
);

/** `caused by @alice`, `caused by John`, `caused by John Smith`. */
const PERSON_CAUSE = /\b(?:caused|triggered|broken|introduced)[ \t]+by[ \t]+(@[A-Za-z0-9][\w.-]*|[A-Z][a-z]{1,15}(?:[ \t][A-Z][a-z]{1,15})?)(?![\w-])/g;

/** Every phrase, then PERSON_CAUSE: searched in one pass over each part of the prose. */
const PATTERNS = [...PHRASES.map((p) => p.re), PERSON_CAUSE];

/**
 * Blaming wording, in English and Korean, outside code and comments. A review that names people
 * as causes stops people from telling what happened; the finding suggests a rewording when one
 * reads naturally in place (offered, never applied by fix-all).
 */
export const rule: Rule = {
  meta: {
    id: 'blameless-language',
    type: 'suggestion',
    defaultSeverity: 'information',
    fixable: false,
    description: 'The postmortem describes systems and decisions, not people to blame.',
    descriptionKo: '포스트모템은 탓할 사람이 아니라 시스템과 결정을 설명해야 합니다.',
    messages: {
      blaming: {
        en: '"{text}" assigns blame: describe what in the system, process or tooling allowed it to happen.',
        ko: '"{text}"은(는) 책임을 개인에게 돌리는 표현입니다. 시스템, 절차, 도구의 어떤 점이 이를 가능하게 했는지 설명하세요.',
      },
      blamingInstead: {
        en: '"{text}" assigns blame: describe what allowed it to happen, e.g. "{instead}".',
        ko: '"{text}"은(는) 책임을 개인에게 돌리는 표현입니다. 무엇이 이를 가능하게 했는지 설명하세요. 예: "{instead}".',
      },
      person: {
        en: '"{text}" names a person as the cause: describe the change or action and what let it cause harm.',
        ko: '"{text}"은(는) 사람을 원인으로 지목합니다. 어떤 변경이나 조치였는지, 무엇이 그것을 피해로 이어지게 했는지 설명하세요.',
      },
      reword: { en: 'Reword as "{instead}"', ko: '"{instead}"(으)로 바꾸기' },
    },
  },
  check(ctx) {
    const skip = actionItemRanges(ctx);
    const inSkipped = (at: number) => skip.some((r) => r.start <= at && at < r.end);
    const korean = (at: number) => /[\uac00-\ud7a3]/.test(proseText(ctx.doc).slice(Math.max(0, at - 40), at + 40));
    const found = proseMatches(ctx.doc, PATTERNS);
    PHRASES.forEach((p, i) => {
      for (const m of found[i]) {
        const start = m.index;
        // `책임자` in action items is the owner of a follow-up, not someone blamed.
        if (m[0] === '책임자' && inSkipped(start)) continue;
        const range = { start, end: start + m[0].length };
        if (!p.instead) {
          ctx.report({ messageId: 'blaming', data: { text: m[0] }, range });
          continue;
        }
        const instead = korean(start) ? p.instead.ko : p.instead.en;
        const suggestion: Fix = {
          title: (ctx.locale === 'ko' ? this.meta.messages.reword.ko : this.meta.messages.reword.en).replace('{instead}', instead),
          edits: [{ ...range, newText: instead }],
        };
        ctx.report({ messageId: 'blamingInstead', data: { text: m[0], instead }, range, suggestions: [suggestion] });
      }
    });
    for (const m of found[PHRASES.length]) {
      const who = m[1];
      if (!who.startsWith('@') && who.split(/[ \t]/).some((w) => NOT_A_PERSON.has(w.toLowerCase()))) continue;
      ctx.report({ messageId: 'person', data: { text: m[0] }, range: { start: m.index, end: m.index + m[0].length } });
    }
  },
};

function actionItemRanges(ctx: Parameters<Rule['check']>[0]): OffsetRange[] {
  return (ctx.fields.byField.get('action_items') ?? []).map((o) => ({ start: o.labelRange.start, end: o.valueRange.end }));
}
