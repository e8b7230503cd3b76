// Mutations for the VS Code suite (E2E_BREAK): each one breaks one feature in the *installed* copy
// of the extension (the run's extensions folder, never dist/ or the .vsix), so that a run shows
// which step catches it. Used by vscode.test.mjs right after --install-extension, and by
// mutations.sh, which runs every mutation once.
//
// Each patch is a regular expression on the bundled JavaScript (minified by `npm run package`, or
// not, for an E2E_VSIX built with `npm run build`) and must match exactly once: a pattern that no
// longer matches fails the run at setup, so a mutation can never silently test nothing.
import fs from 'node:fs';
import path from 'node:path';

const ID = String.raw`[\w$]+`;
/** `async e=>{`, `async (params) => {` */
const ASYNC_ARROW = String.raw`async\s*(?:${ID}|\(\s*${ID}\s*\))\s*=>\s*\{`;

/** name -> { step: the step that must fail, what, patches: [{ file, re, replace } | { file, whole }] } */
export const MUTATIONS = {
  diagnostics: {
    step: 'problems',
    what: 'the pull-diagnostics handler answers an empty report (no findings ever)',
    patches: [{
      file: 'dist/server.js',
      re: new RegExp(String.raw`("diagnostics",\s*\{\s*kind:\s*([\w$.]+),\s*items:\s*\[\]\s*\},\s*${ASYNC_ARROW})`),
      replace: '$1return{kind:$2,items:[]};',
    }],
  },
  hover: {
    step: 'hover',
    what: 'the hover handler returns null',
    patches: [{ file: 'dist/server.js', re: new RegExp(String.raw`(\.onHover\(\s*${ASYNC_ARROW})`), replace: '$1return null;' }],
  },
  quickfix: {
    step: 'quick-fix',
    what: 'the code action handler returns []',
    patches: [{ file: 'dist/server.js', re: new RegExp(String.raw`("codeAction",\s*\[\],\s*${ASYNC_ARROW})`), replace: '$1return[];' }],
  },
  newFromTemplate: {
    step: 'new-from-template',
    what: 'the client registers postmortem.newFromTemplate under another id (the manifest still contributes it)',
    patches: [{ file: 'dist/client.js', re: /registerCommand\(\s*"postmortem\.newFromTemplate"/, replace: 'registerCommand("postmortem.newFromTemplate.E2E_BREAK"' }],
  },
  restart: {
    step: 'server-restart',
    what: "vscode-languageclient's default error handler never restarts a server that died",
    patches: [{ file: 'dist/client.js', re: /this\.restarts\.length\s*<=\s*this\.maxRestartCount/, replace: 'this.restarts.length<=-1' }],
  },
  preview: {
    step: 'preview',
    what: 'dist/preview.js exports a markdown-it plugin that does nothing',
    patches: [{ file: 'dist/preview.js', whole: '"use strict";exports.postmortemPreviewPlugin=function(){};exports.default=exports.postmortemPreviewPlugin;\n' }],
  },
};

/** Applies mutation `name` to the installed extension in `extDir`; returns a description. */
export function applyBreak(extDir, name) {
  const m = MUTATIONS[name];
  if (!m) throw new Error(`E2E_BREAK=${name}: unknown mutation (known: ${Object.keys(MUTATIONS).join(', ')})`);
  for (const p of m.patches) {
    const file = path.join(extDir, p.file);
    const src = fs.readFileSync(file, 'utf8');
    if (p.whole !== undefined) {
      fs.writeFileSync(file, p.whole);
      continue;
    }
    const global = new RegExp(p.re.source, `${p.re.flags.replace('g', '')}g`);
    const n = [...src.matchAll(global)].length;
    if (n !== 1) throw new Error(`E2E_BREAK=${name}: ${p.re} matches ${n} times in ${p.file} (expected once): update test/e2e/break.mjs`);
    fs.writeFileSync(file, src.replace(p.re, p.replace));
  }
  return `${name}: ${m.what} (${[...new Set(m.patches.map((p) => p.file))].join(', ')})`;
}
