import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { Finding, OffsetRange, Severity, TextEdit as CoreEdit } from '../core/types';
import type { LineIndex } from '../core/text';

/** Where rule docs live, for `codeDescription.href`. */
export const DOCS_BASE = 'https://github.com/postmortem-tools/postmortem/blob/main/docs/rules/';

/** Core offsets → LSP range. */
export function toRange(lines: LineIndex, r: OffsetRange): Range {
  return { start: lines.positionAt(r.start), end: lines.positionAt(r.end) };
}

/** Core edit → LSP edit. */
export function toTextEdit(lines: LineIndex, e: CoreEdit): TextEdit {
  return { range: toRange(lines, e), newText: e.newText };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Core finding → LSP diagnostic; `data` carries the finding's index for code actions. */
export function toDiagnostic(lines: LineIndex, f: Finding, index: number): Diagnostic {
  return {
    range: toRange(lines, f.range),
    severity: SEVERITY[f.severity],
    source: 'postmortem',
    code: f.ruleId,
    codeDescription: { href: `${DOCS_BASE}${f.ruleId}.md` },
    message: f.message,
    data: { index, ruleId: f.ruleId, messageId: f.messageId },
  };
}
