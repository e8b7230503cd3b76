/**
 * `.postmortemrc.json` files open in the editor: their unsaved text is the configuration the
 * other documents are linted with, and their own problems are diagnostics and quick fixes.
 */
import * as path from 'node:path';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { LineIndex, term, type Locale } from '../core/index';
import { CONFIG_FILE_NAME } from '../node/config-file';
import type { ConfigStore } from './workspace';
import { toRange } from './convert';

export class ConfigDocuments {
  constructor(
    private readonly connection: Connection,
    private readonly configs: ConfigStore,
    private readonly locale: () => Locale,
  ) {}

  /** The file path of a configuration file's URI, or undefined for any other document. */
  fileOf(uri: string): string | undefined {
    const u = URI.parse(uri);
    return u.scheme === 'file' && path.basename(u.fsPath) === CONFIG_FILE_NAME ? u.fsPath : undefined;
  }

  /** The problems of a configuration file as diagnostics. */
  diagnostics(file: string, text: string): Diagnostic[] {
    const lines = new LineIndex(text);
    return this.configs.problemsOf(file).map((p) => ({
      range: toRange(lines, p),
      severity: 1,
      source: 'postmortem',
      code: 'config',
      message: term(p.teamSchema ? 'config.withoutTeamSchema' : 'config.lastValidStays', this.locale(), { message: p.message }),
    }));
  }

  /** An open configuration file's text changed (or it was opened): it is the configuration now. */
  edited(doc: TextDocument, file: string): void {
    this.configs.setOpenText(file, doc.getText());
    this.publish(doc, file);
  }

  /** Publishes the problems of every open configuration file (after the configuration changed). */
  publishAll(documents: TextDocuments<TextDocument>): void {
    for (const doc of documents.all()) {
      const file = this.fileOf(doc.uri);
      if (file) this.publish(doc, file);
    }
  }

  private publish(doc: TextDocument, file: string): void {
    void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: this.diagnostics(file, doc.getText()) });
  }
}
