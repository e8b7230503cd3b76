import type { FieldId } from '../types';
import type { MilestoneId } from '../facts';

/**
 * Two patterns where the second must start within `within` characters after the first ends, in
 * one sentence: `users` … `could not`. Each pattern is simple and linear on its own; a single
 * pattern with `[^.]{0,80}` between them would backtrack polynomially. `first` has the `g` flag.
 */
export interface Near {
  /** The first words; `g` flag, so every place is tried. */
  first: RegExp;
  /** The words that must follow (themselves a pair when three parts must follow each other). */
  then: RegExp | Near;
  /** How far after the first words the second may start. */
  within: number;
}

/** A sentence cue: one pattern, or two near each other. */
export type Cue = RegExp | Near;

/** The languages the core reads and writes. */
export type LanguageId = 'en' | 'ko' | 'ja';

/** What kind of incident a postmortem is about; each kind needs its own fields (see `kinds.ts`). */
export type Kind = 'outage' | 'degradation' | 'infrastructure' | 'security' | 'data-loss' | 'cost' | 'near-miss';

/**
 * A heading or label wording that names a field by meaning. `re` runs on the normalized text
 * (lower case, numbering and emphasis removed). Among the intents that match, the highest
 * `score` wins, then the longest match: `Impacted services` is services (3), not impact (2).
 * Scores: 3 a specific phrase, 2 the field's own word, 1 a generic word.
 */
export interface Intent {
  /** The field the wording names. */
  field: FieldId;
  /** The wording; bounded, linear, no `g` or `y` flag. */
  re: RegExp;
  /** How specific the wording is. */
  score: 1 | 2 | 3;
}

/**
 * Cues that a sentence of running text states a field. Each is a bounded pattern that runs on
 * one sentence (code, links and comments already blanked out). A cue only says the fact is
 * stated; the typed readers still decide what the value is, and read nothing when unsure.
 */
