/**
 * The accuracy harness: runs the linter over the labelled real postmortems and compares what it
 * reads and reports with what a careful reviewer read (test/accuracy/labels, made as
 * test/accuracy/LABELLING.md says). Used by `npm run accuracy` (scripts/accuracy.ts) and by
 * test/unit/accuracy.test.ts, which holds the bars.
 *
 * Findings come from the CLI's own code path (`lintFile`, as `postmortem lint` runs it); the
 * fields read come from the core's `lint()` on the same text, and the two are checked to agree.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { lint, type LintResult } from '../../server/src/core/lint';
import { mergeConfig } from '../../server/src/core/config';
import { LineIndex } from '../../server/src/core/text';
import type { FieldId, Severity, Surface } from '../../server/src/core/types';
import { lintFile } from '../../server/src/cli/lint-file';
import { ROOT } from '../helpers/root';

export const LABELS_DIR = path.join(ROOT, 'test', 'accuracy', 'labels');
export const CORPUS_DIR = path.join(ROOT, '..', 'shared', 'corpus', 'postmortems');
export const FIVE: readonly FieldId[] = ['cause', 'duration', 'affected_services', 'servers_restored', 'user_impact'];
export type LabelSurface = Surface;

interface Place {
  line: number;
  surface: LabelSurface;
  note?: string;
}

interface FieldLabel {
  status: 'stated' | 'absent' | 'n/a';
  at?: Place[];
  why?: string;
  minutes?: number;
  services?: string[];
  restored?: number;
  total?: number;
  affected?: number;
}

interface Problem {
  rule: string;
  line?: number;
  lines?: [number, number];
  why: string;
}

/** One document's label. */
export interface Label {
  file: string;
  language: string;
  kind: string;
  fields: Record<FieldId, FieldLabel>;
  problems: Problem[];
  notes?: string;
}

/** A finding reduced to what the harness compares. */
export interface SeenFinding {
  rule: string;
  messageId: string;
  line: number;
  severity: Severity;
  field?: string;
  message: string;
}

/** What the linter did on one document, judged against its label. */
export interface DocResult {
  file: string;
  language: string;
  kind: { label: string; tool: string; source: string };
  fields: Array<{
    field: FieldId;
    status: FieldLabel['status'];
    /** The tool read the field as stated (somewhere in the document). */
    found: boolean;
    /** For `stated`: the tool read it, but none of its places is a labelled place. */
    elsewhere: boolean;
    places: Array<{ line: number; surface: LabelSurface; matched: boolean }>;
    toolPlaces: Array<{ line: number; surface: Surface }>;
    value?: { expected: string; got: string; ok: boolean };
  }>;
  findings: Array<SeenFinding & { correct: boolean; problem?: string }>;
  missed: Array<Problem & { field?: string }>;
}

/** Every measure, over every document. */
export interface Report {
  docs: DocResult[];
  skipped: string[];
  totals: {
    stated: number;
    recognised: number;
    recognisedElsewhere: number;
    perField: Record<string, { stated: number; recognised: number; elsewhere: number; notStated: number; wronglyStated: number }>;
    perSurface: Record<string, Record<string, { labelled: number; matched: number }>>;
    notStated: number;
    wronglyStated: number;
    values: Record<string, { compared: number; ok: number }>;
    findings: number;
    correct: number;
    perRule: Record<string, { findings: number; correct: number; errors: number; falseErrors: number }>;
    problems: number;
    found: number;
    falseErrors: number;
    kindAgree: number;
  };
}

/** Reads and validates every label; throws with the file and the schema error when one is wrong. */
export function readLabels(dir = LABELS_DIR): Label[] {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'accuracy', 'label.schema.json'), 'utf8')));
  const labels: Label[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Label;
    if (!validate(data)) throw new Error(`${name}: ${ajv.errorsText(validate.errors)}`);
    if (`${data.file.replace(/\.md$/, '')}.json` !== name) throw new Error(`${name}: "file" is ${data.file}`);
    labels.push(data);
  }
  return labels;
}

