import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import builtInSchema from '../../../schemas/postmortem.schema.json';
import type { FieldId, OffsetRange, Surface } from './types';
import type { PostmortemConfig } from './config';
import { mergeConfig } from './config';
import type { ParsedDocument } from './document';
import type { ExtractedFields, Occurrence } from './model';
import type { Facts } from './facts';
import { MILESTONES, onlyRestoration } from './facts';
import { FIELDS } from './fields';
import { isOnlyPlaceholders } from './placeholders';
import { canonicalKind, knownKinds } from './kinds';
import { packWords } from './lang/index';

/** A schema violation mapped back to the document. */
export interface SchemaIssue {
  /** The JSON Schema keyword that failed (`required`, `enum`, `type`, …). */
  keyword: string;
  /** JSON pointer into the model (`/status`, `/servers_restored/reason`). */
  pointer: string;
  /** The top-level property involved (for `required`, the missing one). */
  property: string;
  /** Where the value came from, when it is in the document. */
  surface: Surface | undefined;
  /** The occurrence the value came from, when it is a field. */
  occurrence: Occurrence | undefined;
  /** The document range of the value (or of the document title for a missing property). */
  range: OffsetRange;
  /** Allowed values for `enum`/`const`. */
  allowed?: unknown[];
  /** The pattern for `pattern`. */
  pattern?: string;
  /** The expected type for `type`. */
  expectedType?: string;
  /** The value found, as text. */
  found?: string;
  /** ajv's message, as a last resort. */
  message: string;
}

/** The normalized model and where each of its values came from. */
export interface NormalizedModel {
  /** JSON data validated by the schema. */
  data: Record<string, unknown>;
  /** Top-level property → source. */
  sources: Map<string, { surface: Surface; occurrence?: Occurrence; range: OffsetRange }>;
}

