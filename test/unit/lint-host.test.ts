/**
 * Which lane a document is linted in, and when the lanes' workspace events ask for a relint
 * (server/src/lsp/lint-host.ts), with fake lint threads that answer at once and say how long
 * each lint took.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { HEAVY_CHARS, HEAVY_LINT_MS, HEAVY_MIN_CHARS, LintHost, type LaneName, type LintThread } from '../../server/src/lsp/lint-host';
import type { ConfigMessage, FromWorker, ToWorker } from '../../server/src/lsp/lint-protocol';
import { mergeConfig } from '../../server/src/core/index';

interface FakeLanes {
  /** Every message each lane's thread got. */
  got: Record<LaneName, ToWorker[]>;
  /** Sends a message from a lane's thread to the host. */
  emit(lane: LaneName, m: FromWorker): void;
}

/** A host whose threads report each lint as taking `msOf(text)` milliseconds. */
function fakeHost(msOf: (text: string) => number, onWorkspaceChanged: (lane?: LaneName) => void = () => undefined): { host: LintHost; lanes: FakeLanes } {
  const got: Record<LaneName, ToWorker[]> = { shared: [], heavy: [] };
  const listeners: Partial<Record<LaneName, (m: FromWorker) => void>> = {};
  const texts = new Map<string, string>();
  const start = (_versions: SharedArrayBuffer, lane: LaneName): LintThread => ({
    post(m) {
      got[lane].push(m);
      if (m.type !== 'lint') return;
      const text = typeof m.text === 'string' ? m.text : texts.get(m.uri)!.slice(0, m.text.prefix) + m.text.insert + texts.get(m.uri)!.slice(texts.get(m.uri)!.length - m.text.suffix);
      texts.set(m.uri, text);
      queueMicrotask(() => listeners[lane]?.({ type: 'linted', job: m.job, uri: m.uri, version: m.version, outcome: 'done', isPostmortem: true, diagnostics: [], actions: [], fixAll: [], ruleErrors: [], ms: msOf(text) }));
    },
    terminate: async () => undefined,
    onMessage(listener) {
      listeners[lane] = listener;
    },
    onLost: () => undefined,
  });
  const host = new LintHost(start, () => undefined, () => {
    throw new Error('no in-thread engine in this test');
  }, onWorkspaceChanged);
  return { host, lanes: { got, emit: (lane, m) => listeners[lane]?.(m) } };
}

const config: ConfigMessage = { key: 'default', config: mergeConfig(), teamSchema: undefined };

async function lintIt(host: LintHost, uri: string, version: number, text: string): Promise<void> {
  host.setVersion(uri, version);
  const m = await host.lint(uri, version, text, undefined, config, 'en');
  assert.equal(m?.outcome, 'done');
}

test('a short document that linted slowly stays in the shared lane; a longer one moves to the heavy lane', async () => {
  const { host } = fakeHost(() => HEAVY_LINT_MS * 4);
  const short = 'x'.repeat(8_000);
  await lintIt(host, 'untitled:short.md', 1, short);
  await lintIt(host, 'untitled:short.md', 2, `${short}y`);
  assert.equal(host.lane('untitled:short.md'), 'shared', 'a cold worker or a busy machine does not make a 150-line postmortem heavy');

  const longer = 'x'.repeat(HEAVY_MIN_CHARS + 10);
  await lintIt(host, 'untitled:longer.md', 1, longer);
  assert.equal(host.lane('untitled:longer.md'), 'shared', 'its first lint runs where documents of its length go');
  await lintIt(host, 'untitled:longer.md', 2, `${longer}y`);
  assert.equal(host.lane('untitled:longer.md'), 'heavy', 'after a slow lint it goes to the heavy lane');
  assert.deepEqual(host.documentsIn('heavy'), ['untitled:longer.md']);
});

test('a long document is linted in the heavy lane from the start, and a fast lint of a short one keeps it shared', async () => {
  const { host } = fakeHost((text) => (text.length >= HEAVY_CHARS ? 2_000 : 5));
  await lintIt(host, 'untitled:big.md', 1, 'x'.repeat(HEAVY_CHARS));
  assert.equal(host.lane('untitled:big.md'), 'heavy');
  await lintIt(host, 'untitled:small.md', 1, 'x'.repeat(4_000));
  assert.equal(host.lane('untitled:small.md'), 'shared');
  assert.deepEqual(host.documentsIn('shared'), ['untitled:small.md']);
});

test("the heavy lane's first snapshot of the index relints only its documents, and only when there are folders", async () => {
  for (const folders of [[], [path.join(os.tmpdir(), 'incidents')]]) {
    const calls: Array<LaneName | undefined> = [];
    const { host, lanes } = fakeHost(() => 5, (lane) => calls.push(lane));
    host.setFolders(folders);
    await lintIt(host, 'untitled:small.md', 1, 'x'.repeat(4_000));
    await lintIt(host, 'untitled:big.md', 1, 'x'.repeat(HEAVY_CHARS));
    // Starting the heavy lane asked the shared lane (which keeps the index) for its views.
    assert.ok(lanes.got.shared.some((m) => m.type === 'mirror'));
    lanes.emit('shared', { type: 'workspaceChanged', snapshot: '{"complete":true,"views":[]}', mirror: true });
    assert.ok(lanes.got.heavy.some((m) => m.type === 'snapshot'), 'the heavy lane got the snapshot');
    assert.deepEqual(calls, folders.length ? ['heavy'] : [], `folders: ${folders.length}`);
    // A change of the records themselves: every document.
    lanes.emit('shared', { type: 'workspaceChanged', snapshot: '{"complete":true,"views":[]}' });
    assert.deepEqual(calls, folders.length ? ['heavy', undefined] : [undefined]);
  }
});