/** Runs the harness over every labelled document found in `corpus`. */
export function runAccuracy(labels: Label[] = readLabels(), corpus = CORPUS_DIR): Report {
  const docs: DocResult[] = [];
  const skipped: string[] = [];
  for (const label of labels) {
    const file = path.join(corpus, label.file);
    if (!fs.existsSync(file)) {
      skipped.push(label.file);
      continue;
    }
    docs.push(judge(label, file));
  }
  return { docs, skipped, totals: totalsOf(docs) };
}

function judge(label: Label, file: string): DocResult {
  const config = mergeConfig();
  const outcome = lintFile({ abs: file, rel: label.file, config, configHash: '', fix: false, alwaysLint: true });
  if (outcome.status !== 'linted') throw new Error(`${label.file}: ${outcome.error ?? outcome.status}`);
  const text = fs.readFileSync(file, 'utf8');
  const result: LintResult = lint(text, { config });
  const lines = new LineIndex(text);
  const lineOf = (offset: number) => lines.positionAt(offset).line + 1;

  // The CLI and the core must agree, or the harness measures something users do not run.
  const cli = outcome.findings.map((f) => `${f.ruleId}:${f.line}:${f.severity}`).sort();
  const core = result.findings.map((f) => `${f.ruleId}:${lineOf(f.range.start)}:${f.severity}`).sort();
  if (cli.join('|') !== core.join('|')) throw new Error(`${label.file}: the CLI and the core disagree`);

  const fields: DocResult['fields'] = [];
  for (const field of FIVE) {
    const l = label.fields[field];
    const occs = (result.fields?.byField.get(field) ?? []).filter((o) => !o.empty && !o.placeholderOnly);
    const toolPlaces = occs.map((o) => ({ line: lineOf(o.labelRange.start), surface: o.surface, from: lineOf(Math.min(o.labelRange.start, o.valueRange.start)), to: lineOf(Math.max(o.labelRange.end, o.valueRange.end)) }));
    const covers = (line: number) => toolPlaces.some((p) => p.from <= line && line <= p.to);
    if (l.status === 'stated') {
      const places = (l.at ?? []).map((p) => ({ line: p.line, surface: p.surface, matched: covers(p.line) }));
      const atPlace = places.some((p) => p.matched);
      fields.push({ field, status: l.status, found: occs.length > 0, elsewhere: !atPlace && occs.length > 0, places, toolPlaces: toolPlaces.map(({ line, surface }) => ({ line, surface })), value: valueCheck(field, l, result) });
    } else {
      fields.push({ field, status: l.status, found: occs.length > 0, elsewhere: false, places: [], toolPlaces: toolPlaces.map(({ line, surface }) => ({ line, surface })) });
    }
  }

  // Problems a reviewer would flag: the labelled ones, and a missing field for each absent one.
  const problems: Array<Problem & { field?: string; taken?: boolean }> = label.problems.map((p) => ({ ...p }));
  for (const field of FIVE) if (label.fields[field].status === 'absent') problems.push({ rule: 'required-field', field, why: `${field} is absent` } as Problem & { field: string });
  const findings: DocResult['findings'] = [];
  for (const f of result.findings) {
    const seen: SeenFinding = { rule: f.ruleId, messageId: f.messageId, line: lineOf(f.range.start), severity: f.severity, field: typeof f.data.field === 'string' ? f.data.field : undefined, message: f.message };
    // The same rule on the same line first; a line either side only when nothing matches exactly.
    const open = problems.filter((p) => !p.taken && p.rule === seen.rule);
    const match = seen.rule === 'required-field'
      ? open.find((p) => p.field === seen.field)
      : open.find((p) => (p.lines ? p.lines[0] <= seen.line && seen.line <= p.lines[1] : p.line === seen.line)) ?? open.find((p) => !p.lines && Math.abs((p.line ?? 0) - seen.line) <= 1);
    if (match) match.taken = true;
    findings.push({ ...seen, correct: !!match, problem: match?.why });
  }
  const missed = problems.filter((p) => !p.taken).map(({ taken: _t, ...p }) => p);
  return {
    file: label.file,
    language: label.language,
    kind: { label: label.kind, tool: result.kind?.kind ?? '?', source: result.kind?.source ?? '?' },
    fields, findings, missed,
  };
}

