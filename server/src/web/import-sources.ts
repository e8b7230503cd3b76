/**
 * The web build's `node/import-sources.ts` (scripts/build.mjs substitutes it): Import Timeline
 * reads exported files and runs `git` on disk, which a browser cannot. Every source is one
 * problem that says so; the web client does not offer the command in the first place.
 */
import type { ImportRead } from '../core/index';
import type { SourceReadOptions, SourceSpec } from '../node/import-sources';

/** Reads nothing: the web has no disk. */
export function readSource(spec: SourceSpec, _opts: SourceReadOptions): ImportRead {
  return { entries: [], problems: [{ file: spec.file, message: 'Import Timeline is not available in the web: it reads files and runs git on disk' }] };
}
