/**
 * Runs lint tasks on the main thread, or across cores with `worker_threads` when there are many
 * files. The workers run the same bundle (`dist/cli.js`), told apart by `workerData`. Outcomes are
 * returned in task order whatever order the workers finish in.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { Worker, parentPort } from 'node:worker_threads';
import { lintFile, type LintOutcome, type LintTask } from './lint-file';

/** More files than this are linted in worker threads. */
export const PARALLEL_THRESHOLD = 50;

/** Files per worker below which another worker is not worth its start-up. */
const FILES_PER_WORKER = 25;

/** Most workers started. */
const MAX_WORKERS = 8;

/**
 * Heap sizes of a worker, in MB. Parsing allocates many short-lived objects (micromark events,
 * tokens, tree nodes): a larger young generation means fewer scavenges and fewer of them promoted,
 * but each worker's young generation is resident while it runs. Left to itself, V8 also lets a
 * worker's old generation grow well past what one file needs (`postmortem lint` peaked at 450 to
 * 490 MB where markdownlint-cli2 peaks at 220 to 280 MB on the 1,000 bench files, issue 16). A
 * bound on the old generation makes V8 collect it before it grows. The bounds trade time for
 * memory: on the 1,000 bench files (runs alternated, 2026-12-03, docs/performance.md) two bare
 * worker threads took 21 to 24 s bounded like this and 15 to 19 s unbounded (peak 196 to 200 MB
 * against 332 to 349 MB); a 32 or 48 MB young generation gave 20 to 22 s but 254 to 265 MB, above
 * markdownlint-cli2's 227 to 235 MB in the same runs, and 8 MB cost half again as much CPU. These
 * sizes keep the peak below markdownlint-cli2's (issue 16). The bound is far above what a file
 * below `WORKER_MAX_FILE_BYTES` needs; larger files are linted on the main thread, without one.
 */
const WORKER_YOUNG_GENERATION_MB = 24;
const WORKER_OLD_GENERATION_MB = 96;

/** Files larger than this (in bytes) are linted on the main thread, after the workers' files. */
export const WORKER_MAX_FILE_BYTES = 512 * 1024;

/** Tasks a worker holds at once: the next one is there when it finishes one, without waiting for the main thread. */
const TASKS_IN_FLIGHT = 2;

/** The `workerData` that marks a lint worker. */
export const WORKER_MARK = 'postmortem-lint-worker';

interface Request {
  id: number;
  task: LintTask;
}

interface Response {
  id: number;
  outcome: LintOutcome;
}

/** The body of a worker thread: answers each task with its outcome. */
export function runWorker(): void {
  parentPort?.on('message', (req: Request) => {
    const res: Response = { id: req.id, outcome: lintFile(req.task) };
    parentPort!.postMessage(res);
  });
}

/** True for a task whose text is too large for a worker's bounded heap (an unreadable file is not: the worker reports it). */
function tooLargeForWorker(task: LintTask): boolean {
  if (task.text !== undefined) return task.text.length > WORKER_MAX_FILE_BYTES / 2;
  try {
    return fs.statSync(task.abs).size > WORKER_MAX_FILE_BYTES;
  } catch {
    return false;
  }
}

/** How many workers to use for `count` files (0 = lint on the main thread). */
export function workerCount(count: number, threshold = PARALLEL_THRESHOLD): number {
  if (count <= threshold) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (cores < 2) return 0;
  return Math.max(2, Math.min(cores, MAX_WORKERS, Math.ceil(count / FILES_PER_WORKER)));
}

/**
 * Lints every task, in parallel when there are more than `PARALLEL_THRESHOLD` and a worker
 * script is known. The main thread only hands out tasks (a worker isolate linting costs less
 * memory than the main thread does). If a worker cannot start or dies, the tasks it had not
 * finished run here.
 */
export async function runTasks(tasks: readonly LintTask[], workerScript: string | undefined): Promise<LintOutcome[]> {
  const n = workerScript ? workerCount(tasks.length) : 0;
  if (n === 0) return tasks.map(lintFile);

  const outcomes: Array<LintOutcome | undefined> = new Array(tasks.length);
  // The tasks the workers take, by index; the others are left for the main thread (below).
  const queue = tasks.map((_, i) => i).filter((i) => !tooLargeForWorker(tasks[i]));
  let next = 0;
  const workers: Worker[] = [];
  let alive = n;
  let wake: (() => void) | undefined;
  const changed = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  for (let k = 0; k < n; k++) {
    const inFlight = new Set<number>();
    let done = false;
    let worker: Worker;
    try {
      worker = new Worker(workerScript!, { workerData: { kind: WORKER_MARK }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } });
    } catch {
      alive--;
      continue;
    }
    workers.push(worker);
    const feed = () => {
      while (!done && inFlight.size < TASKS_IN_FLIGHT && next < queue.length) {
        const id = queue[next++];
        inFlight.add(id);
        worker.postMessage({ id, task: tasks[id] } satisfies Request);
      }
      if (inFlight.size === 0 && next >= queue.length && !done) {
        done = true;
        alive--;
        changed();
      }
    };
    worker.on('message', (res: Response) => {
      outcomes[res.id] = res.outcome;
      inFlight.delete(res.id);
      feed();
      changed();
    });
    const fail = () => {
      // The tasks in flight are linted again on the main thread, below.
      inFlight.clear();
      if (!done) {
        done = true;
        alive--;
        changed();
      }
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    feed();
  }
  while (alive > 0) await new Promise<void>((resolve) => (wake = resolve));
  await Promise.all(workers.map((w) => w.terminate().catch(() => 0)));
  return tasks.map((t, i) => outcomes[i] ?? lintFile(t));
}
