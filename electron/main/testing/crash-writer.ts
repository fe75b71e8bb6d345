/**
 * The child process of the crash test (crash.test.ts): saves a large document over and over until
 * it is killed. `atomic` uses the app's real `atomicWriteFile`; `in-place` uses `writeFileSync`
 * straight into the target, the way a naive editor saves — the control that shows the test can see
 * a torn file. Bundled by the test with esbuild and run with plain `node`.
 *
 *   node crash-writer.mjs <atomic|in-place> <target> <textA> <textB> [<phase>@<save>]
 *
 * With `<phase>@<save>` (atomic only) the writer stops itself (SIGSTOP) when save number `<save>`
 * (1 = the first) reaches `<phase>`, after printing `at <phase>`; the test then kills it there. The
 * phases are the steps of atomicWriteFile, each just before the file-system call it names (see
 * CRASH_PHASES), and `saved` once the save has returned.
 */
import { closeSync, fsyncSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { atomicWriteFile, type DocumentFs } from '../fs';
import { CRASH_PHASES, type CrashPhase } from './crash-phases';

const [mode, target, fileA, fileB, stopAt] = process.argv.slice(2);
const [stopPhase, stopSave] = (stopAt ?? '').split('@');
const stopping = stopAt !== undefined;
if (
  (mode !== 'atomic' && mode !== 'in-place') ||
  !target ||
  !fileA ||
  !fileB ||
  (stopping && (mode !== 'atomic' || !CRASH_PHASES.includes(stopPhase as CrashPhase) || !(Number(stopSave) >= 1)))
) {
  console.error('usage: crash-writer <atomic|in-place> <target> <textA> <textB> [<phase>@<save>]');
  process.exit(2);
}
const texts = [readFileSync(fileA, 'utf8'), readFileSync(fileB, 'utf8')] as const;
let save = 0;
/** Stops the whole process here when this is the phase and save asked for (the test kills it). */
function phase(name: CrashPhase): void {
  if (!stopping || name !== stopPhase || save !== Number(stopSave)) return;
  writeSync(1, `at ${name}\n`);
  process.kill(process.pid, 'SIGSTOP');
}
const fs: DocumentFs = {
  open: async (path, flags, mode_) => {
    phase('open');
    const handle = await fsp.open(path, flags, mode_);
    return {
      writeFile: (data, options) => (phase('write'), handle.writeFile(data, options)),
      chmod: (bits) => (phase('chmod'), handle.chmod(bits)),
      sync: () => (phase('sync'), handle.sync()),
      close: () => (phase('close'), handle.close()),
    };
  },
  rename: (from, to) => (phase('rename'), fsp.rename(from, to)),
  unlink: fsp.unlink,
  stat: (path) => (phase('stat'), fsp.stat(path)),
  readFile: (path) => fsp.readFile(path),
};
const syncDir = async (dir: string): Promise<void> => {
  phase('sync-dir');
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

async function main(): Promise<void> {
  process.stdout.write('ready\n');
  for (let i = 1; ; i += 1) {
    save = i;
    const text = texts[i % 2] as string;
    if (mode === 'atomic') {
      await atomicWriteFile(fs, target as string, text, { syncDir });
      phase('saved');
    } else writeFileSync(target as string, text);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
