/**
 * Speaker noun phrases, read off the tokens next to a reporting verb without a parser:
 * names with their titles (`White House press secretary Karoline Leavitt`), descriptions
 * (`a senior U.S. official`, `the former Maryland governor`), post-modifiers
 * (`a spokeswoman for the ministry`, `people familiar with the matter`), appositives
 * (`Jane Doe, a spokeswoman for the ministry,`) and pronouns.
 */
import type { Lexicon } from './lexicon';
import { AP_STATES, US_STATE_NAMES } from './lexicon/abbreviations';
import { ACCESS, GRANTED, GRANTED_OR_ACCESS_WORDS } from './lexicon/anonymity';
import { CHANNEL_NOUNS, DOCUMENT_VERBS } from './lexicon/verbs';
import {
  ANONYMOUS_HEADS,
  APPROXIMATORS,
  CLAUSE_WORDS,
  COMPANY_NAME_ENDINGS,
  DAYS,
  DESCRIPTION_MODIFIERS,
  DETERMINERS,
  DOCUMENT_HEADS,
  FINITE_VERBS,
  IRREGULAR_PAST,
  GROUP_NOUNS,
  NOT_SPEAKER_WORDS,
  ORGANIZATION_HEADS,
  PUBLICATION_HEADS,
  PREPOSITIONS,
  PUBLICATIONS,
  ROLE_NOUNS,
  SENTENCE_START_STOPWORDS,
  SPEAKER_PRONOUNS,
  TIME_UNITS,
  TIME_WORDS,
  TITLE_PARTICIPLES,
} from './lexicon/words';
import { titleOfBefore } from './names';
import { recordBeforeBy, recordTail } from './recordPhrases';
import { isPluralApostrophe, type Token } from './tokens';

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

/** Numbered provisions of a law, a treaty or a charter: `Article 33`, `Section 4`, `Title IX`. */
export const PROVISIONS = /^(?:Article|Section|Clause|Paragraph|Rule|Amendment|Title|Chapter|Subsection|Resolution)$/;

/** A provision's number: digits or a Roman numeral (`33`, `IX`). */
export function isProvisionNumber(token: Token): boolean {
  return token.kind === 'number' || /^[IVXL]+$/.test(token.text);
}

/** Records a body keeps, which words we need not know may lead to: `city planning records`, `exit polling data`. */
const RECORD_HEADS = new Set(['records', 'data', 'filings', 'documents', 'figures', 'statistics', 'logs', 'results']);

const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'da', 'di', 'du', 'dos', 'das', 'st.', 'mac', 'ben', 'abu', 'y']);
const PP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'on', 'to', 'in']);
/** Where words were said or published, not who said them: `the ministry in a statement`. */
const CHANNEL_OR_DOCUMENT = new Set([...CHANNEL_NOUNS, ...DOCUMENT_HEADS]);
/** Agent nouns in the plural: `protesters`, `spectators`, `activists`, `students`. */
const PEOPLE_NOUN = /(?:ers|ors|ists|ians|ants|ents)$/;
/** Plain words for people, heads of `a man in the crowd`, `a woman at the rally`. */
const PERSON_NOUNS = new Set(['man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'guy', 'heckler', 'hecklers', 'onlooker', 'onlookers', 'bystander', 'bystanders', 'passerby']);
/** Prepositions that attach a phrase to a name rather than set a time or place: `Jane Ortiz of the union`. */
const NAME_PREPOSITIONS = new Set(['of', 'for', 'with']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);
/** Quantifiers that can stand alone as a speaker: "one said", "said another"; fractions too, as polls report them ("Nearly half said"). */
export const STANDALONE = new Set(['one', 'another', 'others', 'some', 'many', 'several', 'both', 'most', 'few', 'half', 'two-thirds', 'three-quarters', 'one-third', 'one-quarter']);
/** Reflexives that stress a subject: `Ford itself said`. */
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);
/** Adverbs that may open an appositive: `, then 38,`, `, now a senator,`. */
const APPOSITIVE_ADVERBS = new Set(['then', 'now', 'formerly', 'once']);
/** Words that open an adverbial set off by commas between a subject and its verb: `Trump, in Kentucky, said`. */
const PARENTHETICAL_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'if', 'however', 'meanwhile', 'too', 'also', 'though', 'instead', 'nonetheless', 'nevertheless', 'likewise', 'similarly', 'later', 'earlier', 'speaking', 'for']);
/** No speaker phrase is longer than this many tokens; the bound keeps every scan short. */
const MAX_PHRASE = 16;
/** Appositives and relative clauses between a name and its verb stay within this many tokens. */
const MAX_APPOSITIVE = 32;
const WORD_AT_START = (tokens: readonly Token[], i: number, sentenceStart: number): boolean => i === sentenceStart || (i > sentenceStart && isOpeningPunct(tokens[i - 1].text) && i - 1 === sentenceStart);

/**
 * A lower-case word that may be part of a role we do not know (`harbour master`). Never a
 * preposition, and past the first word never a past tense: in "demonstrators marched through
 * Center City", "marched through" is no role before the name "Center City".
 */
