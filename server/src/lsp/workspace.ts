import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { mergeConfig, type PostmortemConfig } from '../core/index';
import { findConfigFile, loadConfigFile, loadTeamSchema, parseConfigText, type ConfigProblem, type LoadedConfigFile, resolveInside } from '../node/config-file';

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
  /** The message locale the configuration file or the settings set, if either does (else the editor's language applies). */
  locale?: PostmortemConfig['locale'];
}

/**
 * Finds and caches configuration files. Keeps the last good version of each file: a file that
 * stops parsing reports its problems, but the settings it had stay in force.
 */
export class ConfigStore {
  private readonly lastGood = new Map<string, Partial<PostmortemConfig>>();
  private readonly loaded = new Map<string, LoadedConfigFile>();
  private readonly openTexts = new Map<string, string>();
  private readonly schemas = new Map<string, ReturnType<typeof loadTeamSchema>>();
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
    const p = this.schemaPath(file, r.config.schema);
    const loaded = p ? this.schema(p) : { problem: `"schema" (${r.config.schema}) is outside the workspace folder` };
    if (!('problem' in loaded)) return [];
    return [{ file, message: loaded.problem.charAt(0).toUpperCase() + loaded.problem.slice(1), ...r.schemaRange, teamSchema: true }];
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
      return { config: mergeConfig(settings), file: undefined, folder: undefined, teamSchema: undefined, locale: settings?.locale };
    }
    const fsPath = u.fsPath;
    const folder = this.folderOf(fsPath);
    const file = findConfigFile(path.dirname(fsPath), folder, (f) => this.openTexts.has(f));
    const fromFile = file ? this.effective(file) : undefined;
    const config = mergeConfig(settings, fromFile);
    let teamSchema: Record<string, unknown> | undefined;
    if (config.schema && file) {
      const p = this.schemaPath(file, config.schema);
      const loaded = p ? this.schema(p) : undefined;
      if (loaded && 'schema' in loaded) teamSchema = loaded.schema;
    }
    return { config, file, folder, teamSchema, locale: fromFile?.locale ?? settings?.locale };
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

  /** The team schema a config file names, resolved from the file's folder; undefined when it leaves the workspace folder. */
  private schemaPath(configFile: string, schema: string): string | undefined {
    return resolveInside(this.folderOf(configFile) ?? path.dirname(configFile), path.dirname(configFile), schema);
  }

  private schema(p: string): ReturnType<typeof loadTeamSchema> {
    let r = this.schemas.get(p);
    if (!r) {
      r = loadTeamSchema(p);
      this.schemas.set(p, r);
    }
    return r;
  }
}
