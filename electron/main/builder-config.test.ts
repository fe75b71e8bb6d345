import { describe, expect, it } from 'vitest';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// js-yaml and app-builder-lib come with electron-builder; neither ships types, so type what we use.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: { add(key: string, value: unknown): void }): Promise<void>;
};

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  directories?: { output?: string };
  files?: string[];
  fileAssociations?: { ext?: string; mimeType?: string; name?: string; description?: string; icon?: string }[];
  linux?: { target?: string[]; icon?: string };
  mac?: { target?: string[]; icon?: string };
  win?: { target?: string[]; icon?: string };
  electronFuses?: Record<string, boolean>;
}

const path = fileURLToPath(new URL('../../electron-builder.yml', import.meta.url));
const load = async () => yaml.load(await readFile(path, 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(await load(), { add: () => {} })).resolves.toBeUndefined();
  });

  it('identifies the app and targets every desktop', async () => {
    const config = await load();
    expect(config.appId).toBe('app.orgmap.desktop');
    expect(config.productName).toBe('Orgmap');
    expect(config.directories?.output).toBe('release');
    expect(config.linux?.target).toEqual(['deb', 'AppImage']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
  });

  it('sets the security fuses', async () => {
    const { electronFuses } = await load();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships only the built app, inside an asar', async () => {
    const config = await load();
    expect(config.asar).toBe(true);
    const files = config.files ?? [];
    const included = files.filter((f) => !f.startsWith('!'));
    expect(included.sort()).toEqual(['out/**/*', 'package.json']);
    expect(files).toContain('!**/*.map');
    expect(files).toContain('!node_modules/**/*');
  });

  it('associates .orgmap files with the app', async () => {
    const { fileAssociations } = await load();
    expect(fileAssociations).toEqual([
      expect.objectContaining({ ext: 'orgmap', mimeType: 'application/vnd.orgmap+json', description: expect.any(String), icon: 'assets/icons/document' }),
    ]);
  });

  it('names icons for every platform, and they exist', async () => {
    const config = await load();
    const root = new URL('../../', import.meta.url);
    const exists = async (path: string) => (await stat(fileURLToPath(new URL(path, root)))).size > 0;
    expect(config.mac?.icon).toBe('assets/icons/app.icns');
    expect(config.win?.icon).toBe('assets/icons/app.ico');
    expect(config.linux?.icon).toBe('assets/icons/linux/app');
    for (const path of ['assets/icons/app.icns', 'assets/icons/app.ico', 'assets/icons/document.icns', 'assets/icons/document.ico']) {
      expect(await exists(path)).toBe(true);
    }
    for (const size of [16, 32, 64, 128, 256, 512]) {
      expect(await exists(`assets/icons/linux/app/${size}x${size}.png`)).toBe(true);
      expect(await exists(`assets/icons/linux/document/${size}x${size}.png`)).toBe(true);
    }
  });
});