export interface ProseCues {
  /** Why it happened: `caused by`, `root cause`, `due to`, `원인`, `原因`. */
  cause: Cue[];
  /** The sentence speaks of the incident itself (outage, down, lasted, 장애, 障害): a length in it may be the incident's. */
  incident: RegExp;
  /** More words of the same (`non-compliant`), kept apart so that each pattern stays quick to prove safe from backtracking. */
  incidentMore?: RegExp;
  /**
   * A length said without a value the readers can trust (`for a few hours`, `outages of 10-30
   * minutes`, `2-3시간`): with the same cues, the duration is stated, though not read.
   */
  vagueLength: RegExp;
  /**
   * The document says plainly that nothing went down (`There was no downtime`, `サイトの停止は
   * ありません`, `서비스 중단은 없었습니다`): a money or data incident's duration, stated as none.
   */
  noDowntime: RegExp;
  /**
   * A timeline entry that says the impact began (`Site is down from here`, `장애 발생`, `障害発生`) and one
   * that says it was over (`Site fully back`, `복구 완료`, `復旧`), for `duration-mismatch` (`timelineEnds`).
   */
  timelineDown: RegExp;
  timelineBack: RegExp;
  /** A label whose value, a time range, is the incident's window (`| **When** | 02:15 – 16:40 CDT |`, `기간`, `障害期間`). */
  windowLabel: RegExp;
  /** Right before a length, what makes it the incident's length (`lasted`, `for about`, `down for`). */
  lengthBefore: string[];
  /** Words of approximation that may stand between `lengthBefore` and the length (`for about 3 hours`). */
  approximately: string[];
  /** Right after a length, what makes it the incident's (`-long outage`, `of downtime`, `동안`, `にわたり`). */
  lengthAfter: RegExp;
  /**
   * Right after a length, words that say by themselves what was wrong, in a sentence with no other
   * cue (`about 6 hours late`, `three and a half hours with no CI`, `6시간 늦게`).
   */
  lengthAfterAlone: RegExp;
  /** Right after a time range, a word that makes it the window of what the sentence tells (`07:00~11:30 사이`, `7:00〜11:30 の間`). */
  rangeWindowAfter?: RegExp;
  /** Right after a length that opens a sentence, what makes it a point in time, not a length (`30 minutes later`, `30분 후`). */
  notLengthAfter: RegExp;
  /** Right before a length, what makes it something else (`every`, `timeout of`, `within`). */
  notLengthBefore: RegExp;
  /** A thing that broke: `X was down`, `outage of X`, `X 장애`, `Xが停止`. */
  services: Cue[];
  /**
   * Failure words that make a title name the service that broke (`Feature flags outage`).
   * Tried on each word of the title, and each pair and triple of words, anchored at both ends.
   */
  titleFailure: RegExp;
  /** Servers, hosts or nodes brought back: `12,000 of 32,000 servers restored`, `the node was replaced`. */
  servers: Cue[];
  /**
   * Right after a number, what makes it a count of people (`1,200 users`, `4,560만 명`, `3万人`):
   * only such numbers are read as users affected from running text.
   */
  people: RegExp;
  /**
   * Before a count of people on its line, words that make it a load figure, not people affected
   * (`peak concurrent users`, `최대 동시 접속자 | 약 18,400명`, `同時接続数`): tried on up to 40
   * characters of the line before the count.
   */
  loadBefore: RegExp;
  /**
   * Right after a count of people, words that make it the whole that a later count is part of
   * (`3,912명 중 … 3,604명`, `3,912人のうち`): the later count is the people affected.
   */
  wholeAfter: RegExp;
  /**
   * Before a count on its line, the people it is a part of and what that part did (`참가자 중 기권 86명`,
   * `参加者のうち棄権 86 名`): a part that did something else, not the count of people affected. (With
   * nothing between, `가입자 중 3,604명`, the part is the people affected.)
   */
  partBefore: RegExp;
  /**
   * Hosts coming back that count as servers restored only in a document whose kind says hosts
   * were lost (`New nodes are being added`): elsewhere the same words describe scaling up.
   */
  serversAfterLoss: Cue[];
  /** What users felt: `customers could not…`, `the site was down`, `사용자가 … 못`, `ユーザーが…できない`. */
  impact: Cue[];
  /**
   * The incident has not ended (`13:08 ~ ongoing`, `still ongoing`, `~ 진행 중`, `継続中`): its
   * duration cannot be stated yet and is not asked for.
   */
  ongoing: RegExp;
  /** A timeline entry that ends the incident (`resolved`, `fully recovered`, `복구 완료`, `復旧`). */
  endEntry: RegExp;
  /** A timeline entry that starts it (`site is down`, `alerts fired`, `장애 발생`, `障害発生`). */
  startEntry: RegExp;
  /**
   * A short label that names a milestone, before an entry's time (`Resolved 14:38`, `복구 완료
   * 10:05`, `検知 9:12`) or before a colon or dash that opens its text (`Detected: …`). Each
   * expression is tried on the label alone, so it says itself how much of the label it must cover.
   */
  milestoneLabels: Array<[MilestoneId, RegExp]>;
  /**
   * The whole label of a line that dates one end of the incident's window (`Started:` and
   * `Resolved:`, `발생 일시:` and `복구 완료:`, `発生日時：` and `復旧日時：`).
   */
  windowStart: RegExp;
  windowEnd: RegExp;
  /**
   * In running text, what follows the end time of a window whose start was given earlier in the
   * sentence with a `rangeFrom` word (`20:10 ごろから … 23:55 に平常へ戻った`, `18:02부터 … 21:34에
   * 복구됐다`): the words right after the time, anchored at its end. Absent where a range is written
   * with its ends together (`from 20:10 to 23:55`), as English does.
   */
  recoveredAt?: RegExp;
}

/**
 * How a language writes counts and shares (`4,560만 명`, `3万2000台`, `4割`, `32,000대 중`), for the
 * count reader, which builds its expressions from the packs at load time: every string here is
 * a fragment or a word, matched right after a number (or, for `approx` and `among`, as a word of
 * a ratio's gap).
 */
export interface CountWords {
  /** Words for "percent" after a number (`퍼센트`), a fragment. */
  percent: string;
  /** Tenths after a number (`4割` is 40 %), a fragment. */
  tenths?: string;
  /** Units that multiply the number before them, below the large ones (`천`, `千`), with their values. */
  smallUnits: Readonly<Record<string, number>>;
  /** Large units, each greater than all the small ones (`만`, `億`): `1억 2,000만` adds the chunks. */
  bigUnits: Readonly<Record<string, number>>;
  /** Counter words after a number, part of the count (`명`, `台`); longer words after the shorter ones they start with are never reached. */
  counters: string[];
  /**
   * Particles that may follow a number directly (`이`, `를`, `정도`): any other letter of the
   * language glued to a number makes it part of a word, not a count. Only for a language whose
   * letters `isHangulCode` knows.
   */
  particles?: string[];
  /** Words after a count that make it the whole (`32,000대 모두`). */
  all: string[];
  /** Approximation words before a number (`약`, `約`). */
  approx: string[];
  /** Words between a whole and its part (`32,000대 중 12,000대`, `32,000台のうち12,000台`). */
  among: string[];
  /**
   * One word of the language (`[가-힣]{1,8}`), a fragment, where words are spaced: up to two may
   * come before an `among` word (`32,000대의 서버 중`) and between a count and its percentage.
   */
  word?: string;
}

