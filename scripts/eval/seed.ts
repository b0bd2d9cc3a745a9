/** The seed story in ../shared/examples: every gold quote found, with the gold speaker. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { toExtract } from '../../server/src/analysis/extract';
import { sharedDir } from './corpus';
import { overlap } from './score';

export interface SeedResult {
  file: string;
  expected: number;
  found: number;
  problems: string[];
}

export function checkSeedExample(): SeedResult | null {
  const file = path.join(sharedDir(), 'examples', 'nato-ukraine.article.md');
  const goldFile = path.join(sharedDir(), 'examples', 'nato-ukraine.gold.json');
  if (!fs.existsSync(file) || !fs.existsSync(goldFile)) return null;
  const text = fs.readFileSync(file, 'utf8');
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { quotes: Array<{ start: number; end: number; speaker: string; kind: string }> };
  const extract = toExtract(analyzeArticle(text), file);
  const problems: string[] = [];
  let found = 0;
  for (const q of gold.quotes) {
    const match = extract.quotes.find((p) => overlap(p, q) >= 0.5);
    if (!match) problems.push(`missed the quote at ${q.start}-${q.end}`);
    else if (match.speaker?.name !== q.speaker || match.speaker.kind !== q.kind) problems.push(`quote at ${q.start}: speaker ${match.speaker?.name ?? 'none'} (${match.speaker?.kind}), expected ${q.speaker} (${q.kind})`);
    else found++;
  }
  return { file: path.relative(process.cwd(), file), expected: gold.quotes.length, found, problems };
}
