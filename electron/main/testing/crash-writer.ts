/**
 * The child process of the crash test (crash.test.ts): saves a large document over and over until
 * it is killed. `atomic` uses the app's real `atomicWriteFile`; `in-place` uses `writeFileSync`
 * straight into the target, the way a naive editor saves — the control that shows the test can see
 * a torn file. Bundled by the test with esbuild and run with plain `node`.
 *
 *   node crash-writer.mjs <atomic|in-place> <target> <textA> <textB>
 */
import { closeSync, fsyncSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { atomicWriteFile, type DocumentFs } from '../documents';

const [mode, target, fileA, fileB] = process.argv.slice(2);
if ((mode !== 'atomic' && mode !== 'in-place') || !target || !fileA || !fileB) {
  console.error('usage: crash-writer <atomic|in-place> <target> <textA> <textB>');
  process.exit(2);
}
const texts = [readFileSync(fileA, 'utf8'), readFileSync(fileB, 'utf8')] as const;
const fs: DocumentFs = {
  open: (path, flags, mode_) => fsp.open(path, flags, mode_),
  rename: fsp.rename,
  unlink: fsp.unlink,
  stat: fsp.stat,
  readFile: (path) => fsp.readFile(path),
};
const syncDir = async (dir: string): Promise<void> => {
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
    const text = texts[i % 2] as string;
    if (mode === 'atomic') await atomicWriteFile(fs, target as string, text, { syncDir });
    else writeFileSync(target as string, text);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
