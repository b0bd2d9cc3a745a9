/** What a caller may tell the analysis beyond the text: the house style and lexicon additions from `.copydesk.yaml`. */
import type { DatelineStyle } from './model';

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
}
