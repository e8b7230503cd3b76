/**
 * Quick fixes on `.postmortemrc.json`: a problem that carries a safe edit (a mistyped rule id
 * under `rules`, a zone name one letter off) gets a code action that makes it.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { ConfigProblem } from '../node/config-file';
import type { LineIndex } from '../core/index';
import { toRange, toTextEdit } from './convert';

/** The quick fixes for the config problems under the requested range. */
export function configCodeActions(uri: string, lines: LineIndex, problems: readonly ConfigProblem[], params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k))) return [];
  const from = lines.offsetAt(params.range.start);
  const to = lines.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  for (const p of problems) {
    if (!p.fix || p.end < from || p.start > to) continue;
    const range = toRange(lines, p);
    const diagnostic: Diagnostic =
      params.context.diagnostics.find((d) => d.code === 'config' && d.range.start.line === range.start.line && d.range.start.character === range.start.character) ??
      { range, severity: 1, source: 'postmortem', code: 'config', message: p.message };
    actions.push({
      title: p.fix.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [toTextEdit(lines, { start: p.fix.start, end: p.fix.end, newText: p.fix.newText })] } },
    });
  }
  return actions;
}
