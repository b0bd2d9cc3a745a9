/**
 * delayed-attribution: a quote of several sentences whose speaker is named only after more
 * than `maxSentences` (default 2) of them. Reuters: identify a quote's source as quickly as
 * possible, usually after its first sentence; the reader should not wade through two or
 * three sentences first. The later paragraphs of a multi-paragraph quote, whose speaker the
 * first paragraph named, are not delayed.
 */
import { NON_TERMINAL } from '../analysis/lexicon/abbreviations';
import { numberOption } from './options';
import { isSpeechQuote } from './speech';
import type { Rule, RuleFinding } from './types';

const SENTENCE_END = /(?:[.!?]+|…)["'”’)\]]*\s+(?=["“'‘(\[]?[\p{Lu}\d])/gu;

export const delayedAttribution: Rule = {
  id: 'delayed-attribution',
  defaultSeverity: 'warning',
  fixable: false,
  description: 'A quote of several sentences whose speaker is named only after the second of them.',
  options: {
    maxSentences: { type: 'integer', minimum: 1, default: 2, description: 'How many sentences of a quote may come before its speaker is named.' },
  },
  check({ model, options }) {
    const maxSentences = Math.max(1, Math.floor(numberOption(options, 'maxSentences', 2)));
    const findings: RuleFinding[] = [];
    for (const quote of model.quotes) {
      const attribution = quote.attribution;
      if (!attribution || !isSpeechQuote(quote) || quote.continues !== null) continue;
      if (attribution.position === 'previous-paragraph' || attribution.position === 'paragraph') continue;
      if (attribution.mention.start < quote.end) continue; // named before or inside the quote
      const sentences = countSentences(model.text.slice(quote.content.start, quote.content.end));
      if (sentences <= maxSentences) continue;
      const speaker = model.sources[attribution.source]?.name ?? attribution.mention.text;
      findings.push({
        message: `The reader goes through ${sentences} sentences of this quote before learning who is speaking: name ${speaker} after the first sentence (Reuters).`,
        span: { start: quote.start, end: quote.end },
        related: [{ span: { start: attribution.mention.start, end: attribution.mention.end }, message: `${speaker} is named here.` }],
        fixes: [],
        data: { quote: quote.id, sentences, source: attribution.source },
      });
    }
    return findings;
  },
};

/** Sentences in a quote's words: ends of sentences not after a title or an initial (Gen., J.). */
export function countSentences(text: string): number {
  let count = 1;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const before = /(\S+)$/.exec(text.slice(0, match.index))?.[1] ?? '';
    const word = before.replace(/^[("'“‘]+/, '').toLowerCase();
    // "No." and "Nos." abbreviate only before a number ("No. 2"); "No. We go on" ends a sentence.
    const numberWord = word === 'no' || word === 'nos';
    const abbreviation = (NON_TERMINAL.has(word) && (!numberWord || /^\d/.test(text.slice(match.index + match[0].length)))) || (word.length === 1 && /^\p{Lu}$/u.test(word.toUpperCase()));
    if (match[0].startsWith('.') && !match[0].startsWith('..') && abbreviation) continue;
    count++;
  }
  return count;
}
