/**
 * Memory figures the server reports (`postmortem/memoryUsage`) beyond `process.memoryUsage()`.
 */
import * as v8 from 'node:v8';

/**
 * Bytes of V8's code spaces in this thread's heap: compiled code, which grows while V8 optimizes
 * more of the paths edits take and is not data the server keeps (bench measurement 9 reports the
 * heap with and without it).
 */
export function compiledCodeBytes(): number {
  let n = 0;
  for (const s of v8.getHeapSpaceStatistics?.() ?? []) if (s.space_name === 'code_space' || s.space_name === 'code_large_object_space') n += s.space_used_size;
  return n;
}
