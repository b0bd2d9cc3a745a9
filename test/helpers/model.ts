/** Reading an article model the way a user reads the article: by its words, not by indices. */
import { analyzeArticle } from '../../server/src/analysis/analyze';
import type { ArticleModel, Attribution, Claim, Quote, Source } from '../../server/src/analysis/model';
import type { AnalysisOptions } from '../../server/src/analysis/options';
import { slice } from './text';

/** The real analysis; a one-word alias so tests read as sentences. */
export function analyze(text: string, options?: AnalysisOptions): ArticleModel {
  return analyzeArticle(text, options);
}

/** The one quote whose text (marks included) contains `words`; throws, listing the quotes found, otherwise. */
export function quoteContaining(model: ArticleModel, words: string): Quote {
  const found = model.quotes.filter((q) => q.text.includes(words));
  if (found.length !== 1) {
    throw new Error(`expected one quote containing ${JSON.stringify(words)}, found ${found.length}; quotes: ${JSON.stringify(model.quotes.map((q) => q.text))}`);
  }
  return found[0];
}

/** The source with this canonical name; throws, listing the sources found, when there is none. */
export function sourceNamed(model: ArticleModel, name: string): Source {
  const found = model.sources.find((s) => s.name === name);
  if (!found) throw new Error(`no source named ${JSON.stringify(name)}; sources: ${JSON.stringify(model.sources.map((s) => s.name))}`);
  return found;
}

/** What a hover card says about a quote's speaker, as plain text. */
export interface SpeakerView {
  name: string;
  kind: Source['kind'];
  mention: string;
  cue: string | null;
  position: string;
  step: string;
}

export function speakerOf(model: ArticleModel, quote: Quote): SpeakerView | null {
  const a = quote.attribution;
  if (!a) return null;
  const source = model.sources[a.source];
  return { name: source.name, kind: source.kind, mention: a.mention.text, cue: a.cue?.text ?? null, position: a.position, step: a.reason.step };
}

/** The speaker of the one quote containing `words`. */
export function speakerOfQuote(model: ArticleModel, words: string): SpeakerView | null {
  return speakerOf(model, quoteContaining(model, words));
}

/** The name of the source the one quote containing `words` is credited to; fails when it is credited to none. */
export function speakerNameOf(model: ArticleModel, words: string): string {
  const found = speakerOfQuote(model, words);
  if (!found) throw new Error(`no speaker for the quote containing ${JSON.stringify(words)}`);
  return found.name;
}

/** Each mention of a source as its kind and text, in text order: `name:Jane Doe`, `pronoun:she`. */
export function mentionsOf(source: Source): string[] {
  return source.mentions.map((m) => `${m.kind}:${m.text}`);
}

/** Each sentence as the text it covers. */
export function sentenceTexts(model: ArticleModel): string[] {
  return model.sentences.map((s) => model.text.slice(s.start, s.end));
}

/** The one reported-speech attribution whose content contains `words`. */
export function attributionAbout(model: ArticleModel, words: string): Attribution {
  const found = model.attributions.filter((a) => (slice(model.text, a.content) ?? '').includes(words));
  if (found.length !== 1) {
    const listed = model.attributions.map((a) => `${a.mention.text} ${a.cue.text}: ${slice(model.text, a.content)}`);
    throw new Error(`expected one attribution about ${JSON.stringify(words)}, found ${found.length}; attributions: ${JSON.stringify(listed)}`);
  }
  return found[0];
}

/** The one claim whose sentence contains `words`. */
export function claimContaining(model: ArticleModel, words: string): Claim {
  const found = model.claims.filter((c) => c.text.includes(words));
  if (found.length !== 1) throw new Error(`expected one claim containing ${JSON.stringify(words)}, found ${found.length}; claims: ${JSON.stringify(model.claims.map((c) => c.text))}`);
  return found[0];
}
