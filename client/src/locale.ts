import * as vscode from 'vscode';

/** The text in the editor's display language: Korean when VS Code runs in Korean, else English. */
export function t(en: string, ko: string): string {
  return vscode.env.language.toLowerCase().startsWith('ko') ? ko : en;
}
