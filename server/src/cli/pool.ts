/**
 * Runs lint tasks on the main thread, or across cores with `worker_threads` when there are many
 * files. The workers run the same bundle (`dist/cli.js`), told apart by `workerData`. Outcomes are
 * returned in task order whatever order the workers finish in.
 */
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
 * Young generation of a worker, in MB. Parsing allocates many short-lived objects (micromark
 * events, tokens, tree nodes), and a larger young generation means fewer scavenges: 192 MB saved
 * about 5 % of the wall time on the 1,000-file benchmark, but each worker's young generation is
 * resident while it runs, and `postmortem lint` then peaked at 450 to 490 MB where
 * markdownlint-cli2 peaks at 220 to 280 MB on the same files (issue 16). Measured on the 1,000
 * files: 16 MB peaks at 245 to 255 MB, 12 MB at 230 to 235, 8 MB at 225 to 230, each about
 * 10 % slower than the one before it.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

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
      worker = new Worker(workerScript!, { workerData: { kind: WORKER_MARK }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    } catch {
      alive--;
      continue;
    }
    workers.push(worker);
    const feed = () => {
      while (!done && inFlight.size < TASKS_IN_FLIGHT && next < tasks.length) {
        const id = next++;
        inFlight.add(id);
        worker.postMessage({ id, task: tasks[id] } satisfies Request);
      }
      if (inFlight.size === 0 && next >= tasks.length && !done) {
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
