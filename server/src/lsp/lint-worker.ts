/**
 * The lint worker threads of the Node language server. The worker runs the same bundle as the
 * server (`dist/server.js`); `main.ts` tells the two apart by `workerData`. The web server
 * (browser-main.ts) has no threads to start and lints in its own worker instead.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { LintEngine } from './lint-engine';
import { WorkspaceIndex } from './service-index';
import { ConfigStore } from './workspace';
import { LINT_WORKER_MARK, type FromWorker, type LintWorkerData, type ToWorker } from './lint-protocol';
import type { EngineFactory, LaneName, StartLintThread } from './lint-host';

/** True in a thread started as a lint worker. */
export function isLintWorker(): boolean {
  return (workerData as Partial<LintWorkerData> | undefined)?.kind === LINT_WORKER_MARK;
}

/** The Node engine: with the index of the workspace's other postmortems (read from disk). */
export const nodeEngine: EngineFactory = (versions, send) => new LintEngine(versions, send, (background, onChange) => new WorkspaceIndex(new ConfigStore(), background, onChange));

/**
 * Young generation of the shared lane's worker, in MB. It lints many small documents, whose lints
 * allocate little each, and it holds the results of all of them: V8's default young generation
 * is resident on top (with 200 open 150-line postmortems the server's resident memory was 245 to
 * 249 MB with the default, 233 to 234 MB with 16 MB; bench measurement 9). The heavy lane, which
 * lints large documents on every keystroke, keeps the default so that a lint's garbage dies young.
 */
const SHARED_LANE_YOUNG_GENERATION_MB = 16;

/** Serves lint jobs and queries until the main thread ends the worker. */
export function runLintWorker(): void {
  const data = workerData as LintWorkerData;
  const port = parentPort!;
  const engine = nodeEngine(new Int32Array(data.versions), (m) => port.postMessage(m));
  port.on('message', (m: ToWorker) => engine.handle(m));
}

/** Starts lint worker threads that run `script` (the server bundle). */
export function lintThreads(script: string): StartLintThread {
  return (versions, lane: LaneName) => {
    const data: LintWorkerData = { kind: LINT_WORKER_MARK, versions };
    const worker = new Worker(script, { workerData: data, resourceLimits: lane === 'shared' ? { maxYoungGenerationSizeMb: SHARED_LANE_YOUNG_GENERATION_MB } : undefined });
    worker.unref();
    return {
      post: (m) => worker.postMessage(m),
      terminate: () => worker.terminate(),
      onMessage: (listener) => void worker.on('message', (m: FromWorker) => listener(m)),
      onLost: (listener) => {
        worker.on('error', (err) => listener(`failed: ${err.stack ?? err.message}`));
        worker.on('exit', (code) => listener(`exited with code ${code}`));
      },
    };
  };
}
