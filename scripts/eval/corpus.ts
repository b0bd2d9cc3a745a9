/**
 * Reads the annotated corpus from ../shared (never copied into the repository).
 * Each article `NAME.md` has its gold annotations in `NAME.gold.json`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface GoldSpan {
  start: number;
  end: number;
}

export interface GoldQuote extends GoldSpan {
  text: string;
  closed: boolean;
  speaker: string | null;
  speakerSpans: GoldSpan[];
  speakerKind: string;
  /** A machine-made hint (CoreNLP coreference), not gold. */
  resolvedSpeaker: { text: string; start: number; end: number } | null;
}

export interface GoldAttribution {
  source: { text: string; spans: GoldSpan[] } | null;
  cue: { text: string; spans: GoldSpan[] } | null;
  content: { text: string; spans: GoldSpan[] } | null;
  hasQuoteMarks: boolean;
  speakerKind: string;
  noSource: boolean;
}

export interface GoldArticle {
  name: string;
  text: string;
  quotes: GoldQuote[];
  otherQuotedSpans: GoldSpan[];
  attributions: GoldAttribution[];
}

/** The shared folder, found next to the repository's checkout (../shared) or named by COPYDESK_SHARED. */
export function sharedDir(): string {
  return process.env.COPYDESK_SHARED ?? path.resolve(__dirname, '../../../../shared');
}

export function corpusDir(): string {
  return path.join(sharedDir(), 'corpus', 'polnear-dev');
}

export function loadCorpus(dir = corpusDir()): GoldArticle[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      const name = file.replace(/\.gold\.json$/, '');
      return {
        name,
        text: fs.readFileSync(path.join(dir, `${name}.md`), 'utf8'),
        quotes: gold.quotes ?? [],
        otherQuotedSpans: gold.otherQuotedSpans ?? [],
        attributions: gold.attributions ?? [],
      };
    });
}
