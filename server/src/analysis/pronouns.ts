/**
 * Which earlier source a pronoun speaker points to. The text's own evidence comes first: a
 * pronoun already used for someone, a gendered title (Mr., Ms.), who was the subject of the
 * sentence before or was asked a question in it, who spoke last. What a forename usually is
 * counts only as a fallback, and less than any of these.
 */
import type { SpeakerRef } from './attribution';
import { sentenceAt, sentenceNumbered, type WorkingDocument } from './document';
import type { Span } from './model';
import { forenameGender } from './names';
import { newPerson, pluralHead, type Candidate, type Entity, type Timeline } from './sourceEntities';
import { pronounGender } from './sourceGender';
import { PREVIOUS_SENTENCE_SUBJECT_SCORE, SAME_SENTENCE_SUBJECT_SCORE, unquotedSubject } from './unquotedSources';

/** The kinds of source a plural pronoun ("they") may stand for, besides any organisation. */
const PLURAL_CLASSES = new Set(['organization', 'anonymous', 'group', 'publication']);

/** A source "it" cannot stand for: a group ("Democrats", "many") or plural anonymous people ("aides", "officials"). */
function isPlural(e: Entity): boolean {
  return e.cls === 'group' || (e.cls === 'anonymous' && /(?:[^su]s|^people)$/.test(e.headWord));
}

/** How much less likely "he" or "she" is one unnamed person than a named one. */
const ANONYMOUS_PRONOUN_PENALTY = 4;

/** How many sentences back a pronoun may reach for its antecedent, and how many mentions it weighs at most. */
const PRONOUN_REACH = 12;
const PRONOUN_MENTIONS = 200;

