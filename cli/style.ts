/** ANSI styling, only when writing to a terminal and `NO_COLOR` is not set (https://no-color.org). */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const colour: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  green: sgr(32, 39),
};

const same = (text: string) => text;
export const plain: Style = { bold: same, dim: same, red: same, yellow: same, cyan: same, green: same };

export function pickStyle(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>> = {}): Style {
  const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
  return isTTY === true && !noColor ? colour : plain;
}
