/**
 * The Markdown preview plugin (`markdown.markdownItPlugins`): for a postmortem, a summary card
 * (severity, duration, TTD/TTM/TTR, services, servers restored as a bar, users affected) and a
 * proportional timeline, rendered above the document from the same core model the linter uses.
 *
 * It works at parse time (a core rule), because VS Code's preview parses and renders in two steps
 * and caches the tokens: the card is one `html_block` token put first. VS Code passes the raw text,
 * front matter included, to `md.parse`; when an embedder strips the front matter, the document is
 * still recognised by its sections (see `isPostmortem`).
 *
 * No markdown-it runtime import: the instance passed in provides `utils.escapeHtml` and `Token`.
 */
import type { MarkdownIt } from 'markdown-it';
import type { PostmortemConfig } from '../core/index';
import type { PreviewLocale } from './labels';
import { buildPreviewModel } from './model';
import { renderPreview } from './render';

/** Options of {@link postmortemPreviewPlugin}. */
export interface PostmortemPreviewOptions {
  /** Locale of the labels; `auto` (default) follows the document (Korean headings → Korean). */
  locale?: PreviewLocale | 'auto';
  /** Configuration over the defaults: `sections` (heading aliases) and `timezone` matter here. */
  config?: Partial<PostmortemConfig>;
  /** Timeline gaps longer than this many minutes are shortened, with a break mark. Default 180 (3 h). */
  compressGapsLongerThanMinutes?: number;
  /** Services listed on the card before the rest are counted. Default 24. */
  maxServices?: number;
}

const RULE = 'postmortem_preview';
const INSTALLED = Symbol.for('postmortem.previewPlugin');

/**
 * Installs the plugin on a markdown-it instance. Never throws while rendering: a document the
 * core cannot handle simply gets no card.
 */
export function postmortemPreviewPlugin(md: MarkdownIt, options: PostmortemPreviewOptions = {}): void {
  const marked = md as MarkdownIt & { [INSTALLED]?: boolean };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;

  // The last source and its HTML: the preview parses the same text more than once.
  let last: { src: string; html: string | undefined } | undefined;

  md.core.ruler.push(RULE, (state) => {
    if (state.inlineMode) return;
    let html: string | undefined;
    if (last && last.src === state.src) html = last.html;
    else {
      try {
        const model = buildPreviewModel(state.src, { locale: options.locale, config: options.config });
        html = model ? renderPreview(model, (s) => md.utils.escapeHtml(s), { compressGapsLongerThanMinutes: options.compressGapsLongerThanMinutes, maxServices: options.maxServices }) : undefined;
      } catch {
        html = undefined;
      }
      last = { src: state.src, html };
    }
    if (!html) return;
    const token = new state.Token('html_block', '', 0);
    token.block = true;
    token.content = `${html}\n`;
    state.tokens.unshift(token);
  });
}

export default postmortemPreviewPlugin;
