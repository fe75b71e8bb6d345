#!/usr/bin/env node
// The `orgmap` command. All the logic is in cli/main.ts. The install bundles it into
// dist-cli/orgmap.mjs (scripts/build-cli.mjs, run by `npm install` / `npm ci`; git-ignored), which
// starts in a fraction of the time tsx needs to compile the sources. When the bundle is missing, or
// one of the sources it was built from is newer (an edit since the install), the sources run
// through tsx instead, with one line on stderr saying so.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// `orgmap analyze … | head` closes the pipe early; that is not a fault.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = `${root}dist-cli/orgmap.mjs`;

/** Why the bundle cannot be used, or null when it can. Costs one stat per source file (~60). */
function bundleProblem() {
  let builtAt;
  let inputs;
  try {
    builtAt = statSync(bundle).mtimeMs;
    inputs = JSON.parse(readFileSync(`${root}dist-cli/inputs.json`, 'utf8'));
  } catch {
    return 'the prebuilt bundle (dist-cli/) is missing';
  }
  for (const input of inputs) {
    let changedAt;
    try {
      changedAt = statSync(`${root}${input}`).mtimeMs;
    } catch {
      return `${input} is gone since the bundle was built`;
    }
    if (changedAt > builtAt) return `${input} changed since the bundle was built`;
  }
  return null;
}

const argv = process.argv.slice(2);

/**
 * `orgmap --version` and `orgmap --help` (issue 17) answer without loading the command line at all,
 * word for word what cli/main.ts prints: the version from package.json (what main.ts reads too),
 * the help from dist-cli/help.txt (written by scripts/build-cli.mjs from the bundle's own help),
 * used only when the bundle is fresh. Any other arguments, or a missing file, take the usual path.
 */
function quickAnswer() {
  if (argv.length !== 1) return null;
  const [first] = argv;
  try {
    if (first === '--version' || first === '-v') {
      const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
      return typeof version === 'string' ? `${version}\n` : null;
    }
    if ((first === '--help' || first === '-h' || first === 'help') && bundleProblem() === null) {
      return readFileSync(`${root}dist-cli/help.txt`, 'utf8');
    }
  } catch {
    // Not there or not readable: the full command line answers instead.
  }
  return null;
}

async function load() {
  const problem = bundleProblem();
  if (problem === null) return import(new URL('../dist-cli/orgmap.mjs', import.meta.url).href);
  process.stderr.write(`orgmap: ${problem}; running the sources through tsx (slower; \`npm run build:cli\` rebuilds it)\n`);
  const { register } = await import('tsx/esm/api');
  register();
  return import('../cli/main.ts');
}

const quick = quickAnswer();
if (quick !== null) {
  process.stdout.write(quick);
} else {
  try {
    const { run, nodeIO } = await load();
    process.exitCode = await run(argv, nodeIO());
  } catch (error) {
    // Only reached when the CLI itself cannot load (run() catches everything else).
    process.stderr.write(`orgmap: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
