/**
 * The guard for speed work: a hash of the whole model and of the `copydesk extract` object
 * for every corpus article, every example and a set of hostile inputs. Speed work must not
 * change a single output, so any difference is a bug.
 *   node out/scripts/perf/golden.js record FILE [DIR]   writes the hashes to FILE
 *   node out/scripts/perf/golden.js check FILE [DIR]    compares with FILE
 *   node out/scripts/perf/golden.js diff BASE_DIR [DIR] compares two builds in one run
 * DIR is a compiled analysis (default: this build's); see load.ts and baseline.sh.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, sharedDir } from '../eval/corpus';
import { hostileInputs } from './hostile';
import { loadAnalysis, type Analysis } from './load';

const ROOT = path.resolve(__dirname, '../../..');

interface Input {
  name: string;
  text: string;
}

function articleFiles(dir: string, suffix: string): Input[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => ({ name: path.join(path.basename(dir), f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

function inputs(): Input[] {
  return [
    ...articleFiles(path.join(ROOT, 'examples'), '.article.md'),
    ...articleFiles(path.join(sharedDir(), 'examples'), '.article.md'),
    ...articleFiles(corpusDir(), '.md'),
    ...hostileInputs(),
  ];
}

/** A hash of the value's JSON, fed piece by piece: a 10 MB article's model is too big for one string. */
function hash(value: unknown): string {
  const digest = createHash('sha256');
  const feed = (v: unknown): void => {
    if (Array.isArray(v)) {
      digest.update(`[${v.length}`);
      for (const item of v) feed(item);
    } else if (v && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        digest.update(JSON.stringify(key));
        feed(item);
      }
    } else {
      digest.update(JSON.stringify(v) ?? 'undefined');
    }
  };
  feed(value);
  return digest.digest('hex').slice(0, 16);
}

/** Both outputs: the model (what the server and rules read) and the extract (the CLI contract). */
function fingerprint(analysis: Analysis, input: Input): string {
  const start = process.hrtime.bigint();
  const model = analysis.analyzeArticle(input.text);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (ms > 1000) console.log(`slow: ${input.name} took ${Math.round(ms)} ms in ${path.relative(process.cwd(), analysis.dir)}`);
  return `${hash(model)} ${hash(analysis.toExtract(model, input.name))}`;
}

function fingerprints(analysis: Analysis): Record<string, string> {
  const all: Record<string, string> = {};
  for (const input of inputs()) all[input.name] = fingerprint(analysis, input);
  return all;
}

function report(before: Record<string, string>, now: Record<string, string>): void {
  const names = new Set([...Object.keys(before), ...Object.keys(now)]);
  const differ = [...names].filter((name) => before[name] !== now[name]);
  for (const name of differ) console.log(`differs: ${name}`);
  console.log(`${names.size - differ.length} of ${names.size} identical`);
  if (differ.length) process.exitCode = 1;
}

function main(): void {
  const [mode, target, dir] = process.argv.slice(2);
  if (!target || !['record', 'check', 'diff'].includes(mode)) {
    console.error('usage: golden.js record|check FILE [DIR]  or  golden.js diff BASE_DIR [DIR]');
    process.exitCode = 2;
    return;
  }
  const now = fingerprints(loadAnalysis(dir));
  if (mode === 'record') {
    fs.writeFileSync(target, JSON.stringify(now, null, 1) + '\n');
    console.log(`recorded ${Object.keys(now).length} fingerprints in ${target}`);
  } else if (mode === 'check') {
    report(JSON.parse(fs.readFileSync(target, 'utf8')) as Record<string, string>, now);
  } else {
    report(fingerprints(loadAnalysis(target)), now);
  }
}

main();