function isRoleWord(t: Token, notFirst: boolean): boolean {
  if (!/^[a-z][a-z-]+$/.test(t.text) || CLAUSE_WORDS.has(t.lower) || PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
  return !(notFirst && /[a-z]ed$/.test(t.text));
}

/** The nearest comma (or quotation, hard stop or `limit - 1`) at or before token `from`. */
function commaBefore(tokens: readonly Token[], from: number, limit: number): number {
  let j = from;
  while (j >= limit && tokens[j].text !== ',' && tokens[j].quote < 0 && !isHardStop(tokens[j].text)) j--;
  return j;
}

/**
 * `, speaking on condition of anonymity because …,` ending at the comma `comma`: the comma that
 * opens a participle phrase set off before a verb, or -1.
 */
export function participleAsideOpen(tokens: readonly Token[], comma: number, floor: number): number {
  const open = commaBefore(tokens, comma - 1, Math.max(floor, comma - MAX_APPOSITIVE - 1));
  return open >= floor && tokens[open].text === ',' && comma - open > 2 && /^[a-z]+ing$/.test(tokens[open + 1].text) ? open : -1;
}

/**
 * `in Lynchburg, Va.,`, `of Elizabeth, Colorado,`: the words between the commas at `open` and
 * `comma` name the US state of a place, a capitalised name after a preposition. After a person's
 * name (`Mark Ortiz, Texas, said`) the state stays an appositive.
 */
function isStateAfterPlace(tokens: readonly Token[], open: number, comma: number): boolean {
  if (comma - open > 3) return false;
  const words = tokens.slice(open + 1, comma).map((t) => t.text).join(' ');
  if (!AP_STATES.has(words) && !US_STATE_NAMES.has(words)) return false;
  let place = open - 1;
  while (place > open - 4 && tokens[place]?.cap && tokens[place].kind === 'word') place--;
  return place < open - 1 && PREPOSITIONS.has(tokens[place]?.lower ?? '');
}

/** A phrase's last token, past its appositive when it has one (`Jane Doe, a spokeswoman,`). */
export function phraseEnd(phrase: Phrase): number {
  return phrase.appositive ? phrase.appositive[1] : phrase.last;
}

export class PhraseReader {
  #lexicon: Lexicon;
  /** Surnames of people the article names in full. */
  #knownSurnames: ReadonlySet<string>;

  constructor(lexicon: Lexicon, knownSurnames: ReadonlySet<string> = new Set()) {
    this.#lexicon = lexicon;
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
      this.#lexicon.titles.has(w) ||
      this.#lexicon.roles.has(w) ||
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
    const verb = this.#lexicon.verbs.get(token.lower);
    return verb !== undefined && verb.lemma !== token.lower;
  }

  isHeadWord(token: Token): boolean {
    const w = token.lower;
    return this.#lexicon.roles.has(w) || GROUP_NOUNS.has(w) || ANONYMOUS_HEADS.has(w) || ORGANIZATION_HEADS.has(w) || DOCUMENT_HEADS.has(w) || PUBLICATIONS.has(w) || PUBLICATION_HEADS.has(w) || PERSON_NOUNS.has(w);
  }

  /**
   * The speaker phrase that ends at token `end` (the word just before the verb), looking no
   * further left than `floor` (the sentence's start or the end of a quotation).
   */
  left(tokens: readonly Token[], end: number, floor: number, sentenceStart: number): Phrase | null {
    if (end < floor) return null;
    const last = tokens[end];
    if (last.quote >= 0) return null;
    if (SPEAKER_PRONOUNS[last.lower] || last.lower === 'i' || last.lower === 'we') return { first: end, last: end, head: end, appositive: null };
    // "He’s claiming": after a pronoun, "’s" is "is" or "has", not a possessive. Not "it’s known as",
    // a placeholder rather than a speaker.
    if (last.kind === 'possessive' && end - 1 >= floor && SPEAKER_PRONOUNS[tokens[end - 1].lower] && tokens[end - 1].lower !== 'it' && tokens[end - 1].quote < 0) return { first: end - 1, last: end - 1, head: end - 1, appositive: null };
    // "Article 33 affirms:", "Section 4 states": a numbered provision of a law or a treaty speaks as a document.
    if (isProvisionNumber(last) && end - 1 >= floor && PROVISIONS.test(tokens[end - 1].text)) {
      return { first: end - 1, last: end, head: end - 1, appositive: null };
    }
    // "Local 418 said", "UAW Local 600 said": a union's local, by its number.
    if (last.kind === 'number' && end - 1 >= floor && tokens[end - 1].text === 'Local' && tokens[end - 1].quote < 0) {
      let first = end - 1;
      while (first - 1 >= floor && tokens[first - 1].cap && tokens[first - 1].kind === 'word' && tokens[first - 1].quote < 0 && first - 1 >= sentenceStart) first--;
      return { first, last: end, head: end - 1, appositive: null };
    }
    // "…," one said. / "…," another added.: a quantifier standing for one of the people just described.
    if (STANDALONE.has(last.lower) && (end === floor || !DETERMINERS.has(tokens[end - 1].lower))) return { first: end, last: end, head: end, appositive: null };
    // "most of them said", "one of us said": a quantifier over people the text just spoke of.
    if ((last.lower === 'them' || last.lower === 'us') && end - 2 >= floor && tokens[end - 1].lower === 'of' && PARTITIVE_QUANTIFIERS.has(tokens[end - 2].lower) && tokens[end - 2].quote < 0) {
      const counted = this.#leftCore(tokens, end, floor, sentenceStart);
      return counted && counted.first <= end - 2 ? counted : { first: end - 2, last: end, head: end - 2, appositive: null };
    }
    if (last.lower === 'who' && end - 2 >= floor && tokens[end - 1].text === ',') {
      const antecedent = this.left(tokens, end - 2, floor, sentenceStart);
      return antecedent && !antecedent.antecedent ? { first: end, last: end, head: end, appositive: null, antecedent } : null;
    }
    // "Ford itself said", "the minister herself said": the reflexive only stresses the subject.
    if (REFLEXIVES.has(last.lower) && end - 1 >= floor && tokens[end - 1].quote < 0) return this.left(tokens, end - 1, floor, sentenceStart);
    if (last.text === ')') {
      const open = findBackward(tokens, end, floor, '(');
      return open > floor ? this.left(tokens, open - 1, floor, sentenceStart) : null;
    }
    if (last.text === ',') {
      // "Sen. Jack Reed (D-R.I.), said": a comma after a party label, with none before to pair with.
      if (tokens[end - 1]?.text === ')' && end - 1 > floor) return this.#leftAppositive(tokens, end, floor, sentenceStart) ?? this.left(tokens, end - 1, floor, sentenceStart);
      return this.#leftAppositive(tokens, end, floor, sentenceStart);
    }
    // Post-modifiers that describe what an anonymous source knows or how it spoke.
    const post = postModifierStart(tokens, end, floor);
    if (post >= 0) {
      let headEnd = post - 1;
      if (headEnd >= floor && tokens[headEnd].text === ',') headEnd--;
      const core = headEnd >= floor ? this.#leftCore(tokens, headEnd, floor, sentenceStart) : null;
      return core ? { first: core.first, last: end, head: core.head, appositive: core.appositive } : null;
    }
    // "his wife of 50 years said", "The employee of nearly four years, …, said": a duration after the head.
    const of = durationOf(tokens, end, floor);
    if (of > floor) {
      const held = this.#leftCore(tokens, of - 1, floor, sentenceStart);
      if (held) return { ...held, last: end };
    }
    const core = withQuantifier(tokens, this.#leftCore(tokens, end, floor, sentenceStart), floor);
    // "a spokesman for one of the tenants", "an executive at one of the companies": the
    // quantifier is the object of a preposition after the head, which speaks.
    if (core && core.first - 2 >= floor && PARTITIVE_QUANTIFIERS.has(tokens[core.first].lower) && tokens[core.first + 1]?.lower === 'of' && this.#prepositionAfterHead(tokens, core.first - 1, floor, end)) {
      const head = this.#leftCore(tokens, core.first - 2, floor, sentenceStart);
      if (head) return { first: head.first, last: end, head: head.head, appositive: head.appositive };
    }
    // "the United Nations envoy hosting the talks said", "another source speaking to Fox News said":
    // a participle phrase after the head.
    if (core) {
      for (let participle = core.first - 1; participle - 1 >= floor && participle >= core.first - 3; participle--) {
        const word = tokens[participle];
        if (word.quote >= 0 || word.kind === 'punct') break;
        if (!/^[a-z]+ing$/.test(word.text)) {
          if (PP_PREPOSITIONS.has(word.lower)) continue;
          break;
        }
        if (this.isHeadWord(tokens[participle - 1]) || tokens[participle - 1].cap) {
          const head = this.#leftCore(tokens, participle - 1, floor, sentenceStart);
          if (head) return { first: head.first, last: end, head: head.head, appositive: head.appositive };
        }
        break;
      }
    }
    return (core && this.#nameBeforeRole(tokens, core, floor, sentenceStart)) ?? core;
  }

  /** `Jane Doe, a spokeswoman for the ministry, said`: the phrase before the appositive. */
  #leftAppositive(tokens: readonly Token[], comma: number, floor: number, sentenceStart: number): Phrase | null {
    const limit = Math.max(floor, comma - MAX_APPOSITIVE - 1);
    let open = commaBefore(tokens, comma - 1, limit);
    if (open < limit) return null;
    if (open < floor || tokens[open].text !== ',' || comma - open < 2) return null;
    if (isStateAfterPlace(tokens, open, comma)) {
      // "Dean Johnson, a salesman from Sumter, South Carolina, says": the place and its state
      // end a longer appositive after a name (or an age); "following a report about women, a
      // student group in Lynchburg, Va., derided" has the subject itself end there.
      const earlier = commaBefore(tokens, open - 1, limit);
      const named = earlier >= limit && tokens[earlier].text === ',' && (tokens[earlier - 1]?.cap || tokens[earlier - 1]?.kind === 'number');
      if (!named) {
        const place = this.left(tokens, open - 1, floor, sentenceStart);
        return place && !place.antecedent ? { ...place, last: comma - 1 } : null;
      }
      open = earlier;
    }
    const first = tokens[open + 1];
    // "Trump, in Kentucky, said", "Ortiz, however, said", "Liveris, of course, said": an adverbial set off by commas, not a description.
    if ((PARENTHETICAL_OPENERS.has(first.lower) || (first.lower === 'of' && tokens[open + 2]?.lower === 'course')) && comma - open <= 8) {
      const subject = this.left(tokens, open - 1, floor, sentenceStart);
      return subject && !subject.antecedent ? subject : null;
    }
    // Long appositives are relative clauses or descriptions: "Ari Fleischer, a former Bush administration official who ..., said".
    // "Others, reacting to the gap between the shooting and the video's release, shouted": so are participle phrases.
    const participle = /^[a-z]+ing$/.test(first.text);
    const relative = first.lower === 'who' || first.lower === 'which';
    if (comma - open > 14 && !(DETERMINERS.has(first.lower) || relative || participle || this.isDescriptive(first)) || comma - open > 32) return null;
    // "Gene Sperling, then 38, said", "Hillary Clinton, then secretary of state, said": the description after the adverb.
    const at = APPOSITIVE_ADVERBS.has(first.lower) && open + 2 < comma ? open + 1 : open;
    const described = tokens[at + 1];
    const appositive =
      described.kind === 'number' ||
      DETERMINERS.has(described.lower) ||
      described.lower === 'who' ||
      described.lower === 'whose' ||
      described.lower === 'which' || // "The companies, which in several cases gave limited answers, said"
      this.isDescriptive(described) ||
      described.cap ||
      tokens[at + 2]?.lower === 'of' ||
      ((described.lower === 'of' || described.lower === 'from') && tokens[at + 2]?.cap) || // ", 33, of Baldwin, Miss.,": a hometown
      /^[a-z]+(?:ing|ed)$/.test(described.text); // ", speaking on condition of anonymity,", ", released Tuesday,"

    if (!appositive) return null;
    // "Peter Ashworth, 76, who wrote the code, said": an age between the name and its appositive;
    // so is a party label ("Sen. Ted Budd, R-N.C., who helped negotiate the bill, said").
    let subjectEnd = open - 1;
    if (subjectEnd - 2 >= floor && (tokens[subjectEnd].kind === 'number' || PARTY_LABEL.test(tokens[subjectEnd].text)) && tokens[subjectEnd - 1].text === ',') subjectEnd -= 2;
    const before = this.left(tokens, subjectEnd, floor, sentenceStart);
    if (!before || before.first === before.last && SPEAKER_PRONOUNS[tokens[before.first].lower]) return null;
    // "The companies, which …, said" speak; "the U.S. flights, which began in August, would continue" is no speaker.
    if (described.lower === 'which' && !(tokens[before.head].cap || this.isHeadWord(tokens[before.head]))) return null;
    // "after winning Ohio in the primary, Gov. John Kasich (R-OH), said": what stands before the
    // commas is the object of an opening phrase; the commas set off the subject itself.
    const lead = tokens[before.first - 1];
    if (first.cap && lead?.kind === 'word' && !lead.cap && (PREPOSITIONS.has(lead.lower) || /^[a-z]+(?:ing|ed)$/.test(lead.text))) {
      const subject = this.left(tokens, comma - 1, open + 1, open + 1);
      if (subject && subject.first === open + 1 && tokens[subject.head].cap) return subject;
    }
    // "Delvaux-Marin's chief executive, Philippe Lenoir, said": the name in the appositive is the
    // speaker, and the description before it is the title.
    if (!tokens[before.head].cap) {
      // "Another superdelegate, Michael Brown of Washington, D.C., explained": a name, then where the person is from.
      const nameEnd = withoutHometown(tokens, open + 1, comma - 1);
      if (isProperName(tokens, open + 1, nameEnd) || namesOrganization(tokens, open + 1, nameEnd, before)) {
        return { first: open + 1, last: nameEnd, head: nameEnd, appositive: [before.first, before.last] };
      }
    }
    // "Amira Collins, a spokeswoman for the partnership, which coordinates …, said": a relative
    // clause after a role describes the role's organisation; the role stays the appositive.
    const relativeClause = described.lower === 'who' || described.lower === 'whose' || described.lower === 'which';
    const role: [number, number] = relativeClause && before.appositive ? before.appositive : [open + 1, comma - 1];
    return this.#nameBeforeRole(tokens, before, floor, sentenceStart) ?? { ...before, appositive: role };
  }

  /**
   * `Alixandria Lapp, executive director of the House Majority PAC, a Democratic super PAC, said`,
   * `Sam Lau, the communications director for the party said`: a role set off by a comma after a
   * full name describes that name, which speaks. Only after a name of two words or more that
   * opens its clause, so `In New York, the spokesman said` keeps the spokesman.
   */
  #nameBeforeRole(tokens: readonly Token[], role: Phrase, floor: number, sentenceStart: number): Phrase | null {
    const head = tokens[role.head];
    // A role is lower case, or an acronym such as CEO.
    if ((head.cap && !/^[A-Z]{2,4}$/.test(head.text)) || !this.#lexicon.roles.has(head.lower)) return null;
    // "Anthony Anton, president and CEO of …", "Van Jackson, associate professor at …": words the role phrase left out.
    let comma = role.first - 1;
    for (let skipped = 0; skipped < 3 && comma > floor && tokens[comma].kind === 'word' && !tokens[comma].cap && tokens[comma].quote < 0; skipped++) comma--;
    if (comma - 2 < floor || tokens[comma].text !== ',') return null;
    const name = this.#leftCore(tokens, comma - 1, floor, sentenceStart);
    if (!name || !isProperName(tokens, name.first, name.last)) return null;
    const before = tokens[name.first - 1];
    // After the verb of an inverted tag too: "…," said Alfonso Ruiz, the director of …, who also said".
    if (name.first > floor && name.first !== sentenceStart && before && before.kind !== 'punct' && !this.#lexicon.verbs.has(before.lower)) return null;
    return { first: name.first, last: name.last, head: name.head, appositive: [role.first, role.last] };
  }

  /**
   * Whether token `j` is a preposition that attaches the noun phrase after it to the head word
   * before it: `a spokesman for the mayor`, `officials at the ministry`, `Jane Ortiz of the
   * union`. After a name only `of`, `for` and `with` do: `Ortiz at the meeting said` is a place,
   * and `the senator at the time` a time, whatever stands before it.
   */
  #prepositionAfterHead(tokens: readonly Token[], j: number, floor: number, end: number): boolean {
    const preposition = tokens[j];
    const head = tokens[j - 1];
    if (j - 1 < floor || preposition.kind !== 'word' || preposition.quote >= 0 || !(PP_PREPOSITIONS.has(preposition.lower) || preposition.lower === 'by') || head.quote >= 0) return false;
    const object = tokens[j + 2];
    if (object && (TIME_WORDS.has(object.lower) || object.lower === 'time' || object.lower === 'moment')) return false;
    // "the ministry in a statement", "the campaign on Twitter", "a voice-over in the ad": a channel.
    // Not after a part of a document: "a footnote in the report" is the footnote.
    if (preposition.lower === 'by') return recordBeforeBy(tokens, j, floor) >= 0;
    if (preposition.lower !== 'of' && preposition.lower !== 'for' && CHANNEL_OR_DOCUMENT.has(tokens[end].lower) && !DOCUMENT_HEADS.has(head.lower)) return false;
    if (this.isHeadWord(head)) return true;
    return head.cap && head.kind === 'word' && NAME_PREPOSITIONS.has(preposition.lower);
  }

  /**
   * When the "and" at `and` joins two objects of one preposition after a head (`officials at
   * the ministry and the army`, `a spokesman for Ruiz and Hale`), that preposition; else -1.
   * Only when the second object is plainly a noun phrase, opening with a determiner or ending
   * in a name or a head noun ("his home state of Texas and southern states with …": a noun,
   * not a verb), and not before a title and a name (`… for news and talk Dave Gorab`).
   */
  #objectsJoinedAt(tokens: readonly Token[], and: number, end: number, floor: number): number {
    const nounPhrase = DETERMINERS.has(tokens[and + 1]?.lower ?? '') || tokens[end].cap || this.isHeadWord(tokens[end]);
    if (and >= end || tokens[and].quote >= 0 || !nounPhrase || endsInTitledName(tokens, and + 1, end)) return -1;
    const from = and - 1;
    for (let k = from; k > floor && from - k < 5; k--) {
      const t = tokens[k];
      if (t.kind !== 'word' || t.quote >= 0 || CLAUSE_WORDS.has(t.lower)) return -1;
      if (k < from && this.#prepositionAfterHead(tokens, k, floor, from)) return k;
    }
    return -1;
  }

  /**
   * For the preposition at `j` ending "at a rally | in Denver", the preposition before its noun
   * phrase ("at"), when that one follows a head word or a name ("a supporter at"); else -1.
   * The noun phrase between is a determiner, at most one modifier and a lower-case noun.
   */
  #earlierPreposition(tokens: readonly Token[], j: number, floor: number): number {
    let k = j - 1;
    const noun = tokens[k];
    if (!noun || k <= floor || noun.kind !== 'word' || noun.cap || noun.quote >= 0 || CLAUSE_WORDS.has(noun.lower) || FINITE_VERBS.has(noun.lower) || this.#lexicon.verbs.has(noun.lower)) return -1;
    k--;
    if (k > floor && tokens[k].kind === 'word' && !tokens[k].cap && !DETERMINERS.has(tokens[k].lower) && DETERMINERS.has(tokens[k - 1].lower)) k--; // "a subsequent rally"
    if (k <= floor || !DETERMINERS.has(tokens[k].lower)) return -1;
    const preposition = k - 1;
    return preposition > floor && PP_PREPOSITIONS.has(tokens[preposition].lower) && (this.isHeadWord(tokens[preposition - 1]) || tokens[preposition - 1].cap) ? preposition : -1;
  }

  /**
   * A plural noun for people (`marchers`, `nurses`; `Teachers` opening a sentence): a role in
   * the plural, or an agent noun in -ers, -ors, -ists, -ians, -ants or -ents. Not `shootings
   * and protests`, which say nothing.
   */
  #isPeople(token: Token, opensSentence: boolean): boolean {
    if (token.kind !== 'word' || (token.cap && !opensSentence) || token.quote >= 0 || !/^[a-z]{3,}[^s]s$/.test(token.lower) || CLAUSE_WORDS.has(token.lower)) return false;
    return PEOPLE_NOUN.test(token.lower) || this.#lexicon.roles.has(token.lower.slice(0, -1)) || this.isHeadWord(token);
  }

  /**
   * Whether token `j`, before the phrase's last word, is a verb that reports or finds (`told`,
   * `found`) or a finite auxiliary after a word of its own: in "A jury found Zimmerman, who …"
   * the name is the verb's object, not a phrase with the verb inside. A verb's bare form is
   * one only after a plural ("aides say Ivanka Trump …"): in "talk show host Glenn Beck" it is
   * a noun. Right after a determiner it modifies: "the leaked memo".
   */
  #verbBetween(tokens: readonly Token[], j: number, end: number): boolean {
    const w = tokens[j].lower;
    const before = tokens[j - 1];
    if (j >= end || !before || DETERMINERS.has(before.lower)) return false;
    if (FINITE_VERBS.has(w)) return true;
    const lemma = this.#lexicon.verbs.get(w)?.lemma ?? DOCUMENT_VERBS.get(w);
    return lemma !== undefined && (lemma !== w || (before.kind === 'word' && /[^s]s$/.test(before.lower)));
  }

  /**
   * From `j`, up to two lower-case words ending in an organisation's or a publication's noun,
   * then a capitalised name (`news agency OSTPRESS`): the index of the name's first word, else -1.
   */
  #describedNameAt(tokens: readonly Token[], j: number, ceiling: number): number {
    for (let k = j; k <= ceiling && k - j < 2; k++) {
      const t = tokens[k];
      if (t.kind !== 'word' || t.cap || t.quote >= 0 || CLAUSE_WORDS.has(t.lower)) return -1;
      const next = tokens[k + 1];
      if ((ORGANIZATION_HEADS.has(t.lower) || PUBLICATION_HEADS.has(t.lower)) && next && k + 1 <= ceiling && next.kind === 'word' && next.cap && next.quote < 0) return k + 1;
    }
    return -1;
  }

  /** "Shipping companies say", "Striking workers said": an -ing word right before a head noun describes it. */
  #describesHead(tokens: readonly Token[], j: number, end: number): boolean {
    return j + 1 === end && !tokens[j].text.endsWith('ed') && this.isHeadWord(tokens[end]);
  }

  #leftCore(tokens: readonly Token[], end: number, floor: number, sentenceStart: number): Phrase | null {
    let first = end + 1;
    let committed = end + 1; // the leftmost token we are sure of
    let unknown = 0;
    let sawName = false;
    for (let j = end; j >= floor && end - j < MAX_PHRASE; j--) {
      const t = tokens[j];
      if (t.quote >= 0) break;
      const atStart = WORD_AT_START(tokens, j, sentenceStart);
      // "the national wine exporters' association": a plural's apostrophe is its possessive.
      if (t.kind === 'possessive' || (j < end && isPluralApostrophe(tokens, j, floor))) {
        first = j;
        continue;
      }
      // "the port's largest tenants": a common noun owning what follows, after its determiner.
      if (j < end && tokens[j + 1].kind === 'possessive' && t.kind === 'word' && !t.cap && j - 1 >= floor && DETERMINERS.has(tokens[j - 1].lower) && !CLAUSE_WORDS.has(t.lower)) {
        first = j;
        continue;
      }
      // Right before the verb, a known surname is the speaker whatever else the word can be.
      if (j === end && this.isKnownSurname(t)) {
        first = committed = j;
        sawName = true;
        continue;
      }
      // "Asked about …", "Speaking to …" open a sentence as participles; "Husted said", "Reed Hundt said" are names.
      if (t.kind === 'word' && t.cap && (NOT_SPEAKER_WORDS.has(t.lower) || (atStart && /^[A-Z][a-z]+(?:ing|ed)$/.test(t.text) && j < end && !tokens[j + 1].cap && !this.#describesHead(tokens, j, end)))) break;
      // "marchers and spectators chanting": two plural nouns joined as one subject.
      if (t.lower === 'and' && j === end - 1 && j - 1 >= floor && this.#isPeople(tokens[end], false) && this.#isPeople(tokens[j - 1], WORD_AT_START(tokens, j - 1, sentenceStart))) {
        first = committed = j;
        continue;
      }
      // "the Organization for Economic Cooperation and Development", "a spokesman for Ruiz and Hale".
      const joined = t.lower === 'and' ? this.#objectsJoinedAt(tokens, j, end, floor) : -1;
      if (joined >= 0) {
        first = committed = j = joined;
        continue;
      }
      // "U.S. and NATO officials": coordinated modifiers; "Louisville Gas and Electric": a company's name.
      if (t.lower === 'and' && sawName && j - 1 >= floor && tokens[j - 1].cap && tokens[j - 1].kind === 'word' && j + 1 <= end && tokens[j + 1].cap && (this.isHeadWord(tokens[end]) || (tokens[end].cap && COMPANY_NAME_ENDINGS.has(tokens[end].lower)))) {
        first = committed = j;
        continue;
      }
      if (t.kind === 'word' && t.cap && !(atStart && SENTENCE_START_STOPWORDS.has(t.lower) && !GROUP_NOUNS.has(t.lower) && !ANONYMOUS_HEADS.has(t.lower))) {
        if (CLAUSE_WORDS.has(t.lower) && !atStart && t.lower !== 'who') break;
        first = committed = j;
        sawName = true;
        continue;
      }
      if (t.kind === 'number' && j < end) {
        first = committed = j;
        continue;
      }
      if (t.kind === 'word' && (this.isDescriptive(t) || (NAME_PARTICLES.has(t.lower) && sawName && j > floor && tokens[j - 1].cap))) {
        first = committed = j;
        continue;
      }
      if (t.kind === 'word' && DETERMINERS.has(t.lower)) {
        first = committed = j;
        // "a spokesman for the mayor", "the head of the union": the determiner opens the object
        // of a preposition after the head; the phrase goes on to the head.
        if (this.#prepositionAfterHead(tokens, j - 1, floor, end)) continue;
        // "officials at the ministry and the army"
        const joined = tokens[j - 1]?.lower === 'and' ? this.#objectsJoinedAt(tokens, j - 1, end, floor) : -1;
        if (joined >= 0) {
          first = committed = j = joined;
          continue;
        }
        break;
      }
      if (t.kind === 'word' && PP_PREPOSITIONS.has(t.lower) && j - 1 >= floor && j < end && (this.isHeadWord(tokens[j - 1]) || tokens[j - 1].cap)) {
        first = committed = j;
        continue;
      }
      // "A report by the Harbour Institute shows", "Documents obtained by the AP show": the record's maker.
      const record = t.lower === 'by' && j < end ? recordBeforeBy(tokens, j, floor) : -1;
      if (record >= 0) {
        first = committed = j = record + 1;
        continue;
      }
      // "a supporter at a rally in Denver said": a second prepositional phrase, whose noun is
      // no speaker's, leads back to the first and the head before it.
      // Only a place's preposition: in "the direction of Hillary Clinton, who …" Clinton is named.
      const earlier = t.kind === 'word' && PLACE_PREPOSITIONS.has(t.lower) && j < end ? this.#earlierPreposition(tokens, j, floor) : -1;
      if (earlier >= 0) {
        first = committed = j = earlier;
        continue;
      }
      if (t.kind === 'word' && t.text === '-' ) break;
      if (t.kind === 'word' && !t.cap && unknown < 2 && !CLAUSE_WORDS.has(t.lower) && !SENTENCE_START_STOPWORDS.has(t.lower) && !PP_PREPOSITIONS.has(t.lower) && !this.#verbBetween(tokens, j, end) && /^[a-z0-9][a-z0-9-]+$/.test(t.text)) {
        // An adjective we do not know ("the billionaire businessman"): kept only if a determiner
        // follows on the left.
        unknown++;
        first = j;
        continue;
      }
      break;
    }
    if (first > end) return null;
    if (first < committed && !(first - 1 >= floor && DETERMINERS.has(tokens[first - 1]?.lower ?? ''))) first = committed;
    // Don't let a phrase begin with a preposition or a possessive.
    while (first <= end && ((PP_PREPOSITIONS.has(tokens[first].lower) && !(first === end && this.isKnownSurname(tokens[first]))) || tokens[first].kind === 'possessive')) first++;
    if (first > end) return null;
    const head = this.#headOf(tokens, first, end);
    return head < 0 ? null : { first, last: end, head, appositive: null };
  }

  /** The speaker phrase that starts at token `start` (just after the verb), up to `ceiling`. */
  right(tokens: readonly Token[], start: number, ceiling: number): Phrase | null {
    if (start > ceiling) return null;
    const t0 = tokens[start];
    if (t0.quote >= 0) return null;
    // "“American Skin” was written by Springsteen": the agent of a passive verb.
    if (t0.lower === 'by' && start < ceiling && tokens[start + 1].cap && tokens[start - 1]?.kind === 'word' && /(?:ed|en)$/.test(tokens[start - 1].lower)) return this.right(tokens, start + 1, ceiling);
    if (SPEAKER_PRONOUNS[t0.lower]) return { first: start, last: start, head: start, appositive: null };
    if (STANDALONE.has(t0.lower) && (start + 1 > ceiling || tokens[start + 1].kind === 'punct')) return { first: start, last: start, head: start, appositive: null };
    let last = start - 1;
    let sawHead = false;
    // "said harbour master Lena Marsh": a role we do not know, right before a name.
    let roleEnd = start;
    while (roleEnd <= ceiling && roleEnd - start < 3 && isRoleWord(tokens[roleEnd], roleEnd > start)) roleEnd++;
    if (roleEnd > start && roleEnd <= ceiling && tokens[roleEnd].cap && tokens[roleEnd].kind === 'word' && !NOT_SPEAKER_WORDS.has(tokens[roleEnd].lower)) last = roleEnd - 1;
    for (let j = last + 1; j <= ceiling && j - start < MAX_PHRASE; j++) {
      const t = tokens[j];
      // "reads a Wednesday editorial in The Des Moines Register": a day after a determiner says when, and the noun after it is the head.
      if (t.kind === 'word' && t.cap && j === start + 1 && DETERMINERS.has(t0.lower) && DAYS.has(t.lower) && j < ceiling && tokens[j + 1].kind === 'word' && !tokens[j + 1].cap) {
        last = j;
        continue;
      }
      if (t.quote >= 0 || t.kind === 'punct' || NOT_SPEAKER_WORDS.has(t.lower)) break;
      if (t.kind === 'possessive' && j > start) {
        last = j;
        continue;
      }
      if (t.kind === 'word' && DETERMINERS.has(t.lower) && (j === start || (j > start && PP_PREPOSITIONS.has(tokens[j - 1].lower)))) {
        last = j;
        // "Hundreds of demonstrators", "some of his aides": a quantifier and "of" lead to the head.
        if (j === start && tokens[j + 1]?.lower === 'of' && j + 2 <= ceiling) j++;
        continue;
      }
      if (t.kind === 'number' && (j === start || (/^\d+(?:st|nd|rd|th)$/.test(t.text) && tokens[j + 1]?.cap))) {
        last = j; // "said Air Force 1st Lt. Tyler Livingston"
        continue;
      }
      // "mused Blaze co-host Stu Burguiere", "said Idaho nutritional-supplement executive Frank
      // VanderSloot", "the Republican vice-presidential nominee": unknown words between a capital
      // and the role or name they lead to.
      if (t.kind === 'word' && sawHead && tokens[j - 1].cap && this.#unknownModifier(t)) {
        const leadsTo = this.#modifiersLeadTo(tokens, j, ceiling);
        if (leadsTo >= j) {
          last = leadsTo;
          continue;
        }
      }
      if (t.kind === 'word' && (t.cap || this.isDescriptive(t))) {
        last = j;
        sawHead = true;
        continue;
      }
      // "according to Dutch broadcaster NOS", "said French newspaper Le Monde": a head noun
      // between a capitalised modifier and the name it describes.
      if (t.kind === 'word' && sawHead && tokens[j - 1].cap && (this.isHeadWord(t) || PUBLICATION_HEADS.has(t.lower)) && j + 1 <= ceiling && tokens[j + 1].kind === 'word' && tokens[j + 1].cap && tokens[j + 1].quote < 0) {
        last = j;
        continue;
      }
      // "according to the state news agency OSTPRESS", "the opposition newspaper Harbour Post": lower-case
      // words that describe the name after them.
      if (t.kind === 'word' && sawHead && !t.cap && DETERMINERS.has(tokens[start].lower)) {
        const described = this.#describedNameAt(tokens, j, ceiling);
        if (described > j) {
          last = j = described;
          continue;
        }
      }
      if (t.kind === 'word' && NAME_PARTICLES.has(t.lower) && sawHead && tokens[j + 1]?.cap) {
        last = j;
        continue;
      }
      // Not "in", "on" or "to", which say where or to whom ("said Lund in Paris"), except a part
      // of a document in it: "a footnote in the report".
      const partOfDocument = t.lower === 'in' && DOCUMENT_HEADS.has(tokens[j - 1].lower) && DETERMINERS.has(tokens[j + 1]?.lower ?? '');
      if (t.kind === 'word' && PP_PREPOSITIONS.has(t.lower) && sawHead && j + 1 <= ceiling && ((t.lower !== 'on' && t.lower !== 'in' && t.lower !== 'to') || partOfDocument)) {
        const next = tokens[j + 1];
        if (next.kind === 'word' && (next.cap || DETERMINERS.has(next.lower) || this.isDescriptive(next))) {
          last = j;
          continue;
        }
      }
      // "a spokeswoman for Trump hotels,": a common noun after a name ends the prepositional object.
      if (t.kind === 'word' && sawHead && j > start + 2 && tokens[j - 1].cap && /^[a-z]+s$/.test(t.text) && !CLAUSE_WORDS.has(t.lower) && tokens[j + 1]?.kind === 'punct' && hasPreposition(tokens, start, j)) {
        last = j;
        break;
      }
      // "according to city planning records", "county property records": words we need not know between a body and its record.
      if (t.kind === 'word' && sawHead && !t.cap && j > start) {
        const record = this.#recordAfterModifiers(tokens, j, ceiling);
        if (record > j) {
          last = j = record;
          continue;
        }
      }
      // "the billionaire businessman", "his longtime personal physician": an unknown noun after a determiner and modifiers.
      // Never past a finite verb: in "said the messages were kept short" the phrase is the content's subject.
      if (t.kind === 'word' && j > start && j - start < 5 && DETERMINERS.has(tokens[start].lower) && /^[a-z0-9][a-z0-9-]+$/.test(t.text) && !CLAUSE_WORDS.has(t.lower) && !PP_PREPOSITIONS.has(t.lower) && !FINITE_VERBS.has(t.lower) && (!sawHead || this.#onlyModifiers(tokens, start + 1, j))) {
        last = j; // "said the billionaire businessman"
        continue;
      }
      break;
    }
    // "according to the court's online register": when a record follows the possessive, the
    // phrase is the record, in words we need not know; otherwise the possessor speaks.
    if (last > start && tokens[last].kind === 'possessive') last = possessedEnd(tokens, last, ceiling);
    // Access qualifiers belong to the phrase: "people familiar with the matter".
    if (last >= start) {
      const access = accessEnd(tokens, last + 1, ceiling);
      if (access > last) last = access;
    }
    while (last >= start && (PP_PREPOSITIONS.has(tokens[last].lower) || DETERMINERS.has(tokens[last].lower))) last--;
    if (last < start) return null;
    const head = this.#headOf(tokens, start, last);
    if (head < 0) return null;
    // "according to a copy seen by Reuters", "a list of demands", "figures from the price
    // reporting service SteelIndex Europe": what tells one record from another stays with it.
    if (DOCUMENT_HEADS.has(tokens[head].lower)) last = Math.max(last, recordTail(tokens, head + 1, ceiling, this.#lexicon, (t) => this.isDescriptive(t)));
    const according = tokens[start - 1]?.lower === 'to' && tokens[start - 2]?.lower === 'according';
    return { first: start, last, head, appositive: rightAppositive(tokens, last + 1, ceiling, this, according) };
  }

  /** Tokens `from` up to `to` (exclusive) are lower-case modifiers, none of them a head: `longtime personal`. */
  #onlyModifiers(tokens: readonly Token[], from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (tokens[k].cap || this.isHeadWord(tokens[k])) return false;
    return true;
  }

  /** A lower-case word we do not know that can modify a role (`co-host`, `vice-presidential`), and not a verb (`rallied`, `says`). */
  #unknownModifier(t: Token): boolean {
    if (t.kind !== 'word' || !/^[a-z][a-z-]+$/.test(t.text) || (/(?:ed|ing|s)$/.test(t.text) && !t.text.includes('-'))) return false;
    return !CLAUSE_WORDS.has(t.lower) && !PP_PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower) && !NOT_SPEAKER_WORDS.has(t.lower) && !this.isHeadWord(t) && !this.#lexicon.verbs.has(t.lower) && !IRREGULAR_PAST.has(t.lower);
  }

  /**
   * From an unknown lower-case word at `j`: up to two of them, then a known role (`executive`,
   * `nominee`) or a full name (two capitals). The last token of what they lead to, or -1.
   */
  #modifiersLeadTo(tokens: readonly Token[], j: number, ceiling: number): number {
    let k = j;
    while (k + 1 <= ceiling && k - j < 1 && this.#unknownModifier(tokens[k + 1])) k++;
    const next = tokens[k + 1];
    if (!next || k + 1 > ceiling || next.quote >= 0) return -1;
    if (next.kind === 'word' && !next.cap && this.isHeadWord(next)) return k + 1;
    if (next.kind === 'word' && next.cap && k + 2 <= ceiling && tokens[k + 2]?.kind === 'word' && tokens[k + 2].cap) return k;
    return -1;
  }

  /** The record that one or two plain lower-case words from `j` lead to (`planning records`), or -1. Not a law: "a San Diego securities law firm". */
  #recordAfterModifiers(tokens: readonly Token[], j: number, ceiling: number): number {
    for (let k = j; k <= ceiling && k < j + 2; k++) {
      const t = tokens[k];
      if (t.kind !== 'word' || t.cap || t.quote >= 0 || CLAUSE_WORDS.has(t.lower) || FINITE_VERBS.has(t.lower) || PP_PREPOSITIONS.has(t.lower)) return -1;
      if (k > j && RECORD_HEADS.has(t.lower)) return k;
    }
    return -1;
  }

  /** The word a phrase is about: the last word before any prepositional tail, if it can head a speaker phrase. */
  #headOf(tokens: readonly Token[], first: number, last: number): number {
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
      return (DETERMINERS.has(tokens[first].lower) && j > first) || (j > first && tokens[j - 1].lower === 'and' && this.#isPeople(t, false)) ? j : -1;
    }
    return -1;
  }
}

