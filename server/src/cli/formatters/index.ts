/** The output formats of `postmortem lint`, behind one signature. */
import type { Format } from '../args';
import type { FileReport, Summary } from '../report';
import { formatStylish } from './stylish';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatGithub } from './github';
import { formatGitlab } from './gitlab';

/** What every formatter may use besides the reports. */
export interface FormatContext {
  /** The working directory (paths in reports are relative to it). */
  cwd: string;
  /** Use ANSI colors (stylish only). */
  color: boolean;
  /** The tool's version. */
  toolVersion: string;
  /** True when `--fix` ran. */
  fix: boolean;
  /** Files named on the command line that are not postmortems, so were not linted. */
  skipped: string[];
}

/** A formatter: reports (sorted by path) in, the whole output out. */
export type Formatter = (reports: readonly FileReport[], summary: Summary, ctx: FormatContext) => string;

/** The formatter of each format. */
export const FORMATTERS: Record<Format, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab,
};