/** The earlier source a pronoun speaker points to, or null. */
export function resolvePronoun(entities: Entity[], byKey: Map<string, number>, pronoun: string, ref: SpeakerRef, doc: WorkingDocument, byline: readonly string[], timeline: Timeline, lastSpeaker: number, subjectsOfWords?: ReadonlySet<number>): Candidate | null {
  if (pronoun === 'i' || pronoun === 'we') {
    const author = byline[0];
    if (!author) return null;
    const id = entities.findIndex((e) => e.name === author);
    if (id >= 0) return { id, score: 1, reason: { step: 'byline', detail: `"${pronoun}" outside quotation marks is the author, ${author}.` } };
    entities.push({ ...newPerson(author, 'author', author.split(/\s+/).pop()!.toLowerCase(), null) });
    return { id: entities.length - 1, score: 1, reason: { step: 'byline', detail: `"${pronoun}" outside quotation marks is the author, ${author}.` } };
  }
  const sentence = ref.sentence;
  const wanted = pronounGender(pronoun);
  // What the text says about each recent source: its latest mention, and where it stands.
  const seen = new Map<number, { latest: number; inSentence: number; previousSentence: number; asked: boolean }>();
  const asked = sentence > 0 ? askedInSentence(doc, sentence - 1) : null;
  let looked = 0;
  for (const entry of timeline.before(ref.span.start)) {
    const at = sentenceAt(doc, entry.start);
    if (sentence - at > PRONOUN_REACH || ++looked > PRONOUN_MENTIONS) break;
    const facts = seen.get(entry.id) ?? { latest: at, inSentence: -1, previousSentence: -1, asked: false };
    if (at === sentence) facts.inSentence = entry.start;
    if (at === sentence - 1) facts.previousSentence = entry.start;
    if (asked && entry.start >= asked.start && entry.start < asked.end) facts.asked = true;
    seen.set(entry.id, facts);
  }
  // "Ms. Baines asked Ms. Whitcombe why she had waited. "Because I needed that job," she said":
  // who was asked answers, not who asked.
  const answered = [...seen.values()].some((facts) => facts.asked);
  // The subject of a sentence is its first mention, near its start: only one source can be it. In
  // the sentence before, not a name in a clause set before its own ("Asked whether Ana Souza had
  // asked to come off, Hartley paused"): who is asked about is not who answers. In the pronoun's
  // own sentence that name is the one meant ("When Emily Martin gave a talk, she said …").
  const firstIn = new Map<number, number>();
  const previousMain = mainClauseStart(doc, sentence - 1);
  for (const facts of seen.values()) {
    if (facts.inSentence >= 0) firstIn.set(sentence, Math.min(firstIn.get(sentence) ?? Infinity, facts.inSentence));
    if (facts.previousSentence >= previousMain) firstIn.set(sentence - 1, Math.min(firstIn.get(sentence - 1) ?? Infinity, facts.previousSentence));
  }
  const isSubject = (start: number, index: number): boolean => start >= 0 && start === firstIn.get(index) && start - (index === sentence ? doc.sentenceStarts[index] : previousMain) < 60;
  const candidates: Candidate[] = [];
  for (const [id, facts] of seen) {
    const e = entities[id];
    if (e.unresolved) continue;
    // The author who writes "I" is never "she" or "he" in her own piece: "I asked the budget
    // director, Helen Sato, … She said" is Sato.
    if (byline.includes(e.name) && e.mentions.some((m) => m.text === 'I' || m.text.toLowerCase() === 'we')) continue;
    const distance = sentence - facts.latest;
    let score = -0.25 * distance;
    const evidence: string[] = [];
    if (pronoun === 'it') {
      if (e.kind === 'person' || e.kind === 'anonymous' || isPlural(e)) continue;
      score += 2;
    } else if (wanted === 'plural') {
      if (!PLURAL_CLASSES.has(e.cls) && e.kind !== 'organization') continue;
      score += 2;
    } else {
      // "A third employee, a former quality manager, said … He said": one unnamed person is "he" too.
      if (e.kind === 'anonymous' ? pluralHead(e) : e.kind !== 'person' || e.cls === 'group') continue;
      // "He said Pruitt told him …": whom the speaker's own words open on is someone else.
      if (subjectsOfWords?.has(id)) continue;
      // An anonymous source starts out plural (officials, sources); one unnamed person's gender is
      // unknown. A named person comes first: over the corpus, "she" after "one employee" was
      // Fiorina far more often than the employee.
      const gender = e.kind === 'anonymous' && e.gender === 'plural' ? 'unknown' : e.gender;
      if (e.kind === 'anonymous') score -= ANONYMOUS_PRONOUN_PENALTY;
      if (gender === wanted && e.genderReason?.step !== 'forename') {
        score += 2;
        evidence.push(e.genderReason?.detail ?? '');
      } else if (gender !== 'unknown' && gender !== wanted && e.genderReason?.step !== 'forename') {
        continue;
      } else {
        const guess = forenameGender(e.forename);
        if (guess === wanted) {
          score += 1;
          evidence.push(`"${e.forename}" is usually a ${guess} name`);
        } else if (guess !== 'unknown') {
          score -= 6;
        }
      }
    }
    if (facts.inSentence >= 0) {
      // The pronoun's own sentence: "Canova said he has not held fundraising dinners".
      score += isSubject(facts.inSentence, sentence) ? 5 : 3;
      evidence.push('named earlier in the same sentence');
    } else if (facts.asked) {
      score += 2.5;
      evidence.push('asked in the previous sentence');
    } else if (sentence > 0 && !answered && isSubject(facts.previousSentence, sentence - 1)) {
      score += 2.5;
      evidence.push('the subject of the previous sentence');
    }
    if (id === lastSpeaker) {
      score += 1.5;
      evidence.push('the last person quoted');
    } else if (e.speaker) {
      score += 0.5;
    }
    candidates.push({ id, score, reason: { step: 'pronoun', detail: `"${pronoun}" is ${e.name}: ${evidence.filter(Boolean).join('; ') || 'the nearest earlier source'}.` } });
  }
  candidates.sort((a, b) => b.score - a.score);
  if (pronoun === 'they' || pronoun === 'it') {
    const best = candidates[0]?.score ?? -Infinity;
    // The pronoun's own sentence first ("The party released two ads it described as …"), then the one before.
    const named =
      (SAME_SENTENCE_SUBJECT_SCORE > best ? unquotedSubject(entities, byKey, doc, pronoun, sentence, ref.span.start, timeline) : null) ??
      (PREVIOUS_SENTENCE_SUBJECT_SCORE > best ? unquotedSubject(entities, byKey, doc, pronoun, sentence - 1, Infinity, timeline) : null);
    if (named) return named;
  }
  return candidates[0] ?? null;
}

