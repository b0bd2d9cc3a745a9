/** Where the CLI writes: results on stdout, messages about the run on stderr. */

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (for colour). */
  isTTY: boolean;
}

export const processOutput: Output = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
};

/** `copydesk: <file>: <what is wrong>` on stderr, the form every error message takes. */
export function problemLine(file: string, message: string): string {
  return `copydesk: ${file}: ${message}\n`;
}

/** Colour on a terminal, never with NO_COLOR, always with FORCE_COLOR (as https://no-color.org asks). */
export function useColor(output: Output, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return output.isTTY;
}