/**
 * Lengths of time written with a language's unit words (`1시간 30분`, `2時間半`, `두 시간`), for the
 * duration reader. Expressions are sticky and applied right after a number (`units`, `half`) or at
 * a word (`hourWords`); `approxBefore` ends at the number.
 */
export interface DurationWords {
  /** A unit word after a number, its word in group 1 (`[ \t]?(시간|분|…)`). */
  units: RegExp;
  /** The unit of each word `units` captures: weeks, days, hours, minutes or seconds. */
  unitKeys: Readonly<Record<string, 'w' | 'd' | 'h' | 'm' | 's'>>;
  /** A half after an hour or a larger unit (`1시간 반`, `2時間半`). */
  half: RegExp;
  /** A number of hours in words (`두 시간`): the word in group 1, its value in `values`. */
  hourWords?: { re: RegExp; values: Readonly<Record<string, number>> };
  /** An approximation word right before the number (`약 `, `約`), the word in group 1. */
  approxBefore: RegExp;
}

/**
 * How a language writes dates and clock times with a unit word after each number
 * (`2022년 10월 15일 오후 3시 19분`, `2024年3月1日 14時05分`), and the words that name its zone.
 * The timestamp reader builds its expressions from the packs at load time, so every expression
 * here is a fragment: no capturing groups, no anchors, no flags.
 */
export interface CalendarWords {
  /** After the year, the month and the day number (`년` `월` `일`, `年` `月` `日`). */
  year: RegExp;
  month: RegExp;
  day: RegExp;
  /** A weekday after the date: `(토)`, `토요일`, `（金）`, `金曜日`. */
  weekday: RegExp;
  /** After the hour, minute and second numbers, and not the start of a length (`시` but not `시간`). */
  hour: RegExp;
  minute: RegExp;
  second: RegExp;
  /** Half past, after the hour (`3시 반`, `2時半`). */
  half: RegExp;
  /** Words before the time that make it morning or afternoon (`오전`, `새벽`, `午前`; `오후`, `午後`). */
  am: string[];
  pm: string[];
  /** Words after a time that name a zone (`한국 시간`, `日本時間`), with its abbreviation. */
  zones: Array<{ words: RegExp; abbreviation: string }>;
  /** Numbers for a date without a year are month then day (`8/4 15:00` is the fourth of August). */
  monthFirst: boolean;
  /** Era names written before a year of the era (`令和6年` is 2024), with the era's first year in the Gregorian calendar. */
  eras?: ReadonlyArray<{ name: string; firstYear: number }>;
}

