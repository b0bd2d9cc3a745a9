/**
 * The working record of one source while the article's speakers are resolved: what
 * `resolveSources` builds, and the steps beside it read and merge.
 */
import type { Gender, Mention, Reason, SourceKind } from './model';
import { firstStartingAt } from './search';
import type { PhraseReading } from './speakerPhrase';

export interface Entity {
  kind: SourceKind;
  cls: PhraseReading['cls'];
  name: string;
  key: string;
  title: string | null;
  gender: Gender;
  genderReason: Reason | null;
  surname: string | null;
  forename: string | null;
  headWord: string;
  /** Offsets where the entity is mentioned, for recency. */
  mentions: Mention[];
  speaker: boolean;
  declared: boolean;
  unresolved: boolean;
  lastSpoke: number;
}

export function newEntity(kind: SourceKind, cls: PhraseReading['cls'], name: string, key: string, headWord = ''): Entity {
  return { kind, cls, name, key, title: null, gender: kind === 'person' ? 'unknown' : 'plural', genderReason: null, surname: null, forename: null, headWord, mentions: [], speaker: false, declared: false, unresolved: false, lastSpoke: -1 };
}

export function newPerson(name: string, title: string | null, surname: string, forename: string | null): Entity {
  // Assigned, not spread: objects built by a spread take a slow path in V8 (the profile showed it).
  const entity = newEntity('person', 'name', name, `person:${name.toLowerCase()}`);
  entity.title = title;
  entity.surname = surname;
  entity.forename = forename;
  entity.gender = 'unknown';
  return entity;
}

/** Abbreviations a title may use for a role: "Sen. Marco Rubio" is a senator. */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = { senator: 'sen.', governor: 'gov.', representative: 'rep.', congressman: 'rep.', congresswoman: 'rep.', general: 'gen.', lieutenant: 'lt.', professor: 'prof.', doctor: 'dr.', reverend: 'rev.', secretary: 'sec.' };

/** Whether a person's title holds the role a description names (`the senator` fits `Sen.`), with its capitalised modifiers. */
export function titleFits(title: string | null, head: string, modifiers: readonly string[]): boolean {
  if (!title) return false;
  const lower = title.toLowerCase();
  const abbreviation = ROLE_ABBREVIATIONS[head];
  if (!lower.includes(head) && !(abbreviation && lower.split(/\s+/).includes(abbreviation))) return false;
  return modifiers.every((word) => lower.includes(word.toLowerCase()));
}

/** A head word in the singular, so `the officials` can refer back to an official. */
export function singular(word: string): string {
  return word.endsWith('ies') ? word.slice(0, -3) + 'y' : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Whether a description's noun is plural: `mechanics`, `officials`, `people`. */
export function pluralHead(e: Entity): boolean {
  return singular(e.headWord) !== e.headWord || e.headWord === 'people';
}

/** A source a pronoun may stand for, with how strongly the text says so. */
export interface Candidate {
  id: number;
  score: number;
  reason: Reason;
}

/**
 * Every mention in text order, for looking back from a pronoun without scanning every
 * source. Names found up front and mentions added while speakers are resolved (which arrive
 * in text order) are kept in two sorted lists and merged when read.
 */
export class Timeline {
  readonly #names: Array<{ start: number; id: number }> = [];
  readonly #added: Array<{ start: number; id: number }> = [];

  constructor(names: Array<{ start: number; id: number }>) {
    this.#names = names.sort((a, b) => a.start - b.start);
  }

  add(start: number, id: number): void {
    const added = this.#added;
    if (added.length === 0 || added[added.length - 1].start <= start) added.push({ start, id });
    else added.splice(firstStartingAt(added, start), 0, { start, id });
  }

  /** Mentions starting before `offset`, nearest first. */
  *before(offset: number): Generator<{ start: number; id: number }> {
    let a = firstStartingAt(this.#names, offset) - 1;
    let b = firstStartingAt(this.#added, offset) - 1;
    while (a >= 0 || b >= 0) {
      if (b < 0 || (a >= 0 && this.#names[a].start >= this.#added[b].start)) yield this.#names[a--];
      else yield this.#added[b--];
    }
  }
}
