/**
 * `npm run eval`: accuracy of the article model against the annotated corpus in
 * ../shared/corpus/polnear-dev and the seed example in ../shared/examples.
 *   --json          print the report as JSON (what the regression test reads)
 *   --errors N      print N missed quotes and wrong speakers, for error analysis
 *   --record        write the figures to scripts/eval/recorded.json, the floor `npm test` guards
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, loadCorpus } from './corpus';
import { evaluate, type EvalReport, type SpanScore } from './score';
import { checkSeedExample } from './seed';

function main(): number {
  const args = process.argv.slice(2);
  const dir = corpusDir();
  if (!fs.existsSync(dir)) {
    console.log(`Skipped: the annotated corpus is not at ${dir} (set COPYDESK_SHARED to the folder that holds corpus/ and examples/).`);
    return 0;
  }
  const started = process.hrtime.bigint();
  const report = evaluate(loadCorpus(dir));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const seed = checkSeedExample();
  if (args.includes('--record')) {
    const file = path.resolve(__dirname, '../../../scripts/eval/recorded.json');
    fs.writeFileSync(file, JSON.stringify(recordedFigures(report), null, 2) + '\n');
    console.log(`Recorded the figures in ${path.relative(process.cwd(), file)}.`);
  }
  if (args.includes('--json')) {
    const { misses: _misses, ...figures } = report;
    console.log(JSON.stringify({ ...figures, seed }, null, 2));
    return 0;
  }
  print(report, seconds);
  if (seed) console.log(`\nSeed example (${seed.file}): ${seed.found}/${seed.expected} quotes found with the right speaker${seed.problems.length ? `\n  ${seed.problems.join('\n  ')}` : ''}`);
  const errors = args.indexOf('--errors');
  if (errors >= 0) printErrors(report, Number(args[errors + 1] ?? 50));
  return 0;
}

/** The figures the regression test guards: quote F1 at each threshold and speaker accuracy, overall and per kind. */
export function recordedFigures(report: EvalReport): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const q of report.quotes) figures[`quoteF1@${q.threshold}`] = round(q.f1);
  figures.speakerAccuracy = round(report.speakerAccuracy);
  for (const k of report.speakerByKind) figures[`speaker.${k.kind}`] = round(k.accuracy);
  figures.reportedSpeechF1 = round(report.reportedSpeech[1].f1);
  return figures;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function spanTable(title: string, rows: SpanScore[]): void {
  console.log(`\n${title}`);
  console.log('  overlap   precision  recall   F1');
  for (const r of rows) console.log(`  ≥${String(r.threshold * 100).padEnd(3)}%     ${pct(r.precision)}     ${pct(r.recall)}   ${pct(r.f1)}`);
}

function print(report: EvalReport, seconds: number): void {
  console.log(`PolNeAR dev: ${report.articles} articles, ${report.goldQuotes} gold quotes, ${report.predictedQuotes} predicted (${seconds.toFixed(1)} s)`);
  spanTable('Direct quotes (spans)', report.quotes);
  console.log(`\nSpeaker accuracy over quotes matched at ≥50%: ${pct(report.speakerAccuracy)}%`);
  for (const k of report.speakerByKind) console.log(`  ${k.kind.padEnd(14)} ${pct(k.accuracy)}%  (${k.correct}/${k.total})${k.speakerOnly === k.correct ? '' : `   the speaker alone: ${pct(k.speakerOnly / k.total).trim()}%`}`);
  console.log(`  relayed quotations (\`"…," X said, according to Y\`), credited to Y as the corpus does: ${report.relayed}; counting the speaker alone, overall ${pct(report.speakerOnlyAccuracy).trim()}%`);
  console.log(`  pronoun antecedent agrees with the corpus hint: ${pct(report.pronounResolution.accuracy)}%  (${report.pronounResolution.correct}/${report.pronounResolution.total})`);
  spanTable('Reported speech (content spans of attributions without quote marks)', report.reportedSpeech);
  console.log(`  source accuracy over matched contents: ${pct(report.reportedSpeakerAccuracy)}%`);
}

function printErrors(report: EvalReport, limit: number): void {
  const articles = loadCorpus();
  const byName = new Map(articles.map((a) => [a.name, a.text]));
  let shown = 0;
  console.log('\nMissed quotes:');
  for (const m of report.misses) {
    for (const q of m.missedQuotes) {
      if (shown++ >= limit) break;
      const text = byName.get(m.name)!;
      console.log(`- ${m.name}: ${context(text, q.start, q.end)}`);
    }
  }
  shown = 0;
  console.log('\nWrong speakers:');
  for (const m of report.misses) {
    for (const w of m.wrongSpeakers) {
      if (shown++ >= limit) break;
      const text = byName.get(m.name)!;
      console.log(`- [${w.gold.speakerKind}] (${w.step}) gold "${w.gold.speaker}" got "${w.predicted}" via "${w.mention}": ${context(text, w.gold.start, w.gold.end)}`);
    }
  }
}

function context(text: string, start: number, end: number): string {
  return (text.slice(Math.max(0, start - 120), start) + '【' + text.slice(start, end) + '】' + text.slice(end, end + 120)).replace(/\s+/g, ' ');
}

if (require.main === module) process.exitCode = main();
