#!/usr/bin/env node
// The `orgmap` command. All the logic is in cli/main.ts. The install bundles it into
// dist-cli/orgmap.mjs (scripts/build-cli.mjs, run by `npm install` / `npm ci`; git-ignored), which
// starts in a fraction of the time tsx needs to compile the sources. When the bundle is missing, or
// one of the sources it was built from is newer (an edit since the install), the sources run
// through tsx instead, with one line on stderr saying so.
import { readFileSync, statSync } from 'node:fs';

// `orgmap analyze … | head` closes the pipe early; that is not a fault.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// URLs, not paths: node:fs takes them as they are, so this file imports nothing but node:fs before
// `--version` answers (issue 17). What is left above `node -e ''` is Node's own ES module loader,
// which any .mjs entry starts (about the cost of an empty .mjs file; docs/bench.md).
const root = new URL('../', import.meta.url);
const bundle = new URL('dist-cli/orgmap.mjs', root);

/** Why the bundle cannot be used, or null when it can. Costs one stat per source file (~60). */
function bundleProblem() {
  let builtAt;
  let inputs;
  try {
    builtAt = statSync(bundle).mtimeMs;
    inputs = JSON.parse(readFileSync(new URL('dist-cli/inputs.json', root), 'utf8'));
  } catch {
    return 'the prebuilt bundle (dist-cli/) is missing';
  }
  for (const input of inputs) {
    let changedAt;
    try {
      changedAt = statSync(new URL(input, root)).mtimeMs;
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
      const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
      return typeof version === 'string' ? `${version}\n` : null;
    }
    if ((first === '--help' || first === '-h' || first === 'help') && bundleProblem() === null) {
      return readFileSync(new URL('dist-cli/help.txt', root), 'utf8');
    }
  } catch {
    // Not there or not readable: the full command line answers instead.
  }
  return null;
}

/**
 * Node ≥ 22.1 keeps the compiled code of the modules it loads on disk (`module.enableCompileCache`,
 * in the OS's temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a command after the
 * first starts without compiling the bundle again. Older Node has no such function: nothing happens.
 * Only for the commands that load the bundle: `--version` and `--help` load no code worth caching.
 */
async function enableCompileCache() {
  try {
    const module = (await import('node:module')).default;
    if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
  } catch {
    // A cache that cannot be set up (a read-only temporary folder) only costs speed.
  }
}

async function load() {
  await enableCompileCache();
  const problem = bundleProblem();
  if (problem === null) return import(bundle.href);
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