function valueCheck(field: FieldId, l: FieldLabel, result: LintResult): DocResult['fields'][number]['value'] {
  const data = result.model?.data ?? {};
  if (field === 'duration' && l.minutes !== undefined) {
    const got = result.facts?.durations[0]?.value.minutes ?? (data.duration as { minutes?: number } | undefined)?.minutes;
    const ok = got !== undefined && Math.abs(got - l.minutes) <= Math.max(5, 0.1 * l.minutes);
    return { expected: `${l.minutes} min`, got: got === undefined ? 'nothing' : `${Math.round(got)} min`, ok };
  }
  if (field === 'affected_services' && l.services?.length) {
    const got = Array.isArray(data.affected_services) ? (data.affected_services as string[]) : [];
    const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const ok = got.some((g) => l.services!.some((e) => norm(g).includes(norm(e)) || norm(e).includes(norm(g))));
    return { expected: l.services.join(', '), got: got.join(', ') || 'nothing', ok };
  }
  if (field === 'servers_restored' && (l.restored !== undefined || l.total !== undefined)) {
    const v = data.servers_restored as { restored?: number; total?: number } | undefined;
    const ok = !!v && (l.restored === undefined || v.restored === l.restored) && (l.total === undefined || v.total === l.total);
    return { expected: `${l.restored ?? '?'} of ${l.total ?? '?'}`, got: v ? `${v.restored ?? '?'} of ${v.total ?? '?'}` : 'nothing', ok };
  }
  if (field === 'user_impact' && l.affected !== undefined) {
    const v = data.user_impact as { affected?: number } | undefined;
    return { expected: `${l.affected}`, got: v?.affected === undefined ? 'nothing' : `${v.affected}`, ok: v?.affected === l.affected };
  }
  return undefined;
}

function totalsOf(docs: DocResult[]): Report['totals'] {
  const t: Report['totals'] = {
    stated: 0, recognised: 0, recognisedElsewhere: 0, perField: {}, perSurface: {}, notStated: 0, wronglyStated: 0, values: {},
    findings: 0, correct: 0, perRule: {}, problems: 0, found: 0, falseErrors: 0, kindAgree: 0,
  };
  for (const d of docs) {
    if (d.kind.label === d.kind.tool) t.kindAgree++;
    for (const f of d.fields) {
      const pf = (t.perField[f.field] ??= { stated: 0, recognised: 0, elsewhere: 0, notStated: 0, wronglyStated: 0 });
      if (f.status === 'stated') {
        t.stated++;
        pf.stated++;
        if (f.found) {
          t.recognised++;
          pf.recognised++;
        }
        if (f.elsewhere) {
          t.recognisedElsewhere++;
          pf.elsewhere++;
        }
        for (const p of f.places) {
          const ps = ((t.perSurface[f.field] ??= {})[p.surface] ??= { labelled: 0, matched: 0 });
          ps.labelled++;
          if (p.matched) ps.matched++;
        }
        if (f.value) {
          const v = (t.values[f.field] ??= { compared: 0, ok: 0 });
          v.compared++;
          if (f.value.ok) v.ok++;
        }
      } else {
        t.notStated++;
        pf.notStated++;
        if (f.found) {
          t.wronglyStated++;
          pf.wronglyStated++;
        }
      }
    }
    for (const f of d.findings) {
      const r = (t.perRule[f.rule] ??= { findings: 0, correct: 0, errors: 0, falseErrors: 0 });
      r.findings++;
      t.findings++;
      if (f.severity === 'error') r.errors++;
      if (f.correct) {
        r.correct++;
        t.correct++;
      } else if (f.severity === 'error') {
        r.falseErrors++;
        t.falseErrors++;
      }
    }
    t.problems += d.missed.length + d.findings.filter((f) => f.correct).length;
    t.found += d.findings.filter((f) => f.correct).length;
  }
  return t;
}

