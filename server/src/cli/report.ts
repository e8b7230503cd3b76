/**
 * What the CLI reports: findings with 1-based line and column (the only place where the core's
 * offsets become `file:line:col`), per-file reports and the summary every formatter shares.
 */
import type { Finding, Severity, LineIndex } from '../core/index';

/** A finding as the CLI prints it. Lines and columns are 1-based; columns count UTF-16 code units. */
export interface CliFinding {
  /** Rule id, e.g. `required-field`. */
  ruleId: string;
  /** Message id within the rule. */
  messageId: string;
  /** Severity after configuration. */
  severity: Severity;
  /** The message. */
  message: string;
  /** Line of the first character. */
  line: number;
  /** Column of the first character. */
  column: number;
  /** Line of the end. */
  endLine: number;
  /** Column just past the last character (equal to `column` for an empty range). */
  endColumn: number;
  /** True when `--fix` can fix it. */
  fixable: boolean;
}

/** The findings of one file. */
export interface FileReport {
  /** Path relative to the working directory, with `/` (absolute when outside it). */
  path: string;
  /** Findings in document order. */
  findings: CliFinding[];
  /** Fixes applied by `--fix` (0 without it). */
  fixed: number;
}

/** Counts over every report. */
export interface Summary {
  /** Postmortems checked. */
  files: number;
  /** Findings at `error`. */
  errors: number;
  /** Findings at `warning`. */
  warnings: number;
  /** Findings at `information`. */
  information: number;
  /** Findings at `hint`. */
  hints: number;
  /** Findings `--fix` can fix. */
  fixable: number;
  /** Fixes applied by `--fix`. */
  fixed: number;
  /** Files `--fix` changed. */
  filesFixed: number;
}

/**
 * Core finding → CLI finding. A byte order mark is not a column: positions are computed as an
 * editor shows them, without it.
 */
export function toCliFinding(f: Finding, lines: LineIndex, bom: boolean): CliFinding {
  const shift = bom ? 1 : 0;
  const start = lines.positionAt(Math.max(shift, f.range.start));
  const end = lines.positionAt(Math.max(shift, f.range.end));
  const col = (p: { line: number; character: number }) => p.character + 1 - (p.line === 0 ? shift : 0);
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: f.message,
    line: start.line + 1,
    column: col(start),
    endLine: end.line + 1,
    endColumn: col(end),
    fixable: !!f.fix && f.fix.edits.length > 0,
  };
}

/** Counts findings and fixes. */
export function summarize(reports: readonly FileReport[]): Summary {
  const s: Summary = { files: reports.length, errors: 0, warnings: 0, information: 0, hints: 0, fixable: 0, fixed: 0, filesFixed: 0 };
  for (const r of reports) {
    s.fixed += r.fixed;
    if (r.fixed > 0) s.filesFixed++;
    for (const f of r.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else if (f.severity === 'information') s.information++;
      else s.hints++;
      if (f.fixable) s.fixable++;
    }
  }
  return s;
}
