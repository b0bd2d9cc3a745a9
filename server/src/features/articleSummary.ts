/** The `copydesk/articleSummary` notification: the counts the status bar shows. */
import { isSpeech } from '../analysis/extract';
import type { ArticleSummaryParams } from '../protocol';
import type { Analysis } from '../workspace/analysis';

export function articleSummary(analysis: Analysis): ArticleSummaryParams {
  const { model } = analysis;
  const anonymous = model.sources.filter((source) => source.kind === 'anonymous');
  const quotes = model.quotes.filter((quote) => isSpeech(quote.kind));
  return {
    uri: analysis.uri,
    version: analysis.version,
    sources: model.sources.length,
    anonymous: anonymous.length,
    unexplainedAnonymous: anonymous.filter((source) => !source.anonymity.some((a) => a.reason)).length,
    quotes: quotes.length,
    unattributedQuotes: quotes.filter((quote) => !quote.attribution).length,
  };
}
