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
 * events, tokens, tree nodes) and garbage collection was about 15 % of a lint worker's profile;
 * a larger young generation means fewer scavenges. On the 1,000-file benchmark it saved about
 * 5 % of the wall time against V8's default (7.6 s against 8.1 s, three alternating runs each).
 * Nothing lives long, so the old generation does not grow.
 */
const WORKER_YOUNG_GENERATION_MB = 192;

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
 * script is known. If a worker cannot start or dies, the tasks it had not finished run here.
 */
export async function runTasks(tasks: readonly LintTask[], workerScript: string | undefined): Promise<LintOutcome[]> {
  const n = workerScript ? workerCount(tasks.length) : 0;
  if (n === 0) return tasks.map(lintFile);

  const outcomes: Array<LintOutcome | undefined> = new Array(tasks.length);
  let next = 0;
  const workers: Worker[] = [];
  await new Promise<void>((resolve) => {
    let alive = n;
    const finishOne = () => {
      alive--;
      if (alive === 0) resolve();
    };
    for (let w = 0; w < n; w++) {
      let current: number | undefined;
      let done = false;
      const worker = new Worker(workerScript!, { workerData: { kind: WORKER_MARK }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      workers.push(worker);
      const feed = () => {
        if (next >= tasks.length) {
          current = undefined;
          if (!done) {
            done = true;
            finishOne();
          }
          return;
        }
        current = next++;
        worker.postMessage({ id: current, task: tasks[current] } satisfies Request);
      };
      worker.on('message', (res: Response) => {
        outcomes[res.id] = res.outcome;
        feed();
      });
      const fail = () => {
        // The task in flight is linted again on the main thread, below.
        if (current !== undefined && !outcomes[current]) current = undefined;
        if (!done) {
          done = true;
          finishOne();
        }
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      feed();
    }
  });
  await Promise.all(workers.map((w) => w.terminate().catch(() => 0)));
  return tasks.map((t, i) => outcomes[i] ?? lintFile(t));
}
