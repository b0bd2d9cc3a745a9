/**
 * Which source named before a description names again: `the senator` after `Sen. Mary Holt`,
 * `Prosecutors` after `Federal prosecutors`, `one of the mechanics` after `Two mechanics`,
 * `the statement` after `the district said in a statement`. Each looks back from the mention
 * along the timeline of mentions, within a reach, and answers null when nothing fits.
 */
import type { AttributionResult } from './attribution';
import { OWNER_DETERMINERS, RELATION_NOUNS } from './lexicon/words';
import type { PhraseReading } from './speakerPhrase';
import { pluralHead, singular, titleFits, type Entity, type Timeline } from './sourceEntities';
import type { ResolvedRef } from './sources';

/** How far back a definite description ("the official") looks for the source it names again. */
const DESCRIPTION_REACH = 400;

/** The source of the latest mention before `before`, within reach, that passes `test`; null when none does. */
function latestBefore(entities: Entity[], before: number, timeline: Timeline, test: (e: Entity) => boolean): number | null {
  let looked = 0;
  for (const entry of timeline.before(before)) {
    if (++looked > DESCRIPTION_REACH) break;
    if (test(entities[entry.id])) return entry.id;
  }
  return null;
}

/** The latest source of the description's class with its head noun, or person whose title holds it: `the senator` is Sen. Holt. */
export function latestWithHead(entities: Entity[], reading: PhraseReading, before: number, timeline: Timeline): number | null {
  const head = singular(reading.headWord);
  // "the Florida senator" is not the Vermont senator: a proper modifier must be in the title too.
  const modifiers = reading.name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && word.toLowerCase() !== reading.headWord && !/^(?:The|A|An)$/.test(word));
  return latestBefore(entities, before, timeline, (e) => (e.cls === reading.cls ? singular(e.headWord) === head : e.kind === 'person' && reading.cls === 'description' && titleFits(e.title, head, modifiers)));
}

/**
 * "Federal prosecutors said … Prosecutors wrote", "U.S. officials said … Officials said": the
 * bare plural noun alone is the group named before with more words, not a group of its own.
 */
export function bareGroupBefore(entities: Entity[], reading: PhraseReading, before: number, timeline: Timeline): number | null {
  if ((reading.cls !== 'description' && reading.cls !== 'group' && reading.cls !== 'anonymous') || reading.name.toLowerCase() !== reading.headWord || singular(reading.headWord) === reading.headWord) return null;
  return latestBefore(entities, before, timeline, (e) => e.cls === reading.cls && e.headWord === reading.headWord && e.name.toLowerCase() !== reading.headWord);
}

/** The person whose name follows `end` after a comma (`the business secretary|, Tom Ashworth`), if any. */
export function nameRightAfter(text: string, end: number, ownerAt: ReadonlyMap<number, number>): number | undefined {
  const after = /^,\s+/.exec(text.slice(end, end + 4));
  return after ? ownerAt.get(end + after[0].length) : undefined;
}

/**
 * "her daughter, Carmen Delgado-Ruiz, … Her daughter said": a relation named before with the
 * same words for its title is that person. The possessive must match too ("his son" is not
 * "her son").
 */
export function relationNamedBefore(entities: Entity[], reading: PhraseReading, before: number, timeline: Timeline): number | null {
  // Most descriptions are no relation: their first word tells at once, before any splitting.
  const space = reading.name.indexOf(' ');
  if (space < 0 || !OWNER_DETERMINERS.has(reading.name.slice(0, space).toLowerCase())) return null;
  const [owner, noun, more] = reading.name.toLowerCase().split(/\s+/);
  if (more !== undefined || !RELATION_NOUNS.has(noun)) return null;
  const wanted = `${owner} ${noun}`;
  return latestBefore(entities, before, timeline, (e) => e.kind === 'person' && e.cls === 'name' && e.title?.toLowerCase() === wanted);
}

/**
 * "three people involved in the talks told Reuters … The sources, who asked not to be named,
 * said": "the sources" or "the person" is the anonymous source named last, whatever its noun,
 * as long as one is plural and the other too.
 */
