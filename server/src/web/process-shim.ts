/**
 * The `process` of the web build (injected by scripts/build.mjs wherever a module names the
 * global): a browser worker has none. Only what the server's code and its libraries touch.
 */
const memory = () => ({ rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 });

export const process = {
  env: {} as Record<string, string | undefined>,
  argv: [] as string[],
  platform: 'browser',
  cwd: () => '/',
  memoryUsage: Object.assign(memory, { rss: () => 0 }),
  on: () => process,
  nextTick: (fn: (...a: unknown[]) => void, ...args: unknown[]) => void queueMicrotask(() => fn(...args)),
};
