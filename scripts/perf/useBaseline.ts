/**
 * Preloaded with `node -r`, runs any script against the baseline analysis
 * (out/perf-baseline/analysis, see baseline.sh) instead of this build's, so that the
 * accuracy guard can be compared before and after a change:
 *   node -r ./out/scripts/perf/useBaseline.js out/scripts/eval/main.js
 */
import Module = require('node:module');
import * as path from 'node:path';

const CURRENT = path.resolve(__dirname, '../../server/src/analysis') + path.sep;
const BASELINE = path.resolve(__dirname, '../../perf-baseline/analysis') + path.sep;

type Resolve = (request: string, parent: unknown, ...rest: unknown[]) => string;
const internals = Module as unknown as { _resolveFilename: Resolve };
const resolve = internals._resolveFilename;
internals._resolveFilename = function (request, parent, ...rest) {
  const found = resolve.call(this, request, parent, ...rest);
  return found.startsWith(CURRENT) ? BASELINE + found.slice(CURRENT.length) : found;
};
