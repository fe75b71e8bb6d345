#!/usr/bin/env node
// The static security scan of the desktop shell: runs electronegativity (Doyensec) over electron/,
// writes its CSV report to .test-reports/electronegativity.csv, prints every finding, and exits 1
// when any finding is of HIGH severity, when a file could not be parsed (an unscanned file is not a
// clean one) or when the scan did not produce a report. `npm test` runs it as one check.
//
//   node scripts/electronegativity.mjs [--input DIR] [--report FILE]
//   node scripts/electronegativity.mjs --from-csv FILE      (judge an existing report; for tests)
//
// The tool tries to fetch translations and Electron's release list from the internet; offline it
// says so and goes on, with the Electron version given here (`-e`, from node_modules/electron).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Splits one CSV line, honouring double quotes ("" inside quotes is a quote). */
export function splitCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/**
 * Reads electronegativity's CSV: `issue, severity, confidence, filename, location, sample,
 * description, url`. The sample column is written without quotes and may contain commas, so the
 * first five fields are taken from the left and the last two from the right.
 */
export function parseReport(text) {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0 || !/^issue\s*,\s*severity/i.test(lines[0])) throw new Error('not an electronegativity CSV report');
  return lines.slice(1).map((line) => {
    const f = splitCsvLine(line);
    if (f.length < 8) throw new Error(`malformed report line: ${line}`);
    return {
      issue: f[0].trim(),
      severity: f[1].trim().toUpperCase(),
      confidence: f[2].trim().toUpperCase(),
      file: f[3].trim(),
      location: f[4].trim(),
      sample: f.slice(5, -2).join(',').trim(),
      description: f[f.length - 2].trim(),
      url: f[f.length - 1].trim(),
    };
  });
}

/** Files the scanner could not parse, from its console output. */
export function parseErrors(output) {
  return output.split(/\r?\n/).filter((line) => /^\s*Error parsing /.test(line)).map((line) => line.trim());
}

/** The verdict: which findings fail the check. */
export function judge(findings, errors = []) {
  const high = findings.filter((f) => f.severity === 'HIGH');
  return { ok: high.length === 0 && errors.length === 0, high, errors };
}

function print(findings, errors) {
  if (findings.length === 0) console.log('electronegativity: no findings');
  for (const f of findings) {
    console.log(`${f.severity.padEnd(7)} ${f.confidence.padEnd(10)} ${f.issue}  ${f.file}:${f.location}  ${f.description}`);
  }
  for (const e of errors) console.log(`ERROR   ${e}`);
}

function electronVersion() {
  try {
    const require = createRequire(import.meta.url);
    return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function main(argv) {
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  let findings;
  let errors = [];
  const fromCsv = arg('--from-csv');
  if (fromCsv) {
    findings = parseReport(readFileSync(fromCsv, 'utf8'));
  } else {
    const input = resolve(arg('--input') ?? 'electron');
    const report = resolve(arg('--report') ?? join('.test-reports', 'electronegativity.csv'));
    mkdirSync(dirname(report), { recursive: true });
    const require = createRequire(import.meta.url);
    const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
    const version = electronVersion();
    const args = [cli, '-i', input, '-o', report, '-r', '-v', 'false', ...(version ? ['-e', version] : [])];
    console.log(`electronegativity: scanning ${input} (Electron ${version ?? 'unknown'})`);
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 300_000, env: { ...process.env, FORCE_COLOR: '0' } });
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
    if (run.error || run.status !== 0 || !existsSync(report)) {
      console.log(output.trim());
      console.log(`electronegativity: the scan failed (${run.error?.message ?? `exit ${run.status ?? run.signal}`}); no report at ${report}`);
      return 1;
    }
    findings = parseReport(readFileSync(report, 'utf8'));
    errors = parseErrors(output);
    console.log(`electronegativity: report written to ${report}`);
  }
  const verdict = judge(findings, errors);
  print(findings, errors);
  const high = verdict.high.length;
  console.log(
    verdict.ok
      ? `electronegativity: ok — ${findings.length} finding(s), none of HIGH severity`
      : `electronegativity: FAIL — ${high} HIGH finding(s)${errors.length ? `, ${errors.length} file(s) not parsed` : ''}`,
  );
  return verdict.ok ? 0 : 1;
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  process.exit(main(process.argv.slice(2)));
}

export { main };
