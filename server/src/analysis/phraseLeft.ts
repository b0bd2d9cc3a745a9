/**
 * Reading a speaker phrase leftwards from the word before its verb (`… Jane Doe, a spokeswoman
 * for the ministry, said`): the core noun phrase, an appositive or a name before a role, within
 * the sentence and past no quotation.
 */
import { DOCUMENT_VERBS } from './lexicon/verbs';
import {
  ANONYMOUS_HEADS,
  CLAUSE_WORDS,
  COMPANY_NAME_ENDINGS,
  DETERMINERS,
  DOCUMENT_HEADS,
  FINITE_VERBS,
  GROUP_NOUNS,
  NOT_SPEAKER_WORDS,
  PREPOSITIONS,
  SENTENCE_START_STOPWORDS,
  SPEAKER_PRONOUNS,
  TIME_WORDS,
} from './lexicon/words';
import type { Phrase, PhraseReader } from './phrases';
import {
  APPOSITIVE_ADVERBS,
  CHANNEL_OR_DOCUMENT,
  commaBefore,
  durationOf,
  endsInTitledName,
  findBackward,
  isProperName,
  isProvisionNumber,
  isStateAfterPlace,
  isStateName,
  MAX_APPOSITIVE,
  MAX_PHRASE,
  NAME_PARTICLES,
  NAME_PREPOSITIONS,
  namesOrganization,
  PARENTHETICAL_OPENERS,
  PARTITIVE_QUANTIFIERS,
  PARTY_LABEL,
  PLACE_PREPOSITIONS,
  postModifierStart,
  PP_PREPOSITIONS,
  PROVISIONS,
  REFLEXIVES,
  STANDALONE,
  withoutHometown,
  withQuantifier,
  WORD_AT_START,
} from './phraseWords';
import { recordBeforeBy } from './recordPhrases';
import { isPluralApostrophe, type Token } from './tokens';

/**
 * The speaker phrase that ends at token `end` (the word just before the verb), looking no
 * further left than `floor` (the sentence's start or the end of a quotation).
 */
export function readLeft(reader: PhraseReader, tokens: readonly Token[], end: number, floor: number, sentenceStart: number): Phrase | null {
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
    const counted = leftCore(reader, tokens, end, floor, sentenceStart);
    return counted && counted.first <= end - 2 ? counted : { first: end - 2, last: end, head: end - 2, appositive: null };
  }
  if (last.lower === 'who' && end - 2 >= floor && tokens[end - 1].text === ',') {
    const antecedent = readLeft(reader, tokens, end - 2, floor, sentenceStart);
    return antecedent && !antecedent.antecedent ? { first: end, last: end, head: end, appositive: null, antecedent } : null;
  }
  // "Ford itself said", "the minister herself said": the reflexive only stresses the subject.
  if (REFLEXIVES.has(last.lower) && end - 1 >= floor && tokens[end - 1].quote < 0) return readLeft(reader, tokens, end - 1, floor, sentenceStart);
  if (last.text === ')') {
    const open = findBackward(tokens, end, floor, '(');
    return open > floor ? readLeft(reader, tokens, open - 1, floor, sentenceStart) : null;
  }
  if (last.text === ',') {
    // "Sen. Jack Reed (D-R.I.), said": a comma after a party label, with none before to pair with.
    if (tokens[end - 1]?.text === ')' && end - 1 > floor) return leftAppositive(reader, tokens, end, floor, sentenceStart) ?? readLeft(reader, tokens, end - 1, floor, sentenceStart);
    return leftAppositive(reader, tokens, end, floor, sentenceStart);
  }
  // Post-modifiers that describe what an anonymous source knows or how it spoke.
  const post = postModifierStart(tokens, end, floor);
  if (post >= 0) {
    let headEnd = post - 1;
    if (headEnd >= floor && tokens[headEnd].text === ',') headEnd--;
    const core = headEnd >= floor ? leftCore(reader, tokens, headEnd, floor, sentenceStart) : null;
    return core ? { first: core.first, last: end, head: core.head, appositive: core.appositive } : null;
  }
  // "his wife of 50 years said", "The employee of nearly four years, …, said": a duration after the head.
  const of = durationOf(tokens, end, floor);
  if (of > floor) {
    const held = leftCore(reader, tokens, of - 1, floor, sentenceStart);
    if (held) return { ...held, last: end };
  }
  const core = withQuantifier(tokens, leftCore(reader, tokens, end, floor, sentenceStart), floor);
  // "a spokesman for one of the tenants", "an executive at one of the companies": the
  // quantifier is the object of a preposition after the head, which speaks.
  if (core && core.first - 2 >= floor && PARTITIVE_QUANTIFIERS.has(tokens[core.first].lower) && tokens[core.first + 1]?.lower === 'of' && prepositionAfterHead(reader, tokens, core.first - 1, floor, end)) {
    const head = leftCore(reader, tokens, core.first - 2, floor, sentenceStart);
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
      if (reader.isHeadWord(tokens[participle - 1]) || tokens[participle - 1].cap) {
        const head = leftCore(reader, tokens, participle - 1, floor, sentenceStart);
        if (head) return { first: head.first, last: end, head: head.head, appositive: head.appositive };
      }
      break;
    }
  }
  return (core && nameBeforeRole(reader, tokens, core, floor, sentenceStart)) ?? core;
}