/** Prepositions that say where: `a supporter at a rally in Denver`. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from']);

/** At token `j`, a title's `of` (or `for`) followed by at least three capitalised words: the rest of the title and a name. */
function titleOfLeadsToName(tokens: readonly Token[], j: number, last: number): boolean {
  let run = j + 1;
  if (tokens[run]?.lower === 'the') run++;
  if (run > last || !titleOfBefore(tokens, run)) return false;
  for (let k = run; k <= last; k++) if (!tokens[k].cap || tokens[k].kind !== 'word') return false;
  return last - run >= 2;
}

/** `… and talk Dave Gorab`: a full name after a lower-case word ends tokens [from, end]; a title and the speaker's name, not a second object. */
function endsInTitledName(tokens: readonly Token[], from: number, end: number): boolean {
  let k = end;
  while (k >= from && tokens[k].cap && tokens[k].kind === 'word') k--;
  return end - k >= 2 && k >= from && !tokens[k].cap;
}

/** A lawmaker's party and state: `R-N.C.`, `D-Wis.`, `I-Vt.`. */
const PARTY_LABEL = /^[DRI]-[A-Z][A-Za-z.]{1,5}$/;

/** Quantifiers that take a partitive "of": `one of her ads`, `most of his aides`. */
const PARTITIVE_QUANTIFIERS = new Set([...STANDALONE, 'each', 'all', 'none', 'two', 'three']);