export function anonymousBefore(entities: Entity[], reading: PhraseReading, before: number, timeline: Timeline): number | null {
  if (GENERIC_SOURCE_NOUNS.has(reading.headWord)) {
    const plural = reading.headWord === 'sources' || reading.headWord === 'people';
    return latestBefore(entities, before, timeline, (e) => e.kind === 'anonymous' && pluralHead(e) === plural);
  }
  // "a member of the Ukrainian delegation … the delegate said": the body the member belongs to names them.
  const stem = singular(reading.headWord).replace(/e$/, '');
  if (stem.length < MIN_MEMBER_STEM) return null;
  const plural = singular(reading.headWord) !== reading.headWord;
  return latestBefore(entities, before, timeline, (e) => e.kind === 'anonymous' && pluralHead(e) === plural && e.name.toLowerCase().split(/\s+/).some((word) => word !== e.headWord && word.startsWith(stem) && word !== reading.headWord));
}
const GENERIC_SOURCE_NOUNS = new Set(['source', 'sources', 'person', 'people']);
/** The shortest stem a member's noun shares with its body's (`delegat-`, `negotiat-`): shorter ones match by chance. */
const MIN_MEMBER_STEM = 6;

/** `the Harbour Group`, `the Lund Energy Group`: a description whose head is capitalised inside its name. */
export function namesItself(reading: PhraseReading): boolean {
  return /\s\p{Lu}[^\s]*$/u.test(reading.name);
}

/**
 * The latest source before `before`, of the reading's class, whose name holds the reading's in
 * whole words: `New York Daily News` for "the Daily News", `Brennan Center for Justice` for
 * "the Brennan Center".
 */
export function longerNameBefore(entities: Entity[], reading: PhraseReading, before: number, timeline: Timeline): number | null {
  const short = ` ${reading.name.toLowerCase()} `;
  // Not a pair named together: "the Justice Department and FBI" is not the Justice Department.
  return latestBefore(entities, before, timeline, (e) => e.cls === reading.cls && ` ${e.name.toLowerCase()} `.includes(short) && !/ and /i.test(e.name));
}

/** `one of the mechanics`, `two of them`: the quantifier, and the group's noun or pronoun. */
const PARTITIVE = /^(?:one|two|three|four|some|several|many|most|each|both|a\s+few)\s+of\s+(?:(them|those|us)|the\s+([\p{Ll}-]+))$/iu;

/**
 * The group a partitive phrase takes its speaker from: the latest source of people with the
 * plural noun it names (`one of the mechanics` after `Two mechanics, who asked not to be
 * named,`), or for `them` the latest group of people. Null when the story named no such group.
 */
export function partitiveGroup(entities: Entity[], phrase: string, before: number, timeline: Timeline): number | null {
  const match = PARTITIVE.exec(phrase);
  if (!match) return null;
  const noun = match[2]?.toLowerCase();
  const people = (e: Entity): boolean => (e.kind === 'person' || e.kind === 'anonymous') && e.cls !== 'name' && e.cls !== 'pronoun' && pluralHead(e);
  return latestBefore(entities, before, timeline, (e) => people(e) && (!noun || singular(e.headWord) === singular(noun)));
}

/** Documents a source issues and then "the …" names again (`said in a statement … the statement said`), with the pattern that finds each in a cue. */
const ISSUED = new Map(['statement', 'release', 'letter', 'email', 'memo', 'post', 'video', 'message'].map((noun) => [noun, new RegExp(`\\b${noun}\\b`, 'i')]));
/** How far back, in characters, the cue that issued the document is looked for. */
const ISSUED_REACH = 1500;

/**
 * The source whose cue issued a document of this noun shortly before `before` (`the district
 * said in a statement`), for "the statement" naming it again; null when none did.
 */
export function issuerOf(cues: AttributionResult['cues'], resolved: ReadonlyArray<ResolvedRef | null>, noun: string, before: number, text: string): number | null {
  const named = ISSUED.get(noun);
  if (!named) return null;
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k];
    if (cue.span.start >= before || cue.ref === null) continue;
    if (before - cue.span.start > ISSUED_REACH) break; // cues come in text order
    if (!named.test(text.slice(cue.span.start, cue.span.end))) continue;
    const found = resolved[cue.ref];
    if (found) return found.source;
  }
  return null;
}
