/**
 * How many threads `copydesk lint` uses when `--jobs` is not given.
 *
 * One thread fewer than the cores, and workers only for long runs. V8 compiles and
 * collects garbage on threads of its own, so one linting thread already keeps about 1.5
 * cores busy; and each worker pays its own start-up and compile warm-up, about half a
 * second, which on two cores made 100 to 2,800 articles slower on two threads than on one
 * (measured with `npm run bench` and by hand, 2026-11-29).
 */
import { availableParallelism } from 'node:os';

/** Each thread gets at least this many files, or the run stays on fewer threads. */
export const AUTO_FILES_PER_THREAD = 250;

export function automaticJobs(files: number, cores = availableParallelism()): number {
  const threads = Math.max(1, cores - 1);
  return Math.max(1, Math.min(threads, Math.floor(files / AUTO_FILES_PER_THREAD)));
}
