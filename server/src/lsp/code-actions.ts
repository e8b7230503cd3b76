/**
 * Code actions: quick fixes and suggestions of the findings under the cursor, and fix-all
 * (`source.fixAll.postmortem`, for `editor.codeActionsOnSave`). `codeActionsFor` is pure: it
 * works on a lint snapshot and the mapping of its positions to the document's current text.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { Snapshot } from './lint-scheduler';

/** Kind of the fix-all code action, for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;

/** A lint snapshot seen from the document's current text. */
export interface SnapshotView {
  snapshot: Snapshot;
  /** A range of the linted text in the current text; undefined when an edit since touched it. */
  toNew(r: Range): Range | undefined;
  /** A range of the current text in the linted text; undefined when an edit since touched it. */
  toOld(r: Range): Range | undefined;
}

/** What kinds of action a request asks for. */
export function wantedActions(only: readonly string[] | undefined): { fixAll: boolean; quickFix: boolean } {
  return {
    fixAll: !!only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source),
    quickFix: !only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k)),
  };
}

/** True when position `a` comes before `b`. */
function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * The client's diagnostic a fix belongs to: the one with the same rule, message id and range
 * (`data` names rule and message), so that the editor links the action to what it shows.
 * A diagnostic of another version of the text never matches by position alone.
 */
function clientDiagnostic(sent: readonly Diagnostic[], ours: Diagnostic, range: Range): Diagnostic {
  const messageId = (ours.data as { messageId?: string } | undefined)?.messageId;
  return (
    sent.find((x) => x.code === ours.code && (x.data as { messageId?: string } | undefined)?.messageId === messageId && sameRange(x.range, range)) ?? { ...ours, range }
  );
}

/**
 * The code actions of a request, from a lint snapshot. `fixAll` holds the fix-all edits when the
 * request wants them (and undefined when there are none to offer); `fixAllTitle` is the action's
 * title in the user's language.
 */
export function codeActionsFor(
  view: SnapshotView,
  params: Pick<CodeActionParams, 'textDocument' | 'range' | 'context'>,
  fixAll: readonly TextEdit[] | undefined,
  fixAllTitle: string,
): CodeAction[] {
  const uri = params.textDocument.uri;
  const snap = view.snapshot;
  if (!snap.isPostmortem) return [];
  const wants = wantedActions(params.context.only);
  const edit = (edits: readonly TextEdit[]): WorkspaceEdit | undefined => {
    const moved: TextEdit[] = [];
    for (const e of edits) {
      const range = view.toNew(e.range);
      if (!range) return undefined;
      moved.push({ range, newText: e.newText });
    }
    return { changes: { [uri]: moved } };
  };
  const actions: CodeAction[] = [];
  const req = view.toOld(params.range);
  if (wants.quickFix && req) {
    for (const a of snap.actions) {
      const d = snap.diagnostics[a.index];
      if (!d || before(d.range.end, req.start) || before(req.end, d.range.start)) continue;
      const range = view.toNew(d.range);
      if (!range) continue;
      const diagnostic = clientDiagnostic(params.context.diagnostics, d, range);
      const fixEdit = a.fix && edit(a.fix.edits);
      if (a.fix && fixEdit) actions.push({ title: a.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: fixEdit });
      for (const s of a.suggestions ?? []) {
        if (a.fix && s.title === a.fix.title) continue;
        const e = edit(s.edits);
        if (e) actions.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: e });
      }
    }
  }
  const all = fixAll && fixAll.length > 0 ? edit(fixAll) : undefined;
  if (all) actions.push({ title: fixAllTitle, kind: FIX_ALL_KIND, edit: all });
  return actions;
}