/** The bars of the accuracy issue; each is true when met. */
export function bars(r: Report): Array<{ name: string; value: string; ok: boolean }> {
  const t = r.totals;
  const pct = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const show = (x: number) => `${(x * 100).toFixed(1)} %`;
  const out = [
    { name: 'stated fields recognised', value: show(pct(t.recognised, t.stated)), ok: pct(t.recognised, t.stated) >= 0.95 },
  ];
  for (const [field, pf] of Object.entries(t.perField)) {
    out.push({ name: `  ${field} recognised`, value: show(pct(pf.recognised, pf.stated)), ok: pct(pf.recognised, pf.stated) >= 0.9 });
  }
  out.push({ name: 'absent fields taken as stated', value: show(pct(t.wronglyStated, t.notStated)), ok: pct(t.wronglyStated, t.notStated) <= 0.03 });
  out.push({ name: 'precision, all findings', value: show(pct(t.correct, t.findings)), ok: pct(t.correct, t.findings) >= 0.9 });
  for (const [rule, pr] of Object.entries(t.perRule).sort()) {
    if (pr.findings >= 5) out.push({ name: `  precision ${rule}`, value: `${show(pct(pr.correct, pr.findings))} of ${pr.findings}`, ok: pct(pr.correct, pr.findings) >= 0.8 });
  }
  // A floor against regressions, not a target: most real postmortems name their services only in
  // running text, where the tool keeps a name only when it is plainly one (docs/accuracy.md).
  const sv = t.values.affected_services ?? { compared: 0, ok: 0 };
  out.push({ name: 'affected services named as labelled', value: `${sv.ok} of ${sv.compared}`, ok: pct(sv.ok, sv.compared) >= 0.2 });
  out.push({ name: 'recall of labelled problems', value: show(pct(t.found, t.problems)), ok: pct(t.found, t.problems) >= 0.8 });
  out.push({ name: 'error-level false alarms', value: String(t.falseErrors), ok: t.falseErrors === 0 });
  return out;
}

/** Documents grouped by their labelled language, English first. */
function byLanguage(docs: DocResult[]): Array<[string, DocResult[]]> {
  const groups = new Map<string, DocResult[]>();
  for (const d of docs) groups.set(d.language, [...(groups.get(d.language) ?? []), d]);
  return [...groups].sort((a, b) => (a[0] === 'en' ? -1 : b[0] === 'en' ? 1 : a[0].localeCompare(b[0])));
}

