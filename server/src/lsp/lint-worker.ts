/**
 * The body of a lint worker thread of the language server. The worker runs the same bundle as the
 * server (`dist/server.js`); `main.ts` tells the two apart by `workerData`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { LintEngine } from './lint-engine';
import { LINT_WORKER_MARK, type LintWorkerData, type ToWorker } from './lint-protocol';

/** True in a thread started as a lint worker. */
export function isLintWorker(): boolean {
  return (workerData as Partial<LintWorkerData> | undefined)?.kind === LINT_WORKER_MARK;
}

/** Serves lint jobs and queries until the main thread ends the worker. */
export function runLintWorker(): void {
  const data = workerData as LintWorkerData;
  const port = parentPort!;
  const engine = new LintEngine(new Int32Array(data.versions), (m) => port.postMessage(m));
  port.on('message', (m: ToWorker) => engine.handle(m));
}
