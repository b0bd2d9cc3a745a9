/**
 * Speaker noun phrases, read off the tokens next to a reporting verb without a parser:
 * names with their titles (`White House press secretary Karoline Leavitt`), descriptions
 * (`a senior U.S. official`, `the former Maryland governor`), post-modifiers
 * (`a spokeswoman for the ministry`, `people familiar with the matter`), appositives
 * (`Jane Doe, a spokeswoman for the ministry,`) and pronouns.
 */
import type { Lexicon } from './lexicon';
import {
  ANONYMOUS_HEADS,
  CLAUSE_WORDS,
  DESCRIPTION_MODIFIERS,
  DETERMINERS,
  DOCUMENT_HEADS,
  GROUP_NOUNS,
  ORGANIZATION_HEADS,
  PUBLICATION_HEADS,
  PUBLICATIONS,
  SPEAKER_PRONOUNS,
} from './lexicon/words';
import { readLeft } from './phraseLeft';
import { readRight } from './phraseRight';
import { PEOPLE_NOUN, PERSON_NOUNS, PP_PREPOSITIONS, titleOfLeadsToName } from './phraseWords';
import { recordBeforeBy } from './recordPhrases';
import type { Token } from './tokens';

export interface Phrase {
  /** First and last token (inclusive). */
  first: number;
  last: number;
  /** The head word: the name's last token, or the noun a description is about. */
  head: number;
  /** An appositive after the phrase (`, a spokeswoman for the ministry,`), first and last token. */
  appositive: [number, number] | null;
  /** For a relative pronoun (`Sanders, who says …`): the phrase it stands for. */
  antecedent?: Phrase;
}

/** A phrase's last token, past its appositive when it has one (`Jane Doe, a spokeswoman,`). */
export function phraseEnd(phrase: Phrase): number {
  return phrase.appositive ? phrase.appositive[1] : phrase.last;
}

/**
 * Reads speaker phrases with one article's lexicon and the surnames of those it names in full:
 * what a word may be in a phrase here, and the phrase on either side of a verb.
 */
export class PhraseReader {
  readonly lexicon: Lexicon;
  /** Surnames of people the article names in full. */
  #knownSurnames: ReadonlySet<string>;

  constructor(lexicon: Lexicon, knownSurnames: ReadonlySet<string> = new Set()) {
    this.lexicon = lexicon;
    this.#knownSurnames = knownSurnames;
  }

  /**
   * A capitalised word that is the surname of someone the article named in full: "From said",
   * "Will wrote", "Small, who …, said" name George Will and Al From even though the words are
   * also a preposition, an auxiliary or an adjective.
   */
  isKnownSurname(token: Token): boolean {
    return token.kind === 'word' && token.cap && token.quote < 0 && this.#knownSurnames.has(token.lower);
  }

  /** Whether a token can sit inside a speaker description. */
  isDescriptive(token: Token): boolean {
    const w = token.lower;
    return (
      this.lexicon.titles.has(w) ||
      this.lexicon.roles.has(w) ||
      GROUP_NOUNS.has(w) ||
      ANONYMOUS_HEADS.has(w) ||
      DESCRIPTION_MODIFIERS.has(w) ||
      ORGANIZATION_HEADS.has(w) ||
      DOCUMENT_HEADS.has(w) ||
      PUBLICATION_HEADS.has(w)
    );
  }

  /** A verb that introduces someone's words, as written in the past (`said`, `read`, `wrote`). */
  isReportingVerb(token: Token): boolean {
    if (token.kind !== 'word' || token.cap) return false;
    // "read" is a cue of its own (a sign, a message), not in the lexicon's verbs.
    if (token.lower === 'read' || token.lower === 'reads') return true;
    const verb = this.lexicon.verbs.get(token.lower);
    return verb !== undefined && verb.lemma !== token.lower;
  }

  isHeadWord(token: Token): boolean {
    const w = token.lower;
    return this.lexicon.roles.has(w) || GROUP_NOUNS.has(w) || ANONYMOUS_HEADS.has(w) || ORGANIZATION_HEADS.has(w) || DOCUMENT_HEADS.has(w) || PUBLICATIONS.has(w) || PUBLICATION_HEADS.has(w) || PERSON_NOUNS.has(w);
  }

