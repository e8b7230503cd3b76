/**
 * What the web build takes for `node:v8`: a browser worker tells nothing of its heap's spaces, so
 * the memory figures of the server (memory-stats.ts) report no compiled code there.
 */
export function getHeapSpaceStatistics(): Array<{ space_name: string; space_used_size: number }> {
  return [];
}
