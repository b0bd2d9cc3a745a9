/**
 * Guards the accuracy figures last recorded with `npm run eval -- --record`: a change that
 * makes quote detection or attribution worse on the annotated corpus fails here.
 * The corpus lives outside the repository (../shared); without it the test is skipped.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, loadCorpus } from '../../../scripts/eval/corpus';
import { recordedFigures } from '../../../scripts/eval/main';
import { evaluate } from '../../../scripts/eval/score';
import { checkSeedExample } from '../../../scripts/eval/seed';

const RECORDED = path.resolve(__dirname, '../../../../scripts/eval/recorded.json');
/** Rounding in the recorded file, and nothing more. */
const TOLERANCE = 0.0002;

describe('accuracy on the annotated corpus (npm run eval)', function () {
  this.timeout(120_000);

  before(function () {
    if (!fs.existsSync(corpusDir())) {
      console.log(`      skipped: no annotated corpus at ${corpusDir()}`);
      this.skip();
    }
  });

  it('does not fall below the figures last recorded', () => {
    const recorded = JSON.parse(fs.readFileSync(RECORDED, 'utf8')) as Record<string, number>;
    const now = recordedFigures(evaluate(loadCorpus()));
    const drops = Object.entries(recorded)
      .filter(([key, value]) => (now[key] ?? 0) < value - TOLERANCE)
      .map(([key, value]) => `${key}: ${now[key]} < recorded ${value}`);
    assert.deepEqual(drops, [], `accuracy dropped:\n${drops.join('\n')}`);
  });

  it('finds the seed story\'s three quotes with their speakers', () => {
    const seed = checkSeedExample();
    if (!seed) return;
    assert.deepEqual(seed.problems, []);
    assert.equal(seed.found, seed.expected);
  });
});
