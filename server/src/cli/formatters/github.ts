/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::message`).
 */
import type { Severity } from '../../core/index';
import type { FileReport, Summary } from '../report';
import type { FormatContext } from './index';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Escapes a message: `%`, CR and LF, as the workflow command syntax requires. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: the message escapes plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Formats reports as workflow commands. */
export function formatGithub(reports: readonly FileReport[], _summary: Summary, _ctx: FormatContext): string {
  let out = '';
  for (const r of reports) {
    for (const f of r.findings) {
      const props = [
        `file=${escapeProperty(r.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      out += `::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}\n`;
    }
  }
  return out;
}
