/** The one error a configuration can raise: which file, where in it, and what is wrong. */

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly file: string;
  /** 1-based; null when the problem is the file as a whole (unreadable, not found). */
  readonly line: number | null;
  readonly column: number | null;
  /** What is wrong, without the location. */
  readonly problem: string;

  constructor(file: string, problem: string, position?: { line: number; column: number } | null) {
    const where = position ? `${file}:${position.line}:${position.column}` : file;
    super(`${where}: ${problem}`);
    this.file = file;
    this.line = position?.line ?? null;
    this.column = position?.column ?? null;
    this.problem = problem;
  }
}