/** One language: how it names fields, how its sentences state them, how it names kinds. */
export interface LanguagePack {
  /** BCP 47 primary tag. */
  id: LanguageId;
  /** English name, for messages about the language. */
  name: string;
  /** The language's own name for itself, for tables and pickers. */
  nativeName: string;
  /** The zone most documents in the language are written in, when there is one (`KST`, `Asia/Seoul`, `+09:00`). */
  homeZone?: { abbreviation: string; iana: string; offset: string };
  /** Heading and label wordings by meaning. */
  intents: Intent[];
  /** Exact aliases (normalized): a heading that is exactly one of these is the field, with full confidence. */
  aliases: Partial<Record<FieldId, string[]>>;
  /** Sentence cues. */
  cues: ProseCues;
  /**
   * Hosts, nodes or servers that went down (`nodes went NotReady`, `the node crashed`): a weaker
   * cue than the `infrastructure` kind's own (a data center fire, a power failure). It lets the
   * prose reader count replacement hosts as servers restored, and asks for nothing.
   */
  hostsDown: Cue;
  /**
   * Tables keyed by service: `serviceHeader` matches a first column's header that names services,
   * systems or features (`Service`, `機能`, `서비스`), `unaffected` the start of a cell that says a
   * row was not hit (`No impact`, `正常動作`, `영향 없음`). An impact section holding such a table
   * states the affected services in its first column.
   */
  tables: { serviceHeader: RegExp; unaffected: RegExp };
  /** Kind cues, in order of precedence; the first kind whose cue matches the title or summary wins. */
  kinds: Array<[Kind, Cue]>;
  /**
   * Words that name a kind in a value that declares it (`type: third-party outage`, `**Type:** Cost / runaway
   * job`, `| 유형 | 성능 저하 |`), tried in order on the value alone (its labels: `words.kindLabel`).
   */
  declaredKinds: Array<[Kind, RegExp]>;
  /** Dates and clock times written with unit words, when the language writes them so. */
  calendar?: CalendarWords;
  /** Lengths of time written with unit words, when the language writes them so (`1시간 30분`). */
  durations?: DurationWords;
  /** Counts and shares written with unit and counter words, when the language writes them so (`4,560만 명`). */
  counts?: CountWords;
  /** Words that say a field does not apply, at the start of its value (`N/A`, `해당 없음`, `該当なし`); a fragment. */
  notApplicable: RegExp;
  /**
   * Words right after a date that make it a deadline (`5/31까지`, `3/8 までに`): a due date
   * without a due word before it. Empty where the language puts its due word first (`by 31 May`).
   */
  deadlineAfter: string[];
  /** Words right after the first time of a range (`10:14부터 15:40(KST)까지`, `10:14から`); `to` and dashes are every language's. */
  rangeFrom: string[];
  /**
   * Words for the kinds of people a count may be of, one list per kind (the first: the service's own
   * users, by whatever name: `users`, `customers`, `고객`, `利用者`): two user counts whose labels name
   * different kinds (`영향 고객 수` and `영향 판매자 수`) count different people and are not compared.
   * Every pack lists the same kinds in the same order (users, merchants, drivers, students,
   * patients, employees, partners, developers, agents): a kind is its index.
   */
  populations: string[][];
  /**
   * Phrases that blame (`human error`, `인적 오류`, `人為的ミス`, a colleague by name who forgot), each
   * with a blameless rewording (a term of the packs' text) where one reads naturally in its place.
   * `blameless-language` reads a text for every pack's phrases. A phrase with `then` is one whose
   * start (`re`) must be followed, right after, by `then` (anchored with `^`): the phrase is both. Two
   * short patterns, where one long one with a lookbehind and a wide gap takes recheck minutes to prove.
   */
  blamePhrases: Array<{ re: RegExp; instead?: TermId; then?: RegExp }>;
  /**
   * A heading's mark that its section sums up one given in full elsewhere (`(key points)`, `（要点）`,
   * `(요약)`): the action items of an executive summary, whose owners and dates are in the appendix.
   */
  summaryMark: RegExp;
  /** Words after an action item's owner that say it takes effect at once (`즉시 시행`, `即時適用`, `effective immediately`): its date is now. A fragment. */
  immediately: RegExp;
  /**
   * After a blaming phrase, in its sentence, the reframing a blameless review makes (`reframed`:
   * `… 수 있었던 구조가 문제`, `起こり得る仕組み`, `could … the design`), or, a few words on, a
   * turn from blame (`ratherThan`: `라기보다`, `というより`), each anchored at the phrase's end.
   */
  blameTurnedDown: { reframed: RegExp; ratherThan: RegExp };
  /**
   * A notice to customers: an apology (`we apologize`, `사과드립니다`, `お詫び申し上げます`) and, in the
   * same document, words that address them (`our customers`, `고객 여러분`, `お客様`, `귀사`, `貴社`).
   * `internal` is a heading's word for a part written for the company's own people after the
   * notice (`Internal appendix`, `사내 공유용`, `社内向け詳細報告`).
   */
  notice: {
    apology: RegExp;
    addressee: RegExp;
    internal: RegExp;
    /** Words that say the apology to customers went out on its own (`別途お詫びのご連絡`, `a separate apology was emailed`): the document itself is the team's. */
    separately: RegExp;
  };
  /**
   * What dates a document as sent or submitted, a snapshot whose items' outcomes are kept elsewhere
   * (an addendum, the tracker): the labels of an e-mail's header (`to`: `To`, `宛先`, `받는 사람`;
   * `subject`: `Subject`, `件名`, `제목`), and a label that dates a report as submitted (`Date of this
   * report`, `提出日`, `제출일`; not a report date alone, `報告日`, which an internal report kept up to date has too). Whole labels, tried on the text before a line's colon.
   * `posted` opens a line that dates a post (`*Posted to the engineering blog, 2024-07-26*`, `公開日: …`, `게시일: …`).
   */
  snapshot: { to: RegExp; subject: RegExp; reportDate: RegExp; posted: RegExp };
  /**
   * A month and the meeting or scheduled event that takes the item up, or a period of the fiscal
   * year, as its deadline (`4월 운영위원회 안건 상정`, `4月の運営委員会`, `9月リリース予定`, `2025年度上期`,
   * `April drill`).
   */
  eventDeadline?: RegExp;
  /**
   * A lessons heading that says what went wrong (`What went wrong`, `무엇이 잘못되었나`,
   * `うまくいかなかったこと`), and the ones that stand beside it (`What went well`, `잘된 점`): without
   * them, in a document that names no cause section, it is where the document says what broke.
   * Tried on the normalized heading (lower case, no numbering).
   */
  wentWrong: RegExp;
  /**
   * Words that end a modifier at the start of a heading (`재발 방지를 위한 교훈`, `再発防止のための教訓`):
   * the heading names what follows them, its head noun.
   */
  modifierEnd?: RegExp;
  /** Words left where content is still to come (`추후 작성`, `後日記載`), reported as placeholders like `TBD`; a fragment. */
  toBeWritten?: RegExp;
  /**
   * A note right after such words or a `TBD` that says what it waits for (`추후 작성 (조사 진행 중, 결과 통보 시 갱신)`,
   * `追って記載（調査結果の確定後）`): a value not known yet, said on purpose, not a blank left to fill.
   */
  pendingNote?: RegExp;
  wentWell: RegExp;
  /**
   * Sentences that say where the action items are tracked or assigned (`action items tracked in
   * PLAT-2291`, `担当は Discussions #1287 のコメントで割り振っています`): the tracker holds each item's
   * owner and state. `lead` opens the sentence's statement; with `ref`, an issue, a ticket key or a
   * URL follows in the same sentence, and then `verb`, when given (read by a scan in `record.ts`,
   * not one pattern: one with the reference in the middle could not be proved safe).
   */
  itemsTracked: Array<{ lead: RegExp; ref?: boolean; verb?: RegExp }>;
  /**
   * The ending of an item's owner that says a team is consulted, not that it owns the item
   * (`총무팀과 협의`, `総務部と調整中`): taken off the name the report shows; anchored at the end.
   */
  consulted?: RegExp;
  /**
   * Small vocabularies that readers and rules join over every pack, each an alternation fragment
   * (no anchors, no flags: the module that joins them gives both; empty where the language has none).
   */
  words: PackWords;
  /** What the pack says to the user: messages, labels and terms. */
  text: PackText;
}