/** `Jane Doe, a spokeswoman for the ministry, said`: the phrase before the appositive. */
function leftAppositive(reader: PhraseReader, tokens: readonly Token[], comma: number, floor: number, sentenceStart: number): Phrase | null {
  const limit = Math.max(floor, comma - MAX_APPOSITIVE - 1);
  let open = commaBefore(tokens, comma - 1, limit);
  if (open < limit) return null;
  if (open < floor || tokens[open].text !== ',' || comma - open < 2) return null;
  // "Jeffrey Salkin, a Hollywood, Fla., rabbi helping …, said": a place and its state inside the
  // appositive, before its role; the appositive opens at the comma before the place.
  if (isStateName(tokens[open - 1]) && tokens[open - 2]?.text === ',' && tokens[open - 3]?.cap) {
    const earlier = commaBefore(tokens, open - 3, limit);
    if (earlier >= limit && tokens[earlier].text === ',' && DETERMINERS.has(tokens[earlier + 1].lower)) open = earlier;
  }
  if (isStateAfterPlace(tokens, open, comma)) {
    // "Dean Johnson, a salesman from Sumter, South Carolina, says": the place and its state
    // end a longer appositive after a name (or an age); "following a report about women, a
    // student group in Lynchburg, Va., derided" has the subject itself end there.
    const earlier = commaBefore(tokens, open - 1, limit);
    const named = earlier >= limit && tokens[earlier].text === ',' && (tokens[earlier - 1]?.cap || tokens[earlier - 1]?.kind === 'number');
    if (!named) {
      const place = readLeft(reader, tokens, open - 1, floor, sentenceStart);
      return place && !place.antecedent ? { ...place, last: comma - 1 } : null;
    }
    open = earlier;
  }
  const first = tokens[open + 1];
  // "Trump, in Kentucky, said", "Ortiz, however, said", "Liveris, of course, said": an adverbial set off by commas, not a description.
  if ((PARENTHETICAL_OPENERS.has(first.lower) || (first.lower === 'of' && tokens[open + 2]?.lower === 'course')) && comma - open <= 8) {
    const subject = readLeft(reader, tokens, open - 1, floor, sentenceStart);
    return subject && !subject.antecedent ? subject : null;
  }
  // Long appositives are relative clauses or descriptions: "Ari Fleischer, a former Bush administration official who ..., said".
  // "Others, reacting to the gap between the shooting and the video's release, shouted": so are participle phrases.
  const participle = /^[a-z]+ing$/.test(first.text);
  const relative = first.lower === 'who' || first.lower === 'which';
  if (comma - open > 14 && !(DETERMINERS.has(first.lower) || relative || participle || reader.isDescriptive(first)) || comma - open > 32) return null;
  // "Gene Sperling, then 38, said", "Hillary Clinton, then secretary of state, said": the description after the adverb.
  const at = APPOSITIVE_ADVERBS.has(first.lower) && open + 2 < comma ? open + 1 : open;
  const described = tokens[at + 1];
  const appositive =
    described.kind === 'number' ||
    DETERMINERS.has(described.lower) ||
    described.lower === 'who' ||
    described.lower === 'whose' ||
    described.lower === 'which' || // "The companies, which in several cases gave limited answers, said"
    reader.isDescriptive(described) ||
    described.cap ||
    tokens[at + 2]?.lower === 'of' ||
    ((described.lower === 'of' || described.lower === 'from') && tokens[at + 2]?.cap) || // ", 33, of Baldwin, Miss.,": a hometown
    /^[a-z]+(?:ing|ed)$/.test(described.text); // ", speaking on condition of anonymity,", ", released Tuesday,"

  if (!appositive) return null;
  // "Peter Ashworth, 76, who wrote the code, said": an age between the name and its appositive;
  // so is a party label ("Sen. Ted Budd, R-N.C., who helped negotiate the bill, said").
  let subjectEnd = open - 1;
  if (subjectEnd - 2 >= floor && (tokens[subjectEnd].kind === 'number' || PARTY_LABEL.test(tokens[subjectEnd].text)) && tokens[subjectEnd - 1].text === ',') subjectEnd -= 2;
  const before = readLeft(reader, tokens, subjectEnd, floor, sentenceStart);
  if (!before || before.first === before.last && SPEAKER_PRONOUNS[tokens[before.first].lower]) return null;
  // "The companies, which …, said" speak; "the U.S. flights, which began in August, would continue" is no speaker.
  if (described.lower === 'which' && !(tokens[before.head].cap || reader.isHeadWord(tokens[before.head]))) return null;
  // "after winning Ohio in the primary, Gov. John Kasich (R-OH), said": what stands before the
  // commas is the object of an opening phrase; the commas set off the subject itself.
  const lead = tokens[before.first - 1];
  if (first.cap && lead?.kind === 'word' && !lead.cap && (PREPOSITIONS.has(lead.lower) || /^[a-z]+(?:ing|ed)$/.test(lead.text))) {
    const subject = readLeft(reader, tokens, comma - 1, open + 1, open + 1);
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
  return nameBeforeRole(reader, tokens, before, floor, sentenceStart) ?? { ...before, appositive: role };
}

/**
 * `Alixandria Lapp, executive director of the House Majority PAC, a Democratic super PAC, said`,
 * `Sam Lau, the communications director for the party said`: a role set off by a comma after a
 * full name describes that name, which speaks. Only after a name of two words or more that
 * opens its clause, so `In New York, the spokesman said` keeps the spokesman.
 */
function nameBeforeRole(reader: PhraseReader, tokens: readonly Token[], role: Phrase, floor: number, sentenceStart: number): Phrase | null {
  const head = tokens[role.head];
  // A role is lower case, or an acronym such as CEO.
  if ((head.cap && !/^[A-Z]{2,4}$/.test(head.text)) || !reader.lexicon.roles.has(head.lower)) return null;
  // "Anthony Anton, president and CEO of …", "Van Jackson, associate professor at …": words the role phrase left out.
  let comma = role.first - 1;
  for (let skipped = 0; skipped < 3 && comma > floor && tokens[comma].kind === 'word' && !tokens[comma].cap && tokens[comma].quote < 0; skipped++) comma--;
  if (comma - 2 < floor || tokens[comma].text !== ',') return null;
  const name = leftCore(reader, tokens, comma - 1, floor, sentenceStart);
  if (!name || !isProperName(tokens, name.first, name.last)) return null;
  const before = tokens[name.first - 1];
  // After the verb of an inverted tag too: "…," said Alfonso Ruiz, the director of …, who also said".
  if (name.first > floor && name.first !== sentenceStart && before && before.kind !== 'punct' && !reader.lexicon.verbs.has(before.lower)) return null;
  return { first: name.first, last: name.last, head: name.head, appositive: [role.first, role.last] };
}

/**
 * Whether token `j` is a preposition that attaches the noun phrase after it to the head word
 * before it: `a spokesman for the mayor`, `officials at the ministry`, `Jane Ortiz of the
 * union`. After a name only `of`, `for` and `with` do: `Ortiz at the meeting said` is a place,
 * and `the senator at the time` a time, whatever stands before it.
 */
function prepositionAfterHead(reader: PhraseReader, tokens: readonly Token[], j: number, floor: number, end: number): boolean {
  const preposition = tokens[j];
  const head = tokens[j - 1];
  if (j - 1 < floor || preposition.kind !== 'word' || preposition.quote >= 0 || !(PP_PREPOSITIONS.has(preposition.lower) || preposition.lower === 'by') || head.quote >= 0) return false;
  const object = tokens[j + 2];
  if (object && (TIME_WORDS.has(object.lower) || object.lower === 'time' || object.lower === 'moment')) return false;
  // "the ministry in a statement", "the campaign on Twitter", "a voice-over in the ad": a channel.
  // Not after a part of a document: "a footnote in the report" is the footnote.
  if (preposition.lower === 'by') return recordBeforeBy(tokens, j, floor) >= 0;
  if (preposition.lower !== 'of' && preposition.lower !== 'for' && CHANNEL_OR_DOCUMENT.has(tokens[end].lower) && !DOCUMENT_HEADS.has(head.lower)) return false;
  if (reader.isHeadWord(head)) return true;
  return head.cap && head.kind === 'word' && NAME_PREPOSITIONS.has(preposition.lower);
}

/**
 * When the "and" at `and` joins two objects of one preposition after a head (`officials at
 * the ministry and the army`, `a spokesman for Ruiz and Hale`), that preposition; else -1.
 * Only when the second object is plainly a noun phrase, opening with a determiner or ending
 * in a name or a head noun ("his home state of Texas and southern states with …": a noun,
 * not a verb), and not before a title and a name (`… for news and talk Dave Gorab`).
 */
function objectsJoinedAt(reader: PhraseReader, tokens: readonly Token[], and: number, end: number, floor: number): number {
  const nounPhrase = DETERMINERS.has(tokens[and + 1]?.lower ?? '') || tokens[end].cap || reader.isHeadWord(tokens[end]);
  if (and >= end || tokens[and].quote >= 0 || !nounPhrase || endsInTitledName(tokens, and + 1, end)) return -1;
  const from = and - 1;
  for (let k = from; k > floor && from - k < 5; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.quote >= 0 || CLAUSE_WORDS.has(t.lower)) return -1;
    if (k < from && prepositionAfterHead(reader, tokens, k, floor, from)) return k;
  }
  return -1;
}

