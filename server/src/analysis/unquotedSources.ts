/**
 * Sources nobody quotes but the text names, found when a pronoun or "the company" points to
 * them: `RegioTrans declined to discuss the figures. "…," they said`, `Shares in German
 * steelmaker Rheinstahl fell … The Duisburg-based group now expects …`.
 */
import type { SpeakerRef } from './attributionTypes';
import type { WorkingDocument } from './document';
import { BUSINESS_NOUNS, PUBLICATIONS } from './lexicon/words';
import { surnamesIn } from './names';
import { companiesNamed, namedSubjects, type NamedSubject } from './namedSubject';
import { newEntity, type Candidate, type Entity, type Timeline } from './sourceEntities';
import type { PhraseReading } from './speakerPhrase';

/** What a subject of the previous sentence, named but not yet tied to a source, weighs as an antecedent: as a source of the right kind that is the subject there. */
export const PREVIOUS_SENTENCE_SUBJECT_SCORE = 2 + 2.5 - 0.25;
/** The same, for the subject of the pronoun's own sentence. */
export const SAME_SENTENCE_SUBJECT_SCORE = 2 + 5;
/** The classes whose sources are keyed by their name (`entityFor`'s keys): `person:ortiz`, `organization:regiotrans`. */
const NAMED_CLASSES = ['person', 'organization', 'publication', 'document', 'group', 'anonymous', 'description'];
/** How many sentences back "the company" looks for the company's name. */
const COMPANY_REACH = 8;
/**
 * Nouns for a company, an agency or another body that "the …" uses for one named before (`the
 * agency said` after `King County Metro`, `the union said` after `Dutch transport union TWB`).
 */
const COMPANY_HEADS = new Set(['company', 'group', 'firm', 'corporation', 'bank', 'agency', 'union', 'association', 'federation', 'coalition', 'alliance', 'charity', 'nonprofit', 'watchdog', 'regulator', ...BUSINESS_NOUNS]);

/**
 * `RegioTrans declined to discuss the figures. "…," they said`: the subject of `sentence`
 * (ending before `before` in the pronoun's own sentence), named but not yet a source, becomes
 * one for a `they` or an `it`.
 */
export function unquotedSubject(entities: Entity[], byKey: Map<string, number>, doc: WorkingDocument, pronoun: string, sentence: number, before: number, timeline: Timeline): Candidate | null {
  // Not a subject the text already ties to a source (a person's name, a speaker): those were weighed as candidates.
  const subject = namedSubjects(doc, sentence, before).find((s) => (pronoun !== 'it' || s.cls === 'organization') && ownerAt(s, timeline) === null);
  if (!subject) return null;
  const lower = subject.name.toLowerCase();
  // A source of that name already exists, and was weighed as a candidate: a lookup per class, not a scan of every source.
  if (NAMED_CLASSES.some((cls) => byKey.has(`${cls}:${lower}`))) return null;
  const id = addNamedSource(entities, byKey, doc, subject, timeline);
  const where = before === Infinity ? 'the previous sentence' : 'its sentence';
  return { id, score: before === Infinity ? PREVIOUS_SENTENCE_SUBJECT_SCORE : SAME_SENTENCE_SUBJECT_SCORE, reason: { step: 'pronoun', detail: `"${pronoun}" is ${subject.name}: the subject of ${where}, named there but not quoted.` } };
}

/**
 * `Shares in German steelmaker Rheinstahl fell … The Duisburg-based group now expects …`:
 * "the company", "the group" stand for the company a recent sentence names after a noun for
 * one, or opens with by name, quoted or not. Only for a company's nouns: "the ministry" after
 * "Google fined …" is another body.
 */
export function companyNamedBefore(entities: Entity[], byKey: Map<string, number>, doc: WorkingDocument, reading: PhraseReading, ref: SpeakerRef, timeline: Timeline): number | null {
  if (reading.cls !== 'organization' || !COMPANY_HEADS.has(reading.headWord)) return null;
  // A word that may be a name or a common noun is the company only when no name nearby is sure
  // to be one, and never in the sentence the company reports (`Demand fell, the company said`).
  let uncertain: NamedSubject | null = null;
  for (let sentence = ref.sentence; sentence >= 0 && ref.sentence - sentence <= COMPANY_REACH; sentence--) {
    const before = sentence === ref.sentence ? ref.span.start : Infinity;
    for (const subject of [...companiesNamed(doc, sentence, before, COMPANY_HEADS), ...namedSubjects(doc, sentence, before)]) {
      if (subject.cls !== 'organization' || !/^\p{Lu}/u.test(subject.name) || subject.start === ref.span.start) continue;
      if (!subject.certain) {
        if (sentence !== ref.sentence) uncertain ??= subject;
        continue;
      }
      const found = companySource(entities, byKey, doc, subject, timeline);
      if (found !== null) return found;
    }
  }
  return uncertain && companySource(entities, byKey, doc, uncertain, timeline);
}

/**
 * The source for a company named as a subject: the source already named there when that is an
 * organisation (null when it is someone else), else the one of that name, else a new one.
 */
function companySource(entities: Entity[], byKey: Map<string, number>, doc: WorkingDocument, subject: NamedSubject, timeline: Timeline): number | null {
  const named = ownerAt(subject, timeline);
  if (named !== null) return entities[named].kind === 'organization' ? named : null;
  const lower = subject.name.toLowerCase();
  // "Lund left the board": a person's name, where the story names no mention of Lund.
  if (byKey.has(`person:${lower}`) || surnamesIn(doc).has(lower)) return null;
  return byKey.get(`organization:${lower}`) ?? addNamedSource(entities, byKey, doc, subject, timeline);
}


/** A new source for a named subject, with the subject as its first mention. */
function addNamedSource(entities: Entity[], byKey: Map<string, number>, doc: WorkingDocument, subject: NamedSubject, timeline: Timeline): number {
  const lower = subject.name.toLowerCase();
  const cls = subject.cls === 'organization' && PUBLICATIONS.has(lower) ? 'publication' : subject.cls;
  const key = `${cls}:${lower}`;
  const id = entities.length;
  const entity = newEntity(cls === 'group' ? 'person' : cls, cls, subject.name, key, lower.split(/\s+/).pop()!);
  entity.mentions.push({ start: subject.start, end: subject.end, text: doc.text.slice(subject.start, subject.end), source: id, kind: subject.cls === 'organization' ? 'name' : 'description', reason: null });
  entities.push(entity);
  byKey.set(key, id);
  timeline.add(subject.start, id);
  return id;
}

/** The source of a mention standing within the subject, past any owner it names (the nearest before its end is enough to look at), or null. */
function ownerAt(subject: NamedSubject, timeline: Timeline): number | null {
  for (const entry of timeline.before(subject.end)) return entry.start >= subject.ownStart ? entry.id : null;
  return null;
}
