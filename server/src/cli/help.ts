/** Help texts. Kept next to the option tables in args.ts; docs/cli.md says the same at length. */

/** `postmortem --help`. */
export const MAIN_HELP = `Usage: postmortem <command> [options]

Commands:
  lint [files, folders or globs...]   Check postmortems (default: the configured files globs)
  new --template <id> [options]       Write a new postmortem from a template
  templates                           List the built-in and team templates
  init [options]                      Set a repository up: config, README, hooks and CI
  timeline import --from <src:path> <file>
                                      Add entries from chat, pager, alert and Git exports
  report [files, folders or globs...] Sum the postmortems up: time to detect/mitigate/resolve,
                                      recurring incidents, open action items (table, markdown,
                                      json, jsonl, csv, html, devlake)

Options:
  -h, --help       Show help (also: postmortem <command> --help)
  -v, --version    Show the version

postmortem-lint is a shorthand for postmortem lint.
`;

/** `postmortem lint --help`. */
export const LINT_HELP = `Usage: postmortem lint [options] [files, folders or globs...]
       postmortem-lint [options] [files, folders or globs...]

Without arguments, lints every postmortem under the working directory: Markdown files that
match the config's "files" globs (and no "ignore" glob), or whose front matter says
type: postmortem. .gitignore'd files, node_modules and dot-folders are skipped when walking
folders and globs.

Options:
  -f, --format <name>        stylish (default), json, sarif, github or gitlab
      --fix                  Apply safe fixes and write the files
  -c, --config <file>        Use this config file for every file
      --max-warnings <n>     Exit 1 when there are more than n warnings
  -q, --quiet                Report errors only
      --stdin                Lint standard input
      --stdin-filename <p>   The path standard input stands for
      --print-config <file>  Print the effective config for a file and exit
      --no-color             No colors (NO_COLOR is honored too)
      --cache                Skip files unchanged since the last run
      --cache-location <p>   Cache file or folder (default node_modules/.cache/postmortem/)
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage or config error.
`;

/** `postmortem new --help`. */
export const NEW_HELP = `Usage: postmortem new [--template <id>] [--title <text>] [--date YYYY-MM-DD] [--out <file or folder>]

Writes a new postmortem from a template (see postmortem templates). Never overwrites a file.

Options:
  -t, --template <id>    Template id (default: blank)
      --title <text>     Title (default: the template's own, else "Untitled postmortem")
      --date <date>      Date, YYYY-MM-DD (default: the template's own, else today)
  -o, --out <path>       A folder (the name comes from the config's newFileName) or a .md file
                         (default: the config's newFileFolder, "postmortems")
  -c, --config <file>    Config file (default: .postmortemrc.json in the working directory)
  -h, --help             Show this help
`;

/** `postmortem templates --help`. */
export const TEMPLATES_HELP = `Usage: postmortem templates [--format text|json] [--config <file>]

Lists the built-in templates and, when the config names a "templates" folder, the team's.
`;

/** `postmortem init --help`. */
export const INIT_HELP = `Usage: postmortem init [--folder <dir>] [--language en|ko|ja] [--timezone <zone>]
                       [--pre-commit] [--github] [--gitlab]

Sets the repository in the working directory up for postmortems, without asking anything:
finds the postmortems folder (a folder named postmortems, incidents, retrospectives... up to
four levels down; else postmortems), the language its documents are written in and the time
zone they agree on, and writes .postmortemrc.json and <folder>/README.md. Never overwrites a
file and never writes outside the working directory; prints what it wrote and what it kept.

Options:
      --folder <dir>       The postmortems folder (default: the one found, else postmortems)
      --language <id>      en, ko or ja (default: read from the postmortems, else en)
      --timezone <zone>    IANA name or UTC (default: the one the postmortems agree on)
      --pre-commit         Also write .pre-commit-config.yaml
      --github             Also write .github/workflows/postmortems.yml (the GitHub Action)
      --gitlab             Also write .gitlab-ci.yml (a GitLab Code Quality job)
  -h, --help               Show this help
`;

/** `postmortem timeline --help`. */
export const TIMELINE_HELP = `Usage: postmortem timeline import [options] --from <source:path>... <file>

Commands:
  import    Add entries read from exported files to the postmortem's timeline
`;

/** `postmortem timeline import --help`. */
export const TIMELINE_IMPORT_HELP = `Usage: postmortem timeline import [options] --from <source:path>... <file>

Reads events from files you exported (never the network), merges them in time order, folds
duplicates less than a minute apart, and adds them to the Timeline section of <file> the way
its timeline is written (table or list, column order, date style, zone, language). Existing
entries are never changed; entries already there are not added again. Each entry is tagged
with its source. Milestones the events suggest (first alert, first acknowledgement, last
resolution) are printed, never written. A problem in any source stops the import before
anything is written (exit 2).

Sources (--from, repeatable):
  slack:<export.zip|folder>      A Slack export; messages with a chosen reaction or keyword
  pagerduty:<file.json>          PagerDuty incident log entries (the API's log_entries)
  opsgenie:<file.json>           Opsgenie alert logs (the API's data)
  alertmanager:<file.json>       Alertmanager alerts (API v1/v2 or a webhook payload)
  grafana:<file.json>            Grafana annotations (the API's array)
  git[:<repository>]             Merges (see --path) and tags of a Git repository (default .)
  csv:<file.csv|file.tsv>        Rows of a time and an event

Options:
      --channel <name>     Slack: the channel's folder in the export (needed when it has several)
      --match <what>       Slack: a reaction (:pushpin:) or a keyword that selects a message;
                           repeatable (default: :pushpin:)
      --all                Slack: every message of the channel
      --since <time>       Leave out events before this (ISO 8601, or a date and time in the
      --until <time>       document's zone); and after this
      --zone <zone>        Zone to write times in when the timeline states none, and of CSV
                           times written without one (IANA name, abbreviation or offset)
      --path <path>        Git: only merges that touch this path (repeatable)
      --dry-run            Print the rows that would be added; write nothing
  -c, --config <file>      Use this config file instead of looking one up
  -h, --help               Show this help
`;

/** `postmortem report --help`. */
export const REPORT_HELP = `Usage: postmortem report [options] [files, folders or globs...]

Reads every postmortem (the same files postmortem lint reads) into an incident record and
sums them up: incidents per group, median and mean time to detect, mitigate and resolve,
users affected, recurring incidents (same service and trigger within --recurrence-days),
open and overdue action items by owner, and the documents that could not be read.

Options:
  -f, --format <name>        table (default), markdown, json, jsonl (one record a line),
                             csv (one row per incident), html (one self-contained file
                             with charts), devlake (JSON Lines of DevLake webhook incidents)
      --since <YYYY-MM-DD>   Only incidents that started on or after this day
      --until <YYYY-MM-DD>   Only incidents that started on or before this day
  -g, --group-by <key>       month (default), quarter, severity, service, trigger or kind
      --recurrence-days <n>  Window of a recurrence, in days (default 90)
      --today <YYYY-MM-DD>   The day overdue is counted from (default: today, UTC)
  -c, --config <file>        Use this config file for every file
  -h, --help                 Show this help

Report labels are in English. Exit codes: 0 done (documents that could not be read are
listed in the report), 2 usage or config error.
`;
