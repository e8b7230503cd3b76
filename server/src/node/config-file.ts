import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseTree, findNodeAtLocation, getNodeValue, printParseErrorCode, type ParseError } from 'jsonc-parser';
import configSchema from '../../../schemas/config.schema.json';
import { type PostmortemConfig, RULES, teamSchemaProblem, didYouMean, isKnownZone, suggestZones } from '../core/index';
import { decodeForReading } from './decode';

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
  /** A safe edit of the config text that solves the problem (a mistyped rule id, say), for a quick fix. */
  fix?: { title: string; start: number; end: number; newText: string };
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
    data = JSON.parse(decodeForReading(fs.readFileSync(file)).replace(/^\ufeff/, ''));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: `cannot read the team schema ${shown}: ${code && code !== 'EILSEQ' ? code : err instanceof Error ? err.message : String(err)}` };
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

/** Deeper JSON than this is refused before parsing: the parser recurses once per level. */
export const MAX_CONFIG_DEPTH = 64;

/**
 * Where the nesting of `[` and `{` (outside strings) first passes `max`, or -1. A linear scan, so
 * that a file of 3,000 `[` is refused with a message instead of overflowing the parser's stack.
 */
function tooDeepAt(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return -1;
}

/** What the value of a key that takes one of several forms must look like, for one clear message instead of one per form. */
const FORMS: Record<string, string> = {
  '/durationTolerance': 'a number of minutes such as 15, or a string such as "10%" or "30 min"',
};

const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

function quoted(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
}

/** Reads and validates a configuration text. Never throws. */
export function parseConfigText(file: string, text: string): LoadedConfigFile {
  try {
    return parseConfigTextUnsafe(file, text);
  } catch (err) {
    // The checks above should make this unreachable; if the parser still fails, say so on the file.
    return { file, problems: [{ file, message: `Cannot read the configuration: ${err instanceof Error ? err.message : String(err)}`, start: 0, end: Math.min(1, text.length) }] };
  }
}

function parseConfigTextUnsafe(file: string, text: string): LoadedConfigFile {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - src.length;
  const deep = tooDeepAt(src, MAX_CONFIG_DEPTH);
  if (deep >= 0) {
    return { file, problems: [{ file, message: `Invalid configuration: nested more than ${MAX_CONFIG_DEPTH} levels deep`, start: deep + shift, end: deep + shift + 1 }] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(src, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const e = errors[0] ?? { error: 0, offset: 0, length: 0 };
    const message = errors.length ? `Invalid JSON (${printParseErrorCode(e.error)})` : 'The file is empty';
    return { file, problems: [{ file, message, start: e.offset + shift, end: e.offset + shift + Math.max(1, e.length) }] };
  }
  const data: unknown = getNodeValue(root);
  const nodeAt = (segments: Array<string | number>) => findNodeAtLocation(root, segments);
  const problemAt = (segments: Array<string | number>, message: string, keyOnly = false): ConfigProblem => {
    const node = nodeAt(segments);
    const where = keyOnly && node?.parent?.type === 'property' ? node.parent.children?.[0] : node;
    const start = (where?.offset ?? 0) + shift;
    return { file, message, start, end: start + Math.max(1, where?.length ?? 1) };
  };
  const problems: ConfigProblem[] = [];

  const invalid = configErrors(data) ?? [];
  // A key with several allowed forms (oneOf) gets one message naming them, not one per form.
  const multiForm = new Set(invalid.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath));
  const saidFor = new Set<string>();
  for (const e of invalid) {
    const segments = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const located = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const form = [...multiForm].find((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`));
    if (form !== undefined) {
      if (saidFor.has(form)) continue;
      saidFor.add(form);
      const formSegments = form.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
      const value = formSegments.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
      const expected = FORMS[form] ?? 'one of the forms the configuration schema allows';
      problems.push(problemAt(formSegments, `"${formSegments.join('.')}" is ${quoted(value)}; expected ${expected}`));
      continue;
    }
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') continue;
    if (e.keyword === 'additionalProperties') {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((configSchema as { properties: Record<string, unknown> }).properties).filter((k) => k !== '$schema');
      const best = segments.length === 0 ? didYouMean(key, known)[0] : undefined;
      problems.push(problemAt([...located, key], `unknown key "${key}"${best ? ` (did you mean "${best}"?)` : ''}`, true));
      continue;
    }
    const what = e.keyword === 'enum'
      ? `"${segments.join('.')}" must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ')}`
      : `"${segments.join('.') || 'config'}" ${e.message}`;
    problems.push(problemAt(located, what));
  }

  // What the schema cannot say: rule ids and zone names that exist.
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const d = data as Record<string, unknown>;
    if (d.rules && typeof d.rules === 'object' && !Array.isArray(d.rules)) {
      for (const id of Object.keys(d.rules)) {
        if (RULE_IDS.includes(id)) continue;
        const suggestions = didYouMean(id, RULE_IDS).filter((s) => !Object.prototype.hasOwnProperty.call(d.rules, s));
        const best = suggestions[0];
        const p = problemAt(['rules', id], `unknown rule "${id}" in "rules"${best ? ` (did you mean "${best}"?)` : ` (rules: ${RULE_IDS.join(', ')})`}`, true);
        // Renaming the key is safe only when one rule is close and not set already.
        if (best && suggestions.length === 1) p.fix = { title: `Change to "${best}"`, start: p.start, end: p.end, newText: JSON.stringify(best) };
        problems.push(p);
      }
    }
    if (typeof d.timezone === 'string' && d.timezone.trim() !== '' && !isKnownZone(d.timezone)) {
      const suggestions = suggestZones(d.timezone);
      const p = problemAt(['timezone'], `"timezone" is ${quoted(d.timezone)}, which is not a known time zone${suggestions.length ? ` (did you mean ${suggestions.map((z) => `"${z}"`).join(' or ')}?)` : ' (expected an IANA name such as "Asia/Seoul", or "UTC")'}`);
      if (suggestions.length === 1) p.fix = { title: `Change to "${suggestions[0]}"`, start: p.start, end: p.end, newText: JSON.stringify(suggestions[0]) };
      problems.push(p);
    }
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.start - b.start);
    return { file, problems };
  }
  const schemaNode = findNodeAtLocation(root, ['schema']);
  const schemaRange = schemaNode ? { start: schemaNode.offset + shift, end: schemaNode.offset + shift + schemaNode.length } : undefined;
  return { file, config: data as Partial<PostmortemConfig>, problems: [], schemaRange };
}

/** Reads a configuration file from disk. Never throws. */
export function loadConfigFile(file: string): LoadedConfigFile {
  let text: string;
  try {
    text = decodeForReading(fs.readFileSync(file));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { file, problems: [{ file, message: `Cannot read ${path.basename(file)}: ${e.code === 'EILSEQ' ? e.message : e.code ?? String(err)}`, start: 0, end: 0 }] };
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
