import type { FieldId, Locale, SeveritySetting } from './types';

/** The configuration the core works with, after defaults, settings and `.postmortemrc.json`. */
export interface PostmortemConfig {
  /** Globs (relative to the workspace folder) of files that are postmortems. */
  files: string[];
  /** Globs of files that never are. */
  ignore: string[];
  /**
   * Fields every postmortem must state whatever its kind, on top of the fields its kind needs
   * (`kinds.ts`). Empty by default: the kind decides.
   */
  required: FieldId[];
  /** Per-kind requirements (`{ "security": { "required": ["cause", "user_impact"] } }`); a kind named here may also be a new one. */
  kinds: Record<string, { required?: FieldId[] }>;
  /** Extra heading aliases per field. */
  sections: Partial<Record<FieldId, string[]>>;
  /** IANA zone used for timestamps without one (e.g. `Asia/Seoul`); empty for none. */
  timezone: string;
  /** Catalog of service names; empty for none (then `unknown-service` is silent). */
  services: string[];
  /** Allowed severity labels. */
  severities: string[];
  /** Allowed difference between a stated and a computed duration: minutes, or a percentage like `"10%"`. */
  durationTolerance: number | string;
  /** Rule id → severity or `off`. */
  rules: Record<string, SeveritySetting>;
  /** Path of a team JSON Schema merged into the built-in one (resolved by the caller). */
  schema: string;
  /** Folder of team templates. */
  templates: string;
  /** Folder where New Postmortem writes, relative to the workspace folder. */
  newFileFolder: string;
  /** File name pattern for new postmortems (`{date}`, `{slug}`, `{title}`). */
  newFileName: string;
  /** Documents larger than this many bytes (UTF-16 code units) are not linted. */
  maxFileSize: number;
  /** Locale of messages. */
  locale: Locale;
}

/** Defaults of every key. The manifest's `contributes.configuration` is checked against these. */
export const DEFAULT_CONFIG: Readonly<PostmortemConfig> = Object.freeze({
  files: [
    '**/{postmortems,post-mortems,postmortem,incidents,incident-reports,retrospectives}/**/*.md',
    '**/*{postmortem,post-mortem}*.md',
  ],
  ignore: ['**/node_modules/**', '**/README.md', '**/index.md', '**/_*.md'],
  required: [],
  kinds: {},
  sections: {},
  timezone: '',
  services: [],
  severities: ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5'],
  durationTolerance: '10%',
  rules: {},
  schema: '',
  templates: '',
  newFileFolder: 'postmortems',
  newFileName: '{date}-{slug}.md',
  maxFileSize: 4 * 1024 * 1024,
  locale: 'en',
});

/** Merges partial configurations in order: later layers win; `rules`, `sections` and `kinds` merge by key. */
export function mergeConfig(...layers: Array<Partial<PostmortemConfig> | undefined>): PostmortemConfig {
  const out: PostmortemConfig = { ...DEFAULT_CONFIG, rules: {}, sections: {}, kinds: {} } as PostmortemConfig;
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer)) {
      if (v === undefined) continue;
      if (k === 'rules' || k === 'sections' || k === 'kinds') {
        Object.assign(out[k], v);
      } else {
        (out as unknown as Record<string, unknown>)[k] = v;
      }
    }
  }
  return out;
}

/** Tolerance in minutes for a computed duration. */
export function toleranceMinutes(tolerance: number | string, computedMinutes: number): number {
  if (typeof tolerance === 'number') return Math.max(0, tolerance);
  const m = /^(\d{1,9}(?:\.\d{1,9})?) {0,3}(%|m|min|minutes)?$/.exec(tolerance.trim());
  if (!m) return computedMinutes * 0.1;
  const n = Number(m[1]);
  return m[2] === '%' ? (computedMinutes * n) / 100 : n;
}