/**
 * For the preposition at `j` ending "at a rally | in Denver", the preposition before its noun
 * phrase ("at"), when that one follows a head word or a name ("a supporter at"); else -1.
 * The noun phrase between is a determiner, at most one modifier and a lower-case noun.
 */
function earlierPreposition(reader: PhraseReader, tokens: readonly Token[], j: number, floor: number): number {
  let k = j - 1;
  const noun = tokens[k];
  if (!noun || k <= floor || noun.kind !== 'word' || noun.cap || noun.quote >= 0 || CLAUSE_WORDS.has(noun.lower) || FINITE_VERBS.has(noun.lower) || reader.lexicon.verbs.has(noun.lower)) return -1;
  k--;
  if (k > floor && tokens[k].kind === 'word' && !tokens[k].cap && !DETERMINERS.has(tokens[k].lower) && DETERMINERS.has(tokens[k - 1].lower)) k--; // "a subsequent rally"
  if (k <= floor || !DETERMINERS.has(tokens[k].lower)) return -1;
  const preposition = k - 1;
  return preposition > floor && PP_PREPOSITIONS.has(tokens[preposition].lower) && (reader.isHeadWord(tokens[preposition - 1]) || tokens[preposition - 1].cap) ? preposition : -1;
}

/**
 * Whether token `j`, before the phrase's last word, is a verb that reports or finds (`told`,
 * `found`) or a finite auxiliary after a word of its own: in "A jury found Zimmerman, who …"
 * the name is the verb's object, not a phrase with the verb inside. A verb's bare form is
 * one only after a plural ("aides say Ivanka Trump …"): in "talk show host Glenn Beck" it is
 * a noun. Right after a determiner it modifies: "the leaked memo".
 */
