#!/usr/bin/env node
// Runs after `npm install` / `npm ci` (postinstall) and as `npm run build:cli`: bundles the command
// line (cli/main.ts and the shared/ code it uses) into one ES module, dist-cli/orgmap.mjs
// (git-ignored), so `orgmap` starts without compiling TypeScript at every call. The npm
// dependencies stay outside the bundle and are imported from node_modules, and only by the
// commands that need them (pdfkit, pptxgenjs and resvg by `export`, elkjs by `import`), so
// `orgmap --version` and `orgmap analyze` load none of them.
//
// Beside the bundle, dist-cli/help.txt holds `orgmap --help` (bin/orgmap.mjs prints it without
// loading the bundle) and dist-cli/inputs.json lists the source files it was built from:
// bin/orgmap.mjs runs the sources through tsx instead (one line on stderr) when one of them is newer,
// so an edited source is never silently ignored.
//
// Where esbuild is missing (an install without dev dependencies) this prints one line and exits 0:
// bin/orgmap.mjs then runs the sources through tsx.
//
// Usage: node scripts/build-cli.mjs [OUTDIR]   (default dist-cli/ in the repository)
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the bundle into `outdir`; resolves to the bundle's path and the list of its source files
 * (relative to the repository, `/`-separated).
 */
export async function buildCli(outdir = resolve(root, 'dist-cli')) {
  const esbuild = await import('esbuild');
  // Built into a fresh folder next to the target, then swapped in: a command started meanwhile
  // finds either the old bundle, no bundle (and uses tsx), or the new one, never half a file.
  const temp = `${outdir}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: { orgmap: resolve(root, 'cli/main.ts') },
    outdir: temp,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    // A command's heavy modules (export: pdfkit, pptxgenjs, resvg; import: elkjs) are imported
    // dynamically in cli/commands/, so they become chunks loaded only by that command.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    banner: { js: '// Built by scripts/build-cli.mjs from cli/ and shared/; do not edit. bin/orgmap.mjs runs it.' },
  });
  const inputs = Object.keys(result.metafile.inputs)
    .map((file) => relative(root, resolve(root, file)).split('\\').join('/'))
    .filter((file) => !file.startsWith('node_modules/'))
    .sort();
  writeFileSync(resolve(temp, 'inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`);
  // `orgmap --help` as the bundle words it, so bin/orgmap.mjs answers it without loading the bundle.
  const { mainHelp } = await import(`${pathToFileURL(resolve(temp, 'orgmap.mjs')).href}?help`);
  writeFileSync(resolve(temp, 'help.txt'), mainHelp());
  rmSync(outdir, { recursive: true, force: true });
  renameSync(temp, outdir);
  return { outfile: resolve(outdir, 'orgmap.mjs'), inputs };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { outfile, inputs } = await buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined);
    console.log(`orgmap: command line bundled into ${relative(process.cwd(), outfile) || outfile} (${inputs.length} source files).`);
  } catch (error) {
    const missing = error && typeof error === 'object' && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes("'esbuild'");
    console.log(
      missing
        ? 'orgmap: esbuild is not installed (no dev dependencies?); the `orgmap` command runs its sources through tsx instead, more slowly.'
        : `orgmap: could not bundle the command line (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the \`orgmap\` command runs its sources through tsx instead.`,
    );
  }
}
