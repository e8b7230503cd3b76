import { ruleDocsUrl, type Rule } from './types';
import { actionItemsOf } from '../record';
import { dirOf, frontMatterRange, markdownLinks, normalizePath, SCHEME, viewIndex, type WorkspaceView } from '../workspace';

/**
 * A `related:` entry (an id or a path) or a relative link to a Markdown file that names no
 * postmortem or Markdown file of the workspace. Silent without a workspace, and while the
 * workspace is still being read (a file not read yet is not a missing one).
 */
export const rule: Rule = {
  meta: {
    id: 'related-link',
    docs: { url: ruleDocsUrl('related-link') },
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'Related incidents and links to other postmortems name documents that exist in the workspace.',
    messages: {
      missingRelated: '"related" names "{target}", but no postmortem of the workspace has that id or path.',
      missingLink: 'The link points to "{target}", which is not a Markdown file of the workspace.',
    },
  },
  check(ctx) {
    const view = ctx.workspace;
    if (!view || !view.complete) return;
    const related = ctx.doc.frontMatter?.data?.related;
    const entries: Array<{ value: unknown; pointer: string }> = Array.isArray(related)
      ? related.map((value, i) => ({ value, pointer: `/related/${i}` }))
      : related !== undefined && related !== null ? [{ value: related, pointer: '/related' }] : [];
    let own: string | undefined;
    let prefixes: Set<string> | undefined;
    const ownText = () => (own ??= actionItemsOf(ctx.doc, ctx.fields).map((a) => ctx.doc.text.slice(a.range.start, a.range.end)).join('\n'));
    // `related: [DRILL-2026-Q2, PLAT-1907]` where PLAT-1907 is one of the document's own tickets: the
    // list holds the team's keys, so a key whose prefix no postmortem id of the workspace has is one more of them.
    const listsTickets = entries.some((e) => typeof e.value === 'string' && TICKET_ID.test(e.value.trim()) && mentions(ownText(), e.value.trim()));
    for (const e of entries) {
      const written = typeof e.value === 'number' ? String(e.value) : typeof e.value === 'string' ? e.value.trim() : '';
      // (`NSA-SMS-OR-2026-0201(SMS 発生報告、…について)`: an id, then what the document is, in parentheses.)
      const described = DESCRIBED.exec(written);
      const target = described ? described[1] : written;
      if (!target || SCHEME.test(target) || exists(view, target, true)) continue;
      // (A described id in a numbering no postmortem of the workspace uses: a document of another kind, a safety report.)
      if (described && /^[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,10}){1,6}$/.test(target) && !(prefixes ??= idPrefixes(view)).has(target.slice(0, target.indexOf('-')))) continue;
      // `related: [SEC-702]` where `SEC-702` is the ticket of one of this document's own action
      // items: the team lists its tickets there, not another postmortem.
      // `related: ["#5120"]`: an issue or pull request of the repository, never a postmortem's id.
      // (`kestrel-ci/runner#1290`, `group/project!12`: an issue or merge request of another repository.)
      if (/^#\d{1,7}$/.test(target) || /^[\w.-]{1,100}\/[\w.-]{1,100}[#!]\d{1,7}$/.test(target)) continue;
      if (TICKET_ID.test(target) && mentions(ownText(), target)) continue;
      if (listsTickets && KEY.test(target) && !(prefixes ??= idPrefixes(view)).has(target.slice(0, target.indexOf('-')))) continue;
      ctx.report({ messageId: 'missingRelated', data: { target }, range: frontMatterRange(ctx, e.pointer) });
    }
    if (view.path === undefined) return;
    for (const link of markdownLinks(ctx.doc.blocks)) {
      if (!exists(view, link.path, false)) ctx.report({ messageId: 'missingLink', data: { target: link.url }, range: link.range });
    }
  },
};

/** `text` holds `word` with no letter, digit, `_` or `-` on either side. */
function mentions(text: string, word: string): boolean {
  const edge = (c: string) => c === '' || !/[\w-]/.test(c);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (edge(text.charAt(i - 1)) && edge(text.charAt(i + word.length))) return true;
  return false;
}

/** An id and what it is, in parentheses after it (`NSA-SMS-OR-2026-0201 (SMS 発生報告)`). */
const DESCRIBED = /^([A-Za-z0-9][\w.-]{1,60})[ \t]?[(（][^()（）]{2,120}[)）]$/;

/** A tracker's ticket key (`SEC-702`, `OPS-1234`). */
const TICKET_ID = /^[A-Z][A-Z0-9]{1,9}-\d{1,7}$/;

/** A key of a tracker or a plan (`DRILL-2026-Q2`, `OPS-1234`): capitals, a dash, then parts of capitals and digits. */
const KEY = /^[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,10}){1,3}$/;

/** The prefixes before the first dash of the workspace's stated postmortem ids (`INC` of `INC-42`). */
function idPrefixes(view: WorkspaceView): Set<string> {
  const out = new Set<string>();
  for (const r of view.records) if (r.idStated && r.id.includes('-')) out.add(r.id.slice(0, r.id.indexOf('-')));
  return out;
}

/** True when `target` is an id (when `ids`) or a path, relative to the document or to the root, of a known document. */
function exists(view: WorkspaceView, target: string, ids: boolean): boolean {
  const ix = viewIndex(view);
  if (ids && ix.byId.has(target)) return true;
  const bare = target.replace(/[#?].*$/, '');
  const candidates = [view.path !== undefined && !bare.startsWith('/') ? normalizePath(`${dirOf(view.path)}/${bare}`) : null, normalizePath(bare)];
  for (const c of candidates) {
    if (c === null || c === '') continue;
    if (ix.paths.has(c) || (!/\.(md|markdown)$/i.test(c) && (ix.paths.has(`${c}.md`) || ix.paths.has(`${c}.markdown`)))) return true;
  }
  return false;
}
