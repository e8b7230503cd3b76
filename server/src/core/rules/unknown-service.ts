import { ruleDocsUrl, type Rule } from './types';
import type { Fix } from '../types';
import { didYouMean, editDistance } from '../suggest';

/**
 * A service name that is not in the configured catalog (`services` in `.postmortemrc.json`).
 * Silent without a catalog. Names are compared without case and extra spaces; the fix replaces
 * the name with the catalog's spelling when exactly one catalog name is the closest.
 */
export const rule: Rule = {
  meta: {
    id: 'unknown-service',
    docs: { url: ruleDocsUrl('unknown-service') },
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: true,
    description: 'Affected services are names from the configured service catalog.',
    messages: {
      unknown: 'Service "{name}" is not in the service catalog: use a name from "services" in .postmortemrc.json, or add it there.',
      unknownDidYouMean: 'Service "{name}" is not in the service catalog. Did you mean {suggestions}?',
      replace: 'Change to "{value}"',
    },
  },
  check(ctx) {
    const catalog = ctx.config.services.map((s) => s.trim()).filter(Boolean);
    if (catalog.length === 0) return;
    const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    const known = new Set(catalog.map(norm));
    const title = (value: string) => ctx.message('replace', { value: value });
    for (const list of ctx.facts.services) {
      // Names read from running text are the tool's reading, not the author's list: not checked against the catalog.
      if (list.occurrence.match === 'cue') continue;
      for (const n of list.names) {
        if (known.has(norm(n.name))) continue;
        const candidates = didYouMean(n.name, catalog).slice(0, 3);
        const fixes: Fix[] = candidates.map((c) => ({ title: title(c), edits: [{ start: n.range.start, end: n.range.end, newText: c }] }));
        // Only a single closest match, and a close one, is safe to apply without asking.
        const best = candidates.map((c) => ({ c, d: editDistance(n.name, c) })).sort((a, b) => a.d - b.d);
        const close = best.filter((b) => b.d === best[0]?.d);
        const fix = close.length === 1 && best[0] && best[0].d <= Math.max(2, Math.floor(n.name.length / 3)) ? fixes[candidates.indexOf(best[0].c)] : undefined;
        ctx.report({
          messageId: candidates.length > 0 ? 'unknownDidYouMean' : 'unknown',
          data: { name: n.name, suggestions: { anyOf: candidates } },
          range: n.range,
          fix,
          suggestions: fixes,
        });
      }
    }
  },
};
