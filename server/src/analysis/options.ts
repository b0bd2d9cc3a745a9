/**
 * What a caller may tell the analysis beyond the text: the house style and lexicon additions
 * from `.copydesk.yaml`, and, for a document analysed again and again as it is edited, the
 * cache that carries work over from one analysis to the next.
 */
import type { DatelineStyle } from './model';
import type { ParagraphCache } from './paragraphCache';

export interface PersonEntry {
  name: string;
  /** `he`, `she` or `they`: the pronouns the person uses, which beat any forename guess. */
  pronouns?: 'he' | 'she' | 'they';
  aliases?: string[];
}

export interface LexiconAdditions {
  speechVerbs?: string[];
  anonymousPatterns?: string[];
  titles?: string[];
  organizations?: string[];
  people?: PersonEntry[];
}

export interface AnalysisOptions {
  /** Dateline style when the front matter names none. */
  style?: DatelineStyle;
  lexicon?: LexiconAdditions;
  /** The document's own cache; the result is the same with or without it. */
  paragraphCache?: ParagraphCache;
}