/** The small vocabularies of `LanguagePack.words`. */
export interface PackWords {
  /** Words for a time zone (`time zone`, `시차`, `時差`), in a sentence that talks about zones (`timezone`). */
  zoneWord: string;
  /** A heading that holds examples, not the document's facts (`Examples`, `예시`, `テンプレート`): `placeholder`, `empty-field`. */
  exampleHeading: string;
  /** A table column that gives an item's state (`Status`, `상태`, `状況`): `placeholder`. */
  statusHeader: string;
  /** Severity words teams use beside the codes (`critical`, `심각`, `重大`): `schema.ts`. */
  severity: string;
  /** A table column of times (`Time`, `시각`, `時刻`): the timeline readers. */
  timeColumn: string;
  /** Words in a title that make a document an incident report (`incident`, `장애`, `障害`): `scope.ts`. */
  incidentTitle: string;
  /** A value that says on purpose there is no number (`N/A`, `모름`, `不明`): `impossible-values.ts`. */
  notANumber: string;
  /** A value that says there was none: no downtime for a duration, no service hit for the services (`none`, `없음`, `なし`): `facts.ts`. */
  noLength: string;
  /** Words that say a group was not affected (`unaffected`, `영향 없음`, `影響なし`): `facts.ts`. */
  unaffected: string;
  /** The label of a line that gives the incident's date (`Date of incident`, `발생일`, `発生日`): the timeline reader. */
  incidentDateLabel: string;
  /** Particles written onto a clock time in a sentence (`21:05에`, `21:05には`, `13:40 の`): a time in prose, not an entry's. */
  timeParticle: string;
  /** What closes a window right before its length (`8月11日までの 7 日間`, `8월 11일까지의 7일간`), after a `rangeFrom` word. */
  windowUntil: string;
  /** Words that name a near miss outright, or say the event was no outage (`near miss`, `ヒヤリハット`, `障害ではありません`): the near-miss kind. */
  nearMiss: string;
  /** A heading or a lead over items that are done or no commitments (`Done`, `Backlog`, `조치 완료`, `実施済み`): `action-done.ts`. */
  doneSection: string;
  /** A heading of notes added after the review on how its items went (`Follow-up (added 10 July)`, `후속 확인`, `追記`): an item a note there says is done is done. */
  followUpSection: string;
  /** The word that opens a dated note below the items, with no heading of its own (`> 내부 메모 (장우진, 8/30):`, `Note (3/14):`); not a heading: a `Notes` section holds more than how the items went. */
  noteLead?: string;
  /** A status cell that says done, dropped or declined, as the whole cell (`done`, `완료`, `見送り`). */
  doneStatus: string;
  /** The same, opening a cell that says more after it (`Done in 2.3`, `완료 (5/3)`). */
  doneStatusStart: string;
  /** Words that say done on their own inside a text (`완료`, `対応済み`); a deadline after one says it is about something else. */
  doneWord: string;
  /** The end of an item written as a report of what was done, in the past tense (`変更してもらいました`, `교체했습니다`), not a decision to do it (`することにしました`, `하기로 했습니다`). */
  donePast: string;
  /** Words that close an item by deciding not to do it (`decided against`, `見送り`, `하지 않기로 결정`), at the end of a clause: closed, not open. */
  droppedWord: string;
  /** An item put on hold (`on hold`, `보류`, `保留`), and words that say when it is looked at again (`revisit in H2`, `하반기 재검토`, `11月に再判断`): such an item has its next date. */
  onHoldWord: string;
  /** Moved to a later time (`postponed to Q3`, `2026년으로 연기`, `2026 年度へ延期`): the date written beside it is no longer the item's deadline. */
  postponedWord: string;
  revisitWord: string;
  /** Words that say the item is in use now or runs as a practice already done (`運用開始`, `直近は 10 月に実施`, `운영 중`), closing a clause: closed. */
  inUseWord: string;
  /** Nouns for servers (`servers`, `서버`, `サーバー`) and counters of machines (`대`, `台`): the servers reader. */
  serverNoun: string;
  serverCounter: string;
  /** Counters of people (`명`, `人`, `名`) at the end of a count: the users reader. */
  peopleCounter: string;
  /** Counters of things that are not people (`개`, `件`, `回`, `円`) right after a count, and those that end one (`5件`). */
  thingCounterAfter: string;
  thingCounterEnd: string;
  /** After a month written with the pack's month word, its first and middle thirds as a deadline (`4月上旬`, `4月中旬`, `4월 중순`): the 10th and the 20th. */
  earlyMonth: string;
  /** Right after a month, words for its end or its course (`末`, `下旬`, `말`, `중`): the month is a deadline (`2026/1 末`). */
  monthEnd: string;
  midMonth: string;
  /** A label for an item's due date in running text (`期限:`, `기한:`, `due:`): whatever follows it is the date it gives. */
  dueLabel: string;
  /** The same without a colon, where a language writes it so (`기한 1분기 말`, `期限 3月末`). */
  dueLabelBare: string;
  /** Within this year, as a deadline (`연내`, `年内`): the end of the year the document was written in. */
  thisYearEnd: string;
  /** A strength of action as a label (`強い対策`, `Stronger actions`, `강한 조치`): a class of an action hierarchy, defined, not an item. */
  actionStrength: string;
  /** In a table's header, words that make the date beside them the day its states were written (`as of 12/3`, `12/3 時点`, `12/3 기준`). */
  asOf: string;
  /** The next sprint as a deadline (`next sprint`, `다음 스프린트`, `次スプリント`): some weeks after the document was written. */
  nextSprint: string;
  /** A quarter's word after its number (`3분기`, `第3四半期`), and words after it that keep it a deadline (`내`, `中`). */
  quarter: string;
  quarterAfter: string;
  /** A mark before an ordinal number (`第3四半期`). */
  ordinalBefore: string;
  /** Words that say the times of a text are in one zone (`all times`, `시각은`, `기준`): the timeline reader. */
  allTimes: string;
  /** Words for times in a zone statement (`시간`, `時刻`), and the word after a zone that makes it the basis (`기준`, `基準`). */
  timesWord: string;
  zoneBasis: string;
  /** A label of a line that names the zone of the document's times (`Times: GMT`, `Time zone: UTC`, `시간대: KST`, `タイムゾーン: JST`). */
  zoneLabel: string;
  /** A few words of approximation that may open a length (`about`, `약`, `約`), a shorter list than `cues.approximately`. */
  approxShort: string;
  /** What a meeting will do, closing an item where its owner would be (`定例で相談`, `회의에서 결정`): no owner. */
  meetingDecides: string;
  /** Words for an owner or assigning one (`owner`, `assign`, `담당`, `担当`), in a note still to do (`TODO: pick owner`). */
  ownerWord: string;
  /** Someone taking the item on, said in the language's own way (`中川さんが対応`, `협력사 PM`): the item has an owner. */
  ownerPhrase: string;
  /** Words before a length that make it a measurement, not how long something lasted (`最大`, `최대`, `平均`); English's are in the rule. */
  measureBefore: string;
  /** Words that make a labelled length an average or a percentile (`평균 배달 소요 시간`, `Median time to page`), not a window. */
  averageWord: string;
  /** Words in a label that make its window a plan, not what happened (`Approved downtime window`, `계획 작업 시간`, `予定停止時間`): `duration-mismatch`. */
  plannedWord: string;
  /** Words that qualify an impact heading as the impact inside the organisation (`Impact (internal)`, `影響(社内)`, `영향(대내)`). */
  internalWord: string;
  /** An interim report's note of the next one (`次回報告(第2報)は…`, `2보에서 보고 예정`, `next update at 17:00`): what it will say, not an action item. */
  nextReport: string;
  /**
   * Action items named by number in a note (`#3 and #5`, `施策 3・5・6`, `조치 3·5`): one capture, the
   * numbers with what joins them. A later note that says they are done marks those items done.
   */
  itemNumbers: string;
  /**
   * Words that make a measure a statistic of the incident, not its length, opening a label
   * (`Max delay`, `최대 지연 시간`, `平均遅延時間`): such a label does not name the duration.
   */
  statisticLead: string;
  /** Words that make a length come on top of one said before (`31분이 더`, `another 31 minutes`, `さらに 31 分`). */
  moreTime: string;
  /** A word for the whole before a field's name (`Total outage time`, `총 장애 시간`, `総障害時間`): the field all the same. */
  totalLead: string;
  /** The particle after a system's name in a title that is about it (`PMS の…`, `API의 …`); empty in English. */
  titleOf?: string;
  /** A later note's words for a change made (`本番に適用。`, `절차서 배포,`): said in a note of how the items went, that item is done. */
  noteDone?: string;
  /** Right before a length, a word that makes it the whole (`총 250분`, `合計 5 時間`); English says it after (`in total`). */
  totalBefore?: string;
  /** The end of a sentence that leads a list of what was done (`…で以下を実施済み。`, `The following were done:`, `다음을 조치 완료했다.`): its items are done. */
  doneLeadEnd?: string;
  /** A note's words that every item above is done (`上の TODO は 3/13 までに全部 close`, `all of the above are done`, `위 조치는 모두 완료`). */
  allItemsDone?: string;
  /** Words right after a length that make it a lower bound (`1시간 이상`, `3時間以上`); English says it before (`over`). */
  lowerBound?: string;
  /** Words right after a length that make it a point in time or a lateness, not a window (`30일 이전`, `2時間後`). */
  pointAfter?: string;
  /** A heading that is the Try of a Keep / Problem / Try retrospective (`## Try`): its proposals, which a section of action items may take up. */
  retroTry?: string;
  /** A heading that is only what the incident cost (`Cost`, `What it cost`, `비용`, `費用`): a document about money. */
  costSection: string;
  /** Words that name a format (`format`, `形式`, `형식`): a `YYYY-MM-DD` beside one names the format, it is no blank. */
  formatWord: string;
  /** After a severity, words that say it is that grade in the team's reckoning (`SEV2 相当`, `SEV2 상당`, `SEV2-equivalent`): the grade. */
  equivalent: string;
  /** Words for telephone numbers (`numbers`, `番号`, `번호`): `+62 / +63 の番号` are country codes, not counts. */
  phoneWord: string;
  /** A marker that opens an item of an enumeration written as lines of a paragraph (`가.`, `（1）`, `①`): Markdown reads no list there. */
  enumMarker: string;
  /** A label for a list of links or documents (`Links`, `References`, `참고 자료`, `関連リンク`) or of a revision history (`改訂履歴`, `변경 이력`, `Revision history`), the whole of a heading, a bold line or a `<summary>`: what follows is no action item. */
  referencesLabel: string;
  /** A table header for the items' numbers (`번호`, `番号`, `項番`): not the column of the actions. */
  numberHeader: string;
  /** A label for when the incident happened (`When`, `Date/time`, `일시`, `日時`): a row of a table of properties whose value is a time range gives the duration. */
  whenLabel: string;
  /** The header words of a two-column table of properties (`| Property | Value |`, `| 구분 | 내용 |`, `| 項目 | 内容 |`). */
  keyValueHeader: string;
  /** The label of a line or a row that declares the incident's kind (`Type`, `유형`, `種別`): `kinds.ts`. */
  kindLabel: string;
  /** The label of an issue tracker's labels line (`**Labels:** \`postmortem\` \`cost\``, `ラベル:`, `라벨:`): a label that is a kind's own name declares it. */
  labelsLabel: string;
  /** The first and the second half of a calendar year (`H1`, `상반기`), as a due date's words; not where a half is the fiscal one by habit (`上期`). */
  firstHalf: string;
  secondHalf: string;
  /** Nouns for systems and services (`systems`, `시스템`, `システム`), ending a row's label that names what was hit. */
  systemNoun: string;
  /** Words in such a label that say they were spared (`not`, `않은`, `なかった`): not what was hit. */
  sparedWord: string;
}

