/**
 * `--format json`: a stable, documented shape (docs/cli.md). `version` is the version of this
 * shape and changes only when a field is removed or changes meaning.
 */
import type { FileReport, Summary } from '../report';
import type { FormatContext } from './index';

/** The version of the JSON shape. */
export const JSON_FORMAT_VERSION = 1;

/** The JSON document `--format json` prints. */
export interface JsonOutput {
  /** Version of this shape. */
  version: number;
  /** The tool that wrote it. */
  tool: { name: 'postmortem'; version: string };
  /** Every postmortem checked, sorted by path, with its findings. */
  files: FileReport[];
  /** Counts. */
  summary: Summary;
}

/** Formats reports as one JSON document. */
export function formatJson(reports: readonly FileReport[], summary: Summary, ctx: FormatContext): string {
  const out: JsonOutput = {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'postmortem', version: ctx.toolVersion },
    files: reports.map((r) => ({
      path: r.path,
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        fixable: f.fixable,
      })),
      fixed: r.fixed,
    })),
    summary,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
