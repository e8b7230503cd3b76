/**
 * `--format gitlab`: a GitLab Code Quality report, the JSON array a job names under
 * `artifacts:reports:codequality`. One issue per finding, with the fields GitLab reads:
 * `description`, `check_name`, `fingerprint`, `severity` and `location.path` /
 * `location.lines.begin`.
 *
 * The fingerprint is what GitLab compares between the merge request and its target branch to
 * tell new findings from old ones, so it leaves out line numbers (a finding does not become new
 * because lines were added above it). Identical findings in one file are told apart by their
 * order among themselves.
 */
import * as crypto from 'node:crypto';
import type { Severity } from '../../core/index';
import type { FileReport, Summary } from '../report';
import type { FormatContext } from './index';

/** The severities GitLab Code Quality knows, from the least to the most serious. */
export const GITLAB_SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'] as const;

/** One GitLab severity. */
export type GitlabSeverity = (typeof GITLAB_SEVERITIES)[number];

/**
 * How a finding's severity reads in GitLab: an error fails `postmortem lint`, which GitLab calls
 * `major`; `critical` and `blocker` are left for faults of code, which a postmortem has none of.
 */
export const GITLAB_SEVERITY: Record<Severity, GitlabSeverity> = { error: 'major', warning: 'minor', information: 'info', hint: 'info' };

/** One issue of the report. */
export interface GitlabIssue {
  /** The finding's message. */
  description: string;
  /** The rule id. */
  check_name: string;
  /** A stable id of the finding (see the module comment). */
  fingerprint: string;
  /** The finding's severity, in GitLab's words. */
  severity: GitlabSeverity;
  /** Where the finding is: the path relative to the working directory, and its lines. */
  location: { path: string; lines: { begin: number; end: number } };
}

/** Formats reports as a GitLab Code Quality report. */
export function formatGitlab(reports: readonly FileReport[], _summary: Summary, _ctx: FormatContext): string {
  const issues: GitlabIssue[] = [];
  for (const r of reports) {
    const seen = new Map<string, number>();
    for (const f of r.findings) {
      const key = JSON.stringify([r.path, f.ruleId, f.messageId, f.message]);
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      issues.push({
        description: f.message,
        check_name: f.ruleId,
        fingerprint: crypto.createHash('sha256').update(`${key}#${nth}`).digest('hex'),
        severity: GITLAB_SEVERITY[f.severity],
        location: { path: r.path, lines: { begin: f.line, end: f.endLine } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
}