const COUNT_WORDS = new Set(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'several', 'many']);

/** The `of` that opens a duration ending at `end` (`of nearly four years`), or -1. */
function durationOf(tokens: readonly Token[], end: number, floor: number): number {
  if (!TIME_UNITS.has(tokens[end].lower)) return -1;
  let k = end - 1;
  if (k < floor || !(tokens[k].kind === 'number' || COUNT_WORDS.has(tokens[k].lower))) return -1;
  k--;
  while (k >= floor && end - k < 6 && APPROXIMATORS.has(tokens[k].lower)) k--;
  return k >= floor && tokens[k].lower === 'of' && tokens[k].quote < 0 ? k : -1;
}

/** `one of her ads asking …`: a quantifier and "of" before the phrase belong to it; "her ads" alone reads as an object. */
function withQuantifier(tokens: readonly Token[], core: Phrase | null, floor: number): Phrase | null {
  if (!core || core.first - 2 < floor) return core;
  const of = tokens[core.first - 1];
  const quantifier = tokens[core.first - 2];
  if (of.lower !== 'of' || of.quote >= 0 || quantifier.quote >= 0 || !PARTITIVE_QUANTIFIERS.has(quantifier.lower)) return core;
  return { ...core, first: core.first - 2 };
}

const RELATIVES = new Set(['who', 'whose', 'whom']);

