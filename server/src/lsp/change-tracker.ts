/**
 * Where each open document changed, as the editor said it (`didChange` ranges), so the text sent
 * to a lint worker as a change to the last one sent (lint-host.ts) needs no comparison of the
 * two texts: comparing costs about a millisecond per MB on the thread that answers requests, on
 * every keystroke.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver';

/** One update of a document, from version `from` to `version`: the new text keeps the first `prefix` and last `suffix` characters of the old. */
interface Step {
  from: number;
  version: number;
  prefix: number;
  suffix: number;
}

/** Updates remembered per document: enough for the versions typed between two lints. */
const MAX_STEPS = 64;

/** Records the span each update of a document changed. */
export class ChangeTracker {
  private readonly steps = new Map<string, Step[]>();

  /** The configuration of `TextDocuments` that records the updates. */
  readonly documents: TextDocumentsConfiguration<TextDocument> = {
    create: (uri, languageId, version, content) => {
      this.steps.delete(uri);
      return TextDocument.create(uri, languageId, version, content);
    },
    update: (document, changes, version) => {
      const from = document.version;
      let length = document.getText().length;
      let prefix = length;
      let suffix = length;
      for (const c of changes) {
        if (isRanged(c)) {
          // Out-of-range positions are clamped and a reversed range is turned around, as TextDocument does.
          const a = document.offsetAt(c.range.start);
          const b = document.offsetAt(c.range.end);
          const start = Math.min(a, b);
          const end = Math.max(a, b);
          prefix = Math.min(prefix, start);
          suffix = Math.min(suffix, length - end);
          length += c.text.length - (end - start);
        } else {
          prefix = 0;
          suffix = 0;
          length = c.text.length;
        }
        // Applied one at a time: each range is in the text the changes before it made.
        document = TextDocument.update(document, [c], version);
      }
      const list = this.steps.get(document.uri) ?? [];
      list.push({ from, version, prefix: Math.min(prefix, length), suffix: Math.min(suffix, length) });
      if (list.length > MAX_STEPS) list.shift();
      this.steps.set(document.uri, list);
      return TextDocument.update(document, [], version);
    },
  };

  /**
   * How the text of version `to` was made from that of version `from` (`fromLength` and
   * `toLength` characters long): the characters it keeps at each end. Undefined when an update
   * between them is not remembered.
   */
  since(uri: string, from: number, to: number, fromLength: number, toLength: number): { prefix: number; suffix: number } | undefined {
    const list = this.steps.get(uri);
    if (!list) return undefined;
    // The updates from `from` to `to`, each from the version the one before made.
    const i = list.findIndex((s) => s.from === from);
    if (i < 0) return undefined;
    let prefix = Infinity;
    let suffix = Infinity;
    let at = from;
    for (let k = i; k < list.length && at !== to; k++) {
      if (list[k].from !== at) return undefined;
      prefix = Math.min(prefix, list[k].prefix);
      suffix = Math.min(suffix, list[k].suffix);
      at = list[k].version;
    }
    if (at !== to) return undefined;
    const most = Math.min(fromLength, toLength);
    if (prefix > most) prefix = most;
    if (prefix + suffix > most) suffix = most - prefix;
    return { prefix, suffix };
  }

  /** A document closed. */
  closed(uri: string): void {
    this.steps.delete(uri);
  }
}

function isRanged(c: TextDocumentContentChangeEvent): c is { range: NonNullable<Extract<TextDocumentContentChangeEvent, { range: unknown }>['range']>; text: string } {
  return 'range' in c && c.range !== undefined;
}
