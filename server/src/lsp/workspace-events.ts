/**
 * What happens when the workspace changes under the open documents: files changed on disk
 * (`workspace/didChangeWatchedFiles`: a configuration file, or a postmortem the workspace index
 * reads again), and the index telling that the records other documents see changed, after which
 * every open document is linted again (the cross-document rules read those records).
 */
import { DidChangeWatchedFilesNotification, FileChangeType, type Connection, type DidChangeWatchedFilesParams } from 'vscode-languageserver/node';
import type { ClientSession } from './session';
import type { ConfigDocuments } from './config-documents';
import type { ConfigStore } from './workspace';
import type { LaneName, LintHost } from './lint-host';
import type { LintScheduler } from './lint-scheduler';

/** Changes of the index within this many milliseconds are one relint of the open documents. */
const SETTLE_MS = 100;

/** The glob of the files the index watches, registered with clients that allow it. */
export const MARKDOWN_GLOB = '**/*.{md,markdown}';

/** What the workspace events need of the server. */
export interface WorkspaceEventDeps {
  connection: Connection;
  session: ClientSession;
  configs: ConfigStore;
  configDocs: ConfigDocuments;
  host: () => LintHost;
  scheduler: () => LintScheduler;
  /** The configuration may have changed: lint every document again under it. */
  relintAll: () => void;
}

/** The workspace's events, wired to the index and the scheduler. */
export class WorkspaceEvents {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** True when the pending relint is of every open document, not only those of the heavy lane. */
  private all = false;

  constructor(private readonly d: WorkspaceEventDeps) {}

  /**
   * The index's records changed: lint the open documents again, once the changes settle. `heavy`:
   * only the heavy lane got them (its first snapshot of the index), so only its documents are linted
   * again. The configuration is the same: requests keep answering from the last lint meanwhile.
   */
  recordsChanged(lane?: LaneName): void {
    if (lane !== 'heavy') this.all = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const all = this.all;
      this.all = false;
      const scheduler = this.d.scheduler();
      scheduler.relint(all ? scheduler.openDocuments() : this.d.host().documentsIn('heavy'));
      if (!all) return;
      // The Incidents view reads the records again (client/src/incidents-view.ts).
      void this.d.connection.sendNotification('postmortem/incidentsChanged').catch(() => undefined);
      if (this.d.session.pullMode && this.d.session.refreshSupport) void this.d.connection.languages.diagnostics.refresh().catch(() => undefined);
    }, SETTLE_MS);
    this.timer.unref?.();
  }

  /** After initialized: start the index, and ask the client to report Markdown files changed on disk when it can. */
  initialized(): void {
    this.d.host().warmUp();
    if (this.d.session.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void this.d.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: MARKDOWN_GLOB }] }).catch(() => undefined);
    }
  }

  /** Files changed on disk: configuration files are read again (and every document linted), Markdown files go to the index. */
  filesChanged(e: DidChangeWatchedFilesParams): void {
    let config = false;
    const markdown: Array<{ uri: string; deleted: boolean }> = [];
    for (const c of e.changes) {
      const file = this.d.configDocs.fileOf(c.uri);
      if (file) {
        config = true;
        this.d.configs.invalidate(file);
        if (c.type === FileChangeType.Deleted) this.d.configs.setOpenText(file, undefined);
      } else if (/\.(md|markdown)$/i.test(c.uri)) {
        markdown.push({ uri: c.uri, deleted: c.type === FileChangeType.Deleted });
      } else {
        config = true;
      }
    }
    this.d.host().filesChanged(markdown);
    if (config) this.d.relintAll();
  }
}
