import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';

const RULE = 'placeholder';

const valid: Array<{ name: string; text: string }> = [
  { name: 'round 71: a count a screen fills in, quoted with its words (show "offline list, X hours old" banner)', text: '# X\n\n## Actions\n\n- [ ] Handheld app: show "offline list, X hours old" banner to wardens — Enforcement team — due 2026-06-30\n' },
  { name: 'round 69: TODO as a heading with an emoji over a checklist (## ✅ TODO)', text: '# 振り返り\n\n## ✅ TODO\n\n- [ ] 検証データを入れる → @okada、次スプリント\n' },
  { name: 'round 68: TBC in a message quoted in a timeline entry (Update to SLT: "cause = expired domain, RCA TBC, ETA for fix EOD"); in a status line dated when it was said (**Status 27/02 22:10:** … RCA TBC.)', text: '# X\n\n**Status 27/02 22:10:** resolved, monitoring o/n. RCA TBC.\n**Update 01/03:** RCA done, see below. Closed.\n\n## Timeline\n\n- 16/09 10:30 incident opened. Update to SLT: "cause = expired domain, RCA TBC, ETA for fix EOD"\n' },
  { name: 'round 66: a plan after something else, in a comment (… 배포 후 작성 예정입니다)', text: '# X\n\n[댓글: 남은 4종은 정기구독 개편 배포 후 작성 예정입니다.]\n' },
  { name: 'round 65: question marks after a percentage in a quoted comment ("CL2 SP -99%?? call me")', text: '# X\n\n## Narrative\n\nShe rejected the batch with the comment "CL2 SP -99%?? call me".\n' },
  { name: 'round 64: the merge field of a notice quoted as it was sent (> Subject: … > Affected key IDs: {{key_ids}})', text: '# Keys in logs\n\n## Appendix A: client notice (sent 17 Feb)\n\n> Subject: Action required: your API key will be rotated\n>\n> As a precaution, the affected keys listed below will be disabled.\n>\n> Affected key IDs: {{key_ids}}\n' },
  { name: 'round 62: a quoted message whose time the screen shows (Show "Received at HH:MM — processing" …)', text: '# X\n\n## Actions\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Show "Received at HH:MM — processing" as soon as the file lands | Aisha Bello | 2026-06-19 | Done |\n' },
  { name: 'round 61: a value not known yet with who decides it and when (TBD — Customer Success will decide …; 추후 작성 (… 조사 진행 중, 결과 통보 시 갱신); 追って記載（調査結果の確定後）)', text: '# X\n\n| Item | Value |\n| --- | --- |\n| Goodwill credits | TBD — Customer Success will decide at the 2026-12-10 account review |\n| 과태료 | 추후 작성 (개인정보보호위원회 조사 진행 중, 결과 통보 시 갱신) |\n| 罰金 | 追って記載（調査結果の確定後） |\n| 6-3 結果 | 追って記載(2026-02 月度 品質会議 2/18 で報告予定) |\n| 7-3 効果の確認 | 追って記載(5-3 完了から 3 か月後に確認) |\n' },
  { name: 'round 51: the SRE book marks where impact began and ended (**<START OF IMPACT>**), and a sentence about someone filling a form in', text: '## Timeline\n\n- 16:31 First 429 from a NAT address. **<START OF IMPACT>**\n- 17:09 Last 429 on the path. **<END OF IMPACT>**\n\n## Fixes\n\n- An unmapped unit now creates a task for the nurse to\n  fill it in by hand.\n' },
  { name: 'round 42: a callout exported from Notion (<aside> … </aside>)', text: '# 검색 지연\n\n<aside>\n🔥 저녁 피크 시간에 검색 응답 시간이 늘었습니다. 72분간 지속.\n\n</aside>\n' },
  { name: 'round 21: lorem ipsum quoted as what a screen showed, and spoken of as a thing to ban', text: '# X\n\nUsers saw placeholder copy ("Lorem ipsum budget partner") on the new screen.\n\n- Unfinished features must use fake sample data and no lorem ipsum.\n' },
  { name: 'a question heading with its answer, and a question that does not ask about its heading', text: '# X\n\n## What happened?\n\nThe deploy broke checkout.\n\n## Timeline\n\nWhy did nobody notice for an hour? The alert was muted.\n\n## Lessons\n\nDid the canary catch it?\n' },
  { name: 'real text', text: '# Outage\n\nThe database ran out of disk.\n' },
  { name: 'round 38: a format named beside YYYY-MM-DD or HH:MM (format, string, 文字列, 형식) is no blank', text: '# X\n\nThe admin page sent the date as a string (YYYY-MM-DD); dates in YYYY-MM-DD format, times as HH:MM strings.\n\n管理画面の日付入力を文字列 (YYYY-MM-DD) のまま送信した。\n\n날짜를 YYYY-MM-DD 형식으로 보냈다.\n' },
  { name: 'TODO as the state of an item: after its ticket key (the SRE book table), or alone in a cell beside DONE and STARTED', text: '## Action Items\n\n| Action Item | Type | Owner | Bug |\n|---|---|---|---|\n| Canary config pushes | mitigate | bea | BCN-4412 **TODO** |\n| Alert on 429s | detect | amara | BCN-4413 **DONE** |\n\n| Item | State |\n|---|---|\n| Runbook | TODO |\n| Alert | STARTED |\n' },
  { name: 'inside a fenced code block', text: '# X\n\n```\nTODO: {{name}} <service>\n```\n' },
  { name: 'inside an indented code block', text: '# X\n\nText.\n\n    # FIXME in a log line\n' },
  { name: 'inside inline code', text: '# X\n\nThe template says `{{title}}` and `TODO`.\n' },
  { name: 'inside an HTML comment', text: '# X\n\n<!-- TODO: write the summary. Times like 2X:XX or YYYY-MM-DD. -->\n\nText.\n' },
  { name: 'inside an inline HTML comment', text: '# X\n\nText <!-- TBD --> more text.\n' },
  { name: 'in a link destination', text: '# X\n\nSee [the ticket](https://example.com/TODO/issue?q=??).\n' },
  { name: 'in a bare URL', text: '# X\n\nSee https://example.com/XXX/TBD.\n' },
  { name: 'in a link definition', text: '# X\n\nSee [ticket].\n\n[ticket]: https://example.com/TODO\n' },
  { name: 'a YAML comment in the front matter', text: '---\nseverity: SEV3  # TODO pick one\n---\n\n# X\n' },
  { name: 'real HTML and autolinks', text: '# X\n\nLine one<br>line two, <https://example.com>.\n' },
  { name: 'TODO inside a word', text: '# X\n\nThe TODOS list and MOXXXY are names.\n' },
  { name: 'status values in a table column', text: '# X\n\n| Item | Status |\n| --- | --- |\n| Rotate keys | TODO |\n| Add alert | DONE |\n| Runbook | WIP |\n' },
  { name: '???? in a quoted chat log', text: '# X\n\n> bob: is the hub down????\n> alice: yes\n' },
  { name: 'MDX syntax', text: "import Tabs from '@theme/Tabs';\n\n# X\n\n<Tabs groupId=\"x\">\n\nText.\n" },
  { name: 'a value wrapped in braces and a Liquid expression', text: '# X\n\n### {{ 06:10 }}\n\n![chart]({{ "/assets/a.png" | absolute_url }})\n' },
  { name: 'a command argument in angle brackets', text: '# X\n\nRunning .save <filename> on sqlite3 overwrites the file.\n' },
  { name: 'TODO talked about', text: '# X\n\nWe found TODO comments in the handler.\n' },
  { name: 'a Template section shows the blanks on purpose', text: '# Log\n\n## Template\n\n- First detected YYYY-MM-DD HH:MM\n- **Time to repair**: Xh Xm\n' },
  { name: 'TODO alone on its line as the name of a checklist', text: '## やること\n\nTODO:\n- [ ] ヘルスチェックにDB接続確認を入れる（藤田、3月末）\n\n**TODO**\n\n1. Add the alert\n' },
  { name: 'a blanked time with a note that the exact time is not known', text: '## Timeline\n\n### 2X:XX (not sure exact time)\n\n- 1X:XX 時刻不明\n' },
  { name: 'a decision not made yet, said on purpose', text: '## Action items\n\n- Add a rollback mode — ML Platform, date TBD\n- Resize the cache — Tariq — TBD, after the capacity plan\n- Show a message — Portal team (owner TBD at next planning), Q3\n' },
  { name: 'prose about a form field to be filled in', text: '# X\n\nVersion 4.0 needs a new "webhook signing secret" field to be filled in.\n' },
  { name: 'round 47: question marks after an amount in a quoted tweet (owe €64??)', text: '## Timeline\n\n- 14:31 — Customer tweet: "it says I\'m called Declan and owe €64??"\n' },
  { name: 'question marks closing a quoted title', text: '## Timeline\n\n- 16:35 first forum thread "save damaged after patch??"\n' },
];


