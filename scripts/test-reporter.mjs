// A test reporter for people: one line per test file (passed, failed, skipped, time), every
// failure in full, what tests printed on purpose, why tests were skipped, and the totals. Node's TAP output for ~1,000
// tests is thousands of lines; this is a page.
import * as path from 'node:path';

/** Any thrown value as text, even one that cannot be made a string (an object without a prototype). */
function describe(value) {
  try {
    return String(value);
  } catch {
    try {
      return JSON.stringify(value) ?? Object.prototype.toString.call(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
}

export default async function* reporter(source) {
  const files = new Map();
  const failures = [];
  const notes = [];
  const fileOf = (ev) => path.relative(process.cwd(), ev.data.file ?? '?');
  const row = (f) => {
    let r = files.get(f);
    if (!r) files.set(f, (r = { pass: 0, fail: 0, skip: 0, todo: 0, ms: 0 }));
    return r;
  };
  for await (const ev of source) {
    if (ev.type === 'test:pass' || ev.type === 'test:fail') {
      // Suites and files report too; count leaf tests only.
      if (ev.data.details?.type === 'suite') continue;
      const r = row(fileOf(ev));
      if (ev.data.nesting === 0) r.ms += ev.data.details?.duration_ms ?? 0;
      if (ev.data.skip) {
        r.skip++;
        // A reason says what a skipped test needs (a tool that is not installed, say).
        if (typeof ev.data.skip === 'string') notes.push(`${fileOf(ev)}: skipped "${ev.data.name}": ${ev.data.skip}`);
      }
      else if (ev.data.todo) r.todo++;
      else if (ev.type === 'test:pass') r.pass++;
      else {
        r.fail++;
        const err = ev.data.details?.error;
        const cause = err?.cause ?? err;
        failures.push(`✖ ${fileOf(ev)} › ${ev.data.name}\n${indent(describe(cause?.stack ?? cause?.message ?? cause ?? err))}`);
      }
    } else if (ev.type === 'test:stdout' || ev.type === 'test:stderr') {
      const msg = String(ev.data.message ?? '').trimEnd();
      if (msg) notes.push(`${fileOf(ev)}: ${msg}`);
    }
  }
  const names = [...files.keys()].sort();
  const width = Math.max(...names.map((n) => n.length), 10);
  let pass = 0, fail = 0, skip = 0, todo = 0;
  for (const n of names) {
    const r = files.get(n);
    pass += r.pass; fail += r.fail; skip += r.skip; todo += r.todo;
    const extra = [r.fail && `${r.fail} failed`, r.skip && `${r.skip} skipped`, r.todo && `${r.todo} todo`].filter(Boolean).join(', ');
    yield `${r.fail ? '✖' : '✔'} ${n.padEnd(width)} ${String(r.pass).padStart(4)} passed${extra ? `, ${extra}` : ''}  ${(r.ms / 1000).toFixed(1)} s\n`;
  }
  if (notes.length) yield `\nPrinted by the tests:\n${notes.map((n) => indent(n)).join('\n')}\n`;
  if (failures.length) yield `\nFailures:\n\n${failures.join('\n\n')}\n`;
  yield `\n${fail ? '✖' : '✔'} ${pass} passed, ${fail} failed, ${skip} skipped, ${todo} todo in ${names.length} files\n`;
}

function indent(s) {
  return s.split('\n').slice(0, 40).map((l) => `    ${l}`).join('\n');
}
