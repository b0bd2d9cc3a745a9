/**
 * How right the model is against hand annotations, measured the way published quote
 * systems report it (GGT, Citron): span precision, recall and F1 at overlap thresholds,
 * and speaker accuracy over the quotes that matched.
 *
 * Overlap of two spans = shared characters / the longer span's length, so 50% overlap
 * means the shared part covers at least half of both spans.
 *
 * The corpus annotates each quotation's Source: whom the article credits with the words.
 * For a quotation that came through someone else (`"…," Sanders said, according to CNN`)
 * that is the outer source, CNN, as in PolNeAR's nested attributions; the model keeps both,
 * the speaker and `via`, and the score compares the one the article credits, `via` where
 * there is one. The figures counting the speaker alone are reported beside it.
 */
import { analyzeArticle } from '../../server/src/analysis/analyze';
import type { ArticleModel } from '../../server/src/analysis/model';
import { toExtract, type ArticleExtract, type ExtractSpan, type ExtractSpeaker } from '../../server/src/analysis/extract';
import type { GoldArticle, GoldQuote, GoldSpan } from './corpus';

export const THRESHOLDS = [0.3, 0.5, 0.8] as const;
/** A double quote mark, straight or curly; single quotes are never delimiters in the corpus. */
const QUOTE_MARK = /["“”„«»]/;

/**
 * A quotation the model read between doubled apostrophes (`''We are done,'' she said`, the
 * archive copy of some newspapers). The corpus never reads apostrophes as delimiters, so it
 * annotates these as attributed content without quote marks; they are scored with reported
 * speech, like with like, and never as direct quotes.
 */
function inDoubledApostrophes(quote: { text: string }): boolean {
  return quote.text.startsWith("''");
}

/**
 * The corpus annotates one relation for `Cruz and Trump have said …` and `according to the
 * police and two hospitals, …`, its source span covering both names; the model reports the
 * content once for each source. Its attributions of the same content are scored as that one
 * relation, its source right when one of theirs is the corpus's.
 */
function oneRelationPerContent(attributions: ReadonlyArray<{ speaker: ExtractSpeaker; content: ExtractSpan }>): Array<{ speakers: ExtractSpeaker[]; content: ExtractSpan }> {
  const relations = new Map<string, { speakers: ExtractSpeaker[]; content: ExtractSpan }>();
  for (const a of attributions) {
    const key = `${a.content.start}:${a.content.end}`;
    const relation = relations.get(key);
    if (relation) relation.speakers.push(a.speaker);
    else relations.set(key, { speakers: [a.speaker], content: a.content });
  }
  return [...relations.values()];
}

/**
 * The model's quotations in doubled apostrophes as the corpus marks such content: one span
 * from the first part of a paragraph's quotation by one speaker to its last, the tags
 * between included (`''…,'' Mr. Lund said. ''…''`). A partial quote is left out: the
 * corpus's content there is the whole reported clause around it, which reported speech finds.
 */
function doubledApostropheContents(model: ArticleModel, extract: ArticleExtract): Array<{ speaker: ExtractSpeaker; content: ExtractSpan }> {
  const contents: Array<{ speaker: ExtractSpeaker; content: ExtractSpan; paragraph: number; source: number }> = [];
  for (const quote of model.quotes) {
    const speaker = quote.kind === 'direct' && inDoubledApostrophes(quote) ? extract.quotes.find((q) => q.start === quote.start)?.speaker : null;
    if (!speaker || !quote.attribution) continue;
    const last = contents[contents.length - 1];
    if (last && last.paragraph === quote.paragraph && last.source === quote.attribution.source) {
      last.content = { start: last.content.start, end: quote.end, text: model.text.slice(last.content.start, quote.end) };
    } else {
      contents.push({ speaker, content: { start: quote.start, end: quote.end, text: quote.text }, paragraph: quote.paragraph, source: quote.attribution.source });
    }
  }
  return contents;
}

export interface SpanScore {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface KindAccuracy {
  kind: string;
  correct: number;
  total: number;
  accuracy: number;
  /** Right counting the speaker alone, a relayed quotation's secondary source ignored. */
  speakerOnly: number;
}

export interface EvalReport {
  articles: number;
  goldQuotes: number;
  predictedQuotes: number;
  quotes: SpanScore[];
  speakerAccuracy: number;
  speakerByKind: KindAccuracy[];
  /** Matched quotations the model reads as relayed (a `via`), and the accuracy counting the speaker alone. */
  relayed: number;
  speakerOnlyAccuracy: number;
  /** Pronoun speakers whose resolved name agrees with the corpus's (machine-made) antecedent hint. */
  pronounResolution: { correct: number; total: number; accuracy: number };
  reportedSpeech: SpanScore[];
  reportedSpeakerAccuracy: number;
  /** Per article, for error analysis. */
  misses: ArticleMisses[];
}

export interface ArticleMisses {
  name: string;
  missedQuotes: GoldQuote[];
  wrongSpeakers: Array<{ gold: GoldQuote; predicted: string | null; mention: string | null; step: string }>;
}

export function overlap(a: GoldSpan, b: GoldSpan): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  return shared / Math.max(a.end - a.start, b.end - b.start);
}

/** One-to-one matching, best overlaps first. Returns gold index -> predicted index. */
export function matchSpans(gold: readonly GoldSpan[], predicted: readonly GoldSpan[], threshold: number): Map<number, number> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    const o = overlap(g, p);
    if (o >= threshold) pairs.push([o, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const matched = new Map<number, number>();
  const used = new Set<number>();
  for (const [, i, j] of pairs) {
    if (matched.has(i) || used.has(j)) continue;
    matched.set(i, j);
    used.add(j);
  }
  return matched;
}

const TITLE_WORDS = /^(?:the|a|an|mr\.?|mrs\.?|ms\.?|dr\.?|sen\.?|rep\.?|gov\.?|gen\.?|president|senator|secretary|spokesman|spokeswoman|former|candidate)$/i;

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !TITLE_WORDS.test(w));
}

