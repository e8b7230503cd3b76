/** `postmortem templates`: lists the built-in templates and the team's (config `templates`). */
import { listTemplates, TemplateError } from '../node/templates';
import type { TemplatesArgs } from './args';
import { ConfigResolver } from './config-resolver';
import { CliError } from './errors';
import type { CliIo } from './io';

/** Runs `postmortem templates` and returns the exit code. */
export function runTemplates(args: TemplatesArgs, io: CliIo): number {
  const resolved = new ConfigResolver(io.cwd, args.config).forDirectory(io.cwd);
  let templates;
  try {
    templates = listTemplates(resolved.templatesFolder, undefined, (message) => io.stderr(`postmortem: warning: ${message}\n`));
  } catch (err) {
    if (err instanceof TemplateError) throw new CliError(err.message);
    throw err;
  }
  if (args.format === 'json') {
    io.stdout(JSON.stringify(templates.map(({ id, language, label, description, source }) => ({ id, language, label, description, source })), null, 2) + '\n');
    return 0;
  }
  const idWidth = Math.max(2, ...templates.map((t) => t.id.length));
  let out = `${'ID'.padEnd(idWidth)}  LANG  LABEL\n`;
  for (const t of templates) out += `${t.id.padEnd(idWidth)}  ${t.language.padEnd(4)}  ${t.label}${t.source === 'team' ? '  (team)' : ''}\n`;
  io.stdout(out);
  return 0;
}