/** Words the core and the adapters put into messages, fix titles and inserted text. */
export type TermId =
  | 'expected.duration' | 'expected.affected_services' | 'expected.servers_restored' | 'expected.user_impact' | 'expected.pattern' | 'expected.zone'
  | 'count.restored' | 'count.total' | 'count.affected'
  | 'instead.processGap' | 'instead.noInformation' | 'instead.notAlerted' | 'instead.unintentionally'
  | 'list.or'
  | 'where.frontMatter' | 'where.section' | 'where.line' | 'where.table'
  | 'catalog' | 'usedInOne' | 'usedIn'
  | 'fixAll' | 'insertMissingSections' | 'insertTimelineEntry' | 'today' | 'now'
  | 'config.withoutTeamSchema' | 'config.lastValidStays'
  | 'import.alertFired' | 'import.alertResolved' | 'import.tagged' | 'importTimeline'
  | 'command.imported' | 'command.importNothing' | 'command.importProblems'
  | 'command.notOpen' | 'command.busy' | 'command.unreadable' | 'command.nothing' | 'command.openBlock' | 'command.rejected' | 'command.inserted';

/** Labels of a hover. */
export interface HoverLabels {
  duration: string; timestamp: string; ratio: string; count: string; about: string; min: string;
  fromRange: string; stated: string; field: string; required: string; optional: string;
  zoneWritten: string; zoneTimeline: string; zoneConfig: string; noZone: string; noDate: string;
  zone: string; notStated: string; outOfOrder: string; unreadable: string;
  milestone: string; metric: string; value: string; definition: string;
  /** Definitions of the time-to metrics. */
  ttd: string; ttm: string; ttr: string;
}

