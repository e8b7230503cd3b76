/**
 * One file's work: read it, decide whether it is a postmortem, lint it, and with `--fix` apply
 * fixes until none is left and write the file back in place (write-fix.ts). Runs on the main
 * thread or in a worker; tasks and outcomes are plain data. Never throws: a failure is an outcome
 * with `status: 'failed'`.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { lint, fixAllEdits, applyEdits, LineIndex, type PostmortemConfig, type Finding, type TextEdit } from '../core/index';
import { isPostmortem } from '../node/files';
import { decodeText, encodeText, isUndecodable } from '../node/decode';
import { toCliFinding, type CliFinding } from './report';
import { writeFixedFile } from './write-fix';
import { incidentRecord, peerRecordOf, refersToOthers, type IncidentRecord, type PeerRecord, type WorkspaceView } from '../core/index';

/** Most fix passes per file: each pass applies the fixes that do not overlap, then lints again. */
export const MAX_FIX_PASSES = 10;

/** A stored result, reused when the file and its configuration have not changed. */
export interface CachedResult {
  /** SHA-256 of the file's bytes. */
  hash: string;
  /** Hash of the configuration it was linted with. */
  configHash: string;
  /** `linted`, or `skipped` when it was not a postmortem. */
  status: 'linted' | 'skipped';
  /** Its findings. */
  findings: CliFinding[];
  /** Its peer record for the cross-document rules (null: not a postmortem); absent in older entries, which are not reused. */
  peer?: PeerRecord | null;
  /** True when it names other documents (`related:`, links to Markdown files). */
  refers?: boolean;
}

/** What to do with one file. */
export interface LintTask {
  /** Absolute path (for reading and writing). */
  abs: string;
  /** Path relative to the working directory, with `/` (for matching and output). */
  rel: string;
  /** Effective configuration. */
  config: PostmortemConfig;
  /** Team schema. */
  teamSchema?: Record<string, unknown>;
  /** Hash of `config` and `teamSchema`. */
  configHash: string;
  /** Apply fixes and write the file. */
  fix: boolean;
  /** The working directory: a symbolic link is fixed through only when its target is inside it. */
  root?: string;
  /** The text, when it does not come from the file (standard input). */
  text?: string;
  /** Lint even when the path does not make it a postmortem (standard input without a file name). */
  alwaysLint?: boolean;
  /** A stored result for this file. */
  cached?: CachedResult;
  /** `postmortem report`: read the incident record instead of keeping findings (no fixes, no cache). */
  record?: boolean;
  /** Today, `YYYY-MM-DD`, for `action-item-overdue`; absent when the rule must stay silent (CI). */
  today?: string;
  /** The other postmortems: set for the second pass of the cross-document rules. */
  workspace?: WorkspaceView;
}

/** What came of one file. */
export interface LintOutcome {
  /** Same as the task's. */
  abs: string;
  /** Same as the task's. */
  rel: string;
  /** `linted`; `skipped` (not a postmortem); `failed` (could not be read, or an internal error). */
  status: 'linted' | 'skipped' | 'failed';
  /** Findings left (after fixing). */
  findings: CliFinding[];
  /** Fixes applied. */
  fixed: number;
  /** One-line reason when `status` is `failed`, or when fixes could not be written (the run then exits 2). */
  error?: string;
  /** Rules that threw (bugs), as `rule: message`. */
  internalErrors: string[];
  /** A result to store in the cache (absent when there is nothing safe to store). */
  cacheEntry?: CachedResult;
  /** True when the result came from the cache. */
  fromCache: boolean;
  /** The incident record, for a task with `record`. */
  record?: IncidentRecord;
  /** For a task with `record`: why the document could not be read (too large, binary, too deeply nested). */
  unreadable?: string;
  /** The peer record of a linted postmortem (the cross-document rules of the other files read it). */
  peer?: PeerRecord;
  /** True when the document names other documents (`related:`, links to Markdown files). */
  refers?: boolean;
}

function sha256(data: Buffer | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** Rewrites the line breaks an edit inserts to the document's own. */
function withEol(edits: readonly TextEdit[], eol: string): TextEdit[] {
  return edits.map((e) => ({ ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) }));
}

/** Number of findings whose fix was taken whole into `edits`. */
function countApplied(findings: readonly Finding[], edits: readonly TextEdit[]): number {
  const taken = new Set(edits);
  return findings.filter((f) => f.fix && f.fix.edits.length > 0 && f.fix.edits.every((e) => taken.has(e))).length;
}

interface Linted {
  text: string;
  findings: Finding[];
  internalErrors: string[];
  /** The document's peer record, when it was read. */
  peer?: PeerRecord;
  refers: boolean;
}

type LintInputs = Pick<LintTask, 'config' | 'teamSchema'> & Partial<Pick<LintTask, 'rel' | 'today' | 'workspace'>>;

