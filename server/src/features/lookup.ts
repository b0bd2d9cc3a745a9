/**
 * What stands at an offset: a quote, a mention of a source, the dateline, a front matter
 * source entry. Every position-based feature starts here.
 */
import type { ArticleModel, Mention, Quote, Source, Span } from '../analysis/model';
import { isSpeech } from '../analysis/extract';
import { firstStartingAt } from '../analysis/search';
import { sourceEntryAt } from './frontMatterSources';

/** A source found at an offset, and what was under the cursor. */
export interface SourceHit {
  source: Source;
  /** The mention, quote or front matter name under the cursor. */
  span: Span;
  via: 'mention' | 'quote' | 'frontMatter';
  mention?: Mention;
}

interface ModelIndex {
  /** Every mention of every source, sorted by start. */
  mentions: Mention[];
  /** Speech quotes, sorted by start. */
  quotes: Quote[];
}

const indexes = new WeakMap<ArticleModel, ModelIndex>();

function indexOf(model: ArticleModel): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    index = {
      mentions: model.sources.flatMap(mentionsOf).sort((a, b) => a.start - b.start),
      quotes: model.quotes.filter((quote) => isSpeech(quote.kind)).sort((a, b) => a.start - b.start),
    };
    indexes.set(model, index);
  }
  return index;
}

/** The innermost span holding `offset` (its end counts, so a cursor just after a word still finds it). */
function spanAt<T extends Span>(sorted: readonly T[], offset: number): T | undefined {
  // Offsets are whole numbers: the spans starting at or before `offset` end where those at `offset + 1` begin.
  const low = firstStartingAt(sorted, offset + 1);
  for (let i = low - 1; i >= 0 && i >= low - 8; i--) {
    if (sorted[i].start <= offset && offset <= sorted[i].end) return sorted[i];
  }
  return undefined;
}

export function mentionAt(model: ArticleModel, offset: number): Mention | undefined {
  return spanAt(indexOf(model).mentions, offset);
}

export function quoteAt(model: ArticleModel, offset: number): Quote | undefined {
  return spanAt(indexOf(model).quotes, offset);
}

/** The speech quotes, in text order. */
export function speechQuotes(model: ArticleModel): readonly Quote[] {
  return indexOf(model).quotes;
}

export function datelineAt(model: ArticleModel, offset: number): boolean {
  const dateline = model.dateline;
  return dateline !== null && dateline.start <= offset && offset <= dateline.end;
}

/** The source a cursor points at: through a mention, an attributed quote or the front matter `sources`. */
export function sourceAt(model: ArticleModel, offset: number): SourceHit | undefined {
  const mention = mentionAt(model, offset);
  if (mention) return { source: model.sources[mention.source], span: mention, via: 'mention', mention };
  const quote = quoteAt(model, offset);
  if (quote?.attribution) return { source: model.sources[quote.attribution.source], span: quote, via: 'quote' };
  const entry = sourceEntryAt(model, offset);
  const source = entry && declaredSource(model, entry.entry.name.text);
  if (entry && source) return { source, span: entry.hit, via: 'frontMatter' };
  return undefined;
}

/** The model's source for a front matter `sources` entry name. */
export function declaredSource(model: ArticleModel, name: string): Source | undefined {
  const wanted = name.trim().toLowerCase();
  return (
    model.sources.find((source) => source.declared && source.name.toLowerCase() === wanted) ??
    model.sources.find((source) => source.name.toLowerCase() === wanted)
  );
}

const distinct = new WeakMap<Source, Mention[]>();

/**
 * A source's mentions in text order, each place once: where the analysis reports both
 * "union leader Marieke Jansen" and the "Marieke Jansen" inside it, the outer one stands.
 */
export function mentionsOf(source: Source): Mention[] {
  let mentions = distinct.get(source);
  if (!mentions) {
    const sorted = [...source.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    mentions = [];
    for (const mention of sorted) {
      const last = mentions[mentions.length - 1];
      if (!last || mention.start >= last.end) mentions.push(mention);
    }
    distinct.set(source, mentions);
  }
  return mentions;
}

/** Where a source is introduced: its first full reference, else its first mention. */
export function introductionOf(source: Source): Mention | undefined {
  return source.firstFullReference ?? source.mentions[0];
}
