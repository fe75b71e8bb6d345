import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('@expo-google-fonts/inter/package.json'));

/**
 * Inter, from an npm package, so every machine rasterises with the same font (no system fonts:
 * output is identical everywhere). Semibold stands in for the label weight 600.
 */
export const FONT_FILES = {
  regular: join(dir, '400Regular', 'Inter_400Regular.ttf'),
  semibold: join(dir, '600SemiBold', 'Inter_600SemiBold.ttf'),
  bold: join(dir, '700Bold', 'Inter_700Bold.ttf'),
} as const;