/** Builds the model the schema validates from the extracted occurrences and facts. */
export function normalizeModel(doc: ParsedDocument, fields: ExtractedFields, facts: Facts, severities: readonly string[], kinds: readonly string[]): NormalizedModel {
  const data: Record<string, unknown> = {};
  const sources: NormalizedModel['sources'] = new Map();
  const fm = doc.frontMatter;
  if (fm?.data) {
    for (const e of fm.entries) {
      // Leftover template text (`"{{date}}"`) is the placeholder rule's business, not the schema's.
      if (typeof e.value === 'string' && isOnlyPlaceholders(e.value)) continue;
      // `timeline:` or `action_items:` written as a YAML list of strings: the entries, one per line.
      data[e.key] = NARRATIVE_KEYS.has(e.key) && Array.isArray(e.value) && e.value.length > 0 && e.value.every((v) => typeof v === 'string' && v.trim() !== '') ? e.value.join('\n') : e.value;
      sources.set(e.key, { surface: 'front-matter', range: e.valueRange });
    }
    // Keys that name fields are replaced by the typed values below.
    for (const k of ['services', 'servers', 'servers_total', 'users_affected', 'users_total', 'root_cause']) delete data[k];
  }
  const set = (key: string, value: unknown, occ: Occurrence | undefined, range: OffsetRange) => {
    data[key] = value;
    sources.set(key, { surface: occ?.surface ?? 'front-matter', occurrence: occ, range });
  };
  for (const spec of FIELDS) {
    const occs = fields.byField.get(spec.id) ?? [];
    const primary = occs[0];
    switch (spec.id) {
      case 'duration': {
        // A length read off the timeline is shown, never validated: it is not what the author wrote.
        const d = facts.durations.find((x) => x.occurrence.surface !== 'timeline');
        const un = facts.unreadableDurations[0];
        if (primary && (primary.empty || primary.placeholderOnly) && !d) set('duration', {}, primary, primary.valueRange);
        else if (d && (!un || SURFACE_RANK[d.occurrence.surface] <= SURFACE_RANK[un.surface])) set('duration', { minutes: d.value.minutes, approximate: d.value.approximate }, d.occurrence, d.range);
        else if (un) set('duration', un.text, un, un.valueRange);
        else {
          const s = facts.milestones.started;
          const r = facts.milestones.resolved;
          if (s?.value.epochMs != null && r?.value.epochMs != null) set('duration', { minutes: (r.value.epochMs - s.value.epochMs) / 60000 }, undefined, r.range);
          else if (s && r) set('duration', { minutes: 0 }, undefined, r.range);
        }
        break;
      }
      case 'affected_services': {
        // The first statement whose names could be read, else the first stated as the field.
        const svc = facts.services.find((x) => x.readable && x.names.length > 0) ?? facts.services[0];
        const exact = occs.find((o) => o.match === 'exact');
        if (svc && (!exact || SURFACE_RANK[svc.occurrence.surface] <= SURFACE_RANK[exact.surface] || svc.occurrence === exact)) {
          const occ = svc.occurrence;
          if (occ.empty || occ.placeholderOnly) set('affected_services', [], occ, occ.valueRange);
          else if (svc.readable) set('affected_services', svc.names.map((n) => n.name), occ, occ.valueRange);
          else set('affected_services', occ.text, occ, occ.valueRange);
        } else if (exact) {
          if (exact.empty || exact.placeholderOnly) set('affected_services', [], exact, exact.valueRange);
          else set('affected_services', exact.text, exact, exact.valueRange);
        }
        break;
      }
      case 'servers_restored': {
        const exact = occs.find((o) => o.match === 'exact');
        const s = (exact && facts.servers.find((x) => x.occurrence === exact)) ?? facts.servers[0];
        const occ = exact ?? s?.occurrence;
        if (!occ) break;
        if (occ.empty || occ.placeholderOnly) set('servers_restored', {}, occ, occ.valueRange);
        else if (s?.value.na) set('servers_restored', { na: true, reason: s.value.reason ?? '' }, s.occurrence, s.range);
        else if (s && s.value.restored !== undefined && s.value.total !== undefined) set('servers_restored', { restored: s.value.restored, total: s.value.total }, s.occurrence, s.range);
        else if (exact && !onlyRestoration(exact, doc)) set('servers_restored', exact.text, exact, exact.valueRange);
        break;
      }
      case 'user_impact': {
        const u = facts.users[0];
        if (!primary && !u) break;
        const occ = primary ?? u!.occurrence;
        const prose = (fields.byField.get('user_impact') ?? []).find((o) => !(o.surface === 'front-matter' && o.key === 'users_affected'));
        const text = prose ? (prose.placeholderOnly ? '' : prose.text) : u ? doc.text.slice(u.range.start, u.range.end) : '';
        const value: Record<string, unknown> = { text };
        if (u?.value.affected !== undefined) value.affected = u.value.affected;
        if (u?.value.total !== undefined) value.total = u.value.total;
        if (u?.value.percent != null) value.percent = u.value.percent;
        set('user_impact', value, prose ?? occ, (prose ?? occ).valueRange);
        break;
      }
      default: {
        if (!primary) break;
        set(spec.id, primary.placeholderOnly ? '' : primary.text, primary, primary.valueRange);
      }
    }
  }
  for (const id of MILESTONES) {
    const m = facts.milestones[id];
    if (m) data[id] = m.value.localIso.length === 16 && m.value.hasZone && m.value.offsetMinutes !== null ? data[id] : data[id];
  }
  canonicalSeverity(data, severities);
  // `kind: data loss`, `Near_Miss`: one of the kinds written with spaces, underscores or capitals.
  if (typeof data.kind === 'string') {
    const kind = canonicalKind(data.kind, kinds);
    if (kinds.includes(kind)) data.kind = kind;
  }
  return { data, sources };
}

/** Front matter keys of narrative fields, which a team may write as a list of lines. */
const NARRATIVE_KEYS = new Set(['summary', 'timeline', 'detection', 'resolution', 'communication', 'lessons_learned', 'action_items']);

const SURFACE_RANK: Record<Surface, number> = { 'front-matter': 0, section: 1, 'labelled-line': 2, 'table-row': 3, prose: 4, timeline: 5 };

const validators = new Map<string, ValidateFunction>();
const teamSchemaIds = new WeakMap<object, string>();

function teamSchemaId(schema: Record<string, unknown>): string {
  let id = teamSchemaIds.get(schema);
  if (!id) {
    id = JSON.stringify(schema);
    teamSchemaIds.set(schema, id);
  }
  return id;
}

/** The built-in schema with the config's `required`, `severities` and an optional team schema merged in. */
export function effectiveSchema(config: PostmortemConfig, teamSchema?: Record<string, unknown>): Record<string, unknown> {
  const base = JSON.parse(JSON.stringify(builtInSchema)) as Record<string, any>;
  // Which fields a document must state depends on its kind: `required-field` checks that from
  // the occurrences (prose included). The schema checks the values that are stated.
  base.required = [];
  base.properties.severity = { ...base.properties.severity, enum: [...config.severities] };
  base.properties.kind = { ...base.properties.kind, enum: knownKinds(config) };
  if (!teamSchema) return base;
  const merged: Record<string, any> = { ...base, $id: undefined };
  delete merged.$id;
  // The team schema adds constraints: its own required keys, and `allOf` for everything else.
  const team = JSON.parse(JSON.stringify(teamSchema)) as Record<string, any>;
  delete team.$schema;
  delete team.$id;
  // A team's required fields are checked by `required-field` (`teamRequiredFields`); other keys here.
  if (Array.isArray(team.required)) merged.required = [...new Set([...merged.required, ...team.required.filter((k: unknown) => typeof k === 'string' && !fieldOf(k))])];
  delete team.required;
  merged.allOf = [...(merged.allOf ?? []), team];
  return merged;
}

