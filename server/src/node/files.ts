import picomatch from 'picomatch';
import type { PostmortemConfig } from '../core/index';

const matchers = new Map<string, (p: string) => boolean>();

function matcher(globs: readonly string[]): (p: string) => boolean {
  const key = globs.join('\u0000');
  let m = matchers.get(key);
  if (!m) {
    m = globs.length ? picomatch([...globs], { dot: true }) : () => false;
    if (matchers.size > 50) matchers.clear();
    matchers.set(key, m);
  }
  return m;
}

/** True when the text's front matter says `type: postmortem` (read cheaply, before parsing). */
export function declaresPostmortem(text: string): boolean {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^---\r?\n/.test(src)) return false;
  const end = src.slice(0, 20000).search(/\r?\n(?:---|\.\.\.)\r?(?:\n|$)/);
  const head = end < 0 ? src.slice(0, 20000) : src.slice(0, end);
  return /^type:[ \t]*["']?postmortem["']?[ \t]*(?:#.*)?$/m.test(head);
}

/**
 * SPEC section 3: a Markdown file is a postmortem when its front matter says so, or when its path
 * relative to the workspace folder matches `files` and not `ignore`. `relativePath` uses `/`; it is
 * undefined for documents outside any folder (untitled ones), which only front matter can mark.
 */
export function isPostmortem(relativePath: string | undefined, text: string, config: Pick<PostmortemConfig, 'files' | 'ignore'>): boolean {
  if (declaresPostmortem(text)) return true;
  if (relativePath === undefined) return false;
  return pathMatches(relativePath, config);
}

/** True when a relative path matches `files` and no `ignore` glob. */
export function pathMatches(relativePath: string, config: Pick<PostmortemConfig, 'files' | 'ignore'>): boolean {
  const p = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  return matcher(config.files)(p) && !matcher(config.ignore)(p);
}
