/**
 * Polls a condition until it holds or a deadline passes. End-to-end tests wait on what a user
 * would see (a diagnostic, a hover, a tree item), never on a fixed sleep: a sleep is either too
 * short on a busy CI machine or wastes time everywhere else.
 */
export interface WaitOptions {
  /** Give up after this many milliseconds. */
  timeout?: number;
  /** Time between two probes. */
  interval?: number;
  /** What was seen instead, for the timeout message (e.g. the last hover text). */
  seen?: () => string;
}

/**
 * Resolves with the first value of `probe` that is neither `undefined`, `null` nor `false`.
 * Rejects after the deadline with a message naming `what`, plus the last error the probe threw.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false | PromiseLike<T | undefined | null | false>,
  { timeout = 15_000, interval = 50, seen }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      const instead = seen ? `; saw ${seen()}` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${cause}${instead}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
