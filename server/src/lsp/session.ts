/**
 * What the client told the server at initialize (capabilities, locale, initial settings), and
 * the editor's `postmortem.*` settings per document, asked of the client once and cached until
 * the configuration changes.
 */
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { localeOf, type Locale, type PostmortemConfig } from '../core/index';
import { DEBOUNCE_MS } from './lint-scheduler';

export class ClientSession {
  /** Diagnostics are pulled (`textDocument/diagnostic`) rather than pushed. */
  pullMode = false;
  /** The client can be asked to pull diagnostics again. */
  refreshSupport = false;
  /** The client answers `workspace/configuration`. */
  configurationCapability = false;
  /** Message locale: `initializationOptions.locale`, else the client's locale. */
  locale: Locale = 'en';
  /** Client capabilities sent in initialize. */
  capabilities: InitializeParams['capabilities'] = {};
  /** The pause in typing before a lint (`initializationOptions.debounceMs`, for the latency benchmark and tests). */
  debounceMs = DEBOUNCE_MS;
  private initSettings: Partial<PostmortemConfig> | undefined;
  private readonly settings = new Map<string, Partial<PostmortemConfig> | undefined>();

  constructor(private readonly connection: Connection) {}

  /** Takes in the initialize request; returns the workspace folders as file paths. */
  initialize(params: InitializeParams): string[] {
    const caps = params.capabilities;
    this.capabilities = caps;
    this.pullMode = !!caps.textDocument?.diagnostic;
    this.configurationCapability = !!caps.workspace?.configuration;
    this.refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    const init = params.initializationOptions as { settings?: Partial<PostmortemConfig>; locale?: string; debounceMs?: unknown } | undefined;
    this.initSettings = init?.settings;
    if (typeof init?.debounceMs === 'number' && Number.isFinite(init.debounceMs) && init.debounceMs >= 0) this.debounceMs = Math.min(init.debounceMs, 10_000);
    this.locale = localeOf(init?.locale || params.locale);
    return params.workspaceFolders?.map((f) => URI.parse(f.uri).fsPath) ?? (params.rootUri ? [URI.parse(params.rootUri).fsPath] : []);
  }

  /** The editor's `postmortem.*` settings for a URI (cached until {@link forgetSettings}). */
  async settingsFor(uri: string): Promise<Partial<PostmortemConfig> | undefined> {
    if (!this.configurationCapability) return this.initSettings;
    if (this.settings.has(uri)) return this.settings.get(uri);
    let s: Partial<PostmortemConfig> | undefined;
    try {
      const v: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'postmortem' });
      s = v && typeof v === 'object' ? cleanSettings(v as Record<string, unknown>) : undefined;
    } catch {
      s = this.initSettings;
    }
    this.settings.set(uri, s);
    return s;
  }

  /** The settings changed: ask the client again. */
  forgetSettings(): void {
    this.settings.clear();
  }
}

/** Drops unset values and empty lists, which VS Code sends for every setting the user left alone. */
function cleanSettings(v: Record<string, unknown>): Partial<PostmortemConfig> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === null || x === undefined) continue;
    // An unset `postmortem.locale` comes as '' (VS Code's default for a string): the editor's language applies.
    if (k === 'locale' && (typeof x !== 'string' || x === '')) continue;
    if (Array.isArray(x) && x.length === 0 && (k === 'files' || k === 'ignore' || k === 'required' || k === 'severities')) continue;
    out[k] = x;
  }
  return out as Partial<PostmortemConfig>;
}
