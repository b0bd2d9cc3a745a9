/**
 * The name a sentence opens with as its subject: `RegioTrans declined to discuss the figures.`
 * A `they` or `it` that finds no source in sight stands for it; such an organisation is named
 * in the story but never quoted, so no attribution step has made it a source yet.
 */
import { NOT_VERBS } from './clauseSubject';
import type { WorkingDocument } from './document';
import { FINITE_VERBS, SENTENCE_START_STOPWORDS, SPEAKER_PRONOUNS } from './lexicon/words';
import { firstStartingAt } from './search';

export interface NamedSubject {
  start: number;
  end: number;
  name: string;
}

/** Longest name read, in tokens: `European Central Bank`, `Delvaux-Marin Construction Group`. */
const MAX_NAME = 5;

/** The capitalised name sentence `index` opens with, when a verb follows it; else null. */
export function namedSubject(doc: WorkingDocument, index: number): NamedSubject | null {
  if (index < 0 || index >= doc.sentenceStarts.length) return null;
  const paragraph = doc.paragraphs[firstStartingAt(doc.paragraphs, doc.sentenceStarts[index] + 1) - 1];
  // A paragraph's sentences are numbered in a row, so the index finds it at once.
  const sentence = paragraph?.sentences[index - (paragraph.sentences[0]?.index ?? 0)];
  if (!sentence || sentence.index !== index) return null;
  const tokens = paragraph.tokens;
  let first = sentence.firstWord;
  if (tokens[first]?.lower === 'the') first++;
  let last = first - 1;
  while (last + 1 < sentence.lastToken && last + 1 - first < MAX_NAME && tokens[last + 1].kind === 'word' && tokens[last + 1].cap && tokens[last + 1].quote < 0) last++;
  if (last < first) return null;
  const opener = tokens[first].lower;
  if (SENTENCE_START_STOPWORDS.has(opener) || SPEAKER_PRONOUNS[opener] !== undefined) return null;
  // A verb in the past or a finite auxiliary: "World powers condemned" opens with no name.
  const verb = tokens[last + 1];
  if (!verb || verb.kind !== 'word' || verb.cap || verb.quote >= 0 || NOT_VERBS.has(verb.lower) || FINITE_VERBS.has(opener)) return null;
  if (!verb.lower.endsWith('ed') && !FINITE_VERBS.has(verb.lower)) return null;
  return { start: tokens[first].start, end: tokens[last].end, name: doc.text.slice(tokens[first].start, tokens[last].end) };
}