/** The report as text: tables first, then every disagreement. */
export function formatReport(r: Report, options: { disagreements?: boolean } = {}): string {
  const t = r.totals;
  const out: string[] = [];
  const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((a / b) * 100).toFixed(1).padStart(5)} %`);
  out.push(`Accuracy on ${r.docs.length} labelled postmortems${r.skipped.length ? ` (${r.skipped.length} labels skipped: document not found)` : ''}`);
  out.push('');
  out.push('| field | stated | recognised | of which not at a labelled place | absent or n/a | taken as stated |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [field, pf] of Object.entries(t.perField)) {
    out.push(`| ${field} | ${pf.stated} | ${pf.recognised} (${pct(pf.recognised, pf.stated).trim()}) | ${pf.elsewhere} | ${pf.notStated} | ${pf.wronglyStated} |`);
  }
  out.push(`| **all** | ${t.stated} | ${t.recognised} (${pct(t.recognised, t.stated).trim()}) | ${t.recognisedElsewhere} | ${t.notStated} | ${t.wronglyStated} (${pct(t.wronglyStated, t.notStated).trim()}) |`);
  out.push('');
  // The same measures by the language of the document: a language pack should read its documents as well as English ones.
  out.push('| language | documents | stated | recognised | findings | correct | missed problems |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [language, docs] of byLanguage(r.docs)) {
    const fields = docs.flatMap((d) => d.fields.filter((f) => f.status === 'stated'));
    const findings = docs.flatMap((d) => d.findings);
    const correct = findings.filter((f) => f.correct).length;
    const found = fields.filter((f) => f.found).length;
    out.push(`| ${language} | ${docs.length} | ${fields.length} | ${found} (${pct(found, fields.length).trim()}) | ${findings.length} | ${correct} (${pct(correct, findings.length).trim()}) | ${docs.reduce((n, d) => n + d.missed.length, 0)} |`);
  }
  out.push('');
  const surfaces: LabelSurface[] = ['front-matter', 'section', 'labelled-line', 'table-row', 'prose', 'timeline'];
  out.push(`| places labelled / matched | ${surfaces.join(' | ')} |`);
  out.push(`| --- |${surfaces.map(() => ' ---: |').join('')}`);
  for (const [field, ps] of Object.entries(t.perSurface)) {
    out.push(`| ${field} | ${surfaces.map((s) => (ps[s] ? `${ps[s].matched}/${ps[s].labelled}` : '')).join(' | ')} |`);
  }
  out.push('');
  out.push(`| typed value | compared | right |`);
  out.push('| --- | ---: | ---: |');
  for (const [field, v] of Object.entries(t.values)) out.push(`| ${field} | ${v.compared} | ${v.ok} |`);
  out.push('');
  out.push('| rule | findings | correct | precision | errors | false errors |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [rule, pr] of Object.entries(t.perRule).sort()) out.push(`| ${rule} | ${pr.findings} | ${pr.correct} | ${pct(pr.correct, pr.findings).trim()} | ${pr.errors} | ${pr.falseErrors} |`);
  out.push(`| **all** | ${t.findings} | ${t.correct} | ${pct(t.correct, t.findings).trim()} | | ${t.falseErrors} |`);
  out.push('');
  out.push(`Recall: ${t.found} of ${t.problems} labelled problems found (${pct(t.found, t.problems).trim()}). Kind agrees with the label on ${t.kindAgree} of ${r.docs.length} documents.`);
  out.push('');
  out.push('| bar | measured | met |');
  out.push('| --- | ---: | :---: |');
  for (const b of bars(r)) out.push(`| ${b.name.trim()} | ${b.value} | ${b.ok ? 'yes' : '**no**'} |`);
  if (options.disagreements) {
    out.push('');
    out.push('Disagreements:');
    for (const d of r.docs) {
      const lines: string[] = [];
      for (const f of d.fields) {
        if (f.status === 'stated' && f.elsewhere) lines.push(`  read elsewhere: ${f.field} (labelled at ${f.places.map((p) => `${p.line} ${p.surface}`).join(', ')}; tool read it at ${f.toolPlaces.map((p) => `${p.line} ${p.surface}`).join(', ')})`);
        if (f.status === 'stated' && !f.found) lines.push(`  not recognised: ${f.field} (labelled at ${f.places.map((p) => `${p.line} ${p.surface}`).join(', ')}${f.toolPlaces.length ? `; tool read it at ${f.toolPlaces.map((p) => `${p.line} ${p.surface}`).join(', ')}` : ''})`);
        if (f.status !== 'stated' && f.found) lines.push(`  taken as stated: ${f.field} is ${f.status}, tool read it at ${f.toolPlaces.map((p) => `${p.line} ${p.surface}`).join(', ')}`);
        if (f.value && !f.value.ok) lines.push(`  value: ${f.field} expected ${f.value.expected}, got ${f.value.got}`);
      }
      for (const f of d.findings) if (!f.correct) lines.push(`  false alarm: ${f.rule} ${f.severity} line ${f.line}: ${f.message.slice(0, 150)}`);
      for (const p of d.missed) lines.push(`  missed: ${p.rule}${p.field ? ` ${p.field}` : ''} ${p.lines ? `lines ${p.lines[0]}-${p.lines[1]}` : p.line ? `line ${p.line}` : ''}: ${p.why.slice(0, 120)}`);
      if (d.kind.label !== d.kind.tool) lines.push(`  kind: label ${d.kind.label}, tool ${d.kind.tool} (${d.kind.source})`);
      if (lines.length) out.push(`${d.file}`, ...lines);
    }
  }
  return out.join('\n');
}