/**
 * Why a team schema cannot be used (not a valid JSON Schema 2020-12, or it does not compile
 * together with the built-in one), or `undefined` when it can. The CLI stops on it with exit
 * code 2; the server reports it on the config file and lints without the team schema.
 */
export function teamSchemaProblem(teamSchema: Record<string, unknown>): string | undefined {
  try {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    if (!ajv.validateSchema(teamSchema)) return ajv.errorsText(ajv.errors, { dataVar: 'schema' });
    // Whether it compiles does not depend on the required list or the severities: the defaults do.
    ajv.compile(effectiveSchema(mergeConfig(), teamSchema));
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * The ajv options for string lengths: counted in code points only when some `maxLength`, or a
 * `minLength` above 1, is there. For `minLength: 1` (the built-in schema's only length) a string
 * has at least one code point exactly when it has at least one UTF-16 unit, and ajv's code point
 * count reads the whole string: sections of a long postmortem are long strings.
 */
function lengthOptions(schema: unknown): { unicode?: false; logger?: false } {
  let found = false;
  JSON.stringify(schema, (key, value) => {
    if ((key === 'maxLength' || (key === 'minLength' && value !== 1 && value !== 0)) && typeof value === 'number') found = true;
    return value;
  });
  // ajv calls its `unicode` option deprecated and says so on the console: with `strict: false`
  // that notice is the only thing it would log, so its logger is turned off with it.
  return found ? {} : { unicode: false, logger: false };
}

/** Validates a model; never throws (a schema that does not compile gives one issue). */
export function validateModel(doc: ParsedDocument, model: NormalizedModel, config: PostmortemConfig, teamSchema?: Record<string, unknown>): SchemaIssue[] {
  // Building and serializing the schema costs more than validating a model: key the compiled
  // validator on what changes it (the required list, the severities, the team schema object).
  const key = `${config.severities.join(',')}|${Object.keys(config.kinds ?? {}).join(',')}|${teamSchema ? teamSchemaId(teamSchema) : ''}`;
  let validate = validators.get(key);
  if (!validate) {
    const schema = effectiveSchema(config, teamSchema);
    try {
      // The built-in schema is ours (test/unit/schemas.test.ts checks it against the meta-schema),
      // so it skips ajv's own check, which compiles the meta-schema first; a team's schema does not.
      const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false, validateSchema: teamSchema !== undefined, ...lengthOptions(schema) });
      validate = ajv.compile(schema);
    } catch (err) {
      return [{ keyword: 'schema', pointer: '', property: '', surface: undefined, occurrence: undefined, range: titleRange(doc), message: `The schema does not compile: ${err instanceof Error ? err.message : String(err)}` }];
    }
    if (validators.size > 20) validators.clear();
    validators.set(key, validate);
  }
  validate(model.data);
  const defaultSeverities = sameList(config.severities, DEFAULT_SEVERITIES);
  return collapse((validate.errors ?? []).filter((e) => !otherTeamsValue(e, model.data, defaultSeverities)).map((e) => toIssue(doc, model, e)));
}

const DEFAULT_SEVERITIES = mergeConfig().severities;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * `status: resolved` names the incident's state, as many teams' postmortem sites keep it, not where
 * the document is in review; it is read as that, not reported.
 */
const INCIDENT_STATE = /^(?:open|investigating|identified|mitigated|monitoring|resolved|closed|published|approved|reviewed|complete|completed)$/i;
/** The built-in statuses in another case (`Final`, `In-Review`). */
const BUILT_IN_STATUS = /^(?:draft|in[- ]review|final)$/i;
/** A state said in a few words: `action items in progress`, `under review`, `follow-ups open`. */
const STATE_PHRASE = /^(?=[^\n]{3,60}$)(?=.*\s)(?=.*\b(?:in progress|open|pending|review|reviewed|done|complete|completed|draft|final|closed|ongoing|awaiting|waiting|published|approved)\b)[\w -]+$/i;

const teamsState = (v: string) => INCIDENT_STATE.test(v) || BUILT_IN_STATUS.test(v) || STATE_PHRASE.test(v.replace(/[_-]+/g, ' '));
/**
 * The status before a note after it (a comma, a semicolon or a dash, or parentheses that close the value),
 * or '' when there is no note (a scan: the one pattern for it was too slow for recheck to prove safe).
 */
function statusBeforeNote(v: string): string {
  // (`closed — actions tracking`: a dash sets a note off too.)
  const cut = v.search(/[,;(（]|[ \t]?[—–][ \t]?|[ \t]-[ \t]/);
  if (cut < 1 || cut > 30 || v.includes('\n') || v.length - cut > 121) return '';
  if ((v[cut] === '(' || v[cut] === '（') && !/[)）]$/.test(v)) return '';
  return v.slice(0, cut).trim();
}

/**
 * Severity scales in common use besides `SEV1`…`SEV5`: `P1`, `S2`, `SEV0`, `Critical`/`High`/`Medium`/`Low`,
 * `1`…`5`. Accepted while the configuration leaves `severities` at its default, since nothing then says
 * which scale the team uses; a team that sets `severities` gets exactly those.
 */
// (`Severity 2`, `Priority 1`: the level with its word spelled out.)
const COMMON_SEVERITY = new RegExp(`^(?:P[0-5]|S[0-5]|SEV[ _-]?0|(?:Severity|Priority)[ _-]?[0-5]|L(?:evel[ _-]?)?[0-5]|[0-5]|${packWords('severity')})$`, 'i');

/** `重大(Sev2)`, `High (SEV-2)`: the team's word and a level in parentheses, one of them on a scale in common use. */
function severityWithNote(value: string): boolean {
  // (`High (internal scale), no confirmed misuse`: a grade, its note, then a clause after a comma.)
  const clause = /^([^,;，、]{1,60}?)[ \t]*[,;，、][^\n]{1,120}$/.exec(value);
  if (clause && severityWithNote(clause[1].trim())) return true;
  // (`moderate (no patient harm; potential for harm)`: the note may be a clause of its own.)
  const m = /^([^()（）]{1,20}?)[ \t]?[(（]([^()（）]{1,80})[)）]$/.exec(value);
  const grade = (p: string) => COMMON_SEVERITY.test(p) || /^sev[ _-]?[0-5]$/i.test(p);
  // (`P2 - High`, `P1 – Critical`, `SEV2: major`: a level, a dash or a colon, and the level's word.)
  const dashed = /^([A-Za-z]{0,4}[ _-]?[0-5])[ \t]{1,2}[-–—:][ \t]{1,2}([\p{L}][\p{L} ]{1,24})$/u.exec(value);
  if (dashed && grade(dashed[1].trim())) return true;
  // `SEV2 相当`, `SEV2-equivalent (no customer impact)`: the grade as the team reckons it.
  const parts = (m ? [m[1], m[2]] : [value]).map((p) => p.trim());
  return (m !== null && (grade(parts[0]) || (parts[1].length <= 20 && grade(parts[1])))) || parts.some((p) => EQUIVALENT_END.test(p) && grade(p.replace(EQUIVALENT_END, '')));
}
const EQUIVALENT_END = new RegExp(`[ \\t-]?(?:${packWords('equivalent')})$`, 'i');

/** An enum error of the built-in schema on a value another team's scheme uses (see above). */
function otherTeamsValue(e: ErrorObject, data: Record<string, unknown>, defaultSeverities: boolean): boolean {
  if (!e.schemaPath.startsWith('#/properties/')) return false;
  // `severity: 2`: a number on a scale in common use, written without quotes.
  if (e.keyword === 'type') return e.instancePath === '/severity' && defaultSeverities && typeof data.severity === 'number' && COMMON_SEVERITY.test(String(data.severity));
  if (e.keyword !== 'enum') return false;
  // The team's own words for its state (`status: 후속 조치 진행 중`): the built-in statuses are English keywords.
  // `Final` is `final` written with a capital; `action items in progress` is a state in the team's own English words (a phrase, not a mistyped keyword).
  // (`action-items-open`: a phrase of the team's joined by hyphens.)
  // (`Final (reviewed by DPO 2024-09-03)`, `Complete, action items in progress`: such a state with a note after it.)
  if (e.instancePath === '/status') return typeof data.status === 'string' && (/[가-힣ぁ-んァ-ヶ一-龥]/.test(data.status) || teamsState(data.status.trim()) || teamsState(statusBeforeNote(data.status.trim())));
  if (e.instancePath === '/severity') return defaultSeverities && (typeof data.severity === 'string' || typeof data.severity === 'number') && (COMMON_SEVERITY.test(String(data.severity).trim()) || severityWithNote(String(data.severity).trim()));
  return false;
}

function toIssue(doc: ParsedDocument, model: NormalizedModel, e: ErrorObject): SchemaIssue {
  const parts = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const property = e.keyword === 'required' && parts.length === 0 ? String((e.params as { missingProperty: string }).missingProperty) : parts[0] ?? '';
  const src = model.sources.get(property);
  let range = src?.range ?? titleRange(doc);
  if (src?.surface === 'front-matter' && doc.frontMatter) range = doc.frontMatter.pointers.get(e.instancePath) ?? range;
  const value = parts.reduce<unknown>((v, p) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined), model.data);
  const issue: SchemaIssue = {
    keyword: e.keyword, pointer: e.instancePath, property, surface: src?.surface, occurrence: src?.occurrence, range, message: e.message ?? e.keyword,
    // Not for the whole model (a missing required key): 40,000 front matter keys made that 0.4 s a lint.
    found: value === undefined || parts.length === 0 ? undefined : typeof value === 'string' ? value : JSON.stringify(value),
  };
  if (e.keyword === 'enum') issue.allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
  if (e.keyword === 'const') issue.allowed = [(e.params as { allowedValue: unknown }).allowedValue];
  if (e.keyword === 'pattern') issue.pattern = (e.params as { pattern: string }).pattern;
  if (e.keyword === 'type') issue.expectedType = String((e.params as { type: string }).type);
  return issue;
}

