import { packFor, type LanguageId } from '../core/index';
/**
 * The text of the files `postmortem init` writes. Kept apart from the command so docs/ci.md can
 * show the same text and a test can check that it does.
 */

/** The repository the pre-commit hooks and the GitHub Action are taken from. */
export const HOOKS_REPOSITORY = 'https://github.com/postmortem-tools/postmortem';

/** The GitHub Action, as `uses:` names it (without the version). */
export const ACTION_NAME = 'postmortem-tools/postmortem';

/** What `postmortem init` found or was told about the repository. */
export interface Layout {
  /** The postmortems folder, relative to the repository root, with `/`. */
  folder: string;
  /** True when the folder already existed. */
  folderExists: boolean;
  /** True when the default `files` globs already cover the folder. */
  coveredByDefaults: boolean;
  /** The language the postmortems are written in. */
  language: LanguageId;
  /** The time zone every postmortem that states one agrees on, or undefined. */
  timezone?: string;
  /** The version of this tool, for pinned references (`rev: v0.1.0`, `@0.1.0`). */
  version: string;
  /** True when the repository has a `package.json` (a Node project can install the CLI itself). */
  nodeProject: boolean;
}

/** `.postmortemrc.json`: only what differs from the defaults, plus the folder, said once. */
export function configText(layout: Layout): string {
  const config: Record<string, unknown> = {};
  if (!layout.coveredByDefaults) config.files = [`${layout.folder}/**/*.md`];
  config.newFileFolder = layout.folder;
  if (layout.timezone) config.timezone = layout.timezone;
  // Messages in the language the postmortems are written in (every pack has them all).
  if (layout.language !== 'en') config.locale = layout.language;
  return JSON.stringify(config, null, 2) + '\n';
}

/**
 * How the README calls the CLI: the installed bin in a Node project, else the package by name and
 * version (a bare \`npx postmortem\` would fetch an unrelated package of that name).
 */
export function cliCommand(layout: Layout): string {
  return layout.nodeProject ? 'npx postmortem' : `npx --yes --package postmortem-lint@${layout.version} postmortem`;
}

/** The blank template for a language. */
export function blankTemplate(language: LanguageId): string {
  return language === 'en' ? 'blank' : `blank-${language}`;
}

/** The `postmortems/README.md` that says how postmortems are written in this repository. */
export function readmeText(layout: Layout): string {
  const template = blankTemplate(layout.language);
  const cli = cliCommand(layout);
  const install = layout.nodeProject
    ? `The tool is a development dependency of this repository (\`npm install --save-dev postmortem-lint\`).`
    : `The commands below fetch the tool from the npm registry; a Node project would rather install it (\`npm install --save-dev postmortem-lint\`).`;
  const zone = layout.timezone
    ? `Times are in ${layout.timezone} unless a timestamp says otherwise (\`timezone\` in \`.postmortemrc.json\`).`
    : 'Give every timestamp a zone (`14:50 KST`, `05:50 UTC`), or say once for the timeline which zone it uses (`## Timeline (all times UTC)`); a `timezone` in `.postmortemrc.json` sets one for every postmortem.';
  return `# Postmortems

This folder holds the postmortems of our incidents, one Markdown file each. They are checked by
postmortem-lint in the editor, before each commit and in CI, so that every review states the facts an incident review needs.

${install}

## Writing one

\`\`\`sh
${cli} new --template ${template} --title "Checkout errors after the 14:00 deploy"
\`\`\`

writes \`${layout.folder}/<date>-<title>.md\` from the ${packFor(layout.language).name} template (\`${cli} templates\`
lists the others) and never overwrites a file. In VS Code, the Postmortem extension does the
same with **Postmortem: New Postmortem from Template…**.

## What every postmortem states

- **Cause**: what broke and why, in a "Root cause" section.
- **Duration**: how long users were affected (\`2h 15m\`), or \`started\` and \`resolved\`
  times in the front matter.
- **Affected services**: the services users could not use, as a list.
- **Servers restored**: how far recovery got (\`120 of 128\`), when servers or a site went down.
- **User impact**: what users saw, with numbers when there are any.

A summary, a timeline, the resolution and action items are expected too. Each fact may be a
front matter key, a section, or a labelled line such as \`**Duration:** 2h 15m\`.

## Conventions

- Front matter says \`type: postmortem\`; \`status\` is \`draft\`, \`in-review\` or \`final\`.
- ${zone}
- Every open action item has an owner and a due date, or links to its ticket.
- Write about systems and decisions, not people to blame.
- Files named \`README.md\`, \`index.md\` or starting with \`_\` are not checked.

## Checking

\`\`\`sh
${cli} lint         # every postmortem, with the reasons
${cli} lint --fix   # apply the safe fixes first
\`\`\`

A finding links to the page of its rule. To silence one on purpose, put
\`<!-- postmortem-disable-next-line rule-id -->\` above the line.
`;
}

/** `.pre-commit-config.yaml`: the installed CLI in a Node project, else the hook repository. */
export function preCommitText(layout: Layout): string {
  if (layout.nodeProject) {
    return `# Written by \`postmortem init\`. Lints the staged postmortems with the postmortem-lint this
# repository installs (npm install --save-dev postmortem-lint).
repos:
  - repo: local
    hooks:
      - id: postmortem-lint
        name: postmortem-lint
        entry: npx --offline postmortem-lint
        language: system
        files: \\.md$
`;
  }
  return `# Written by \`postmortem init\`. Lints the staged postmortems; pre-commit installs the tool.
repos:
  - repo: ${HOOKS_REPOSITORY}
    rev: v${layout.version}
    hooks:
      - id: postmortem-lint
`;
}

/** `.github/workflows/postmortems.yml`: the Action, on pull requests and on pushes to main. */
export function githubWorkflowText(layout: Layout): string {
  return `# Written by \`postmortem init\`. Findings go to code scanning and onto the pull request.
name: Postmortems
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
  security-events: write
jobs:
  postmortems:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ${ACTION_NAME}@v${layout.version}
`;
}

/** `.gitlab-ci.yml`: one job with a Code Quality report. */
export function gitlabCiText(layout: Layout): string {
  return `# Written by \`postmortem init\`. Findings show in the merge request's Code Quality widget.
postmortems:
  image: node:20
  script:
    - npx --yes postmortem-lint@${layout.version} --format gitlab > postmortem-code-quality.json || true
    - npx --yes postmortem-lint@${layout.version}
  artifacts:
    when: always
    reports:
      codequality: postmortem-code-quality.json
`;
}
