// VS Code end-to-end suite: the packaged .vsix in code-server (the real VS Code workbench, served
// to a browser), driven with playwright-core in Debian's Chromium. Fresh profile every run.
//
// usage (run.sh does this): node test/e2e/vscode.test.mjs
// env:  E2E_WORK      work folder (default test/e2e/.work): code-server install, run/vscode, out/vscode
//       CODE_SERVER   code-server binary (default $E2E_CACHE/code-server-4.100.3/node_modules/.bin/code-server,
//                     E2E_CACHE defaulting to ~/.cache/postmortem-e2e as in setup.sh)
//       E2E_VSIX      extension package (default dist/postmortem.vsix)
//       E2E_ALLOW_PENDING=1  a step whose feature check fails (the command is not in the packaged
//                     manifest, the server has no hoverProvider) is reported as PENDING instead of
//                     failing the suite: for work in progress only, CI never sets it
//       E2E_STEPS     comma list of steps to run even though their feature check fails
//                     (new-from-template, hover), or "all"
//       E2E_DOCS_SCREENSHOT=1  also copy the Problems panel screenshot to docs/images/vscode-problems.png
//                     and the preview's to docs/images/preview-kakao-2022.png
//       E2E_RESTART_WHILE_TYPING=1  server-restart step: edit right after the kill, without waiting for
//                     the client to start a new server (reproduces a vscode-languageclient shutdown)
//       E2E_BREAK     a mutation from break.mjs (diagnostics, hover, quickfix, newFromTemplate, restart,
//                     preview): patches the installed copy of the extension so that one feature is
//                     broken; the run is expected to fail (mutations.sh runs them all)
//       E2E_EXTRA_VSIX  more .vsix files to install (space-separated), e.g. a stub while developing
//       E2E_WEB=1     the web extension: installs dist/postmortem-web.vsix (no `main`, `browser` only;
//                     npm run package:web), which code-server can run only in the browser's web worker
//                     extension host. The same steps, except that the server-restart step checks where
//                     the server runs instead, and Import Timeline must say it is not available there
//
// Every wait is on a UI signal (an element, a count, a text); there is no fixed sleep.
import { chromium } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { applyBreak } from './break.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const WORK = path.resolve(process.env.E2E_WORK ?? path.join(HERE, '.work'));
const CS_VERSION = process.env.CODE_SERVER_VERSION ?? '4.100.3';
const CACHE = process.env.E2E_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'postmortem-e2e');
const CS = process.env.CODE_SERVER ?? path.join(CACHE, `code-server-${CS_VERSION}`, 'node_modules', '.bin', 'code-server');
const WEB = process.env.E2E_WEB === '1';
const VSIX = path.resolve(process.env.E2E_VSIX ?? path.join(ROOT, 'dist', WEB ? 'postmortem-web.vsix' : 'postmortem.vsix'));
const OUT = path.join(WORK, 'out', WEB ? 'vscode-web' : 'vscode');
const RUN = path.join(WORK, 'run', WEB ? 'vscode-web' : 'vscode');
const EXPECTED = JSON.parse(fs.readFileSync(path.join(HERE, 'fixtures', 'expected.json'), 'utf8'));
const FORCED = new Set((process.env.E2E_STEPS ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const STRICT = process.env.E2E_ALLOW_PENDING !== '1';
const UI_TIMEOUT = 30_000;

const t0 = Date.now();
const lap = (m) => console.log(`[vscode ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${m}`);

// ---------------------------------------------------------------------------------------------
// fresh run folder: profile, extensions, workspace, HOME and TMPDIR all inside it
fs.rmSync(RUN, { recursive: true, force: true });
fs.rmSync(OUT, { recursive: true, force: true });
for (const d of ['ud/User', 'ext', 'home', 'tmp', 'chromium', 'ws/postmortems']) fs.mkdirSync(path.join(RUN, d), { recursive: true });
fs.mkdirSync(OUT, { recursive: true });
const WS = path.join(RUN, 'ws');
const BROKEN = EXPECTED.broken.file;
const CLEAN = `postmortems/${EXPECTED.clean.template}`;
fs.copyFileSync(path.join(HERE, 'fixtures', BROKEN), path.join(WS, BROKEN));
fs.copyFileSync(path.join(ROOT, 'templates', EXPECTED.clean.template), path.join(WS, CLEAN));
// a Japanese team's folder: its .postmortemrc.json says `locale: ja`, so its findings are in Japanese
const JA = 'ja-team/2024-03-01-login-outage-ja.md';
fs.mkdirSync(path.join(WS, 'ja-team'));
for (const f of ['.postmortemrc.json', '2024-03-01-login-outage-ja.md']) fs.copyFileSync(path.join(HERE, 'fixtures', 'ja-team', f), path.join(WS, 'ja-team', f));
// Import Timeline: a second copy of the clean postmortem and a PagerDuty log to import into it
const IMPORT_DOC = 'postmortems/import-timeline.md';
const IMPORT_LOG = path.join(WS, 'exports', 'pagerduty-log-entries.json');
// Written when its step starts (importDoc): two copies of one incident in the workspace are a
// duplicate-incident for each other, which the steps before it do not expect.
const importDoc = () => {
  if (!fs.existsSync(path.join(WS, IMPORT_DOC))) fs.copyFileSync(path.join(ROOT, 'templates', EXPECTED.clean.template), path.join(WS, IMPORT_DOC));
  return IMPORT_DOC;
};
fs.mkdirSync(path.dirname(IMPORT_LOG), { recursive: true });
fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'import', 'pagerduty-log-entries.json'), IMPORT_LOG);
fs.writeFileSync(path.join(RUN, 'ud/User/settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.editor.enablePreview': false,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.lightbulb.enabled': 'on',
  'editor.hover.delay': 300,
  // The Kakao example's illustrative action items are due in 2023: open and past due, each would
  // be an action-item-overdue note where the steps expect a clean document. The rule has its own
  // tests (test/unit/rules/action-item-overdue.test.ts).
  'postmortem.rules': { 'action-item-overdue': 'off' },
}, null, 2));
const ENV = { ...process.env, HOME: path.join(RUN, 'home'), TMPDIR: path.join(RUN, 'tmp'), XDG_CONFIG_HOME: path.join(RUN, 'home/.config') };
const COMMON = ['--user-data-dir', path.join(RUN, 'ud'), '--extensions-dir', path.join(RUN, 'ext'), '--config', path.join(RUN, 'config.yaml')];

