/**
 * `--format stylish` (the default): findings grouped by file, aligned columns, and a summary
 * line. Colors only when the context says so (a terminal, no `--no-color`, no `NO_COLOR`).
 */
import type { Severity } from '../../core/index';
import type { FileReport, Summary } from '../report';
import type { FormatContext } from './index';

const SGR = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', green: '\u001b[32m', underline: '\u001b[4m' };
type Style = keyof typeof SGR;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'dim' };

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * A message on one line: each line break and the blanks around it become one space. Pieces and
 * trims rather than a global replace of blanks, a line break and blanks, which is quadratic on a
 * long run of blanks (messages quote document text).
 */
function oneLine(message: string): string {
  const parts = message.split(/\r?\n/);
  if (parts.length === 1) return message;
  const kept: string[] = [];
  parts.forEach((p, i) => {
    const piece = i === 0 ? p.trimEnd() : i === parts.length - 1 ? p.trimStart() : p.trim();
    if (piece !== '' || i === 0 || i === parts.length - 1) kept.push(piece);
  });
  return kept.join(' ');
}

/** Formats reports for people. */
export function formatStylish(reports: readonly FileReport[], summary: Summary, ctx: FormatContext): string {
  const paint = (style: Style, s: string) => (ctx.color ? `${SGR[style]}${s}${SGR.reset}` : s);
  let out = '';
  for (const r of reports) {
    if (r.findings.length === 0) continue;
    const rows = r.findings.map((f) => [`${f.line}:${f.column}`, f.severity, oneLine(f.message), f.ruleId] as const);
    const posWidth = Math.max(...rows.map((row) => row[0].length));
    const sevWidth = Math.max(...rows.map((row) => row[1].length));
    out += `\n${paint('underline', r.path)}\n`;
    for (const [pos, sev, message, rule] of rows) {
      out += `  ${paint('dim', pos.padEnd(posWidth))}  ${paint(SEVERITY_STYLE[sev], sev.padEnd(sevWidth))}  ${message}  ${paint('dim', rule)}\n`;
    }
  }
  const problems = summary.errors + summary.warnings + summary.information + summary.hints;
  const checked = plural(summary.files, 'postmortem');
  if (problems === 0) {
    out += `${out ? '\n' : ''}${paint('green', '✔')} No problems in ${checked}`;
  } else {
    const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning')];
    if (summary.information + summary.hints > 0) parts.push(plural(summary.information + summary.hints, 'note'));
    const mark = paint(summary.errors > 0 ? 'red' : 'yellow', '✖');
    out += `\n${mark} ${paint('bold', `${plural(problems, 'problem')} (${parts.join(', ')})`)} in ${checked}`;
  }
  out += '\n';
  if (summary.fixed > 0) out += `  Fixed ${plural(summary.fixed, 'problem')} in ${plural(summary.filesFixed, 'file')}.\n`;
  if (summary.fixable > 0 && !ctx.fix) out += `  ${plural(summary.fixable, 'problem')} can be fixed with --fix.\n`;
  if (ctx.skipped.length > 0) {
    const names = ctx.skipped.length <= 3 ? ctx.skipped.join(', ') : `${ctx.skipped.slice(0, 3).join(', ')} and ${ctx.skipped.length - 3} more`;
    out += `  ${plural(ctx.skipped.length, 'named file')} not linted, not ${ctx.skipped.length === 1 ? 'a postmortem' : 'postmortems'}: ${names}.\n`;
  }
  return out;
}
