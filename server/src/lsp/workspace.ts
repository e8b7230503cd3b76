import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { mergeConfig, type PostmortemConfig } from '../core/config';
import { teamSchemaProblem } from '../core/schema';
import { findConfigFile, loadConfigFile, parseConfigText, type ConfigProblem, type LoadedConfigFile, resolveInside } from '../node/config-file';
import * as fs from 'node:fs';

/** The configuration that applies to one document, and where it came from. */
export interface DocumentConfig {
  /** The effective configuration. */
  config: PostmortemConfig;
  /** The config file used, if any. */
  file: string | undefined;
  /** The workspace folder holding the document, if any. */
  folder: string | undefined;
  /** A team schema named by `schema`, parsed. */
  teamSchema: Record<string, unknown> | undefined;
}

/**
 * Finds and caches configuration files. Keeps the last good version of each file: a file that
 * stops parsing reports its problems, but the settings it had stay in force.
 */
export class ConfigStore {
  private readonly lastGood = new Map<string, Partial<PostmortemConfig>>();
  private readonly loaded = new Map<string, LoadedConfigFile>();
  private readonly openTexts = new Map<string, string>();
  private readonly schemas = new Map<string, { schema?: Record<string, unknown>; problem?: string }>();
  folders: string[] = [];

  /** Forgets cached files so the next lookup reads them again. */
  invalidate(file?: string): void {
    if (file) this.loaded.delete(file);
    else this.loaded.clear();
    this.schemas.clear();
  }

  /** Uses the editor's unsaved text of a config file instead of the disk. */
  setOpenText(file: string, text: string | undefined): void {
    if (text === undefined) this.openTexts.delete(file);
    else this.openTexts.set(file, text);
    this.loaded.delete(file);
  }

  /**
   * Problems of a config file as last read (empty when it is fine or unknown), with those of the
   * team schema it names: one that cannot be read, or is not a usable JSON Schema.
   */
  problemsOf(file: string): ConfigProblem[] {
    const r = this.read(file);
    if (r.problems.length > 0 || !r.config?.schema || !r.schemaRange) return r.problems;
    const config = mergeConfig(r.config);
    const p = resolveInside(this.folderOf(file) ?? path.dirname(file), path.dirname(file), config.schema);
    const problem = p ? this.schema(p, config).problem : `"schema" (${config.schema}) is outside the workspace folder`;
    return problem ? [{ file, message: problem, ...r.schemaRange, teamSchema: true }] : [];
  }

  /** The workspace folder that holds a path. */
  folderOf(fsPath: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) {
      const rel = path.relative(f, fsPath);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  /** The configuration for a document URI, on top of the editor settings. */
  configFor(uri: string, settings: Partial<PostmortemConfig> | undefined): DocumentConfig {
    const u = URI.parse(uri);
    if (u.scheme !== 'file') {
      return { config: mergeConfig(settings), file: undefined, folder: undefined, teamSchema: undefined };
    }
    const fsPath = u.fsPath;
    const folder = this.folderOf(fsPath);
    const file = findConfigFile(path.dirname(fsPath), folder, (f) => this.openTexts.has(f));
    const fromFile = file ? this.effective(file) : undefined;
    const config = mergeConfig(settings, fromFile);
    let teamSchema: Record<string, unknown> | undefined;
    if (config.schema && file) {
      const p = resolveInside(folder ?? path.dirname(file), path.dirname(file), config.schema);
      if (p) teamSchema = this.schema(p, config).schema;
    }
    return { config, file, folder, teamSchema };
  }

  private effective(file: string): Partial<PostmortemConfig> | undefined {
    const r = this.read(file);
    if (r.config) {
      this.lastGood.set(file, r.config);
      return r.config;
    }
    return this.lastGood.get(file);
  }

  private read(file: string): LoadedConfigFile {
    let r = this.loaded.get(file);
    if (!r) {
      const open = this.openTexts.get(file);
      r = open !== undefined ? parseConfigText(file, open) : loadConfigFile(file);
      this.loaded.set(file, r);
    }
    return r;
  }

  private schema(p: string, config: PostmortemConfig): { schema?: Record<string, unknown>; problem?: string } {
    const known = this.schemas.get(p);
    if (known) return known;
    let r: { schema?: Record<string, unknown>; problem?: string };
    try {
      const v: unknown = JSON.parse(fs.readFileSync(p, 'utf8'));
      if (!v || typeof v !== 'object' || Array.isArray(v)) r = { problem: `The team schema ${path.basename(p)} is not a JSON object` };
      else {
        const problem = teamSchemaProblem(v as Record<string, unknown>, config);
        r = problem ? { problem: `The team schema ${path.basename(p)} is not a usable JSON Schema: ${problem}` } : { schema: v as Record<string, unknown> };
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      r = { problem: `Cannot read the team schema ${path.basename(p)}: ${code ?? (err instanceof Error ? err.message : String(err))}` };
    }
    this.schemas.set(p, r);
    return r;
  }
}
