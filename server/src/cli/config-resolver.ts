/**
 * Which configuration applies to a file on the command line: `--config <file>` for every file, or
 * the nearest `.postmortemrc.json` walking up from the file's folder to the working directory.
 * A broken config file, or a `schema`/`templates` path that leaves the working directory, is a
 * `CliError` (exit 2) naming the file, line and column.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mergeConfig, type PostmortemConfig, LineIndex } from '../core/index';
import { findConfigFile, loadConfigFile, loadTeamSchema, resolveInside } from '../node/config-file';
import { decodeForReading } from '../node/decode';
import { CliError } from './errors';

/** The configuration of one file. */
export interface ResolvedConfig {
  /** The effective configuration (defaults + the file). */
  config: PostmortemConfig;
  /** The config file used, if any. */
  file: string | undefined;
  /** The team schema named by `schema`, parsed. */
  teamSchema: Record<string, unknown> | undefined;
  /** The team templates folder named by `templates`, resolved. */
  templatesFolder: string | undefined;
  /** A hash of everything above that changes findings (for the cache). */
  hash: string;
}

/** Looks configuration files up and caches them per folder and per file. */
export class ConfigResolver {
  private readonly byDir = new Map<string, ResolvedConfig>();
  private readonly byFile = new Map<string, ResolvedConfig>();
  private readonly explicit: string | undefined;

  /**
   * @param cwd The working directory: lookups stop there, and `schema`/`templates` must stay inside it.
   * @param explicitConfig `--config <file>`, relative to `cwd`.
   */
  constructor(
    private readonly cwd: string,
    explicitConfig?: string,
  ) {
    if (explicitConfig !== undefined) {
      this.explicit = path.resolve(cwd, explicitConfig);
      let isFile = false;
      try {
        isFile = fs.statSync(this.explicit).isFile();
      } catch {
        isFile = false;
      }
      if (!isFile) throw new CliError(`config file not found: ${explicitConfig}`);
    }
  }

  /** The configuration for a file (which need not exist). */
  forFile(file: string): ResolvedConfig {
    return this.forDirectory(path.dirname(path.resolve(this.cwd, file)));
  }

  /** The configuration for files of a folder. */
  forDirectory(dir: string): ResolvedConfig {
    let r = this.byDir.get(dir);
    if (!r) {
      const file = this.explicit ?? findConfigFile(dir, this.cwd);
      r = this.load(file);
      this.byDir.set(dir, r);
    }
    return r;
  }

  private load(file: string | undefined): ResolvedConfig {
    const key = file ?? '';
    const known = this.byFile.get(key);
    if (known) return known;
    let resolved: ResolvedConfig;
    if (!file) {
      const config = mergeConfig();
      resolved = { config, file, teamSchema: undefined, templatesFolder: undefined, hash: hashOf(config, undefined) };
    } else {
      const loaded = loadConfigFile(file);
      if (loaded.problems.length > 0 || !loaded.config) {
        // Every problem of the file, one line each, so that one run shows all there is to fix.
        const lines = loaded.problems.map((p) => `invalid config ${this.where(file, p.start)}: ${p.message}`);
        const [first = `invalid config ${this.rel(file)}: invalid configuration`, ...more] = lines;
        throw new CliError(first, more);
      }
      const config = mergeConfig(loaded.config);
      const teamSchema = config.schema ? this.readSchema(file, config.schema) : undefined;
      const templatesFolder = config.templates ? this.inside(file, 'templates', config.templates) : undefined;
      resolved = { config, file, teamSchema, templatesFolder, hash: hashOf(config, teamSchema) };
    }
    this.byFile.set(key, resolved);
    return resolved;
  }

  private inside(configFile: string, key: string, p: string): string {
    const resolved = resolveInside(this.cwd, path.dirname(configFile), p);
    if (!resolved) throw new CliError(`invalid config ${this.rel(configFile)}: "${key}" (${p}) is outside the working directory`);
    return resolved;
  }

  private readSchema(configFile: string, p: string): Record<string, unknown> {
    const file = this.inside(configFile, 'schema', p);
    const r = loadTeamSchema(file, this.rel(file));
    if ('problem' in r) throw new CliError(`invalid config ${this.rel(configFile)}: ${r.problem}`);
    return r.schema;
  }

  /** `file:line:column` of an offset in a config file, relative to the working directory. */
  private where(file: string, offset: number): string {
    let text = '';
    try {
      text = decodeForReading(fs.readFileSync(file));
    } catch {
      return this.rel(file);
    }
    const pos = new LineIndex(text).positionAt(offset);
    return `${this.rel(file)}:${pos.line + 1}:${pos.character + 1}`;
  }

  private rel(file: string): string {
    const r = path.relative(this.cwd, file);
    return (r && !r.startsWith('..') ? r : file).split(path.sep).join('/');
  }
}

function hashOf(config: PostmortemConfig, teamSchema: Record<string, unknown> | undefined): string {
  return crypto.createHash('sha256').update(JSON.stringify([config, teamSchema ?? null])).digest('hex');
}