const KEYWORD_RANK: Record<string, number> = { required: 0, type: 1, const: 2, enum: 2, pattern: 3, minLength: 4, minItems: 4, minimum: 5 };

/** One issue per property: the most specific one (deepest pointer, then keyword rank). */
function collapse(issues: SchemaIssue[]): SchemaIssue[] {
  const best = new Map<string, SchemaIssue>();
  for (const i of issues) {
    if (i.keyword === 'oneOf' || i.keyword === 'anyOf' || i.keyword === 'allOf' || i.keyword === 'if') continue;
    const k = i.property || i.pointer;
    const prev = best.get(k);
    if (!prev || score(i) < score(prev)) best.set(k, i);
  }
  return [...best.values()];
}

function score(i: SchemaIssue): number {
  // A missing sub-property of a oneOf branch is less telling than a failed value deeper down.
  const depth = i.pointer.split('/').length;
  const rank = KEYWORD_RANK[i.keyword] ?? 6;
  return (i.keyword === 'required' && depth > 1 ? 8 : rank) - depth * 10;
}

/** The range a document-level finding points at: the title heading, the front matter, or line 1. */
export function titleRange(doc: ParsedDocument): OffsetRange {
  const h1 = doc.sections.find((s) => s.depth === 1);
  if (h1) return h1.headingRange;
  if (doc.frontMatter) {
    const start = doc.frontMatter.range.start;
    return { start, end: start + 3 };
  }
  const start = doc.bom ? 1 : 0;
  return { start, end: doc.lines.lineEnd(0) };
}

