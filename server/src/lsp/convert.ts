import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { ruleById, ruleDocsUrl, type Finding, type OffsetRange, type Severity, type TextEdit as CoreEdit, type LineIndex } from '../core/index';


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

/** Core finding → LSP diagnostic; `data` names its rule and message, which code actions match on. */
export function toDiagnostic(lines: LineIndex, f: Finding): Diagnostic {
  return {
    range: toRange(lines, f.range),
    severity: SEVERITY[f.severity],
    source: 'postmortem',
    code: f.ruleId,
    codeDescription: { href: ruleById(f.ruleId)?.meta.docs.url ?? ruleDocsUrl(f.ruleId) },
    message: f.message,
    data: { ruleId: f.ruleId, messageId: f.messageId },
  };
}
