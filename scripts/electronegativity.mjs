#!/usr/bin/env node
// The static security scan of the desktop shell: runs electronegativity (Doyensec) over electron/,
// writes a CSV report (its own columns) to .test-reports/electronegativity.csv, prints every
// finding, and exits 1 when any finding is of HIGH severity, when a file could not be parsed (an
// unscanned file is not a clean one) or when the scan failed. `npm test` runs it as one check.
//
//   node scripts/electronegativity.mjs [--input DIR] [--report FILE]
//   node scripts/electronegativity.mjs --from-csv FILE      (judge an existing report; for tests)
//
// The tool tries to fetch translations and Electron's release list from the internet; offline it
// says so and goes on, with the Electron version given here (`-e`, from node_modules/electron).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
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

/** One CSV field, always quoted. */
const csvField = (value) => `"${String(value).replace(/"/g, '""')}"`;

/** The report in electronegativity's own CSV columns, written in one go. */
export function toCsv(findings) {
  const header = 'issue, severity, confidence, filename, location, sample, description, url';
  const rows = findings.map((f) => [f.issue, f.severity, f.confidence, f.file, f.location, f.sample, f.description, f.url].map(csvField).join(','));
  return `${[header, ...rows].join('\n')}\n`;
}

/**
 * Runs the scanner in this process through its runner module rather than its command line: the
 * command line writes the CSV header and the rows with two unordered asynchronous writes, so its
 * report file is sometimes scrambled. The runner hands back the issues and the parse errors.
 */
async function scan(input) {
  const require = createRequire(import.meta.url);
  const runner = require(join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'runner.js'));
  const version = electronVersion();
  console.log(`electronegativity: scanning ${input} (Electron ${version ?? 'unknown'})`);
  const result = await runner({
    input,
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: [],
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: version ?? undefined,
    parserPlugins: [],
  }, false);
  const findings = result.issues.map((issue) => ({
    issue: issue.id,
    severity: String(issue.severity?.name ?? issue.severity).toUpperCase(),
    confidence: String(issue.confidence?.name ?? issue.confidence).toUpperCase(),
    file: issue.file === 'N/A' || !isAbsolute(issue.file) ? issue.file : relative(input, issue.file),
    location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
    sample: issue.sample ?? '',
    description: issue.description ?? '',
    url: `https://github.com/doyensec/electronegativity/wiki/${issue.id}`,
  }));
  const errors = result.errors.filter((e) => !e.tolerable).map((e) => `Error parsing ${e.file} - ${e.message}`);
  return { findings, errors };
}

async function main(argv) {
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
    if (!existsSync(input)) {
      console.log(`electronegativity: ${input} does not exist`);
      return 1;
    }
    try {
      ({ findings, errors } = await scan(input));
    } catch (error) {
      console.log(`electronegativity: the scan failed: ${error?.stack ?? error}`);
      return 1;
    }
    mkdirSync(dirname(report), { recursive: true });
    writeFileSync(report, toCsv(findings));
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
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.log(`electronegativity: ${error?.stack ?? error}`);
      process.exit(1);
    },
  );
}

export { main };