// ---------------------------------------------------------------------------------------------
// step runner: results printed at the end, one line per step
const results = [];
let page;
let shotN = 0;
async function shot(name) {
  const file = path.join(OUT, `${String(++shotN).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  lap(`screenshot ${path.relative(ROOT, file)}`);
  return file;
}
/**
 * Runs one step. `needs`: the step that leaves the UI in the state this one starts from (NOT RUN
 * unless it passed). `feature`: a check that returns why the feature is missing, or undefined.
 */
async function step(name, fn, { feature, needs } = {}) {
  if (needs && results.find((r) => r.name === needs)?.status !== 'PASS') {
    return results.push({ name, status: 'NOT RUN', detail: `needs ${needs}` });
  }
  if (feature) {
    let why;
    try {
      why = await feature();
    } catch (e) {
      return results.push({ name, status: 'FAIL', detail: `feature check failed: ${e.message.split('\n')[0]}` });
    }
    if (why && !FORCED.has(name) && !FORCED.has('all')) {
      lap(`PENDING ${name}: ${why}`);
      return results.push({ name, status: STRICT ? 'FAIL' : 'PENDING', detail: why });
    }
  }
  const s = Date.now();
  lap(`-- ${name}`);
  try {
    await fn();
    results.push({ name, status: 'PASS', ms: Date.now() - s });
  } catch (e) {
    results.push({ name, status: 'FAIL', ms: Date.now() - s, detail: e.message.split('\n')[0] });
    console.log(`[vscode] step "${name}" failed:\n${e.stack ?? e}`);
    await page?.screenshot({ path: path.join(OUT, `FAILED-${name}.png`) }).catch(() => {});
    // close whatever menu, hover or quick input the step left open
    for (let i = 0; i < 3; i++) await page?.keyboard.press('Escape').catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// feature checks for the parts colleagues are still writing
const extDir = () => {
  const dir = fs.readdirSync(path.join(RUN, 'ext')).find((d) => d.startsWith('postmortem-tools.postmortem-lint-'));
  return dir ? path.join(RUN, 'ext', dir) : undefined;
};
const installedManifest = () => {
  const dir = extDir();
  return dir ? JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) : undefined;
};
const hasCommand = () => {
  const m = installedManifest();
  const id = EXPECTED.newFromTemplate.command;
  return m?.contributes?.commands?.some((c) => c.command === id) ? undefined : `command ${id} is not in the packaged manifest`;
};
async function hasHover() {
  // the web server cannot be asked from Node this way; its hover is in the LSP suite (test/lsp/web-server.test.ts)
  if (WEB) return fs.existsSync(path.join(extDir(), 'dist', 'web', 'server.js')) ? undefined : 'the package has no dist/web/server.js';
  // ask the packaged server itself: initialize over stdio and read capabilities.hoverProvider
  const server = path.join(extDir(), 'dist', 'server.js');
  const mod = await import('vscode-languageserver-protocol/node');
  const rpc = mod.default ?? mod;
  const proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  conn.listen();
  try {
    const init = await conn.sendRequest(rpc.InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    return init.capabilities.hoverProvider ? undefined : 'the packaged server has no hoverProvider';
  } finally {
    await conn.sendRequest(rpc.ShutdownRequest.type).catch(() => {});
    await conn.sendNotification(rpc.ExitNotification.type).catch(() => {});
    conn.dispose();
    proc.kill();
  }
}

// ---------------------------------------------------------------------------------------------
// UI helpers
const editor = () => page.locator('.editor-group-container.active .monaco-editor').first();
async function openFromExplorer(rel) {
  const parts = rel.split('/');
  for (const dir of parts.slice(0, -1)) {
    const item = page.getByRole('treeitem', { name: dir, exact: true });
    await item.waitFor({ timeout: UI_TIMEOUT });
    if ((await item.getAttribute('aria-expanded')) !== 'true') await item.click();
  }
  const name = parts.at(-1);
  const file = page.getByRole('treeitem', { name, exact: true });
  await file.waitFor({ timeout: UI_TIMEOUT });
  await file.dblclick();
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor({ timeout: UI_TIMEOUT });
  await editor().locator('.view-lines').waitFor({ timeout: UI_TIMEOUT });
  lap(`opened ${rel}`);
}
async function goToLine(n) {
  await editor().locator('.view-lines').click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: UI_TIMEOUT });
  await input.fill(`:${n}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  await page.waitForFunction((n) => {
    const el = document.querySelector('.statusbar-item[id="status.editor.selection"]');
    return el && new RegExp(`Ln ${n},`).test(el.textContent ?? '');
  }, n, { timeout: UI_TIMEOUT });
}
const editorText = () => editor().locator('.view-lines').innerText().then((t) => t.replace(/\u00a0/g, ' '));
const keys = (pairs) => pairs.map(([c, l]) => `${c}@${l}`).sort().join(', ');

// The Problems panel as "code@line" strings, read from the DOM of its rows. Fails on any finding
// that is not from the postmortem source, or not in `file`.
function readProblems() {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')];
    return rows.map((r) => ({
      marker: !!r.querySelector('.marker-message-details, .marker-source, .marker-line'),
      text: r.innerText.replace(/\s+/g, ' ').trim(),
      label: r.getAttribute('aria-label') ?? '',
    }));
  });
}
function parseProblems(rows, file) {
  const found = [];
  const other = [];
  let current = '';
  for (const r of rows) {
    if (!r.marker) { current = r.text; continue; }
    // "<message> postmortem <code> [Ln 9, Col 1]" (1.100) or "postmortem(<code>) [Ln 9, Col 1]" (older)
    const m = /\bpostmortem\s*\(?([\w-]+)\)?\s*\[Ln (\d+), Col (\d+)\]$/.exec(r.text);
    if (m && current.includes(path.basename(file))) found.push([m[1], Number(m[2])]);
    else other.push(`${current} :: ${r.text}`);
  }
  return { found: keys(found), other };
}
async function expectProblems(file, want, what) {
  const wantS = keys(want);
  const deadline = Date.now() + UI_TIMEOUT;
  let last;
  // re-read whenever the panel's DOM changes (a UI signal), up to the deadline
  for (;;) {
    last = parseProblems(await readProblems(), file);
    if (last.found === wantS && last.other.length === 0) break;
    if (Date.now() > deadline) {
      assert.fail(`${what}: Problems panel shows [${last.found}]${last.other.length ? ` and others: ${last.other.join(' | ')}` : ''}, expected [${wantS}]`);
    }
    await page.waitForFunction((before) => {
      const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')];
      return rows.map((r) => r.innerText).join('\n') !== before;
    }, (await readProblems()).map((r) => r.text).join('\n'), { timeout: Math.max(1, deadline - Date.now()), polling: 'mutation' })
      .catch(() => {});
  }
  lap(`${what}: Problems panel [${wantS}]`);
}
async function openProblems() {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ timeout: UI_TIMEOUT });
}
/** Moves the real mouse over the first occurrence of `needle` in the active editor's text. */
async function hoverText(needle) {
  const box = await page.evaluate((needle) => {
    for (const line of document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.data.replace(/\u00a0/g, ' '); }
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const mid = at + Math.floor(needle.length / 2);
      const [node, start] = nodes.findLast(([, s]) => s <= mid);
      const range = document.createRange();
      range.setStart(node, mid - start);
      range.setEnd(node, mid - start + 1);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, needle);
  assert.ok(box, `"${needle}" is not on screen in the editor`);
  await page.mouse.move(box.x - 20, box.y);
  await page.mouse.move(box.x, box.y, { steps: 4 });
}

/**
 * PIDs of the running language servers of this run: processes in code-server's process group
 * whose command line runs the installed extension's dist/server.js.
 */
function serverPids() {
  const script = path.join(extDir(), 'dist', 'server.js');
  const ps = spawnSync('ps', ['-ww', '-eo', 'pid=,pgid=,args='], { encoding: 'utf8' });
  assert.equal(ps.status, 0, `ps failed: ${ps.stderr}`);
  return ps.stdout.split('\n').map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m) => m && Number(m[2]) === cs.pid && m[3].includes(script)).map((m) => Number(m[1]));
}
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
/**
 * Runs a workbench command from the command palette, picking the row labelled `label`. The palette
 * is opened from the command center in the title bar, which works wherever the focus is (F1 can
 * land in a webview that is taking the focus).
 */
