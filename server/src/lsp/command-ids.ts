/**
 * Ids of the commands the language server executes (`workspace/executeCommand`). The VS Code
 * client registers every id the server announces as a VS Code command of the same name, so these
 * differ from the client's own palette commands (`postmortem.insertMissingSections`), which call
 * them with the active editor's document and cursor. This module imports nothing, so the client
 * can import it without pulling the server into its bundle.
 */
export const SERVER_COMMANDS = {
  /** Arguments: the document URI. Inserts a section skeleton for every field stated nowhere. */
  insertMissingSections: 'postmortem.server.insertMissingSections',
  /** Arguments: the document URI, optionally the cursor position. Inserts "now" into the timeline. */
  insertTimelineEntry: 'postmortem.server.insertTimelineEntry',
} as const;

/** What the server commands answer. */
export interface CommandResult {
  /** The client applied the edit. */
  applied: boolean;
  /** Why nothing was done, or what was done, in the server's locale. */
  message?: string;
  /** Where the cursor should go after the edit (zero-based line and UTF-16 character). */
  position?: { line: number; character: number };
}
