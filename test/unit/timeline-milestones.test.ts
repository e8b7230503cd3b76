// Milestone labels in a timeline (`Resolved 14:38`, `복구 완료 10:05`, `検知 9:12`, `Detected: …`)
// come from the language packs (`cues.milestoneLabels`): each row is a one-line timeline and the
// milestone its entry should carry, or none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, mergeConfig } from '../../server/src/core/index';

const cases: Array<{ heading: string; line: string; milestone: string | undefined; entries?: number }> = [
  // English, as before the move to the packs.
  { heading: 'Timeline', line: '- Resolved 14:38 after the rollback', milestone: 'resolved' },
  { heading: 'Timeline', line: '- 14:02 Detected: error rate alert fired', milestone: 'detected' },
  { heading: 'Timeline', line: '- Impact started 13:55', milestone: 'started' },
  { heading: 'Timeline', line: '- 14:20 Rollback began', milestone: undefined },
  // Korean: a label before the time, or before a colon after it. The whole label must be a milestone.
  { heading: '타임라인', line: '- 장애 발생 10:05', milestone: 'started' },
  { heading: '타임라인', line: '- 복구 완료 11:40', milestone: 'resolved' },
  { heading: '타임라인', line: '- 10:12 인지: 모니터링 알람 수신', milestone: 'detected' },
  { heading: '타임라인', line: '- 10:30 임시 조치: 트래픽 우회', milestone: 'mitigated' },
  // `복구 작업 시작` starts the repair, not the incident: not a milestone label, and its time has
  // no date, so the line is not read as an entry at all.
  { heading: '타임라인', line: '- 복구 작업 시작 10:50', milestone: undefined, entries: 0 },
  // Japanese.
  { heading: 'タイムライン', line: '- 障害発生 9:05', milestone: 'started' },
  { heading: 'タイムライン', line: '- 9:12 検知：監視アラートを受信', milestone: 'detected' },
  { heading: 'タイムライン', line: '- 復旧 10:40', milestone: 'resolved' },
  { heading: 'タイムライン', line: '- 9:30 暫定対応：トラフィックを別リージョンへ', milestone: 'mitigated' },
  { heading: 'タイムライン', line: '- 復旧作業開始 9:50', milestone: undefined, entries: 0 },
];

for (const c of cases) {
  test(`milestone of "${c.line.slice(2)}": ${c.milestone ?? 'none'}`, () => {
    const text = `# Incident\n\n## ${c.heading}\n\n${c.line}\n`;
    const analysis = analyze(text, mergeConfig({}));
    assert.ok(analysis);
    const { timeline } = analysis;
    assert.equal(timeline.entries.length, c.entries ?? 1, `entries of ${c.line}`);
    assert.equal(timeline.entries[0]?.milestone, c.milestone);
  });
}

// A weekday opening each time moves the day on (`Mon 21:09`, then `Tue 09:40`); a dated day
// heading sets the day itself, whatever weekday the entries before it opened with.
test('weekday-led times move the day on, and a dated day heading resets it', () => {
  const text = '---\ndate: 2024-03-11\n---\n\n# Feeds\n\n## Timeline (UTC)\n\n- Mon 21:09 Consumer crash loop.\n- Tue 09:40 First stale feed.\n- Fri 18:00 Backfill done.\n\n### Tuesday 19 March 2024\n\n- Tue 09:00 Follow-up review.\n';
  const days = analyze(text, mergeConfig({}))!.timeline.entries.map((e) => e.time?.localIso.slice(0, 10));
  assert.deepEqual(days, ['2024-03-11', '2024-03-12', '2024-03-15', '2024-03-19']);
});
