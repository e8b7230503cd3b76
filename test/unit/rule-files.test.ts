import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { RULES } from '../../server/src/core/rules/index';
import { run, ROOT, type WorkspaceOptions } from '../helpers/check';
import type { PostmortemConfig } from '../../server/src/core/config';

const RULES_DIR = path.join(ROOT, 'server', 'src', 'core', 'rules');
const TESTS_DIR = path.join(ROOT, 'test', 'unit', 'rules');
const DOCS_DIR = path.join(ROOT, 'docs', 'rules');

// ESLint's checkRuleFiles: a rule is a module, a test and a doc, or the build fails.
test('every rule has a module, a test file and a doc', () => {
  const missing: string[] = [];
  for (const r of RULES) {
    for (const file of [path.join(RULES_DIR, `${r.meta.id}.ts`), path.join(TESTS_DIR, `${r.meta.id}.test.ts`), path.join(DOCS_DIR, `${r.meta.id}.md`)]) {
      if (!fs.existsSync(file)) missing.push(path.relative(ROOT, file));
    }
  }
  assert.deepEqual(missing, []);
});

test('every rule test runs its cases through the shared rule tester', () => {
  for (const r of RULES) {
    const text = fs.readFileSync(path.join(TESTS_DIR, `${r.meta.id}.test.ts`), 'utf8');
    assert.match(text, /for \(const t of ruleTests\(RULE, /, `${r.meta.id}.test.ts uses ruleTests`);
  }
});

test('every module in server/src/core/rules is registered in RULES', () => {
  const ids = new Set(RULES.map((r) => r.meta.id));
  const modules = fs.readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts').map((f) => f.slice(0, -3));
  assert.deepEqual(modules.filter((m) => !ids.has(m)), []);
  assert.equal(ids.size, RULES.length, 'rule ids are unique');
});

test('every rule has an English description and messages (the packs translate them: messages.test.ts)', () => {
  for (const r of RULES) {
    assert.ok(r.meta.description.trim(), r.meta.id);
    assert.match(r.meta.id, /^[a-z]+(?:-[a-z]+)*$/);
    for (const [id, m] of Object.entries(r.meta.messages)) assert.ok(m.trim(), `${r.meta.id}.${id}`);
  }
});

interface Example {
  kind: 'valid' | 'invalid';
  text: string;
  config: Partial<PostmortemConfig>;
  /** `workspace` and `today` of the example's JSON: lint options, not configuration. */
  extra: WorkspaceOptions;
  line: number;
}

/** The `markdown valid` / `markdown invalid` fenced blocks of a doc; JSON after the kind is a config. */
function examplesOf(doc: string): Example[] {
  const out: Example[] = [];
  const re = /^```markdown (valid|invalid)(?:[ \t]+(\{.*\}))?[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/gm;
  for (const m of doc.matchAll(re)) {
    const { workspace, today, ...config } = m[2] ? (JSON.parse(m[2]) as Partial<PostmortemConfig> & WorkspaceOptions) : {};
    out.push({ kind: m[1] as Example['kind'], text: m[3], config, extra: { workspace, today }, line: doc.slice(0, m.index).split('\n').length });
  }
  return out;
}

// remark-lint runs the examples of its rule docs: so do we.
for (const r of RULES) {
  const file = path.join(DOCS_DIR, `${r.meta.id}.md`);
  test(`docs/rules/${r.meta.id}.md: examples are linted as they say`, { skip: !fs.existsSync(file) && 'no doc' }, () => {
    const examples = examplesOf(fs.readFileSync(file, 'utf8'));
    assert.ok(examples.some((e) => e.kind === 'invalid'), 'at least one invalid example');
    for (const e of examples) {
      const found = run(e.text, e.config, undefined, e.extra).findings.filter((f) => f.ruleId === r.meta.id);
      if (e.kind === 'invalid') assert.ok(found.length > 0, `invalid example on line ${e.line} gives no ${r.meta.id} finding`);
      else assert.deepEqual(found.map((f) => f.message), [], `valid example on line ${e.line}`);
    }
  });
}

test('the generated part of every rule doc is up to date (scripts/gen-rule-docs.ts --check)', () => {
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  try {
    execFileSync(process.execPath, [tsx, 'scripts/gen-rule-docs.ts', '--check'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  } catch (err) {
    const e = err as { stderr?: string; status?: number };
    assert.fail(`gen-rule-docs --check failed (${e.status}):\n${e.stderr ?? ''}`);
  }
});