function verbBetween(reader: PhraseReader, tokens: readonly Token[], j: number, end: number): boolean {
  const w = tokens[j].lower;
  const before = tokens[j - 1];
  if (j >= end || !before || DETERMINERS.has(before.lower)) return false;
  if (FINITE_VERBS.has(w)) return true;
  const lemma = reader.lexicon.verbs.get(w)?.lemma ?? DOCUMENT_VERBS.get(w);
  return lemma !== undefined && (lemma !== w || (before.kind === 'word' && /[^s]s$/.test(before.lower)));
}

/** "Shipping companies say", "Striking workers said": an -ing word right before a head noun describes it. */
function describesHead(reader: PhraseReader, tokens: readonly Token[], j: number, end: number): boolean {
  return j + 1 === end && !tokens[j].text.endsWith('ed') && reader.isHeadWord(tokens[end]);
}

function leftCore(reader: PhraseReader, tokens: readonly Token[], end: number, floor: number, sentenceStart: number): Phrase | null {
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
    if (j === end && reader.isKnownSurname(t)) {
      first = committed = j;
      sawName = true;
      continue;
    }
    // "Asked about …", "Speaking to …" open a sentence as participles; "Husted said", "Reed Hundt said" are names.
    if (t.kind === 'word' && t.cap && (NOT_SPEAKER_WORDS.has(t.lower) || (atStart && /^[A-Z][a-z]+(?:ing|ed)$/.test(t.text) && j < end && !tokens[j + 1].cap && !describesHead(reader, tokens, j, end)))) break;
    // "marchers and spectators chanting": two plural nouns joined as one subject.
    if (t.lower === 'and' && j === end - 1 && j - 1 >= floor && reader.isPeople(tokens[end], false) && reader.isPeople(tokens[j - 1], WORD_AT_START(tokens, j - 1, sentenceStart))) {
      first = committed = j;
      continue;
    }
    // "the Organization for Economic Cooperation and Development", "a spokesman for Ruiz and Hale".
    const joined = t.lower === 'and' ? objectsJoinedAt(reader, tokens, j, end, floor) : -1;
    if (joined >= 0) {
      first = committed = j = joined;
      continue;
    }
    // "U.S. and NATO officials": coordinated modifiers; "Louisville Gas and Electric": a company's name.
    if (t.lower === 'and' && sawName && j - 1 >= floor && tokens[j - 1].cap && tokens[j - 1].kind === 'word' && j + 1 <= end && tokens[j + 1].cap && (reader.isHeadWord(tokens[end]) || (tokens[end].cap && COMPANY_NAME_ENDINGS.has(tokens[end].lower)))) {
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
    if (t.kind === 'word' && (reader.isDescriptive(t) || (NAME_PARTICLES.has(t.lower) && sawName && j > floor && tokens[j - 1].cap))) {
      first = committed = j;
      continue;
    }
    if (t.kind === 'word' && DETERMINERS.has(t.lower)) {
      first = committed = j;
      // "a spokesman for the mayor", "the head of the union": the determiner opens the object
      // of a preposition after the head; the phrase goes on to the head.
      if (prepositionAfterHead(reader, tokens, j - 1, floor, end)) continue;
      // "officials at the ministry and the army"
      const joined = tokens[j - 1]?.lower === 'and' ? objectsJoinedAt(reader, tokens, j - 1, end, floor) : -1;
      if (joined >= 0) {
        first = committed = j = joined;
        continue;
      }
      break;
    }
    if (t.kind === 'word' && PP_PREPOSITIONS.has(t.lower) && j - 1 >= floor && j < end && (reader.isHeadWord(tokens[j - 1]) || tokens[j - 1].cap)) {
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
    const earlier = t.kind === 'word' && PLACE_PREPOSITIONS.has(t.lower) && j < end ? earlierPreposition(reader, tokens, j, floor) : -1;
    if (earlier >= 0) {
      first = committed = j = earlier;
      continue;
    }
    if (t.kind === 'word' && t.text === '-' ) break;
    if (t.kind === 'word' && !t.cap && unknown < 2 && !CLAUSE_WORDS.has(t.lower) && !SENTENCE_START_STOPWORDS.has(t.lower) && !PP_PREPOSITIONS.has(t.lower) && !verbBetween(reader, tokens, j, end) && /^[a-z0-9][a-z0-9-]+$/.test(t.text)) {
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
  while (first <= end && ((PP_PREPOSITIONS.has(tokens[first].lower) && !(first === end && reader.isKnownSurname(tokens[first]))) || tokens[first].kind === 'possessive')) first++;
  if (first > end) return null;
  const head = reader.headOf(tokens, first, end);
  return head < 0 ? null : { first, last: end, head, appositive: null };
}