const invalid: Array<{ name: string; text: string; at: Array<[number, number]> }> = [
  { name: 'round 64: a template variable in a quote that is no message is still a blank (> {{summary}})', text: '# X\n\n## Summary\n\n> {{summary}}\n', at: [[5, 3]] },
  { name: 'round 53: a number left to fill after a word (support case #TODO), while a code comment\'s # TODO is talked about', text: '# X\n\n## Notes\n\nWe opened support case #TODO with the provider.\n\nThe script has a # TODO comment.\n', at: [[5, 25]] },
  { name: 'round 41: a note left in parentheses (（TODO: …）, (TODO: …))', text: '# VPN 障害\n\n## 影響\n\n- （TODO: 経理の締め処理への影響を確認して追記）\n- (TODO: confirm the finance impact)\n', at: [[5, 4], [6, 4]] },
  { name: 'round 30: words that say the content is still to come (추후 작성 / 後日記載)', text: '# X\n\n| # | 조치 | 담당 | 기한 |\n|---|---|---|---|\n| 3 | 비동기 전환 | 추후 작성 | 추후 작성 |\n\n## 教訓\n\n後日記載\n', at: [[5, 16], [5, 24], [9, 1]] },
  { name: 'a template\'s question left under the heading it asks about', text: '# X\n\n### Timeline:\nWhat was the exact timeline of the relevant events/actions?\n\n- 10:00 deploy\n', at: [[4, 1]] },
  { name: 'TODO alone in a cell of a table with no other states is left to fill', text: '## Impact\n\n| Metric | Value |\n|---|---|\n| Users | TODO |\n', at: [[5, 11]] },
  { name: 'a TODO with its note to fill it in is one leftover', text: '# X\n\nDistinct users who hit the crash: TODO (waiting for the export, Ines to fill in).\n', at: [[3, 35]] },
  { name: 'TODO and TBD in prose', text: '# X\n\nTODO: write this. Owner TBD.\n', at: [[3, 1], [3, 25]] },
  { name: 'angle-bracket and moustache placeholders', text: '# X\n\nThe <service name> failed for {{duration}}.\n', at: [[3, 5], [3, 31]] },
  { name: 'front matter values', text: '---\ntitle: "{{title}}"\ndate: "{{date}}"\n---\n\n# {{title}}\n', at: [[2, 9], [3, 8], [6, 3]] },
  { name: 'a blank time left from the template', text: '## Timeline\n\n### 2X:XX\n\nErrors again.\n', at: [[3, 5]] },
  { name: 'corpus leftover --:--', text: '| Time | Event |\n| --- | --- |\n| 2019-12-03 --:-- | Surge. |\n', at: [[3, 14]] },
  { name: 'corpus leftovers YYYY-MM-DD HH:MM and Xh Xm', text: '- **Key events**\n  - First detected YYYY-MM-DD HH:MM\n\n- **Time to repair**: Xh Xm\n', at: [[2, 20], [4, 23]] },
  { name: 'corpus leftover ??', text: '| Time | Event |\n| --- | --- |\n| 2024-03-13 14:?? | Scaled down. |\n', at: [[3, 17]] },
  { name: 'lorem ipsum and FIXME', text: '# X\n\nLorem ipsum dolor. FIXME\n', at: [[3, 1], [3, 20]] },
  { name: 'link text is prose', text: '# X\n\nSee [TODO](https://example.com).\n', at: [[3, 6]] },
  { name: 'blanks in single braces and brackets', text: '# X\n\nTracked in {ticket link} and [link to github issue].\n', at: [[3, 12], [3, 30]] },
  { name: 'template instructions left in', text: '# X\n\nAdd details here. This section should be filled out later.\n', at: [[3, 1], [3, 32]] },
  { name: 'a WIP marker in a heading', text: '## Timeline {WIP}\n', at: [[1, 13]] },
  { name: 'TBD with nothing to say why is still left to fill', text: '## Impact\n\nUsers affected: TBD\n', at: [[3, 17]] },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.at.map(([line, column]) => ({ line, column, messageId: 'placeholder' })) })),
})) test(t.name, t.fn);

test(`${RULE}: the range is the placeholder and the message quotes it`, () => {
  const text = '# X\n\nOwner: <owner>\n';
  const [f] = run(text).findings.filter((x) => x.ruleId === RULE);
  assert.equal(text.slice(f.range.start, f.range.end), '<owner>');
  assert.equal(f.message, 'Leftover template text "<owner>": replace it with the real value, or remove it.');
  assert.match(run(text, {}, 'ko').findings.find((x) => x.ruleId === RULE)!.message, /자리표시자 "<owner>"/);
});