/** Whether two speaker names refer to the same person: "Morris" and "Haley Morris" agree. */
export function namesAgree(gold: string | null, predicted: string | null): boolean {
  if (!gold || !predicted) return false;
  // `The candidate` and `the candidate`: the same words, though all of them are title words.
  if (gold.toLowerCase() === predicted.toLowerCase()) return true;
  const g = nameWords(gold);
  const p = nameWords(predicted);
  if (g.length === 0 || p.length === 0) return false;
  return g.join(' ') === p.join(' ') || p.includes(g[g.length - 1]) || g.includes(p[p.length - 1]);
}

/** A source as the model names it for a quotation: its canonical name and where the text names it. */
interface Credited {
  name: string;
  mention: GoldSpan;
}

function speakerRight(gold: GoldQuote, speaker: Credited | null): boolean {
  if (!gold.speaker || gold.speakerKind === 'none') return speaker === null;
  if (!speaker) return false;
  if (gold.speakerSpans.some((s) => overlap(s, speaker.mention) > 0)) return true;
  return namesAgree(gold.speaker, speaker.name) || namesAgree(gold.resolvedSpeaker?.text ?? null, speaker.name);
}

export function evaluate(articles: readonly GoldArticle[]): EvalReport {
  const counts = THRESHOLDS.map(() => ({ matched: 0 }));
  const reportedCounts = THRESHOLDS.map(() => ({ matched: 0 }));
  let goldQuotes = 0;
  let predictedQuotes = 0;
  let goldReported = 0;
  let predictedReported = 0;
  let speakerCorrect = 0;
  let speakerOnlyCorrect = 0;
  let speakerTotal = 0;
  let relayed = 0;
  let reportedSpeakerCorrect = 0;
  let reportedSpeakerTotal = 0;
  const byKind = new Map<string, { correct: number; total: number; speakerOnly: number }>();
  const pronouns = { correct: 0, total: 0 };
  const misses: ArticleMisses[] = [];

  for (const article of articles) {
    const model = analyzeArticle(article.text);
    const extract = toExtract(model, article.name);
    const quoteAt = new Map(model.quotes.map((q) => [q.start, q]));
    const stepAt = (start: number): string => quoteAt.get(start)?.attribution?.reason.step ?? quoteAt.get(start)?.kindReason.step ?? '';
    /** Whom the model says the article credits with a quotation: the secondary source of a relayed one, else the speaker. */
    const credited = (quote: ArticleExtract['quotes'][number]): Credited | null => {
      const via = quoteAt.get(quote.start)?.attribution?.via;
      return via ? { name: model.sources[via.source].name, mention: via.mention } : quote.speaker;
    };
    // A predicted quote over a span the annotators left unlabelled (scare quotes, titles) counts neither way.
    const predicted = extract.quotes.filter((q) => !inDoubledApostrophes(q) && (article.quotes.some((g) => overlap(g, q) >= 0.3) || !article.otherQuotedSpans.some((o) => overlap(o, q) >= 0.3)));
    goldQuotes += article.quotes.length;
    predictedQuotes += predicted.length;
    THRESHOLDS.forEach((t, k) => (counts[k].matched += matchSpans(article.quotes, predicted, t).size));

    const matched = matchSpans(article.quotes, predicted, 0.5);
    const articleMisses: ArticleMisses = { name: article.name, missedQuotes: [], wrongSpeakers: [] };
    article.quotes.forEach((gold, i) => {
      const j = matched.get(i);
      if (j === undefined) {
        articleMisses.missedQuotes.push(gold);
        return;
      }
      const source = credited(predicted[j]);
      const right = speakerRight(gold, source);
      const speakerAlone = source === predicted[j].speaker ? right : speakerRight(gold, predicted[j].speaker);
      const kind = gold.speaker ? gold.speakerKind : 'none';
      const entry = byKind.get(kind) ?? { correct: 0, total: 0, speakerOnly: 0 };
      entry.total++;
      speakerTotal++;
      if (source !== predicted[j].speaker) relayed++;
      if (speakerAlone) {
        entry.speakerOnly++;
        speakerOnlyCorrect++;
      }
      if (right) {
        entry.correct++;
        speakerCorrect++;
      } else {
        articleMisses.wrongSpeakers.push({ gold, predicted: source?.name ?? null, mention: source ? model.text.slice(source.mention.start, source.mention.end) : null, step: stepAt(predicted[j].start) });
      }
      byKind.set(kind, entry);
      if (kind === 'pronoun' && gold.resolvedSpeaker && predicted[j].speaker && gold.speakerSpans.some((s) => overlap(s, predicted[j].speaker!.mention) > 0)) {
        pronouns.total++;
        if (namesAgree(gold.resolvedSpeaker.text, predicted[j].speaker!.name)) pronouns.correct++;
      }
    });
    if (articleMisses.missedQuotes.length || articleMisses.wrongSpeakers.length) misses.push(articleMisses);

    // Reported speech: gold relations without quote marks, against the model's attributions.
    const goldIndirect = article.attributions.filter((a) => !a.hasQuoteMarks && a.content && !a.noSource && a.source);
    const goldContent = goldIndirect.map((a) => hull(a.content!.spans));
    // Like with like: the gold side leaves out attributions whose content holds quote marks
    // (direct and mixed quotes, scored above as quotes), so the predicted side does too.
    const predictedIndirect: Array<{ speaker: ExtractSpeaker; content: ExtractSpan }> = extract.attributions.filter((a) => !QUOTE_MARK.test(a.content.text));
    for (const quoted of doubledApostropheContents(model, extract)) {
      const { start, end } = quoted.content;
      if (!predictedIndirect.some((a) => a.content.start <= start && end <= a.content.end)) predictedIndirect.push(quoted); // not "said that ''…''" again
    }
    const predictedRelations = oneRelationPerContent(predictedIndirect);
    const predictedContent = predictedRelations.map((a) => a.content);
    goldReported += goldContent.length;
    predictedReported += predictedContent.length;
    THRESHOLDS.forEach((t, k) => (reportedCounts[k].matched += matchSpans(goldContent, predictedContent, t).size));
    const reportedMatch = matchSpans(goldContent, predictedContent, 0.5);
    for (const [i, j] of reportedMatch) {
      reportedSpeakerTotal++;
      const source = goldIndirect[i].source!;
      const right = (speaker: ExtractSpeaker): boolean => source.spans.some((s) => overlap(s, speaker.mention) > 0) || namesAgree(source.text, speaker.name);
      if (predictedRelations[j].speakers.some(right)) reportedSpeakerCorrect++;
    }
  }

  const score = (matched: number, gold: number, predicted: number, threshold: number): SpanScore => {
    const precision = predicted ? matched / predicted : 0;
    const recall = gold ? matched / gold : 0;
    return { threshold, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  return {
    articles: articles.length,
    goldQuotes,
    predictedQuotes,
    quotes: THRESHOLDS.map((t, k) => score(counts[k].matched, goldQuotes, predictedQuotes, t)),
    speakerAccuracy: speakerTotal ? speakerCorrect / speakerTotal : 0,
    speakerByKind: [...byKind.entries()]
      .map(([kind, v]) => ({ kind, correct: v.correct, total: v.total, accuracy: v.total ? v.correct / v.total : 0, speakerOnly: v.speakerOnly }))
      .sort((a, b) => b.total - a.total),
    relayed,
    speakerOnlyAccuracy: speakerTotal ? speakerOnlyCorrect / speakerTotal : 0,
    pronounResolution: { ...pronouns, accuracy: pronouns.total ? pronouns.correct / pronouns.total : 0 },
    reportedSpeech: THRESHOLDS.map((t, k) => score(reportedCounts[k].matched, goldReported, predictedReported, t)),
    reportedSpeakerAccuracy: reportedSpeakerTotal ? reportedSpeakerCorrect / reportedSpeakerTotal : 0,
    misses,
  };
}

function hull(spans: readonly GoldSpan[]): GoldSpan {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}
