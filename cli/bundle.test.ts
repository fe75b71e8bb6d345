/**
 * The prebuilt command line (dist-cli/, made by scripts/build-cli.mjs at install and by the tests'
 * global set-up): bin/orgmap.mjs runs it, it answers as the sources do, it loads the heavy
 * libraries only for the commands that need them, and without it (or with a source newer than it)
 * the sources run through tsx with one line on stderr.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCli } from '../scripts/build-cli.mjs';
import { fixture, lines, repoRoot, runInProcess, spawnCommand } from './testing';
import { mainHelp, VERSION } from './main';

const HEAVY = ['pdfkit', 'pptxgenjs', '@resvg', 'elkjs', 'svg-to-pdfkit', 'jszip'];
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/**
 * A throw-away copy of the repository's shape: bin/orgmap.mjs copied, cli/, shared/, package.json
 * and node_modules linked, and dist-cli/ copied from the repository only when asked.
 */
function sandbox(withBundle: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'orgmap-bin-'));
  temps.push(dir);
  mkdirSync(join(dir, 'bin'));
  cpSync(join(repoRoot, 'bin', 'orgmap.mjs'), join(dir, 'bin', 'orgmap.mjs'));
  for (const name of ['cli', 'shared', 'node_modules', 'package.json']) symlinkSync(join(repoRoot, name), join(dir, name));
  if (withBundle) cpSync(join(repoRoot, 'dist-cli'), join(dir, 'dist-cli'), { recursive: true });
  return dir;
}

