import { ruleDocsUrl, type Rule } from './types';
import { frontMatterRange, ownRecord, peersOf, relativeLink, sameService } from '../workspace';

/**
 * Two postmortems of one incident: another postmortem of the workspace states the same `id`, or
 * started at the same instant and names one of the same services. Silent without a workspace.
 * Translations are not duplicates: documents whose names differ only by a language tag before
 * the extension (`outage.md`, `outage.ja.md`, `outage.ko-KR.md`) are one postmortem in several
 * languages.
 */
export const rule: Rule = {
  meta: {
    id: 'duplicate-incident',
    docs: { url: ruleDocsUrl('duplicate-incident') },
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'No two postmortems of the workspace describe the same incident (same id, or same start and service).',
    messages: {
      sameId: 'Another postmortem has the id "{id}": {other}. Give each incident its own id, or merge the two documents.',
      sameStart: 'Another postmortem describes an incident of "{service}" that started at the same time ({started}): {other}. Merge the two documents if they describe one incident.',
    },
  },
  check(ctx) {
    const view = ctx.workspace;
    if (!view) return;
    const self = ownRecord(ctx);
    const idStated = ctx.doc.frontMatter?.pointers.has('/id') === true && typeof ctx.doc.frontMatter.data?.id !== 'object';
    const peers = peersOf(view);
    if (idStated) {
      const same = peers.find((p) => p.idStated && p.id === self.id);
      if (same) ctx.report({ messageId: 'sameId', data: { id: self.id, other: relativeLink(view.path, same.path) }, range: frontMatterRange(ctx, '/id') });
    }
    const started = ctx.facts.milestones.started;
    if (!self.started || !started || started.value.epochMs === null) return;
    const own = translationKey(view.path);
    for (const p of peers) {
      if (p.started !== self.started || (idStated && p.idStated && p.id === self.id)) continue;
      if (own !== undefined && translationKey(p.path) === own) continue;
      const service = self.services.find((s) => p.services.some((t) => sameService(s, t)));
      if (service === undefined) continue;
      ctx.report({ messageId: 'sameStart', data: { service, started: self.started, other: relativeLink(view.path, p.path) }, range: started.range });
      return;
    }
  },
};

/** A path without the language tag before its extension (`a/outage.ja.md` → `a/outage.md`). */
function translationKey(path: string | undefined): string | undefined {
  return path?.replace(/\.[a-z]{2}(?:[-_][A-Za-z]{2,4})?(\.(?:md|markdown))$/i, '$1').toLowerCase();
}
