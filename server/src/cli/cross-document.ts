/**
 * The cross-document rules in `postmortem lint`. The first pass lints every file alone and keeps
 * each postmortem's small peer record; the second pass lints again, with a view of the others,
 * only the files whose record could give a cross-document finding (the same stated id, start or
 * trigger as another file, or a `related:` entry or link to a Markdown file). The view is the files
 * being linted, plus every Markdown file under the working directory by name, for links.
 * docs/cli.md ("Cross-document rules") gives the reasons.
 */
import { collectCandidates } from './collect';
import type { LintOutcome, LintTask } from './lint-file';
import type { PeerRecord, PostmortemConfig, WorkspaceView } from '../core/index';

/** Days within which the same service and trigger is a recurrence (`recurring-incident`). */
const RECURRENCE_DAYS = 90;

/** True in a CI job: `CI` is set to anything but ``, `0` or `false` (GitHub Actions, GitLab CI and most others set `CI=true`). */
export function inCi(env: Record<string, string | undefined>): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}

export { localDay } from '../node/local-day';

/** The date `action-item-overdue` compares with: none (the rule is silent) in CI unless the configuration names the rule. */
export function overdueDay(config: PostmortemConfig, ci: boolean, today: string): string | undefined {
  const setting = config.rules['action-item-overdue'];
  if (setting === 'off') return undefined;
  return !ci || setting !== undefined ? today : undefined;
}

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

function days(a: string, b: string): number {
  return Math.abs(Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000));
}

/**
 * The tasks of the second pass: the files of the first pass that may have a cross-document
 * finding, each with its view of the others. `cwd` is listed for the names of Markdown files
 * only when a file links to others.
 */
export function secondPass(tasks: readonly LintTask[], outcomes: readonly LintOutcome[], cwd: string): LintTask[] {
  const linted = outcomes.filter((o): o is LintOutcome & { peer: PeerRecord } => o.status === 'linted' && o.peer !== undefined);
  if (linted.length === 0) return [];
  const records = linted.map((o) => o.peer);
  const group = (key: (r: PeerRecord) => string | null) => {
    const m = new Map<string, PeerRecord[]>();
    for (const r of records) {
      const k = key(r);
      if (k !== null) m.set(k, [...(m.get(k) ?? []), r]);
    }
    return m;
  };
  const byId = group((r) => (r.idStated ? r.id : null));
  const byStart = group((r) => r.started);
  const byTrigger = group((r) => (r.trigger && r.date ? r.trigger : null));
  const shares = (a: PeerRecord, b: PeerRecord) => a.services.some((s) => b.services.some((t) => norm(s) === norm(t)));

  let files: string[] | undefined;
  const out: LintTask[] = [];
  const taskOf = new Map(tasks.map((t) => [t.abs, t]));
  for (const o of linted) {
    const r = o.peer;
    const others = (list: PeerRecord[] | undefined) => (list ?? []).filter((x) => x.path !== r.path);
    const peers = new Set<PeerRecord>([
      ...(r.idStated ? others(byId.get(r.id)) : []),
      ...others(r.started ? byStart.get(r.started) : undefined).filter((x) => shares(r, x)),
      ...others(r.trigger && r.date ? byTrigger.get(r.trigger) : undefined).filter((x) => shares(r, x) && days(x.date!, r.date!) <= RECURRENCE_DAYS),
    ]);
    if (peers.size === 0 && !o.refers) continue;
    const task = taskOf.get(o.abs);
    if (!task) continue;
    if (o.refers && files === undefined) files = markdownNames(cwd, new Set(records.map((x) => x.path)));
    const workspace: WorkspaceView = o.refers ? { path: r.path, records, files, complete: true } : { path: r.path, records: [...peers], complete: true };
    out.push({ ...task, fix: false, cached: undefined, workspace });
  }
  return out;
}

/** Markdown files under the working directory (as `postmortem lint .` finds them) that are not among `known`. */
function markdownNames(cwd: string, known: ReadonlySet<string>): string[] {
  try {
    return collectCandidates(['.'], cwd).candidates.map((c) => c.rel).filter((rel) => !known.has(rel));
  } catch {
    return [];
  }
}