describe('the bundle', () => {
  it('is built from cli/ and shared/ sources only, with the npm packages left outside', async () => {
    const out = mkdtempSync(join(tmpdir(), 'orgmap-build-'));
    temps.push(out);
    const { outfile, inputs } = await buildCli(join(out, 'dist-cli'));
    expect(inputs).toContain('cli/main.ts');
    expect(inputs).toContain('shared/analysis/classify.ts');
    expect(inputs.filter((f) => !/^(cli|shared)\/|^package\.json$/.test(f))).toEqual([]);
    // The entry imports no heavy library statically: they sit in chunks imported on demand.
    const entry = readFileSync(outfile, 'utf8');
    for (const name of HEAVY) expect(entry).not.toMatch(new RegExp(`^import .* from "${name}`, 'm'));
    expect(JSON.parse(readFileSync(join(out, 'dist-cli', 'inputs.json'), 'utf8'))).toEqual(inputs);
  });

  it('loads only what a command needs: analyze and validate never evaluate the import, export or layout code (issue 17)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'orgmap-build-'));
    temps.push(out);
    const { outfile } = await buildCli(join(out, 'dist-cli'));
    const chunks = join(out, 'dist-cli', 'chunks');
    /** The files `file` imports statically, and theirs: what evaluating it evaluates. */
    const closure = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^import (?:[^;]*? from )?"\.\/(?:chunks\/)?([^"]+\.mjs)";$/gm)) closure(join(chunks, m[1] ?? ''), seen);
      return seen;
    };
    /** The source files (esbuild's `// path` markers) a set of bundle files holds. */
    const sources = (files: Set<string>) => [...files].flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^\/\/ ((?:cli|shared)\/\S+\.ts)$/gm)].map((m) => m[1] ?? ''));
    const entry = readFileSync(outfile, 'utf8');
    const lazyChunk = (name: string) => join(chunks, entry.match(new RegExp(`import\\("\\./chunks/(${name}-[A-Z0-9]+\\.mjs)"\\)`))?.[1] ?? `${name} is not loaded lazily`);
    const atStart = sources(closure(outfile));
    expect(atStart).toContain('cli/main.ts');
    expect(atStart).not.toContain('cli/commands/analyze.ts');
    for (const name of ['analyze', 'validate']) {
      const loaded = sources(closure(lazyChunk(name), closure(outfile)));
      expect(loaded).toContain(`cli/commands/${name}.ts`);
      expect(loaded).toContain('shared/model/parse.ts');
      // (shared/import/csv.ts is the exception: shared/io/textFile.ts takes the CSV size limit from it.)
      expect(loaded.filter((f) => f !== 'shared/import/csv.ts' && /^shared\/(import|export|layout|deck|compare)\/|^cli\/(commands\/(import|export|compare)|export\/)/.test(f))).toEqual([]);
    }
  });

  it('is what bin/orgmap.mjs runs: no word on stderr, the same answers as the sources', async () => {
    const version = await spawnCommand(process.execPath, [join(repoRoot, 'bin', 'orgmap.mjs'), '--version']);
    expect(version).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
    const args = ['analyze', fixture('two-scenarios.orgmap'), '--json'];
    const spawned = await spawnCommand(process.execPath, [join(repoRoot, 'bin', 'orgmap.mjs'), ...args]);
    const inProcess = await runInProcess(args);
    expect(spawned.stderr).toBe('');
    expect(spawned.status).toBe(0);
    expect(spawned.stdout).toBe(inProcess.stdout);
  });

  it('loads pdfkit, pptxgenjs, resvg and elkjs only for the commands that use them', async () => {
    const bundle = join(repoRoot, 'dist-cli', 'orgmap.mjs');
    // CommonJS packages imported from ES modules are registered in Module._cache (pptxgenjs is an
    // ES module and does not show there; it sits in the same chunk as pdfkit).
    const script = `
      import { createRequire } from 'node:module';
      const { run } = await import(${JSON.stringify(bundle)});
      const io = { stdout: { write() {} }, stderr: { write: (s) => process.stderr.write(s) }, readFile: async (p) => (await import('node:fs')).readFileSync(p, 'utf8'), env: {} };
      const status = await run(JSON.parse(process.env.ORGMAP_TEST_ARGS), io);
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      process.stdout.write(JSON.stringify({ status, heavy: ${JSON.stringify(HEAVY)}.filter((n) => loaded.some((f) => f.includes('/node_modules/' + n + '/'))) }));
    `;
    const heavyFor = async (...args: string[]) => {
      const out = await spawnCommand(process.execPath, ['--input-type=module', '-e', script], { ORGMAP_TEST_ARGS: JSON.stringify(args) });
      expect(out.stderr).toBe('');
      return JSON.parse(out.stdout) as { status: number; heavy: string[] };
    };
    expect(await heavyFor('--version')).toEqual({ status: 0, heavy: [] });
    expect(await heavyFor('analyze', fixture('two-scenarios.orgmap'))).toEqual({ status: 0, heavy: [] });
    expect(await heavyFor('validate', fixture('two-scenarios.orgmap'))).toEqual({ status: 0, heavy: [] });
    const dir = mkdtempSync(join(tmpdir(), 'orgmap-export-'));
    temps.push(dir);
    const exported = await heavyFor('export', fixture('two-scenarios.orgmap'), '--format', 'pdf', '-o', join(dir, 'map.pdf'));
    expect(exported.status).toBe(0);
    expect(exported.heavy).toEqual(expect.arrayContaining(['pdfkit', '@resvg', 'jszip']));
    expect(exported.heavy).not.toContain('elkjs');
  });
});

describe('without the bundle', () => {
  it('runs the sources through tsx and says so in one line on stderr', async () => {
    const dir = sandbox(false);
    const out = await spawnCommand(process.execPath, [join(dir, 'bin', 'orgmap.mjs'), 'analyze', fixture('two-scenarios.orgmap'), '--json']);
    expect(out.status).toBe(0);
    expect(lines(out.stderr)).toEqual([expect.stringMatching(/^orgmap: the prebuilt bundle \(dist-cli\/\) is missing; running the sources through tsx/)]);
    expect(out.stdout).toBe((await runInProcess(['analyze', fixture('two-scenarios.orgmap'), '--json'])).stdout);
  });

  it('also when a source is newer than the bundle; an up-to-date copy is used silently', async () => {
    const dir = sandbox(true);
    const bin = join(dir, 'bin', 'orgmap.mjs');
    expect(await spawnCommand(process.execPath, [bin, '--version'])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
    writeFileSync(join(dir, 'edited.ts'), '// stands in for a source edited after the install\n');
    writeFileSync(join(dir, 'dist-cli', 'inputs.json'), JSON.stringify(['cli/main.ts', 'edited.ts']));
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'edited.ts'), later, later);
    // --version comes from package.json whatever the bundle's state; the help, from a stale bundle, is not trusted.
    expect(await spawnCommand(process.execPath, [bin, '--version'])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
    const stale = await spawnCommand(process.execPath, [bin, '--help']);
    expect(stale.status).toBe(0);
    expect(stale.stdout).toBe(mainHelp());
    expect(lines(stale.stderr)).toEqual([expect.stringMatching(/^orgmap: edited\.ts changed since the bundle was built; running the sources through tsx/)]);
  });
});

