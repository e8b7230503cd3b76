import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseTree, findNodeAtLocation, getNodeValue, printParseErrorCode, type ParseError } from 'jsonc-parser';
import configSchema from '../../../schemas/config.schema.json';
import type { PostmortemConfig } from '../core/config';
import { teamSchemaProblem } from '../core/schema';

/** The name of the configuration file. */
export const CONFIG_FILE_NAME = '.postmortemrc.json';

/** A problem in a configuration file, with where it is. */
export interface ConfigProblem {
  /** The file. */
  file: string;
  /** What is wrong, one line. */
  message: string;
  /** Offsets in the file. */
  start: number;
  /** Offsets in the file. */
  end: number;
  /** The problem is with the team schema the file names: it is ignored, the rest of the file applies. */
  teamSchema?: boolean;
}

/** A configuration file read from disk. */
export interface LoadedConfigFile {
  /** The file's path. */
  file: string;
  /** The settings it holds, when it is valid. */
  config?: Partial<PostmortemConfig>;
  /** Problems; when any, `config` is absent. */
  problems: ConfigProblem[];
  /** Offsets of the value of `schema`, when the file has one. */
  schemaRange?: { start: number; end: number };
}

let configValidator: ValidateFunction | undefined;

/**
 * What is wrong with a `.postmortemrc.json` value, or `undefined` when nothing is. The validator
 * is compiled on first use: compiling it (and, without `validateSchema: false`, the JSON Schema
 * meta-schema) at load time was a third of the language server's start. The schema is ours;
 * test/unit/schemas.test.ts checks it against the meta-schema.
 */
function configErrors(data: unknown): ErrorObject[] | undefined {
  configValidator ??= new Ajv2020({ allErrors: true, strict: false, validateSchema: false }).compile(configSchema);
  return configValidator(data) ? undefined : (configValidator.errors ?? []);
}

/**
 * Reads the team schema a config names (`schema`): the parsed object, or one line saying why it
 * cannot be used (unreadable, not JSON, not an object, not a usable JSON Schema). The CLI stops on
 * the problem; the server reports it on the config file and lints without the team schema.
 * `shown` is how the file is named in the message.
 */
export function loadTeamSchema(file: string, shown = path.basename(file)): { schema: Record<string, unknown> } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return { problem: `cannot read the team schema ${shown}: ${(err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err))}` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { problem: `the team schema ${shown} is not a JSON object` };
  const problem = teamSchemaProblem(data as Record<string, unknown>);
  return problem ? { problem: `the team schema ${shown} is not a usable JSON Schema: ${problem}` } : { schema: data as Record<string, unknown> };
}

/** Finds `.postmortemrc.json` walking up from `dir`, stopping after `stopAt` (inclusive) when given. */
export function findConfigFile(dir: string, stopAt?: string, isOpen?: (file: string) => boolean): string | undefined {
  let cur = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(cur, CONFIG_FILE_NAME);
    if (isOpen?.(candidate)) return candidate;
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here; go up.
    }
    if (stop && cur === stop) return undefined;
    const parent = path.dirname(cur);
    if (parent === cur) return undefined;
    if (stop && !isInside(parent, stop)) return undefined;
    cur = parent;
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Reads and validates a configuration text. Never throws. */
export function parseConfigText(file: string, text: string): LoadedConfigFile {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - src.length;
  const errors: ParseError[] = [];
  const root = parseTree(src, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const e = errors[0] ?? { error: 0, offset: 0, length: 0 };
    const message = errors.length ? `Invalid JSON (${printParseErrorCode(e.error)})` : 'The file is empty';
    return { file, problems: [{ file, message, start: e.offset + shift, end: e.offset + shift + Math.max(1, e.length) }] };
  }
  const data: unknown = getNodeValue(root);
  const invalid = configErrors(data);
  if (invalid) {
    const problems = invalid.filter((e) => !['oneOf', 'anyOf'].includes(e.keyword)).map((e) => {
      const segments = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
      if (e.keyword === 'additionalProperties') segments.push(String((e.params as { additionalProperty: string }).additionalProperty));
      const node = findNodeAtLocation(root, segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
      const where = e.keyword === 'additionalProperties' && node?.parent?.type === 'property' ? node.parent.children?.[0] : node;
      const start = (where?.offset ?? 0) + shift;
      const what = e.keyword === 'additionalProperties'
        ? `unknown key "${segments[segments.length - 1]}"`
        : e.keyword === 'enum'
          ? `"${segments.join('.')}" must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ')}`
          : `"${segments.join('.') || 'config'}" ${e.message}`;
      return { file, message: what, start, end: start + Math.max(1, where?.length ?? 1) };
    });
    return { file, problems: problems.length ? problems : [{ file, message: 'Invalid configuration', start: 0, end: 1 }] };
  }
  const schemaNode = findNodeAtLocation(root, ['schema']);
  const schemaRange = schemaNode ? { start: schemaNode.offset + shift, end: schemaNode.offset + shift + schemaNode.length } : undefined;
  return { file, config: data as Partial<PostmortemConfig>, problems: [], schemaRange };
}

/** Reads a configuration file from disk. Never throws. */
export function loadConfigFile(file: string): LoadedConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { file, problems: [{ file, message: `Cannot read ${path.basename(file)}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, start: 0, end: 0 }] };
  }
  return parseConfigText(file, text);
}

/**
 * Resolves a path from a configuration (`schema`, `templates`) against the folder of the file
 * that named it, and refuses paths that leave `root` (the workspace or the CLI's working folder).
 */
export function resolveInside(root: string, from: string, p: string): string | undefined {
  if (!p) return undefined;
  const resolved = path.resolve(from, p);
  let real = resolved;
  try {
    real = fs.realpathSync(resolved);
  } catch {
    // Missing files are reported by the caller; the lexical check below still applies.
  }
  let realRoot = path.resolve(root);
  try {
    realRoot = fs.realpathSync(realRoot);
  } catch {
    // Keep the lexical root.
  }
  return isInside(resolved, path.resolve(root)) && isInside(real, realRoot) ? resolved : undefined;
}