function lintText(text: string, task: LintInputs): Linted {
  const result = lint(text, { config: task.config, teamSchema: task.teamSchema, today: task.today, workspace: task.workspace });
  return {
    text,
    findings: result.findings,
    internalErrors: result.ruleErrors.map((e) => `${e.ruleId}: ${e.message.split('\n')[0]}`),
    peer: result.doc && task.rel !== undefined ? peerRecordOf(result, task.rel) : undefined,
    refers: refersToOthers(result),
  };
}

/**
 * Applies every safe fix to `text`, linting again after each pass, until none is left (at most
 * MAX_FIX_PASSES): the text `--fix` writes, the findings left in it and how many fixes it took.
 * Pure; the tests use it to know what a fixed file must hold.
 */
export function fixText(text: string, task: LintInputs): { text: string; fixed: number; linted: Linted } {
  let current = lintText(text, task);
  let fixed = 0;
  const eol = new LineIndex(text).eol;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = fixAllEdits(current.findings);
    if (edits.length === 0) break;
    const next = applyEdits(current.text, withEol(edits, eol));
    if (next === current.text) break;
    fixed += countApplied(current.findings, edits);
    current = lintText(next, task);
  }
  return { text: current.text, fixed, linted: current };
}

/** Does one task. Never throws. */
export function lintFile(task: LintTask): LintOutcome {
  const base = { abs: task.abs, rel: task.rel, fixed: 0, internalErrors: [] as string[], fromCache: false };
  try {
    let bytes: Buffer;
    if (task.text !== undefined) {
      bytes = Buffer.from(task.text, 'utf8');
    } else {
      try {
        bytes = fs.readFileSync(task.abs);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const why = code === 'ELOOP' ? 'it is a symbolic link loop' : code ?? (err as Error).message;
        return { ...base, status: 'failed', findings: [], error: `cannot read ${task.rel}: ${why}` };
      }
    }
    const hash = sha256(bytes);
    const cached = task.cached;
    if (!task.workspace && cached && cached.hash === hash && cached.configHash === task.configHash && cached.peer !== undefined && (!task.fix || cached.findings.every((f) => !f.fixable))) {
      return { ...base, status: cached.status, findings: cached.findings, cacheEntry: cached, fromCache: true, peer: cached.peer ?? undefined, refers: cached.refers };
    }
    const decoded = decodeText(bytes);
    // A file that says it is UTF-16 and is not cannot be shown by any editor: the run fails, as for a file that cannot be read.
    if (isUndecodable(decoded)) return { ...base, status: 'failed', findings: [], error: `cannot decode ${task.rel}: ${decoded.problem}` };
    const text = decoded.text;
    if (!task.alwaysLint && !isPostmortem(task.rel, text, task.config)) {
      return { ...base, status: 'skipped', findings: [], cacheEntry: { hash, configHash: task.configHash, status: 'skipped', findings: [], peer: null } };
    }

    if (task.record) {
      const result = lint(text, { config: task.config, teamSchema: task.teamSchema });
      if (!result.doc) return { ...base, status: 'linted', findings: [], unreadable: result.findings[0]?.message ?? 'the document could not be parsed' };
      return { ...base, status: 'linted', findings: [], record: incidentRecord(result, task.rel) };
    }

    let current: Linted;
    let fixed = 0;
    let error: string | undefined;
    if (!task.fix) {
      current = lintText(text, task);
    } else {
      const result = fixText(text, task);
      current = result.linted;
      fixed = result.fixed;
      if (current.text !== text) {
        if (!decoded.exact) {
          error = `not fixed: ${task.rel} is not valid UTF-8, and writing it back would change bytes`;
        } else {
          const written = writeFixedFile(task.abs, task.rel, task.root ?? process.cwd(), bytes, encodeText(current.text, decoded.encoding));
          if (!written.ok) error = `not fixed: ${written.reason}`;
        }
        if (error) {
          current = lintText(text, task);
          fixed = 0;
        }
      }
    }
    const lines = new LineIndex(current.text);
    const bom = current.text.charCodeAt(0) === 0xfeff;
    const findings = current.findings.map((f) => toCliFinding(f, lines, bom));
    const finalHash = current.text === text ? hash : sha256(encodeText(current.text, decoded.encoding));
    // Findings of the second pass depend on the other files: they are never stored.
    const cacheEntry: CachedResult | undefined =
      error || current.internalErrors.length || task.workspace ? undefined : { hash: finalHash, configHash: task.configHash, status: 'linted', findings, peer: current.peer ?? null, refers: current.refers };
    return { ...base, status: 'linted', findings, fixed, error, internalErrors: current.internalErrors, cacheEntry, peer: current.peer, refers: current.refers };
  } catch (err) {
    return { ...base, status: 'failed', findings: [], error: `internal error on ${task.rel}: ${(err as Error)?.message ?? String(err)}` };
  }
}