describe('--version and --help (issue 17)', () => {
  it('answer word for word as the command line does, without loading the bundle', async () => {
    const dir = sandbox(true);
    const bin = join(dir, 'bin', 'orgmap.mjs');
    expect(readFileSync(join(dir, 'dist-cli', 'help.txt'), 'utf8')).toBe(mainHelp());
    // A bundle that cannot even load: only the quick answers still work.
    writeFileSync(join(dir, 'dist-cli', 'orgmap.mjs'), 'throw new Error("the bundle was loaded");\n');
    for (const args of [['--version'], ['-v'], ['--help'], ['-h'], ['help']]) {
      const expected = await runInProcess(args);
      expect(await spawnCommand(process.execPath, [bin, ...args]), args.join(' ')).toEqual({ status: 0, stdout: expected.stdout, stderr: '' });
    }
    // Anything else is the full command line's to answer (here, it fails to load).
    for (const args of [['help', 'analyze'], ['--version', 'extra'], ['--help', '--json']]) {
      const out = await spawnCommand(process.execPath, [bin, ...args]);
      expect(out.status, args.join(' ')).toBe(1);
      expect(out.stderr).toBe('orgmap: internal error: the bundle was loaded\n');
    }
  });
});

describe('the compile cache (issue 17)', () => {
  it('is asked for by the commands that load the bundle, not by --version or --help', async () => {
    // Stands in for Node ≥ 22.1's module.enableCompileCache (this Node may not have it): says on
    // stderr each time bin/orgmap.mjs turns it on.
    const dir = mkdtempSync(join(tmpdir(), 'orgmap-cache-'));
    temps.push(dir);
    const preload = join(dir, 'spy.mjs');
    writeFileSync(preload, "import module from 'node:module';\nmodule.enableCompileCache = () => process.stderr.write('compile cache on\\n');\n");
    const withSpy = (...args: string[]) => spawnCommand(process.execPath, ['--import', preload, join(repoRoot, 'bin', 'orgmap.mjs'), ...args]);
    const analyzed = await withSpy('analyze', fixture('two-scenarios.orgmap'), '--json');
    expect(analyzed.status).toBe(0);
    expect(analyzed.stderr).toBe('compile cache on\n');
    expect(analyzed.stdout).toBe((await runInProcess(['analyze', fixture('two-scenarios.orgmap'), '--json'])).stdout);
    for (const args of [['--version'], ['--help']]) {
      const out = await withSpy(...args);
      expect(out.status, args.join(' ')).toBe(0);
      expect(out.stderr, args.join(' ')).toBe('');
    }
  });

  it('that cannot be set up costs nothing but speed: the command still answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgmap-cache-'));
    temps.push(dir);
    const preload = join(dir, 'broken.mjs');
    writeFileSync(preload, "import module from 'node:module';\nmodule.enableCompileCache = () => { throw new Error('no cache here'); };\n");
    const out = await spawnCommand(process.execPath, ['--import', preload, join(repoRoot, 'bin', 'orgmap.mjs'), 'validate', fixture('two-scenarios.orgmap')]);
    expect(out).toEqual(await runInProcess(['validate', fixture('two-scenarios.orgmap')]));
  });
});
