/**
 * A headline that attributes with a colon, the wire's shorthand for "X says …":
 * `Lynch: No outside influence on FBI probe`, `Clinton to Planned Parenthood: Trump will
 * reverse Roe v. Wade`, `Gillibrand on the transcripts: I think she will`. The words before
 * the colon name the speaker (and whom they spoke to, or about what); the words after it are
 * what they said, in no quotation marks. A headline in quotation marks after the colon is a
 * quotation, and the quote's own label step reads it.
 */
import type { AttributionContext, CueRef } from './attributionTypes';
import type { CueToken } from './cues';
import { sentenceOfToken, type ParagraphInfo, type WorkingDocument } from './document';
import { addRef } from './speakers';
import type { Token } from './tokens';

/** The longest label before the colon, in tokens: `Former Secretary of State Madeleine Albright`. */
const MAX_LABEL = 10;

/** The longest description a label may be without a name the story knows, in tokens. */
const MAX_DESCRIPTION = 3;

/** Labels that name a kind of item, not a speaker: `UPDATE:`, `Editor's note:`, `WATCH:`. */
const NOT_SPEAKERS = new Set(['latest', 'notice', 'update', 'updated', 'correction', 'note', 'watch', 'video', 'audio', 'photos', 'breaking', 'related', 'exclusive', 'analysis', 'opinion', 'live', 'factbox', 'explainer', 'timeline', 'poll', 'review', 'editorial', 'commentary', 'read', 'listen', 'see']);

/** Words that end the speaker's part of a label: `Clinton to Planned Parenthood:`, `Gillibrand on …:`. */
const TOPIC_PREPOSITIONS = new Set(['on', 'to', 'about', 'at', 'in', 'after']);

/** Reads a heading's colon label into a reported-speech draft, when it has one. */
export function findHeadlineLabel(ctx: AttributionContext, paragraph: ParagraphInfo): void {
  if (paragraph.kind !== 'heading') return;
  const tokens = paragraph.tokens;
  const colon = labelColon(tokens);
  if (colon < 0) return;
  let end = colon - 1;
  for (let j = 1; j < colon; j++) {
    if (tokens[j].kind === 'word' && !tokens[j].cap && TOPIC_PREPOSITIONS.has(tokens[j].lower)) {
      end = j - 1;
      break;
    }
  }
  const phrase = ctx.reader.left(tokens, end, 0, 0);
  if (!phrase || phrase.first !== 0) return;
  // A short description (`Report:`, `CNN President:`, `IG report:`) or someone the story names;
  // a title-case headline makes verbs look like names (`Warren Hammers Wells Fargo CEO:`).
  const head = tokens[phrase.head];
  const described = ctx.reader.isHeadWord(head) && phrase.last - phrase.first < MAX_DESCRIPTION;
  if (NOT_SPEAKERS.has(head.lower) || !(described || namedInStory(ctx, paragraph, tokens[phrase.last]))) return;
  let last = tokens.length - 1;
  while (last > colon && tokens[last].kind === 'punct' && !isClosingSingle(tokens[last].text)) last--;
  const { words } = paragraph.lookup.words(colon + 1, last);
  if (words < 2) return;
  const sentence = sentenceOfToken(paragraph, colon);
  const cue: CueToken = { token: colon, last: colon, lemma: ':', loaded: false, belief: false, speakerAfter: 'never', participle: false, naming: false };
  const cueRef: CueRef = { paragraph: paragraph.index, cue, span: { start: tokens[colon].start, end: tokens[colon].end }, ref: addRef(ctx, paragraph, sentence.index, phrase) };
  ctx.result.reported.push({
    ref: cueRef.ref!,
    cue: cueRef,
    content: { start: tokens[colon + 1].start, end: tokens[last].end },
    sentence: sentence.index,
    paragraph: paragraph.index,
    reason: { step: 'headline-label', detail: 'A headline names the speaker before a colon and gives what was said after it (Lynch: No outside influence on the inquiry).' },
  });
}

/**
 * `Lynch:` speaks when the story names a Lynch in full beyond the headline (Loretta Lynch); a
 * label no one in the story answers to (`The Latest:`, `The Ninth Circle:`) names a column or
 * a series, not a speaker.
 */
function namedInStory(ctx: AttributionContext, paragraph: ParagraphInfo, last: Token): boolean {
  if (!last.cap || last.kind !== 'word') return false;
  const paragraphs = surnameParagraphs(ctx.doc).get(last.lower);
  return paragraphs !== undefined && paragraphs.some((p) => p !== paragraph.index);
}

/** For each surname the story names in full, the first two paragraphs that do: built once per document, so many headlines stay linear. */
const SURNAMES = new WeakMap<WorkingDocument, Map<string, number[]>>();

function surnameParagraphs(doc: WorkingDocument): Map<string, number[]> {
  let map = SURNAMES.get(doc);
  if (map) return map;
  map = new Map();
  for (const name of doc.fullNames) {
    const key = name.surname.toLowerCase();
    const paragraphs = map.get(key);
    if (!paragraphs) map.set(key, [name.paragraph]);
    else if (paragraphs.length < 2 && paragraphs[0] !== name.paragraph) paragraphs.push(name.paragraph);
  }
  SURNAMES.set(doc, map);
  return map;
}

function isClosingSingle(text: string): boolean {
  return text === '’' || text === "'";
}

/** The label's colon: within the first tokens, none of them quoted, and words (or a headline's single quotes), not double quotation marks, after it. */
function labelColon(tokens: readonly Token[]): number {
  for (let j = 1; j < tokens.length - 1 && j <= MAX_LABEL; j++) {
    const t = tokens[j];
    if (t.quote >= 0) return -1;
    // A headline quotes in single marks: `Gillibrand on the transcripts: ‘I Think She Will’`.
    if (t.text === ':') return tokens[j + 1].quote < 0 && (tokens[j + 1].kind !== 'punct' || tokens[j + 1].text === '‘' || tokens[j + 1].text === "'") ? j : -1;
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '-') return -1;
  }
  return -1;
}