function rightAppositive(tokens: readonly Token[], from: number, ceiling: number, reader: PhraseReader, according = false): [number, number] | null {
  if (from > ceiling || tokens[from].text !== ',') return null;
  // "said Hilde Baumann, 71, who spent 30 years …": past an age to the description after it.
  if (tokens[from + 1]?.kind === 'number' && tokens[from + 2]?.text === ',' && from + 3 <= ceiling && tokens[from + 3].quote < 0) {
    const described = rightAppositive(tokens, from + 2, ceiling, reader, according);
    if (described) return described;
  }
  const first = tokens[from + 1];
  if (!first || first.quote >= 0) return null;
  // "said Gene Lund, managing director at Harbour Capital."
  const titleParticiple = TITLE_PARTICIPLES.has(first.lower) && reader.isDescriptive(tokens[from + 2] ?? first);
  if (!(DETERMINERS.has(first.lower) || reader.isDescriptive(first) || titleParticiple || first.kind === 'number' || first.lower === 'who')) return null;
  let end = from + 1;
  while (end + 1 <= ceiling && end - from < MAX_APPOSITIVE && tokens[end + 1].quote < 0 && tokens[end + 1].text !== ',' && !isHardStop(tokens[end + 1].text)) end++;
  // "According to the Pentagon, two soldiers were wounded": a clause, not a description of the Pentagon.
  // A relative clause may have its verb: "a professor at Stanford who is not involved in the case".
  if (first.lower !== 'who') for (let j = from + 1; j <= end && !RELATIVES.has(tokens[j].lower); j++) if (FINITE_VERBS.has(tokens[j].lower)) return null;
  // "According to AZCentral, one highway sign read, "…"": a clause whose verb introduces words.
  if (first.lower !== 'who' && end > from + 1 && reader.isReportingVerb(tokens[end])) return null;
  // "According to police, a man, 34, was arrested": a noun phrase whose verb follows its commas is the clause's
  // subject. Not after a subject's name ("Aaron Kall, the director of debate, compared …"), nor a role
  // ("At the heart of it, according to Dennis Ross, another former envoy, was a decision …").
  if (according && first.lower !== 'who' && !reader.isDescriptive(tokens[end]) && verbAfterCommas(tokens, end + 1, ceiling, reader)) return null;
  return [from + 1, end];
}