async function runCommand(label, { closes = true } = {}) {
  const qi = page.locator('.quick-input-widget');
  const input = qi.locator('.quick-input-box input');
  const center = page.locator('.command-center-center');
  if (await center.isVisible()) await center.click();
  else await page.keyboard.press('F1');
  await input.waitFor({ timeout: UI_TIMEOUT });
  await input.fill(`>${label}`);
  const row = qi.locator('.monaco-list-row').filter({ hasText: label }).first();
  await row.waitFor({ timeout: UI_TIMEOUT });
  await row.click();
  if (closes) await qi.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
}

/** Logs and clears the notification toasts on screen (returns their texts). */
async function clearNotifications() {
  const toasts = page.locator('.notifications-toasts .notification-toast');
  const texts = (await toasts.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  if (!texts.length) return texts;
  for (const t of texts) lap(`notification: ${t}`);
  await runCommand('Notifications: Clear All Notifications');
  await toasts.first().waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  return texts;
}

// ---------------------------------------------------------------------------------------------
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

let cs;
let browser;
const killCodeServer = (signal = 'SIGKILL') => {
  // own process group (detached): the server, its extension hosts and our language server go together
  if (cs?.pid) try { process.kill(-cs.pid, signal); } catch {}
};
process.on('exit', () => killCodeServer());
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { killCodeServer(); process.exit(130); });