/** Every label the preview shows. Document text never goes through here (and is escaped anyway). */
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
  milestones: Record<'started' | 'detected' | 'mitigated' | 'resolved', string>;
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
  /** Average width of one character of this language's text in the timeline's SVG, in pixels. */
  charWidth: number;
}

/**
 * What a pack says to the user. English rule messages and descriptions are written in the rules
 * themselves (`meta.messages`, as ESLint rules declare theirs) and English field names in
 * `fields.ts`: the English pack leaves `rules` and `fields` empty, every other pack translates all
 * of them with the same `{slots}` (checked by test/unit/lang-packs.test.ts).
 */
export interface PackText {
  /** Rule descriptions and messages by rule id and message id. */
  rules: Record<string, { description: string; messages: Record<string, string> }>;
  /** Field names and one-line explanations. */
  fields: Partial<Record<FieldId, { label: string; description: string }>>;
  /** Front matter keys' one-line explanations (English: lsp/front-matter-keys.ts, EDITOR_FRONT_MATTER_KEYS). */
  keys: Record<string, string>;
  /** Words of messages, fix titles and commands. */
  terms: Record<TermId, string>;
  /** A field's one-line explanation turned into a phrase that fits after "write …" in a message. */
  phrase(description: string): string;
  /** Units of a formatted duration (days, hours, minutes) and what joins them. */
  durationUnits: { day: string; hour: string; minute: string; join: string };
  /** Labels of hovers. */
  hover: HoverLabels;
  /** Labels of the preview. */
  preview: PreviewLabels;
}