/** Words that open a clause set before the sentence's own: `Asked whether …,`, `When Ruiz arrived,`. */
const OPENING_CLAUSES = new Set(['asked', 'when', 'after', 'although', 'though', 'while', 'if', 'because', 'before', 'since', 'unlike', 'despite', 'once', 'until', 'whereas']);

/** Verbs of putting a question to someone named right after them: `asked Ms. Whitcombe why`. Not `questioned Trump's logic`. */
const ASKING = new Set(['asked', 'pressed']);

/**
 * Where the person a sentence's main clause puts a question to is named (`Ms. Baines asked
 * |Ms. Whitcombe| why …`): the capitalised words right after the verb, which must follow a
 * subject of its own. Not `Asked whether …,`, whose subject is the one asked.
 */
function askedInSentence(doc: WorkingDocument, index: number): Span | null {
  const at = sentenceNumbered(doc, index);
  if (!at) return null;
  const { paragraph, sentence } = at;
  const tokens = paragraph.tokens;
  for (let j = sentence.firstWord + 1; j + 1 < sentence.lastToken; j++) {
    if (tokens[j].quote >= 0 || !ASKING.has(tokens[j].lower) || !tokens[j + 1].cap || tokens[j + 1].quote >= 0) continue;
    let end = j + 1;
    while (end + 1 < sentence.lastToken && tokens[end + 1].cap && tokens[end + 1].quote < 0) end++;
    // "pressed Trump's aides": whose aides, not whom.
    if (tokens[end + 1]?.kind === 'possessive') return null;
    return { start: tokens[j + 1].start, end: tokens[end].end };
  }
  return null;
}

/**
 * Where sentence `index`'s own words about its subject start: past an opening clause and its
 * comma, or past the quotation it opens with (`"…," Okafor told reporters`), else where the
 * sentence does.
 */
function mainClauseStart(doc: WorkingDocument, index: number): number {
  const at = sentenceNumbered(doc, index);
  if (!at) return 0;
  const { paragraph, sentence } = at;
  const tokens = paragraph.tokens;
  const opening = tokens[sentence.firstToken]?.quote ?? -1;
  if (opening >= 0) {
    let j = sentence.firstToken;
    while (j < sentence.lastToken && tokens[j].quote === opening) j++;
    return j < sentence.lastToken ? tokens[j].start : doc.sentenceStarts[index];
  }
  if (!OPENING_CLAUSES.has(tokens[sentence.firstWord]?.lower ?? '')) return doc.sentenceStarts[index];
  for (let j = sentence.firstWord + 1; j < sentence.lastToken; j++) if (tokens[j].text === ',' && tokens[j].quote < 0) return tokens[j].end;
  return doc.sentenceStarts[index];
}

/**
 * The sources named (by name or surname: the timeline's mentions so far) as the subject of
 * the words a speaker is reported to say after `after`: "He said Pruitt told him …" is not
 * Pruitt's account, nor "he continued, mocking Trump's bluster" Trump's. Only the opening
 * subject, as a name further in may be the speaker's own ("He said the Carson campaign …"),
 * and only words after the pronoun ("Sobin would have voted for Clinton, he says" is Sobin's).
 */
export function subjectsOf(text: string, contents: readonly Span[] | undefined, after: number, timeline: Timeline): Set<number> | undefined {
  if (!contents) return undefined;
  const ids = new Set<number>();
  for (const content of contents) {
    if (content.start < after) continue;
    for (const entry of timeline.before(content.start + SUBJECT_REACH)) {
      if (entry.start < content.start) break;
      if (SUBJECT_OPENING.test(text.slice(content.start, entry.start))) ids.add(entry.id);
    }
  }
  return ids;
}

/** How far into reported words their subject's name may start, and what may stand before it. */
const SUBJECT_REACH = 24;
const SUBJECT_OPENING = /^(?:(?:that|the|mr\.|ms\.|mrs\.|dr\.|sen\.|gov\.|rep\.|president)\s+)*$/i;