let exitCode = 1;
try {
  assert.ok(fs.existsSync(CS), `code-server not found at ${CS}: run test/e2e/setup.sh`);
  assert.ok(fs.existsSync(VSIX), `${VSIX} not found: package the extension first`);
  // Chromium puts a socket in TMPDIR; a Unix socket path has at most 107 bytes
  const socket = path.join(ENV.TMPDIR, 'org.chromium.Chromium.XXXXXX', 'SingletonSocket');
  assert.ok(Buffer.byteLength(socket) <= 107, `E2E_WORK is too deep for Chromium's socket (${socket}): use a shorter E2E_WORK`);
  for (const vsix of [VSIX, ...(process.env.E2E_EXTRA_VSIX ?? '').split(/\s+/).filter(Boolean)]) {
    const inst = spawnSync(CS, [...COMMON, '--install-extension', vsix], { env: ENV, encoding: 'utf8' });
    assert.equal(inst.status, 0, `--install-extension ${vsix} failed:\n${inst.stdout}\n${inst.stderr}`);
    assert.match(inst.stdout, /successfully installed/, inst.stdout + inst.stderr);
  }
  assert.ok(installedManifest(), 'the extension is not in the extensions folder after --install-extension');
  lap(`installed ${path.relative(ROOT, VSIX)} (${installedManifest().version})`);
  if (process.env.E2E_BREAK) lap(`E2E_BREAK=${applyBreak(extDir(), process.env.E2E_BREAK)}: this run is expected to fail`);

  const port = await freePort();
  const log = fs.openSync(path.join(RUN, 'code-server.log'), 'w');
  cs = spawn(CS, [...COMMON, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
  { env: ENV, detached: true, stdio: ['ignore', log, log] });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let exited = false;
  cs.once('exit', () => (exited = true));
  for (;;) {
    assert.ok(!exited, `code-server exited at start: see ${path.join(RUN, 'code-server.log')}`);
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
    assert.ok(Date.now() < deadline, 'code-server did not answer /healthz within 60 s');
    await new Promise((r) => setTimeout(r, 100)); // readiness poll of a process, not a UI wait
  }
  lap(`code-server ${CS_VERSION} up on ${base} (pgid ${cs.pid})`);

  browser = await chromium.launchPersistentContext(path.join(RUN, 'chromium'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    env: ENV,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (e) => console.log('[vscode] pageerror:', e.message));
  // the web extension runs in the browser: its errors are in the browser's console
  if (WEB) page.on('console', (m) => { if (m.type() === 'error' || /postmortem/i.test(m.text())) console.log(`[vscode] console.${m.type()}: ${m.text().slice(0, 400)}`); });
  await page.goto(`${base}/?folder=${encodeURIComponent(WS)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  lap('workbench visible');

  // 1. a complete postmortem: no findings. Positive control: breaking the severity makes one
  //    appear (so the server does lint this file), restoring it makes it go away.
  await step('clean-template', async () => {
    await openFromExplorer(CLEAN);
    const lines = fs.readFileSync(path.join(WS, CLEAN), 'utf8').split('\n');
    const sevLine = lines.findIndex((l) => /^severity: SEV\d$/.test(l)) + 1;
    assert.ok(sevLine > 0, 'the template has no severity line');
    await goToLine(sevLine);
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await editor().locator('.squiggly-error').first().waitFor({ timeout: UI_TIMEOUT });
    lap('positive control: a front-matter finding appears after breaking the severity');
    await page.keyboard.type(lines[sevLine - 1].slice(-1));
    await editor().locator('.squiggly-error, .squiggly-warning, .squiggly-info').first().waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await page.waitForFunction(() => /No Problems|Errors: 0.*Warnings: 0/.test(document.querySelector('[id="status.problems"]')?.getAttribute('aria-label') ?? ''), null, { timeout: UI_TIMEOUT });
    const status = await page.locator('[id="status.problems"]').getAttribute('aria-label');
    lap(`status bar: ${status}`);
    await openProblems();
    await expectProblems(CLEAN, [], 'complete postmortem');
    await shot('kakao-2022-no-findings');
  });

  // 2. hover a ratio in the same document: the computed percentage
  await step('hover', async () => {
    const { text, percent } = EXPECTED.clean.ratio;
    const lines = fs.readFileSync(path.join(WS, CLEAN), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes(text)) + 1;
    assert.ok(line > 0, `"${text}" is not in the template`);
    await goToLine(line);
    await page.keyboard.press('Escape');
    await hoverText(text);
    const pct = new RegExp(`${percent.replace(/\./g, '\\.')}\\s?%`);
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: pct }).first();
    await hover.waitFor({ timeout: UI_TIMEOUT }).catch(async () => {
      const seen = await page.locator('.monaco-hover:not(.hidden)').allInnerTexts().catch(() => []);
      assert.fail(`no hover with ${pct} over "${text}" (line ${line}); hovers seen: ${JSON.stringify(seen)}`);
    });
    lap(`hover: ${(await hover.innerText()).replace(/\s+/g, ' ').slice(0, 200)}`);
    await shot('hover-ratio');
    await page.keyboard.press('Escape');
  }, { feature: hasHover, needs: 'clean-template' });

  // 3. a broken postmortem: the expected findings, with their rule codes, in the Problems panel
  let problemsShot;
  await step('problems', async () => {
    await openFromExplorer(BROKEN);
    await editor().locator('.squiggly-error').first().waitFor({ timeout: UI_TIMEOUT });
    await openProblems();
    await expectProblems(BROKEN, EXPECTED.broken.initial, 'on open');
    const n = EXPECTED.broken.initial.length;
    // the status bar counts the same findings (errors + warnings + infos)
    await page.waitForFunction((n) => {
      const label = document.querySelector('[id="status.problems"]')?.getAttribute('aria-label') ?? '';
      return [...label.matchAll(/(?:Errors|Warnings|Infos): (\d+)/g)].reduce((a, m) => a + Number(m[1]), 0) === n;
    }, n, { timeout: UI_TIMEOUT });
    lap(`status bar: ${await page.locator('[id="status.problems"]').getAttribute('aria-label')}`);
    for (const t of await page.locator('.markers-panel .monaco-list-row').allInnerTexts()) lap(`  ${t.replace(/\s+/g, ' ')}`);
    await page.mouse.move(200, 15); // park the mouse on the empty title bar: no hover effects in the picture
    problemsShot = await shot('problems-panel');
    if (process.env.E2E_DOCS_SCREENSHOT === '1') {
      fs.mkdirSync(path.join(ROOT, 'docs/images'), { recursive: true });
      fs.copyFileSync(problemsShot, path.join(ROOT, 'docs/images/vscode-problems.png'));
      lap('copied to docs/images/vscode-problems.png');
    }
  });

  // 4. quick fix from the lightbulb (Ctrl+. as the fallback if the bulb is not clickable)
  await step('quick-fix', async () => {
    const qf = EXPECTED.broken.quickFix;
    await goToLine(qf.line);
    // the bulb is a content widget whose own class names the icon (codicon-lightbulb-autofix for a preferred fix)
    const bulb = editor().locator('.lightBulbWidget[class*="codicon-"]').first();
    await bulb.waitFor({ timeout: UI_TIMEOUT });
    lap(`lightbulb shown (${(await bulb.getAttribute('class')).match(/codicon-[\w-]+/)?.[0]})`);
    await shot('lightbulb');
    await bulb.click();
    const menu = page.locator('.action-widget');
    await menu.waitFor({ timeout: UI_TIMEOUT }).catch(async () => {
      lap('lightbulb click opened no menu: Ctrl+.');
      await page.keyboard.press('Control+.');
      await menu.waitFor({ timeout: UI_TIMEOUT });
    });
    const item = menu.locator('.monaco-list-row.action').filter({ hasText: qf.title }).first();
    await item.waitFor({ timeout: UI_TIMEOUT });
    lap(`quick fixes: ${(await menu.locator('.monaco-list-row.action').allInnerTexts()).map((t) => t.trim()).join(' | ')}`);
    await shot('quick-fix-menu');
    // the menu lays a pointer block over the page until the mouse moves: move onto the item first
    const box = await item.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    await page.locator('.context-view-pointerBlock').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await item.click();
    await menu.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    await page.waitForFunction((s) => [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')]
      .some((l) => l.textContent.replace(/\u00a0/g, ' ') === s), qf.inserts, { timeout: UI_TIMEOUT });
    lap(`applied "${qf.title}"`);
    await expectProblems(BROKEN, EXPECTED.broken.afterQuickFix, 'after the quick fix');
    await shot('after-quick-fix');
  }, { needs: 'problems' });

  // 5. Postmortem: New Postmortem from Template… -> pick the 2012 template, type a title -> new file
  await step('new-from-template', async () => {
    const spec = EXPECTED.newFromTemplate;
    const qi = page.locator('.quick-input-widget');
    const input = qi.locator('.quick-input-box input');
    await editor().locator('.view-lines').click();
    await page.keyboard.press('F1');
    await input.waitFor({ timeout: UI_TIMEOUT });
    await input.fill(`>${spec.title}`);
    const cmd = qi.locator('.monaco-list-row').filter({ hasText: spec.title.replace(/^Postmortem: /, '') }).first();
    await cmd.waitFor({ timeout: UI_TIMEOUT });
    await shot('command-palette');
    await cmd.click();
    // the template quick pick
    const rows = qi.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: spec.pick }).first().waitFor({ timeout: UI_TIMEOUT });
    lap(`templates: ${(await rows.evaluateAll((rs) => rs.map((r) => r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label')))).join(' | ')}`);
    await input.fill(spec.pick);
    const pick = rows.filter({ hasText: spec.pick }).filter({ hasText: /power failure/i }).first();
    const choice = (await pick.count()) ? pick : rows.filter({ hasText: spec.pick }).first();
    await choice.waitFor({ timeout: UI_TIMEOUT });
    await shot('template-pick');
    lap(`picking: ${await choice.locator('.label-name').first().textContent()}`);
    await choice.click();
    // the title input box: a quick input without a list
    await page.waitForFunction(() => {
      const w = document.querySelector('.quick-input-widget');
      const list = w?.querySelector('.quick-input-list');
      return w && w.style.display !== 'none' && (!list || list.offsetParent === null || list.getBoundingClientRect().height === 0);
    }, null, { timeout: UI_TIMEOUT });
    await input.fill(spec.name);
    await shot('title-input');
    await page.keyboard.press('Enter');
    // the date input box (prefilled; accept it), unless the command asks no more
    const tab = page.locator('.tabs-container .tab.active').filter({ hasText: spec.slug });
    await page.waitForFunction((name) => {
      const w = document.querySelector('.quick-input-widget');
      const i = w?.querySelector('.quick-input-box input');
      const open = w && w.style.display !== 'none';
      const tabOpen = [...document.querySelectorAll('.tabs-container .tab.active')].some((t) => t.textContent.includes(name));
      return tabOpen || (open && i && i.value !== name);
    }, spec.slug, { timeout: UI_TIMEOUT });
    if (!(await tab.count())) {
      const date = await input.inputValue();
      lap(`date input: "${date}"`);
      if (!date) await input.fill('2024-03-01');
      await shot('date-input');
      await page.keyboard.press('Enter');
    }
    await tab.waitFor({ timeout: UI_TIMEOUT });
    await editor().locator('.view-lines').filter({ hasText: spec.name }).waitFor({ timeout: UI_TIMEOUT });
    const created = fs.readdirSync(WS, { recursive: true }).filter((f) => String(f).includes(spec.slug));
    lap(`new file: ${created.join(', ')} (tab "${(await tab.innerText()).trim()}")`);
    assert.ok(created.length === 1 && created[0].endsWith('.md'), `expected one new ${spec.slug} .md file in the workspace, found ${JSON.stringify(created)}`);
    const text = await editorText();
    assert.ok(text.includes(spec.name), 'the new file does not show the typed title');
    // the new file, made from a complete example, adds no findings
    if (results.find((r) => r.name === 'quick-fix')?.status === 'PASS') {
      await expectProblems(BROKEN, EXPECTED.broken.afterQuickFix, 'with the new postmortem open');
    }
    await shot('new-postmortem');
  }, { feature: hasCommand });

  // 6 (web). the server runs in the browser: the package has no Node entry, no process of this run
  //    runs anything from the extension's folder, and the extension's log says which worker it is in
  if (WEB) await step('web-worker-host', async () => {
    const manifest = installedManifest();
    assert.equal(manifest.main, undefined, 'the web package has a main');
    assert.equal(manifest.browser, './dist/web/client.js');
    assert.ok(!fs.existsSync(path.join(extDir(), 'dist', 'server.js')), 'the web package holds dist/server.js');
    const ps = spawnSync('ps', ['-ww', '-eo', 'pid=,pgid=,args='], { encoding: 'utf8' });
    const ours = ps.stdout.split('\n').filter((l) => l.includes(extDir()));
    assert.deepEqual(ours, [], 'a process runs the extension\'s files on the machine');
    await runCommand('Output: Show Output Channels...', { closes: false });
    const qi = page.locator('.quick-input-widget');
    await qi.locator('.monaco-list-row').filter({ hasText: /^\s*Postmortem\s*$/ }).first().click();
    const out = page.locator('.part.panel .monaco-editor .view-lines');
    // (monaco renders spaces as U+00A0, which \s matches)
    await out.filter({ hasText: /language\sserver\sruns\sin|it\sruns\sin\sthe\sextension\shost's\sworker/ }).first().waitFor({ timeout: UI_TIMEOUT });
    const text = (await out.first().innerText()).replace(/\s+/g, ' ');
    lap(`Postmortem log: ${text.trim()}`);
    assert.match(text, /runs in the extension host's worker|runs in its own web worker/, 'the log does not say where the server runs');
    await shot('web-worker-log');
  }, { needs: 'problems' });

  // 6. the language server dies (kill -9): the client starts a new one, which answers the next edit
  if (!WEB) await step('server-restart', async () => {
    const spec = EXPECTED.broken.restart;
    const before = results.find((r) => r.name === 'quick-fix')?.status === 'PASS' ? EXPECTED.broken.afterQuickFix : EXPECTED.broken.initial;
    const after = before.filter(([c, l]) => !(c === spec.fixes[0] && l === spec.fixes[1]));
    assert.notEqual(after.length, before.length, `${spec.fixes} is not among the findings the file should show`);
    await openFromExplorer(BROKEN);
    await openProblems();
    await expectProblems(BROKEN, before, 'before the kill');
    const pids = serverPids();
    assert.equal(pids.length, 1, `expected one language server (dist/server.js) in code-server's process group ${cs.pid}, found [${pids}]`);
    const [old] = pids;
    process.kill(old, 'SIGKILL');
    lap(`kill -9 ${old} (the language server)`);
    // processes, not the UI: wait until the old server is gone and the client has started a new
    // one (polled with ps). Typing before the client has noticed the death is a known client bug:
    // vscode-languageclient's default error handler shuts the client down after 3 failed writes,
    // and a client shutting down never restarts its server (docs/e2e.md); E2E_RESTART_WHILE_TYPING=1
    // edits at once instead, to reproduce it.
    const typingAtOnce = process.env.E2E_RESTART_WHILE_TYPING === '1';
    for (const deadline = Date.now() + UI_TIMEOUT; alive(old) || (!typingAtOnce && !serverPids().length);) {
      assert.ok(Date.now() < deadline, alive(old) ? `language server ${old} still alive after SIGKILL` : `no new language server ${UI_TIMEOUT / 1000} s after the kill`);
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!typingAtOnce) lap(`new language server: ${serverPids()}`);
    // the edit that only a live server can answer: one finding goes
    const lines = fs.readFileSync(path.join(WS, BROKEN), 'utf8').split('\n');
    const line = lines.findIndex((l) => l === spec.find) + 1;
    assert.ok(line > 0, `"${spec.find}" is not in ${BROKEN}`);
    await goToLine(line);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type(spec.replace);
    await page.waitForFunction((s) => [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')]
      .some((l) => l.textContent.replace(/\u00a0/g, ' ') === s), spec.replace, { timeout: UI_TIMEOUT });
    try {
      await expectProblems(BROKEN, after, 'after the kill and the edit');
    } catch (e) {
      e.message += `; language servers now: [${serverPids()}] (killed ${old})`;
      throw e;
    }
    const now = serverPids();
    lap(`language server: ${old} -> ${now}`);
    assert.equal(now.length, 1, `expected one language server after the restart, found [${now}]`);
    assert.notEqual(now[0], old, 'the server PID did not change');
    await page.mouse.move(200, 15);
    await shot('after-server-restart');
    await clearNotifications(); // the client may report the broken pipe to the dead server
  }, { needs: 'problems' });

  // 6b. a folder whose .postmortemrc.json says `locale: ja`: the finding is shown in Japanese in an English VS Code
  await step('japanese-diagnostic', async () => {
    await openFromExplorer(JA);
    await editor().locator('.squiggly-error').first().waitFor({ timeout: UI_TIMEOUT });
    await openProblems();
    const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: /必須項目/ }).filter({ hasText: 'required-field' }).first();
    await row.waitFor({ timeout: UI_TIMEOUT });
    lap(`Japanese finding: ${(await row.innerText()).replace(/\s+/g, ' ')}`);
    await page.mouse.move(200, 15);
    await shot('japanese-diagnostic');
  });

  // 7. Postmortem: Import Timeline… (issue 20): pick a PagerDuty log, see the rows in a diff,
  //    apply them as one edit, and undo it with one Ctrl+Z
  if (WEB) await step('import-timeline-unavailable', async () => {
    await openFromExplorer(importDoc());
    await runCommand(EXPECTED.importTimeline.command);
    await page.locator('.notifications-toasts .notification-toast').filter({ hasText: /Import Timeline is not available in the web/ }).first().waitFor({ timeout: UI_TIMEOUT });
    await shot('import-timeline-unavailable');
    await clearNotifications();
  });
  if (!WEB) await step('import-timeline', async () => {
    const spec = EXPECTED.importTimeline;
    await openFromExplorer(importDoc());
    const qi = page.locator('.quick-input-widget');
    const input = qi.locator('.quick-input-box input');
    await runCommand(spec.command, { closes: false });
    await qi.locator('.monaco-list-row').filter({ hasText: spec.sourceLabel }).first().click();
    // the open dialog (code-server shows VS Code's simple file dialog): once it lists the
    // folder, type the file's path over the folder's and accept it
    await qi.locator('.monaco-list-row').filter({ hasText: path.basename(IMPORT_DOC) }).first().waitFor({ timeout: UI_TIMEOUT });
    await input.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(IMPORT_LOG);
    await page.waitForFunction((p) => document.querySelector('.quick-input-widget .quick-input-box input')?.value === p, IMPORT_LOG, { timeout: UI_TIMEOUT });
    await shot('import-open-dialog');
    await page.keyboard.press('Enter');
    const previewRow = qi.locator('.monaco-list-row').filter({ hasText: spec.previewLabel }).first();
    await previewRow.waitFor({ timeout: UI_TIMEOUT });
    await previewRow.click();
    // the preview: a diff editor whose modified side holds the new rows
    const diff = page.locator('.editor-group-container.active .monaco-diff-editor');
    await diff.waitFor({ timeout: UI_TIMEOUT });
    await page.locator('.tabs-container .tab.active').filter({ hasText: spec.previewTitle }).waitFor({ timeout: UI_TIMEOUT });
    await diff.locator('.editor.modified .view-lines').filter({ hasText: spec.row }).waitFor({ timeout: UI_TIMEOUT });
    lap(`preview diff open: ${spec.previewTitle}`);
    await shot('import-preview-diff');
    // nothing is applied while the preview is shown
    assert.doesNotMatch(fs.readFileSync(path.join(WS, IMPORT_DOC), 'utf8'), /\(PagerDuty\)/);
    const apply = page.locator('.notifications-toasts .notification-toast').filter({ hasText: spec.previewTitle }).getByRole('button', { name: spec.applyLabel });
    await apply.waitFor({ timeout: UI_TIMEOUT });
    await apply.click();
    await diff.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    const dirty = page.locator(`.tabs-container .tab.active.dirty[aria-label*="${path.basename(IMPORT_DOC)}"]`);
    await dirty.waitFor({ timeout: UI_TIMEOUT });
    const original = fs.readFileSync(path.join(WS, IMPORT_DOC), 'utf8');
    // save, and read what the edit did from the file: every row, and nothing else changed
    const save = async () => {
      await editor().locator('.view-lines').click();
      await page.keyboard.press('Control+S');
      await dirty.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
      return fs.readFileSync(path.join(WS, IMPORT_DOC), 'utf8');
    };
    const applied = await save();
    const added = applied.split('\n').filter((l) => !original.split('\n').includes(l));
    assert.deepEqual(added, spec.rows, 'the import added exactly the rows of the preview');
    const firstRow = applied.split('\n').indexOf(spec.rows[0]) + 1;
    await goToLine(firstRow);
    await editor().locator('.view-lines').filter({ hasText: spec.row }).waitFor({ timeout: UI_TIMEOUT });
    lap(`applied: ${added.length} rows from line ${firstRow}`);
    await shot('import-applied');
    // one undo reverts the whole import
    await page.keyboard.press('Control+Z');
    await dirty.waitFor({ timeout: UI_TIMEOUT });
    await editor().locator('.view-lines').filter({ hasText: spec.row }).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    assert.equal(await save(), original, 'after one undo the document is what it was before the import');
    lap('undone with one Ctrl+Z');
    await shot('import-undone');
    await clearNotifications();
  });

  // 7b (web). the other way the web client starts the server, in a web worker of its own (what
  //    vscode.dev allows and code-server refuses): the installed dist/web/server.js in a Worker of
  //    this Chromium, driven over postMessage as the client does; it asks for the configuration
  //    files (answered: none) and publishes the findings of the broken postmortem
  if (WEB) await step('server-in-browser-worker', async () => {
    const source = fs.readFileSync(path.join(extDir(), 'dist', 'web', 'server.js'), 'utf8');
    const text = fs.readFileSync(path.join(WS, BROKEN), 'utf8');
    const p2 = await browser.newPage();
    try {
      await p2.setContent('<html><body></body></html>');
      const result = await p2.evaluate(([src, text, file]) => new Promise((resolve, reject) => {
        const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
        const asked = [];
        const timer = setTimeout(() => reject(new Error(`no diagnostics within 30 s; the server asked for ${asked.join(', ')}`)), 30_000);
        w.onerror = (e) => reject(new Error(e.message));
        w.onmessage = ({ data: m }) => {
          if (m.method === 'postmortem/fs/read') {
            asked.push(m.params.uri);
            w.postMessage({ jsonrpc: '2.0', id: m.id, result: { type: 'missing' } });
          } else if (m.id !== undefined && m.method) {
            w.postMessage({ jsonrpc: '2.0', id: m.id, result: null });
          } else if (m.method === 'textDocument/publishDiagnostics' && m.params.diagnostics.length) {
            clearTimeout(timer);
            w.terminate();
            resolve({ asked, found: m.params.diagnostics.map((d) => [d.code, d.range.start.line + 1]) });
          }
        };
        const uri = `file:///ws/${file}`;
        w.postMessage({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: 'file:///ws', workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }], capabilities: {} } });
        w.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
        w.postMessage({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
      }), [source, text, BROKEN]);
      lap(`server in a Chromium web worker: asked for ${result.asked.length} files (${result.asked.slice(0, 3).join(', ')}…), published [${keys(result.found)}]`);
      assert.equal(keys(result.found), keys(EXPECTED.broken.initial), 'findings of the server in a browser worker');
    } finally {
      await p2.close();
    }
  });

  // 8 (web). code-server ships its built-in Markdown extension without its browser build, so its
  //    preview runs in the Node extension host, which cannot load a plugin from an extension that
  //    runs in the browser (vscode.dev and github.dev run that extension in the web worker). The
  //    installed web preview bundle runs here in a web worker of Chromium instead, with markdown-it,
  //    as that preview calls it; the page shows its HTML with the extension's stylesheet.
  if (WEB) await step('preview', async () => {
    const spec = EXPECTED.clean.preview;
    const mdDist = path.resolve(path.dirname(fs.realpathSync(CS)), '..', '..', 'lib', 'vscode', 'extensions', 'markdown-language-features', 'dist');
    lap(`code-server's Markdown extension has ${fs.existsSync(path.join(mdDist, 'browser')) ? 'a' : 'no'} browser build (${path.relative(ROOT, mdDist)})`);
    const esbuild = await import('esbuild');
    const mdIt = await esbuild.build({ stdin: { contents: "self.markdownit = require('markdown-it');", resolveDir: ROOT }, bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' });
    const plugin = fs.readFileSync(path.join(extDir(), 'dist', 'web', 'preview.js'), 'utf8');
    const worker = `${mdIt.outputFiles[0].text}
const module = { exports: {} };
new Function('module', 'exports', ${JSON.stringify(plugin)})(module, module.exports);
onmessage = (e) => postMessage(self.markdownit().use(module.exports.postmortemPreviewPlugin).render(e.data));`;
    const p2 = await browser.newPage();
    try {
      await p2.setContent(`<html><head><style>${fs.readFileSync(path.join(extDir(), 'media', 'preview.css'), 'utf8')}</style></head><body class="vscode-light"></body></html>`);
      const html = await p2.evaluate(([src, text]) => new Promise((resolve, reject) => {
        const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
        w.onmessage = (e) => resolve(e.data);
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage(text);
      }), [worker, fs.readFileSync(path.join(WS, CLEAN), 'utf8')]);
      await p2.evaluate((h) => { document.body.innerHTML = h; }, html);
      const card = p2.locator('.postmortem-preview .pm-card');
      await card.waitFor({ timeout: UI_TIMEOUT });
      const fact = async (field) => (await card.locator(`[data-field="${field}"] dd`).innerText()).replace(/\s+/g, ' ').trim();
      assert.match(await fact('duration'), new RegExp(spec.duration), 'duration on the card');
      assert.ok((await fact('servers')).includes(spec.servers), 'servers restored on the card');
      const services = (await card.locator('.pm-services .pm-service').allInnerTexts()).map((t) => t.trim());
      assert.ok(services.includes(spec.service), `services on the card: ${JSON.stringify(services)}`);
      const entries = await p2.locator('.pm-timeline .pm-tl-list .pm-tl-item').count();
      assert.ok(entries >= spec.minTimelineEntries, `the timeline lists ${entries} entries`);
      lap(`web preview bundle in a Chromium web worker: card duration "${await fact('duration')}", ${services.length} services, ${entries} timeline entries`);
      const file = path.join(OUT, `${String(++shotN).padStart(2, '0')}-web-preview-card.png`);
      await card.screenshot({ path: file });
      lap(`screenshot ${path.relative(ROOT, file)}`);
    } finally {
      await p2.close();
    }
  });

  // 7b. the Incidents view in the Explorer and Postmortem: Show Incident Report (issue 17 item 4).
  // Self-contained: it needs no other step, and closes the report's webview at the end.
  if (!WEB) await step('incidents-view', async () => {
    const kakao = 'KakaoTalk and Kakao services down after the Pangyo data center fire';
    await runCommand('Explorer: Focus on Incidents View');
    const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /^\s*Incidents/i }) });
    const body = pane.locator('.pane-body');
    const rows = body.locator('.monaco-list-row');
    // each row's label and description, as the tree draws them
    const readRows = () => body.evaluate((el) => [...el.querySelectorAll('.monaco-list-row')].map((r) => ({
      label: r.querySelector('.label-name')?.textContent?.trim() ?? '',
      description: r.querySelector('.label-description')?.textContent?.trim() ?? '',
    })));
    const show = (list) => list.map((r) => `${r.label} [${r.description}]`).join(' | ');
    // grouped by month: the two copies of the Kakao 2022 postmortem under 2022-10, the checkout outage under 2024-03
    await rows.filter({ hasText: '2022-10' }).first().waitFor({ timeout: UI_TIMEOUT });
    await rows.filter({ hasText: 'Checkout outage' }).first().waitFor({ timeout: UI_TIMEOUT });
    let list = await readRows();
    lap(`Incidents view: ${show(list)}`);
    const month = list.findIndex((r) => r.label === '2022-10');
    assert.ok(month >= 0 && list[month].description === '2', `no "2022-10" group of 2 incidents: ${show(list)}`);
    const entries = list.slice(month + 1, month + 3);
    assert.ok(entries.every((r) => r.label === kakao), `the 2022-10 group does not list the Kakao 2022 postmortems: ${show(list)}`);
    assert.match(entries[0].description, /^TTR 10 h 1[01] min · final\b/, 'the entry shows its time to resolve and status');
    assert.ok(list.some((r) => r.label === '2024-03'), 'a 2024-03 group');
    await shot('incidents-view');
    // the title button groups by severity, and back by month
    await pane.locator('.pane-header').hover();
    await pane.locator('.pane-header .actions [aria-label="Group Incidents by Severity"]').click();
    await rows.filter({ hasText: /^\s*SEV1/ }).first().waitFor({ timeout: UI_TIMEOUT });
    list = await readRows();
    assert.ok(list.some((r) => r.label === 'SEV1') && !list.some((r) => r.label === '2022-10'), `not grouped by severity: ${show(list)}`);
    lap(`by severity: ${show(list.filter((r) => /^SEV/.test(r.label)))}`);
    await pane.locator('.pane-header').hover();
    await pane.locator('.pane-header .actions [aria-label="Group Incidents by Month"]').click();
    await rows.filter({ hasText: /^\s*2022-10/ }).first().waitFor({ timeout: UI_TIMEOUT });
    // a click opens the document
    await rows.filter({ hasText: /^\s*Checkout outage/ }).first().click();
    await page.locator('.tabs-container .tab.active[aria-label*="2024-03-01-checkout-outage.md"]').waitFor({ timeout: UI_TIMEOUT });
    lap('the click opened 2024-03-01-checkout-outage.md');
    // Show Incident Report: the HTML report in a webview without scripts
    await runCommand('Postmortem: Show Incident Report');
    await page.locator('.tabs-container .tab.active[aria-label*="Incident Report"]').waitFor({ timeout: UI_TIMEOUT });
    const frame = page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('iframe#active-frame');
    await frame.locator('h1', { hasText: 'Postmortem report' }).waitFor({ timeout: UI_TIMEOUT });
    const report = await frame.locator('body').innerText();
    assert.ok(report.includes(kakao), 'the report lists the Kakao 2022 incident');
    assert.ok(report.includes('Checkout outage'), 'the report lists the checkout outage');
    const charts = await frame.locator('figure svg').count();
    assert.ok(charts >= 3, `the report draws ${charts} charts`);
    assert.equal(await frame.locator('script').count(), 0, 'the report has no script');
    // readable in the editor's theme: the page's colors follow the body's theme class
    const look = await frame.locator('body').evaluate((b) => ({ cls: b.className, bg: getComputedStyle(b).backgroundColor, fg: getComputedStyle(b).color }));
    const dark = /vscode-dark|vscode-high-contrast(?!-light)/.test(look.cls);
    assert.equal(look.bg, dark ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)', `background in a ${dark ? 'dark' : 'light'} theme`);
    lap(`report: ${charts} charts, body ${look.cls}, ${look.bg} on ${look.fg}`);
    await page.mouse.move(200, 15);
    const file = await shot('incident-report');
    if (process.env.E2E_DOCS_SCREENSHOT === '1') {
      fs.mkdirSync(path.join(ROOT, 'docs/images'), { recursive: true });
      fs.copyFileSync(file, path.join(ROOT, 'docs/images/incident-report.png'));
      lap('copied to docs/images/incident-report.png');
    }
    // close the report (its webview would be a second one for the preview step)
    await runCommand('View: Close Editor');
    await page.locator('.tabs-container .tab[aria-label*="Incident Report"]').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  });

  // 8. Markdown: Open Preview to the Side on the Kakao 2022 postmortem: the card and the timeline
  if (!WEB) await step('preview', async () => {
    const spec = EXPECTED.clean.preview;
    await openFromExplorer(CLEAN);
    // the preview scrolls with the editor: start at the top so the card is in view
    await editor().locator('.view-lines').click();
    await page.keyboard.press('Control+Home');
    await page.waitForFunction(() => /Ln 1, Col 1\b/.test(document.querySelector('.statusbar-item[id="status.editor.selection"]')?.textContent ?? ''), null, { timeout: UI_TIMEOUT });
    await runCommand('Markdown: Open Preview to the Side');
    await page.mouse.move(200, 15); // off the tabs: no tooltip in the pictures
    await page.locator('.tabs-container .tab.active[aria-label*="Preview"]').waitFor({ timeout: UI_TIMEOUT });
    // the webview: an iframe in the workbench, the rendered document in an iframe inside it
    const doc = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const root = doc.locator('.postmortem-preview');
    await root.waitFor({ timeout: UI_TIMEOUT }).catch(async () => {
      const body = await doc.locator('body').innerText({ timeout: 2000 }).catch(() => '(no webview document)');
      assert.fail(`no .postmortem-preview in the Markdown preview; it shows: ${body.replace(/\s+/g, ' ').slice(0, 200)}`);
    });
    const card = root.locator('.pm-card');
    const fact = async (field) => (await card.locator(`[data-field="${field}"] dd`).innerText()).replace(/\s+/g, ' ').trim();
    const duration = await fact('duration');
    assert.match(duration, new RegExp(spec.duration), 'duration on the card');
    const servers = await fact('servers');
    assert.ok(servers.includes(spec.servers), `servers restored on the card: "${servers}", expected ${spec.servers}`);
    const services = (await card.locator('.pm-services .pm-service').allInnerTexts()).map((t) => t.trim());
    assert.ok(services.includes(spec.service), `services on the card: ${JSON.stringify(services)}, expected ${spec.service}`);
    const entries = await root.locator('.pm-timeline .pm-tl-list .pm-tl-item').count();
    const markers = await root.locator('.pm-timeline svg .pm-tl-marker').count();
    assert.ok(entries >= spec.minTimelineEntries, `the timeline lists ${entries} entries, expected at least ${spec.minTimelineEntries}`);
    assert.ok(markers > 0, 'the timeline draws no markers');
    lap(`card: duration "${duration}", servers "${servers}", services ${services.length} (${services.slice(0, 4).join(', ')}…); timeline: ${entries} entries, ${markers} markers`);
    // in view: the card's top inside the preview pane
    const pane = await page.locator('iframe.webview.ready').boundingBox();
    const box = await card.boundingBox();
    assert.ok(pane && box && box.y >= pane.y && box.y < pane.y + pane.height / 2, `the card is not at the top of the preview (card ${JSON.stringify(box)}, pane ${JSON.stringify(pane)})`);
    // how large the timeline's labels come out: its SVG is 800 units wide, scaled to the pane
    const svgWidth = (await root.locator('.pm-tl-svg').boundingBox())?.width ?? 0;
    lap(`timeline drawn ${Math.round(svgWidth)} px wide: 12-unit labels at ${(12 * svgWidth / 800).toFixed(1)} px`);
    await clearNotifications();
    await shot('markdown-preview');
    // the picture for the README: the default dark theme, the preview alone (group maximized, side
    // bars and panel hidden). This is the last step: it leaves the window in that state
    await runCommand('Preferences: Color Theme', { closes: false }); // opens the theme picker
    const qi = page.locator('.quick-input-widget');
    const theme = qi.locator('.monaco-list-row').filter({ hasText: /^\s*Dark Modern/ }).first();
    await theme.waitFor({ timeout: UI_TIMEOUT });
    await theme.click();
    await qi.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: UI_TIMEOUT });
    await doc.locator('body.vscode-dark .postmortem-preview .pm-card').waitFor({ timeout: UI_TIMEOUT });
    lap('theme: Default Dark Modern');
    if (await page.locator('.part.panel').isVisible()) {
      await runCommand('View: Hide Panel');
      await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    }
    await runCommand('View: Maximize Editor Group and Hide Side Bars');
    await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    // a window about as wide as the timeline's design width (800), so that it is drawn at 1:1
    await page.setViewportSize({ width: 960, height: 900 });
    await page.waitForFunction(() => {
      const w = document.querySelector('iframe.webview.ready')?.getBoundingClientRect().width ?? 0;
      return w > window.innerWidth * 0.8 && window.innerWidth === 960;
    }, null, { timeout: UI_TIMEOUT });
    await page.mouse.move(200, 15);
    const svgWide = (await root.locator('.pm-tl-svg').boundingBox())?.width ?? 0;
    lap(`timeline drawn ${Math.round(svgWide)} px wide: 12-unit labels at ${(12 * svgWide / 800).toFixed(1)} px`);
    const cardShot = path.join(OUT, `${String(++shotN).padStart(2, '0')}-preview-card-dark.png`);
    await root.screenshot({ path: cardShot });
    lap(`screenshot ${path.relative(ROOT, cardShot)}`);
    if (process.env.E2E_DOCS_SCREENSHOT === '1') {
      fs.mkdirSync(path.join(ROOT, 'docs/images'), { recursive: true });
      fs.copyFileSync(cardShot, path.join(ROOT, 'docs/images/preview-kakao-2022.png'));
      lap('copied to docs/images/preview-kakao-2022.png');
    }
  });

  exitCode = results.some((r) => r.status === 'FAIL' || r.status === 'NOT RUN') ? 1 : 0;
} catch (e) {
  console.log(`[vscode] ${e.stack ?? e}`);
  results.push({ name: 'setup', status: 'FAIL', detail: e.message.split('\n')[0] });
  await page?.screenshot({ path: path.join(OUT, 'FAILED-setup.png') }).catch(() => {});
} finally {
  await browser?.close().catch(() => {});
  if (cs && cs.exitCode === null) {
    const gone = new Promise((r) => cs.once('exit', r));
    killCodeServer('SIGTERM');
    await Promise.race([gone, new Promise((r) => setTimeout(r, 5000).unref())]);
    killCodeServer('SIGKILL');
  }
}

for (const r of results) console.log(`[vscode] ${r.status.padEnd(7)} ${r.name}${r.ms != null ? ` (${(r.ms / 1000).toFixed(1)} s)` : ''}${r.detail ? `: ${r.detail}` : ''}`);
const count = (s) => results.filter((r) => r.status === s).length;
const pending = results.filter((r) => r.status === 'PENDING').map((r) => r.name);
console.log(`[vscode] ${count('PASS')} passed, ${count('FAIL') + count('NOT RUN')} failed${pending.length ? `, ${pending.length} pending (${pending.join(', ')})` : ''}; screenshots in ${path.relative(ROOT, OUT)}; code-server log ${path.relative(ROOT, path.join(RUN, 'code-server.log'))}`);
process.exit(exitCode);