/**
 * `SEV-2`, `Sev 2`, `sev2` for `SEV2`: a severity written with another case, a hyphen, a space or
 * an underscore (or with a note in parentheses after it) names one of the configured severities, and is read as it (validated, reported
 * and grouped under that name). Anything else is left for the schema to report.
 */
function canonicalSeverity(data: Record<string, unknown>, severities: readonly string[]): void {
  const value = data.severity;
  if (typeof value !== 'string' || severities.includes(value)) return;
  // `SEV-3 (security; no evidence of exploitation)`: a note in parentheses after the severity is not part of it.
  const key = (v: string) => v.replace(/[ \t]*[(（][^()（）]*[)）][ \t]*$/, '').replace(/[\s_-]+/g, '').toUpperCase();
  const same = severities.filter((v) => key(v) === key(value));
  if (same.length === 1) data.severity = same[0];
}

/** The fields a team schema requires (its other required keys are validated by the schema itself). */
export function teamRequiredFields(teamSchema: Record<string, unknown> | undefined): FieldId[] {
  const req = teamSchema?.required;
  return Array.isArray(req) ? req.filter((k): k is FieldId => typeof k === 'string' && fieldOf(k) !== undefined) : [];
}

/** The field of a top-level model property, if it is one. */
export function fieldOf(property: string): FieldId | undefined {
  return FIELDS.find((f) => f.id === property)?.id;
}
