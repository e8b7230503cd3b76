#!/usr/bin/env bash
# Mutation check of the VS Code suite: runs it once per mutation of test/e2e/break.mjs (E2E_BREAK),
# each against an installed extension with one feature broken, and prints a Markdown table of which
# steps failed. A mutation is "caught" when the step that covers the feature fails.
#
# usage: bash test/e2e/mutations.sh [mutation...]     (default: all of break.mjs)
# env:   E2E_WORK (default test/e2e/.work): each mutation runs in the usual $E2E_WORK/run/vscode;
#        its log is kept as $E2E_WORK/mutations/<name>.log and its screenshots (FAILED-<step>.png for
#        the steps that failed) in $E2E_WORK/mutations/<name>/screenshots; the table is written to
#        $E2E_WORK/mutations/results.md
# Exits non-zero when a mutation is not caught. Each run takes about a minute (the failing steps
# wait out their 30 s UI timeout).
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${E2E_WORK:-$HERE/.work}
cd "$ROOT"
# shellcheck disable=SC2207
NAMES=($(if [ $# -gt 0 ]; then echo "$@"; else node --input-type=module -e "
  const { MUTATIONS } = await import('$HERE/break.mjs'); console.log(Object.keys(MUTATIONS).join(' '));"; fi))
mkdir -p "$WORK/mutations"

for m in "${NAMES[@]}"; do
  echo "== mutation $m"
  rm -rf "${WORK:?}/mutations/$m"
  # the usual run folder (a deeper E2E_WORK can make Chromium's socket path too long), then the
  # screenshots are moved aside
  E2E_ONLY=vscode E2E_BREAK=$m E2E_WORK=$WORK bash "$HERE/run.sh" >"$WORK/mutations/$m.log" 2>&1
  mkdir -p "$WORK/mutations/$m" && mv "$WORK/out/vscode" "$WORK/mutations/$m/screenshots" 2>/dev/null
  grep -E '^\[vscode\] (PASS|FAIL|NOT RUN|PENDING) |E2E_BREAK=' "$WORK/mutations/$m.log" | sed 's/^/   /'
done

node --input-type=module - "$WORK" "${NAMES[@]}" <<'EOF'
import fs from 'node:fs';
import path from 'node:path';
const [work, ...names] = process.argv.slice(2);
const { MUTATIONS } = await import(path.join(process.cwd(), 'test/e2e/break.mjs'));
const rows = ['| `E2E_BREAK=` | what is broken | step that must fail | failed | not run | passed | caught |', '| --- | --- | --- | --- | --- | --- | --- |'];
let missed = 0;
for (const name of names) {
  const log = fs.readFileSync(path.join(work, 'mutations', `${name}.log`), 'utf8');
  const steps = [...log.matchAll(/^\[vscode\] (PASS|FAIL|NOT RUN|PENDING)\s+([\w-]+)/gm)].map((m) => ({ status: m[1], name: m[2] }));
  const of = (s) => steps.filter((x) => x.status === s).map((x) => x.name).join(', ') || '—';
  const target = MUTATIONS[name]?.step;
  const caught = steps.some((x) => x.name === target && x.status === 'FAIL') && !steps.some((x) => x.name === 'setup');
  if (!caught) missed++;
  rows.push(`| \`${name}\` | ${MUTATIONS[name]?.what ?? '?'} | ${target} | ${of('FAIL')} | ${of('NOT RUN')} | ${of('PASS')} | ${caught ? 'yes' : '**no**'} |`);
}
const table = rows.join('\n');
fs.writeFileSync(path.join(work, 'mutations', 'results.md'), `${table}\n`);
console.log(`\n${table}\n\nmutations: ${names.length - missed} of ${names.length} caught; table in ${path.relative(process.cwd(), path.join(work, 'mutations', 'results.md'))}`);
process.exit(missed ? 1 : 0);
EOF
