// What the CLI says about a .postmortemrc.json that cannot be used: every problem of the file,
// one line each, with the place and what to write instead; never an internal error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BAD_POSTMORTEM, runCli, tempDir, writeFiles } from './helpers';

/** Runs `postmortem lint` in a folder with this config text and one postmortem. */
function lintWithConfig(config: string): { code: number | null; stderr: string } {
  const dir = tempDir();
  writeFiles(dir, { '.postmortemrc.json': config, 'postmortems/x.md': BAD_POSTMORTEM });
  const r = runCli(['lint'], { cwd: dir });
  return { code: r.code, stderr: r.stderr };
}

test('every problem of a config file is reported, not only the first', () => {
  const config = [
    '{',
    '  "filez": ["**/*.md"],',
    '  "rules": { "blameless-languge": "off", "placeholder": "warning" },',
    '  "timezone": "Mars/Olympus",',
    '  "durationTolerance": "abc"',
    '}',
  ].join('\n');
  const r = lintWithConfig(config);
  assert.equal(r.code, 2);
  assert.equal(
    r.stderr,
    [
      'postmortem: invalid config .postmortemrc.json:2:3: unknown key "filez" (did you mean "files"?)',
      'postmortem: invalid config .postmortemrc.json:3:14: unknown rule "blameless-languge" in "rules" (did you mean "blameless-language"?)',
      'postmortem: invalid config .postmortemrc.json:4:15: "timezone" is "Mars/Olympus", which is not a known time zone (expected an IANA name such as "Asia/Seoul", or "UTC")',
      'postmortem: invalid config .postmortemrc.json:5:24: "durationTolerance" is "abc"; expected a number of minutes such as 15, or a string such as "10%" or "30 min"',
      '',
    ].join('\n'),
  );
});

test('an unknown time zone in the config is an error with a did-you-mean, not a silent "no zone"', () => {
  const r = lintWithConfig('{ "timezone": "Asia/Seol" }');
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'postmortem: invalid config .postmortemrc.json:1:15: "timezone" is "Asia/Seol", which is not a known time zone (did you mean "Asia/Seoul"?)\n');
  for (const zone of ['Asia/Seoul', 'UTC', 'KST', '+09:00', 'America/Argentina/Buenos_Aires', '']) {
    assert.equal(lintWithConfig(JSON.stringify({ timezone: zone })).code, 1, `${JSON.stringify(zone)} is a zone (or none)`);
  }
});

test('a config of `[` nested 3,000 deep (6 KB) names the file and the place, and is no internal error', () => {
  for (const [config, at] of [['['.repeat(3000) + ']'.repeat(3000), '1:65'], [`{ "files": ${'['.repeat(3000)}${']'.repeat(3000)} }`, '1:75'], [`{ "files": ${'['.repeat(3000)}`, '1:75']]) {
    const r = lintWithConfig(config);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `postmortem: invalid config .postmortemrc.json:${at}: Invalid configuration: nested more than 64 levels deep\n`);
  }
});

test('durationTolerance accepts minutes and percentages, and says so for anything else', () => {
  for (const ok of [15, 0, '10%', '30 min', ' 5m ']) assert.equal(lintWithConfig(JSON.stringify({ durationTolerance: ok })).code, 1, JSON.stringify(ok));
  assert.match(lintWithConfig(JSON.stringify({ durationTolerance: -5 })).stderr, /"durationTolerance" is "-5"; expected a number of minutes such as 15, or a string such as "10%"/);
  assert.match(lintWithConfig(JSON.stringify({ durationTolerance: true })).stderr, /"durationTolerance" is "true"; expected a number of minutes/);
});