/**
 * Whether a verb other than one of speech follows the comma at `comma`, past an age between
 * commas: `, was arrested`, `, 34, fled`. Not `, said` or `, has said`, which the description's
 * person says.
 */
function verbAfterCommas(tokens: readonly Token[], comma: number, ceiling: number, reader: PhraseReader): boolean {
  if (tokens[comma]?.text !== ',') return false;
  let next = comma + 1;
  if (tokens[next]?.kind === 'number' && tokens[next + 1]?.text === ',') next += 2;
  const t = tokens[next];
  if (next > ceiling || t === undefined || t.kind !== 'word' || t.cap || t.quote >= 0) return false;
  if (!isVerbForm(t)) return false;
  for (let j = next; j <= next + 2 && j < tokens.length; j++) if (reader.isReportingVerb(tokens[j])) return false;
  return true;
}
const MODALS = new Set(['may', 'might', 'must', 'should', 'shall']);

/** A lower-case word that reads as a verb where a clause's verb would stand: `was`, `may`, `fled`, `arrested`. */
export function isVerbForm(t: Token): boolean {
  return FINITE_VERBS.has(t.lower) || MODALS.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /^[a-z]+ed$/.test(t.lower);
}

/** `The national wine exporters' association, ViniPort, said`: one capitalised word after an organisation's description is its name. */
function namesOrganization(tokens: readonly Token[], first: number, last: number, description: Phrase): boolean {
  const name = tokens[first];
  return first === last && name.kind === 'word' && name.cap && name.quote < 0 && !SENTENCE_START_STOPWORDS.has(name.lower) && ORGANIZATION_HEADS.has(tokens[description.head].lower);
}

