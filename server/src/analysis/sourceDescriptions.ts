/**
 * What the words around a mention say of its source: the title an appositive gives
 * (`Jane Doe, a spokeswoman for the ministry,`), that a name is an organisation's
 * (`Delvaux-Marin, the construction group,`), and that an unnamed source was granted anonymity
 * or is described by what it is placed to know.
 */
import { appositiveNamesOrganization } from './appositiveKind';
import type { ParagraphInfo } from './document';
import { ACCESS, GRANTED } from './lexicon/anonymity';
import { OWNER_DETERMINERS, RELATION_NOUNS, TITLE_PARTICIPLES } from './lexicon/words';
import type { Span } from './model';
import { isForename } from './names';
import type { Entity } from './sourceEntities';
import { TITLE_ARTICLES } from './speakerPhrase';

/**
 * Reads what the words around one mention of `entity` say of it: its title from an appositive
 * (`appositive`, the appositive's text, or empty), that it is an organisation, or that it is
 * an anonymous source. `mention` is the mention's own span and `text` the whole file.
 */
export function describeFromWords(entity: Entity, mention: Span, appositiveSpan: Span | null, paragraph: ParagraphInfo, text: string): void {
  // An age ("Hilde Baumann, 71,"), a hometown ("of Baldwin, Miss."), a relative clause ("who
  // rode out the storm in a closet") or a participle's phrase ("a court filing, lodged with
  // the commercial court,") describes the source but is no title; "managing director" is one.
  const appositive = appositiveSpan ? text.slice(appositiveSpan.start, appositiveSpan.end) : '';
  // "Dr. Omar Rahimi, a cardiologist at Northgate Hospital,": the role says more than the honorific.
  const titled = entity.title !== null && !HONORIFICS.test(entity.title);
  // A relative clause after the role describes the person, not the title: "a cardiologist at Northgate Hospital who was not involved".
  if (appositive && !titled && (!NOT_A_TITLE.test(appositive) || TITLE_PARTICIPLES.has(appositive.split(' ', 1)[0].toLowerCase()))) entity.title = titleOf(appositive);
  // "Delvaux-Marin, the construction group, said": one capitalised word is a surname only until an appositive says otherwise.
  // So is it when a "which" clause describes it ("Unison, which represents 1.3 million workers, said"): no person is a
  // "which", though a people may be ("evangelical Christians, which …").
  // So is a description in capitals ("Neighbors for Responsible Growth, a group that organized the opposition,"),
  // and two words whose first no forename list knows, when "the" opens the appositive ("Brightwell Pay, the
  // payroll software company,"). Not "a union that …", which may describe a person's employer.
  const bodyLike =
    entity.cls === 'name'
      ? entity.forename === null || (!isForename(entity.forename) && /^the\s/i.test(appositive))
      : (entity.cls === 'description' || entity.cls === 'group') && CAPITALISED_WORDS.test(entity.name);
  if (appositiveSpan && bodyLike && (appositiveNamesOrganization(paragraph, appositiveSpan) || (/^which\b/i.test(appositive) && !PEOPLE_ENDINGS.test(entity.name)))) {
    entity.kind = 'organization';
    entity.cls = 'organization';
    entity.gender = 'plural';
    entity.genderReason = null;
  }
  // "A logistics manager at one of the tenants, who spoke on condition of anonymity, said":
  // whoever the story describes without a name, and says was granted anonymity, is an anonymous source.
  // So is one a relative clause right after the description says it of ("A relative who asked not to be named said").
  // So is one the story describes by what it is placed to know ("Two lobbyists who have been briefed on the talks said").
  if (entity.kind === 'person' && entity.cls === 'description' && ((appositive && grantsAnonymity(appositive)) || grantedRightAfter(text, mention.end) || describesAccess(text.slice(mention.start, mention.end)))) entity.kind = 'anonymous';
}

/**
 * An appositive as a title: without its article or a possessive ("Its chief executive, Tom Lund"
 * is titled "chief executive"), unless the title is a relation, which says whose ("His son"),
 * and without a relative clause after the role.
 */
export function titleOf(appositive: string): string {
  const role = appositive.replace(/\s+(?:who|whom|whose|that|which)\s.*$/is, '');
  const first = role.split(/\s/, 1)[0].toLowerCase();
  const owner = OWNER_DETERMINERS.has(first) && !RELATION_NOUNS.has(role.slice(role.lastIndexOf(' ') + 1).toLowerCase());
  return owner || TITLE_ARTICLES.has(first) ? role.replace(/^\S+\s+/, '') : role;
}

/** A capital, then two more capitalised words: a name's, not a description's (`Citizens for Safe Streets`, not `spokeswoman for the EB-5 Investment Coalition`). */
const CAPITALISED_WORDS = /^\p{Lu}\S*(?:\s+\S+)*?\s+\p{Lu}\S*(?:\s+\S+)*?\s+\p{Lu}/u;

/** Names of a people or a faith, which a "which" may follow: Christians, Democrats, Iranians, Japanese. */
const PEOPLE_ENDINGS = /(?:ans|ese|ish|is|ists|democrats|republicans)$/i;

/** Whether a description says its source was granted anonymity: `who spoke on condition of anonymity`. */
export function grantsAnonymity(appositive: string): boolean {
  GRANTED.lastIndex = 0;
  return GRANTED.test(appositive);
}

/** Whether an unnamed source's description says what it is placed to know: `a lobbyist briefed on the talks`. */
function describesAccess(description: string): boolean {
  ACCESS.lastIndex = 0;
  return ACCESS.test(description);
}

/**
 * Whether the words right after a mention say its source was granted anonymity (`… who asked
 * not to be named`), maybe after a relative clause (`A worker who lost her job, speaking on
 * condition of anonymity,`, `a teacher who quit and spoke on condition of anonymity`).
 */
function grantedRightAfter(text: string, end: number): boolean {
  GRANTED.lastIndex = 0;
  const after = text.slice(end, end + GRANTED_REACH);
  const match = GRANTED.exec(after);
  return match !== null && (match.index <= 2 || RELATIVE_CLAUSE_BEFORE.test(after.slice(0, match.index)));
}

/** How far past a mention the words granting anonymity are looked for: a relative clause, the longest such phrase and a comma. */
const GRANTED_REACH = 160;
/** A relative clause, all of it in the same clause of the sentence, between a mention and the words granting anonymity. */
const RELATIVE_CLAUSE_BEFORE = /^\s+who\s[^.;:!?"“”()]*$/;

/** Titles that only address someone, which a role in an appositive replaces: `Dr.`, `Mr.`, `Ms.`. */
const HONORIFICS = /^(?:dr|mr|mrs|ms|miss|mx)\.?$/i;

/** How an appositive that is no title opens: an age, a hometown, a relative clause, a participle's phrase. */
const NOT_A_TITLE = /^(?:\d{1,3}$|(?:then|now) \d|of |from |(?:who|whom|whose|which|that|where|when) |(?:[a-z]+(?:ed|ing)|seen|taken|given|written|chosen|known|shown|drawn|spoken|sworn|born) )/i;
