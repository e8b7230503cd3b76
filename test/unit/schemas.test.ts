/**
 * The schemas we ship are compiled without ajv's own meta-schema check (it costs a third of the
 * language server's start), so this test makes that check instead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020';
import configSchema from '../../schemas/config.schema.json';
import postmortemSchema from '../../schemas/postmortem.schema.json';
import { effectiveSchema, teamSchemaProblem } from '../../server/src/core/schema';
import { mergeConfig } from '../../server/src/core/config';
import { lint } from '../../server/src/core/lint';

const ajv = new Ajv2020({ allErrors: true, strict: false });

function valid(schema: object, name: string): void {
  const ok = ajv.validateSchema(schema);
  assert.equal(ok, true, `${name}: ${ajv.errorsText(ajv.errors)}`);
}

test('schemas/config.schema.json is a valid JSON Schema 2020-12', () => valid(configSchema, 'config.schema.json'));
test('schemas/postmortem.schema.json is a valid JSON Schema 2020-12', () => valid(postmortemSchema, 'postmortem.schema.json'));

test('the schema built from a configuration (required fields, severities) is valid too', () => {
  valid(effectiveSchema(mergeConfig({})), 'default');
  valid(effectiveSchema(mergeConfig({ required: ['cause', 'timeline'], severities: ['P1', 'P2'] })), 'custom');
});

test('teamSchemaProblem accepts a usable team schema and names what is wrong with one that is not', () => {
  assert.equal(teamSchemaProblem({ properties: { severity: { enum: ['SEV1', 'SEV2'] } } }), undefined);
  assert.match(teamSchemaProblem({ type: 'not-a-type' }) ?? '', /type/);
  assert.match(teamSchemaProblem({ properties: { x: { $ref: '#/nowhere' } } }) ?? '', /resolve|reference/i);
});

test('string lengths in a team schema count code points: an emoji is one character', () => {
  // The built-in schema validates with UTF-16 lengths (its only length is minLength 1); a team
  // schema with maxLength switches ajv back to code points.
  const team = { properties: { title: { type: 'string', maxLength: 5 } } };
  const titled = (title: string) => `---\ntitle: ${title}\n---\n\n# ${title}\n`;
  const lengthFindings = (title: string) => lint(titled(title), { config: mergeConfig(), teamSchema: team }).findings.filter((f) => /maxLength|longer|characters/i.test(JSON.stringify(f)));
  assert.equal(lengthFindings('ab😀😀c').length, 0, 'five code points (seven UTF-16 units) fit maxLength 5');
  assert.ok(lengthFindings('abcdef').length > 0, 'six characters do not');
  assert.equal(lint(titled(''), {}).findings.some((f) => f.ruleId === 'front-matter' || f.ruleId === 'empty-field'), true, 'an empty title is still found');
});