/** The last token of `first`…`last` before a hometown (`Michael Brown of Washington, D.C.`), or `last` when none ends it. */
function withoutHometown(tokens: readonly Token[], first: number, last: number): number {
  for (let j = first + 1; j < last; j++) {
    if ((tokens[j].lower === 'of' || tokens[j].lower === 'from') && tokens[j + 1].cap) {
      for (let k = j + 1; k <= last; k++) if (!(tokens[k].cap || tokens[k].text === ',')) return last;
      return j - 1;
    }
  }
  return last;
}

/** Two to four capitalised words (initials and particles allowed): a person's or an organisation's name. */
function isProperName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first < 1 || last - first > 4) return false;
  for (let j = first; j <= last; j++) {
    const t = tokens[j];
    if (t.quote >= 0 || t.kind !== 'word') return false;
    if (!t.cap && !NAME_PARTICLES.has(t.lower)) return false;
  }
  return tokens[first].cap && tokens[last].cap;
}

function findBackward(tokens: readonly Token[], from: number, floor: number, text: string): number {
  for (let j = from; j >= floor && from - j < MAX_PHRASE; j--) if (tokens[j].text === text) return j;
  return -1;
}

function isHardStop(text: string): boolean {
  return text === '.' || text === ';' || text === ':' || text === '?' || text === '!' || text === '—' || text === '–';
}

