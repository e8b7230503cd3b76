#!/usr/bin/env bash
# End-to-end tests in real editors: Neovim and Emacs (eglot) against dist/server.js --stdio, and
# VS Code (code-server + Chromium, driven by playwright-core) with the packaged .vsix installed.
#
# usage: bash test/e2e/run.sh          (npm run test:e2e)
# env:   E2E_ONLY=nvim,emacs,vscode,vscode-web    run only these suites (vscode-web: the web-only
#                                      .vsix, dist/postmortem-web.vsix, in code-server's web worker extension host)
#        E2E_VSIX=<file>               test this .vsix instead of dist/postmortem.vsix (no packaging)
#        E2E_WORK=<dir>                runs, logs, screenshots (default test/e2e/.work, git-ignored)
#        E2E_CACHE=<dir>               installed code-server (default ~/.cache/postmortem-e2e)
#        E2E_ALLOW_PENDING, E2E_STEPS, E2E_DOCS_SCREENSHOT, E2E_BREAK, E2E_RESTART_WHILE_TYPING: see
#                                      vscode.test.mjs and docs/e2e.md (mutations.sh runs every E2E_BREAK)
# Installs what is missing first (setup.sh), packages the .vsix (npm run package) and builds dist/
# when they are missing or older than their sources, prints one summary line per suite and the total wall time,
# and exits non-zero when any suite fails.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export E2E_WORK=${E2E_WORK:-$HERE/.work}
export E2E_CACHE=${E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/postmortem-e2e}   # code-server install (setup.sh)
ONLY=${E2E_ONLY:-nvim,emacs,vscode,vscode-web}
cd "$ROOT"
mkdir -p "$E2E_WORK/run" "$E2E_WORK/out"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
T0=$(now)
SUMMARY=()
passed=0; failed=0
record() { # suite status seconds detail
  SUMMARY+=("$(printf 'e2e %-7s %-4s %6s s  %s' "$1" "$2" "$3" "$4")")
  if [ "$2" = PASS ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}
finish() {
  echo
  echo "== e2e summary"
  for l in "${SUMMARY[@]}"; do echo "$l"; done
  echo "e2e total wall time: $(secs "$T0" "$(now)") s"
  echo "e2e: $passed passed, $failed failed"
  [ "$failed" = 0 ]
  exit
}
want() { [[ ",$ONLY," == *",$1,"* ]]; }

# --- setup (idempotent: a few dpkg queries when everything is there) ---------------------------
t=$(now)
echo "== e2e setup"
if ! bash "$HERE/setup.sh"; then record setup FAIL "$(secs "$t" "$(now)")" "test/e2e/setup.sh failed"; finish; fi
SETUP_S=$(secs "$t" "$(now)")

# --- build and package when missing or stale ------------------------------------------------------
t=$(now)
newer_than() { # target sources...: true when target is missing or any source file is newer
  local target=$1; shift
  [ -e "$target" ] || return 0
  [ -n "$(find "$@" -newer "$target" -type f -print -quit 2>/dev/null)" ]
}
if [ -n "${E2E_VSIX:-}" ]; then
  VSIX=$(cd "$(dirname "$E2E_VSIX")" && pwd)/$(basename "$E2E_VSIX")
elif want vscode; then
  VSIX=$ROOT/dist/postmortem.vsix
  if newer_than "$VSIX" server/src client/src scripts/build.mjs package.json package.nls.json package.nls.ko.json \
      .vscodeignore templates schemas syntaxes snippets media images docs/rules README.md LICENSE; then
    echo "== e2e: packaging $VSIX (npm run package)"
    if ! npm run --silent package </dev/null >"$E2E_WORK/package.log" 2>&1; then
      cat "$E2E_WORK/package.log"
      record package FAIL "$(secs "$t" "$(now)")" "npm run package failed (see above)"
      finish
    fi
    grep -E 'DONE|WARNING' "$E2E_WORK/package.log"
  fi
fi
if want vscode-web; then
  WEB_VSIX=$ROOT/dist/postmortem-web.vsix
  if newer_than "$WEB_VSIX" server/src client/src scripts/build.mjs scripts/package-web.mjs package.json package.nls.json \
      templates schemas syntaxes snippets media images docs/rules README.md LICENSE; then
    echo "== e2e: packaging $WEB_VSIX (npm run package:web)"
    if ! npm run --silent package:web </dev/null >"$E2E_WORK/package-web.log" 2>&1; then
      cat "$E2E_WORK/package-web.log"
      record package FAIL "$(secs "$t" "$(now)")" "npm run package:web failed (see above)"
      finish
    fi
  fi
fi
# Neovim and Emacs run dist/server.js
if newer_than dist/server.js server/src scripts/build.mjs package.json; then
  echo "== e2e: building dist/"
  node scripts/build.mjs || { record build FAIL "$(secs "$t" "$(now)")" "node scripts/build.mjs failed"; finish; }
fi
BUILD_S=$(secs "$t" "$(now)")
echo "== e2e: setup ${SETUP_S} s, build/package ${BUILD_S} s"

# --- suites ---------------------------------------------------------------------------------------
# fresh folder per suite, with HOME and TMPDIR inside it
fresh() {
  local d=$E2E_WORK/run/$1
  rm -rf "$d" && mkdir -p "$d/home" "$d/tmp" "$d/ws/postmortems"
  cp "$HERE/fixtures/postmortems/"*.md "$d/ws/postmortems/"
  echo "$d"
}
BROKEN=$(node -p "require('$HERE/fixtures/expected.json').broken.file")

# A probe passed when it exited 0 and printed its "] PASS" line; otherwise its first FAIL line is the reason.
verdict() { # name exit-code log start-time what-passing-shows
  if [ "$2" = 0 ] && grep -q '] PASS$' "$3"; then
    record "$1" PASS "$(secs "$4" "$(now)")" "$5"
  else
    record "$1" FAIL "$(secs "$4" "$(now)")" "$(grep -m1 'FAIL' "$3" || echo "exit $2")"
  fi
}

if want nvim; then
  echo "== e2e nvim (Neovim $(nvim --version | head -n 1 | sed 's/^NVIM v//'), vim.lsp.start_client)"
  d=$(fresh nvim); t=$(now)
  ( cd "$d/ws" && HOME=$d/home TMPDIR=$d/tmp XDG_CONFIG_HOME=$d/home/.config XDG_DATA_HOME=$d/home/.local/share \
      XDG_STATE_HOME=$d/home/.local/state XDG_CACHE_HOME=$d/home/.cache \
      timeout --kill-after=5 120 nvim --headless --clean -n -i NONE \
      -c "let g:pm_file='$d/ws/$BROKEN'" -c "let g:pm_expected='$HERE/fixtures/expected.json'" \
      -c "let g:pm_server='$ROOT/dist/server.js'" -c "luafile $HERE/nvim-probe.lua" ) 2>&1 | tee "$d/log.txt"
  verdict nvim "${PIPESTATUS[0]}" "$d/log.txt" "$t" "findings on open, code action applied, gone after the fixing edits"
fi

if want emacs; then
  echo "== e2e emacs (Emacs $(emacs --version | head -n 1 | sed 's/^GNU Emacs //') + eglot)"
  d=$(fresh emacs); t=$(now)
  ( cd "$d/ws" && HOME=$d/home TMPDIR=$d/tmp PM_FILE=$d/ws/$BROKEN PM_EXPECTED=$HERE/fixtures/expected.json \
      PM_SERVER=$ROOT/dist/server.js timeout --kill-after=5 120 emacs --batch -q -l "$HERE/eglot-probe.el" ) 2>&1 \
    | grep -v -e '^Loading /etc/emacs' -e '^\[eglot\] applying' -e '^$' | tee "$d/log.txt"
  verdict emacs "${PIPESTATUS[0]}" "$d/log.txt" "$t" "findings on open, quick fix applied, gone after the fixing edits"
fi

if want vscode; then
  echo "== e2e vscode (code-server ${CODE_SERVER_VERSION:-4.100.3}, Chromium, playwright-core)${E2E_BREAK:+, E2E_BREAK=$E2E_BREAK: expected to fail}"
  t=$(now)
  mkdir -p "$E2E_WORK/run/vscode-tmp"
  E2E_VSIX=$VSIX TMPDIR=$E2E_WORK/run/vscode-tmp timeout --kill-after=15 600 node "$HERE/vscode.test.mjs" 2>&1 \
    | tee "$E2E_WORK/run/vscode.log"
  rc=${PIPESTATUS[0]}
  line=$(grep -E '^\[vscode\] [0-9]+ passed' "$E2E_WORK/run/vscode.log" | tail -n 1 | sed 's/^\[vscode\] //; s/; code-server log.*//')
  if [ "$rc" = 0 ]; then record vscode PASS "$(secs "$t" "$(now)")" "$line"
  else record vscode FAIL "$(secs "$t" "$(now)")" "${line:-exit $rc}"; fi
fi

if want vscode-web; then
  echo "== e2e vscode-web (the web-only .vsix in code-server's web worker extension host, Chromium)"
  t=$(now)
  mkdir -p "$E2E_WORK/run/vscode-web-tmp"
  E2E_WEB=1 E2E_VSIX=$WEB_VSIX TMPDIR=$E2E_WORK/run/vscode-web-tmp timeout --kill-after=15 600 node "$HERE/vscode.test.mjs" 2>&1 \
    | tee "$E2E_WORK/run/vscode-web.log"
  rc=${PIPESTATUS[0]}
  line=$(grep -E '^\[vscode\] [0-9]+ passed' "$E2E_WORK/run/vscode-web.log" | tail -n 1 | sed 's/^\[vscode\] //; s/; code-server log.*//')
  if [ "$rc" = 0 ]; then record vscode-web PASS "$(secs "$t" "$(now)")" "$line"
  else record vscode-web FAIL "$(secs "$t" "$(now)")" "${line:-exit $rc}"; fi
fi

finish
