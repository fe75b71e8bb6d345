import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary.mjs';

const work = mkdtempSync(join(tmpdir(), 'orgmap-electron-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function electronPackage(name: string, withPathFile: boolean, withBinary: boolean): string {
  const dir = mkdtempSync(join(work, 'pkg-'));
  if (withPathFile) writeFileSync(join(dir, 'path.txt'), 'electron');
  if (withBinary) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', name), '');
  }
  return dir;
}

describe('npm start without the Electron binary (issue 16)', () => {
  it('finds the binary the electron package names', () => {
    const dir = electronPackage('electron', true, true);
    expect(findElectronBinary(dir, {})).toEqual({ ok: true, path: join(dir, 'dist', 'electron') });
  });

  it('says in one line what is missing and what to run instead', () => {
    for (const dir of [electronPackage('electron', false, false), electronPackage('electron', true, false), null]) {
      const found = findElectronBinary(dir, {});
      expect(found.ok).toBe(false);
      if (found.ok) continue;
      expect(found.message.split('\n')).toHaveLength(1);
      expect(found.message).toContain('npm run web');
      expect(found.message).toMatch(/npx install-electron|npm ci/);
    }
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as electron does', () => {
    const dist = mkdtempSync(join(work, 'dist-'));
    writeFileSync(join(dist, 'electron'), '');
    expect(findElectronBinary(electronPackage('x', false, false), { ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({ ok: true, path: join(dist, 'electron') });
    const missing = findElectronBinary(electronPackage('x', false, false), { ELECTRON_OVERRIDE_DIST_PATH: join(work, 'nowhere') });
    expect(missing.ok).toBe(false);
  });

  it('npm start exits 1 with that line and no stack trace when the binary is missing', () => {
    const empty = mkdtempSync(join(work, 'none-'));
    const run = spawnSync(process.execPath, [join(import.meta.dirname, 'start.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('npm run web');
    expect(run.stderr).not.toMatch(/^\s+at |Error:/m);
  });
});