function isOpeningPunct(text: string): boolean {
  return text === '"' || text === '“' || text === '(' || text === '‘' || text === '—';
}

/**
 * If the tokens ending at `end` are a post-modifier of an anonymous source
 * (`familiar with the matter`, `speaking on condition of anonymity`), its first token.
 */
function postModifierStart(tokens: readonly Token[], end: number, floor: number): number {
  const from = Math.max(floor, end - 9);
  if (from > end || !hasTriggerWord(tokens, from, end)) return -1;
  const stretch = joinTokens(tokens, from, end);
  for (const pattern of [ACCESS, GRANTED]) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(stretch.text))) {
      if (match.index + match[0].length === stretch.text.length) {
        const first = stretch.positions.findIndex((position) => position >= match!.index);
        if (first >= 0) return from + first;
      }
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  return -1;
}

/** How many lower-case words a possessed noun phrase may run to: `online register`, `latest tally`. */
const POSSESSED_REACH = 3;
/**
 * Records that speak for themselves when their owner is named: `the court's online register`,
 * `Axelrod's memoir`, `the agency's figures`. Not a person's `response` or `statement`: in
 * `Clinton's response was: "…"` the words are still Clinton's.
 */
const POSSESSED_RECORDS = new Set([
  'register', 'registry', 'docket', 'database', 'tally', 'calculations', 'logs', 'figures', 'data', 'records', 'website',
  'report', 'study', 'survey', 'poll', 'analysis', 'review', 'audit', 'findings', 'results', 'memoir', 'book', 'filing',
  'filings', 'estimate', 'estimates', 'projections', 'forecast', 'count', 'timeline', 'archives', 'bylaws', 'rules',
  'charter', 'guidelines', 'policy', 'statute', 'constitution', 'contract', 'transcript',
]);

/**
 * The end of the record, body or role a possessive at `possessive` leads to (`the court's |
 * online register`, `the state's | geological service`, `the city's | police chief`), or the
 * possessive itself: the possessor is then the speaker phrase.
 */
function possessedEnd(tokens: readonly Token[], possessive: number, ceiling: number): number {
  for (let j = possessive + 1; j <= ceiling && j - possessive <= POSSESSED_REACH; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.quote >= 0 || t.cap || !/^[a-z][a-z-]*$/.test(t.text) || CLAUSE_WORDS.has(t.lower) || PP_PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower)) break;
    if (POSSESSED_RECORDS.has(t.lower) || ORGANIZATION_HEADS.has(t.lower) || ROLE_NOUNS.has(t.lower)) return j;
  }
  return possessive;
}

/** The last token of an access qualifier starting at `from` (`familiar with the matter`), or -1. */
function accessEnd(tokens: readonly Token[], from: number, ceiling: number): number {
  if (from > ceiling) return -1;
  const to = Math.min(ceiling, from + 8);
  if (!hasTriggerWord(tokens, from, to)) return -1;
  const stretch = joinTokens(tokens, from, to);
  ACCESS.lastIndex = 0;
  const match = ACCESS.exec(stretch.text);
  if (!match || match.index !== 0) return -1;
  let last = -1;
  for (let j = from; j <= to && stretch.positions[j - from] + tokens[j].text.length <= match[0].length; j++) {
    if (tokens[j].kind === 'punct' || tokens[j].quote >= 0) break;
    last = j;
  }
  return last;
}

function hasPreposition(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PP_PREPOSITIONS.has(tokens[k].lower)) return true;
  return false;
}

/** Whether tokens `from`..`to` hold a word without which no GRANTED or ACCESS phrase matches. */
function hasTriggerWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (GRANTED_OR_ACCESS_WORDS.has(tokens[j].lower)) return true;
  return false;
}

/** The tokens' text joined by single spaces, with where each token starts in that string. */
function joinTokens(tokens: readonly Token[], from: number, to: number): { text: string; positions: number[] } {
  let text = '';
  const positions: number[] = [];
  for (let j = from; j <= to; j++) {
    if (j > from) text += ' ';
    positions.push(text.length);
    text += tokens[j].text;
  }
  return { text, positions };
}

export { OBJECT_PRONOUNS };
