/**
 * How a source's gender is learned, strongest evidence first: a gendered title (`Ms. Whitcombe`),
 * a pronoun configured for the person or already used for them, and only as a fallback what a
 * forename usually is. A later, stronger reading replaces a forename's guess, never the reverse.
 */
import type { Gender, Reason } from './model';
import { forenameGender, type NameMention } from './names';
import type { Entity } from './sourceEntities';

export function setGender(entity: Entity, gender: Gender, reason: Reason): void {
  if (entity.gender === 'unknown' || entity.genderReason?.step === 'forename') {
    entity.gender = gender;
    entity.genderReason = reason;
  }
}

/** `Ms. Whitcombe`, `Mr. Lou`: the title a person was named with. */
export function applyTitleGender(entity: Entity, mention: NameMention): void {
  if (mention.titleGender !== 'unknown') setGender(entity, mention.titleGender, { step: 'title', detail: `Introduced as "${mention.title} ${mention.name}".` });
}

/** A person the text calls "he" or "she" once is that from then on. */
export function learnGender(entity: Entity, pronoun: string): void {
  if (entity.kind !== 'person' || entity.gender !== 'unknown') return;
  const gender = pronounGender(pronoun);
  if (gender !== 'unknown' && gender !== 'plural') setGender(entity, gender, { step: 'pronoun', detail: `The text calls this person "${pronoun}".` });
}

export function pronounGender(pronoun: string): Gender {
  if (pronoun === 'he') return 'male';
  if (pronoun === 'she') return 'female';
  if (pronoun === 'they') return 'plural';
  return 'unknown';
}

/** The fallback, once the text has said all it will: a person whose gender it never gave gets their forename's usual one. */
export function guessFromForenames(entities: readonly Entity[]): void {
  for (const entity of entities) {
    if (entity.kind === 'person' && entity.gender === 'unknown' && entity.forename) {
      const guess = forenameGender(entity.forename);
      if (guess !== 'unknown') setGender(entity, guess, { step: 'forename', detail: `"${entity.forename}" is usually a ${guess} name (a fallback: the text gave no other evidence).` });
    }
  }
}
