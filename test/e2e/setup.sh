#!/usr/bin/env bash
# Installs what the end-to-end suites need, outside the repository's tracked files, and reuses it
# when it is already there:
#   - Debian packages: chromium (driven by playwright-core), libkrb5-dev + ripgrep (code-server's
#     native build and search), neovim, emacs-nox + elpa-eglot (the two other LSP clients);
#   - code-server (the VS Code workbench served to a browser) from the npm registry, built
#     without any GitHub download, into $E2E_CACHE/code-server-$CODE_SERVER_VERSION, a cache
#     outside the repository so that fresh clones on the same machine (CI) reuse it.
# usage: bash test/e2e/setup.sh            (idempotent; about 45 s apt + 1 min code-server when fresh)
# env:   E2E_CACHE (default ${XDG_CACHE_HOME:-~/.cache}/postmortem-e2e), E2E_WORK (logs; default
#        test/e2e/.work, git-ignored), CODE_SERVER_VERSION (default 4.100.3, the newest on Node 20).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
E2E_WORK=${E2E_WORK:-$HERE/.work}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.100.3}
E2E_CACHE=${E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/postmortem-e2e}
CS_DIR=$E2E_CACHE/code-server-$CODE_SERVER_VERSION
mkdir -p "$E2E_WORK" "$E2E_CACHE"
log() { printf '[setup] %s\n' "$*"; }

# --- 1. Debian packages ------------------------------------------------------------------------
# fonts-noto-cjk: Korean and Japanese text in the screenshots (the DOM checks pass without it)
APT_PACKAGES=(chromium libkrb5-dev ripgrep neovim emacs-nox elpa-eglot fonts-noto-cjk)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  log "apt: installing ${missing[*]}"
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    SUDO=(sudo -n)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$E2E_WORK/apt.log" 2>&1 \
    || { tail -n 40 "$E2E_WORK/apt.log" >&2; exit 1; }
else
  log "apt: all present (${APT_PACKAGES[*]})"
fi

# --- 2. code-server from the npm registry -------------------------------------------------------
if [ -f "$CS_DIR/.installed" ] && [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION: present in $CS_DIR"
  exit 0
fi
log "code-server $CODE_SERVER_VERSION: installing into $CS_DIR (about a minute)"
rm -rf "$CS_DIR"
mkdir -p "$CS_DIR"
(
  cd "$CS_DIR"
  export npm_config_yes=true            # node-pty's postinstall runs `npx node-gyp configure`
  export npm_config_loglevel=error npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
  # node-gyp must find Node's headers locally (no download): use the running node's own prefix
  NODE_PREFIX=$(dirname "$(dirname "$(command -v node)")")
  [ -f "$NODE_PREFIX/include/node/node.h" ] && export npm_config_nodedir=$NODE_PREFIX
  [ -f package.json ] || echo '{"name":"postmortem-e2e-code-server","private":true}' > package.json
  # code-server and its own dependencies, no lifecycle scripts (the postinstall would hit
  # @vscode/ripgrep's GitHub download)
  npm install --ignore-scripts "code-server@$CODE_SERVER_VERSION"
  cd node_modules/code-server/lib/vscode
  # VS Code's server dependencies per its npm-shrinkwrap.json, still no scripts
  npm install --omit=dev --ignore-scripts
  # give @vscode/ripgrep Debian's rg: its postinstall sees bin/ and exits without downloading
  if [ -d node_modules/@vscode/ripgrep ]; then
    mkdir -p node_modules/@vscode/ripgrep/bin
    cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  fi
  # native addons (spdlog, node-pty, native-watchdog, deviceid, kerberos <- libkrb5-dev)
  npm rebuild --foreground-scripts
  # top level: argon2 builds from source, and code-server's postinstall (symlinks, extension deps)
  cd "$CS_DIR"
  npm_config_unsafe_perm=true npm rebuild --foreground-scripts
) >"$E2E_WORK/code-server-install.log" 2>&1 || {
  tail -n 60 "$E2E_WORK/code-server-install.log" >&2
  echo "setup: code-server install failed; full log in $E2E_WORK/code-server-install.log" >&2
  exit 1
}
# (HOME inside the work folder: code-server writes a default config.yaml into ~/.config on any start)
mkdir -p "$E2E_WORK/home"
HOME=$E2E_WORK/home "$CS_DIR/node_modules/.bin/code-server" --version | grep -E '^[0-9]+\.' | sed 's/^/[setup] installed code-server /'
date -u +%FT%TZ > "$CS_DIR/.installed"