  /**
   * A plural noun for people (`marchers`, `nurses`; `Teachers` opening a sentence): a role in
   * the plural, or an agent noun in -ers, -ors, -ists, -ians, -ants or -ents. Not `shootings
   * and protests`, which say nothing.
   */
  isPeople(token: Token, opensSentence: boolean): boolean {
    if (token.kind !== 'word' || (token.cap && !opensSentence) || token.quote >= 0 || !/^[a-z]{3,}[^s]s$/.test(token.lower) || CLAUSE_WORDS.has(token.lower)) return false;
    return PEOPLE_NOUN.test(token.lower) || this.lexicon.roles.has(token.lower.slice(0, -1)) || this.isHeadWord(token);
  }

  /**
   * From `j`, up to two lower-case words ending in an organisation's or a publication's noun,
   * then a capitalised name (`news agency OSTPRESS`): the index of the name's first word, else -1.
   */
  describedNameAt(tokens: readonly Token[], j: number, ceiling: number): number {
    for (let k = j; k <= ceiling && k - j < 2; k++) {
      const t = tokens[k];
      if (t.kind !== 'word' || t.cap || t.quote >= 0 || CLAUSE_WORDS.has(t.lower)) return -1;
      const next = tokens[k + 1];
      if ((ORGANIZATION_HEADS.has(t.lower) || PUBLICATION_HEADS.has(t.lower)) && next && k + 1 <= ceiling && next.kind === 'word' && next.cap && next.quote < 0) return k + 1;
    }
    return -1;
  }

  /** The word a phrase is about: the last word before any prepositional tail, if it can head a speaker phrase. */
  headOf(tokens: readonly Token[], first: number, last: number): number {
    let end = last;
    // "Hundreds of demonstrators": the "of" after a quantifier opens no prepositional tail.
    const from = DETERMINERS.has(tokens[first].lower) && tokens[first + 1]?.lower === 'of' ? first + 2 : first + 1;
    for (let j = from; j <= last; j++) {
      const lower = tokens[j].lower;
      if (PP_PREPOSITIONS.has(lower) || lower === 'familiar' || lower === 'speaking' || lower === 'who' || lower === 'briefed' || lower === 'close' || (lower === 'by' && recordBeforeBy(tokens, j, first) >= 0)) {
        // "Secretary of State John Kerry": a title's own "of" leads on to the name after it.
        if (titleOfLeadsToName(tokens, j, last)) continue;
        // "Documents obtained by …": the record, not its participle.
        end = lower === 'by' ? recordBeforeBy(tokens, j, first) : j - 1;
        break;
      }
    }
    for (let j = end; j >= first; j--) {
      const t = tokens[j];
      if (t.kind === 'possessive') continue;
      if (j > first && /^(?:jr\.?|sr\.?|ii|iii|iv)$/.test(t.lower)) continue; // "Martin Luther King Jr.
      if (t.kind !== 'word') return -1;
      if (t.cap || this.isHeadWord(t) || SPEAKER_PRONOUNS[t.lower]) return j;
      if (DESCRIPTION_MODIFIERS.has(t.lower) || DETERMINERS.has(t.lower)) return -1;
      // An unknown word heads the phrase only after a determiner ("the billionaire") or as the
      // second of two plural nouns ("Teachers and nurses").
      return (DETERMINERS.has(tokens[first].lower) && j > first) || (j > first && tokens[j - 1].lower === 'and' && this.isPeople(t, false)) ? j : -1;
    }
    return -1;
  }

  /**
   * The speaker phrase that ends at token `end` (the word just before the verb), looking no
   * further left than `floor` (the sentence's start or the end of a quotation).
   */
  left(tokens: readonly Token[], end: number, floor: number, sentenceStart: number): Phrase | null {
    return readLeft(this, tokens, end, floor, sentenceStart);
  }

  /** The speaker phrase that starts at token `start` (just after the verb), up to `ceiling`. */
  right(tokens: readonly Token[], start: number, ceiling: number): Phrase | null {
    return readRight(this, tokens, start, ceiling);
  }
}
