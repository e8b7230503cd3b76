/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it. One run; every rule in
 * `tool.driver.rules` with its description and a `helpUri` to its doc; results with exact regions
 * (1-based lines and columns, UTF-16 columns, end column exclusive) and artifact URIs relative to
 * the working directory (`%SRCROOT%`).
 */
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULES, ruleDocsUrl, type Severity } from '../../core/index';
import type { FileReport, Summary } from '../report';
import type { FormatContext } from './index';

/** The tool's home page, for `informationUri`. */
const INFORMATION_URI = 'https://github.com/postmortem-tools/postmortem';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function pathToUriReference(p: string): string {
  return p.split('/').map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/');
}

function describe(id: string): ReportingDescriptor {
  const rule = RULES.find((r) => r.meta.id === id);
  const helpUri = rule?.meta.docs.url ?? ruleDocsUrl(id);
  if (!rule) return { id, shortDescription: { text: id }, helpUri };
  return {
    id,
    name: id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    help: { text: `${rule.meta.description}. See ${helpUri}`, markdown: `${rule.meta.description}. See [${id}](${helpUri}).` },
    helpUri,
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { tags: ['postmortem', rule.meta.type], fixable: rule.meta.fixable },
  };
}

/** Formats reports as a SARIF log. */
export function formatSarif(reports: readonly FileReport[], _summary: Summary, ctx: FormatContext): string {
  const ids = RULES.map((r) => r.meta.id);
  for (const r of reports) for (const f of r.findings) if (!ids.includes(f.ruleId)) ids.push(f.ruleId);
  const rules = ids.map(describe);
  const results: Result[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      results.push({
        ruleId: f.ruleId,
        ruleIndex: ids.indexOf(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: pathToUriReference(r.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
        properties: { messageId: f.messageId, fixable: f.fixable },
      });
    }
  }
  const root = pathToFileURL(ctx.cwd).href;
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'postmortem', version: ctx.toolVersion, semanticVersion: ctx.toolVersion, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
