/**
 * What an appositive says its name is: `Delvaux-Marin, the construction group boring the
 * tunnel,` names a company, though one capitalised word alone reads as a person's surname.
 */
import { tokenAt, type ParagraphInfo } from './document';
import { BUSINESS_NOUNS, DETERMINERS, ORGANIZATION_HEADS } from './lexicon/words';
import type { Span } from './model';
import { isPluralApostrophe } from './tokens';

/** Nouns for other bodies that only describe one, beside the business nouns and the heads that also name one (`group`, `ministry`). */
const INSTITUTION_NOUNS = new Set([
  'broadcaster', 'publisher', 'newspaper', 'contractor', 'builder', 'utility', 'start-up', 'exporter', 'importer',
  'distributor', 'railway', 'railroad', 'charity', 'nonprofit', 'non-profit', 'think-tank', 'tank', 'outlet', 'platform',
  'app', 'regulator', 'watchdog', 'consultancy', 'multinational', 'subsidiary', 'unit', 'owner', 'employer', 'club',
]);
/** Words after which an appositive's noun phrase has ended: `the group | boring …`, `the firm | that …`. */
const PHRASE_ENDS = new Set(['of', 'for', 'in', 'on', 'at', 'with', 'from', 'by', 'that', 'which', 'who', 'whose', 'and', 'or', 'to']);

/** Whether the appositive's head noun is an organisation's: `the construction group`, `a transit operator`. */
export function appositiveNamesOrganization(paragraph: ParagraphInfo, appositive: Span): boolean {
  const tokens = paragraph.tokens;
  let head: string | null = null;
  for (let i = tokenAt(paragraph, appositive.start); i < tokens.length && tokens[i].start < appositive.end; i++) {
    const t = tokens[i];
    if (t.kind === 'possessive' || isPluralApostrophe(tokens, i)) {
      head = null; // "the company's founder", "the exporters' association": the possessed noun is the head
      continue;
    }
    // "the construction group boring …", "the payroll company used by …": a participle ends the noun phrase.
    if (t.kind !== 'word' || PHRASE_ENDS.has(t.lower) || (head !== null && /(?:ing|ed)$/.test(t.lower))) break;
    if (!DETERMINERS.has(t.lower)) head = t.lower;
  }
  return head !== null && isBodyNoun(head);
}

/** Whether a (lower-case) noun names a body: `group`, `ministry`, `retailer`, `nonprofit`. */
export function isBodyNoun(word: string): boolean {
  return ORGANIZATION_HEADS.has(word) || BUSINESS_NOUNS.has(word) || INSTITUTION_NOUNS.has(word);
}
