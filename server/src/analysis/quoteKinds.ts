/**
 * Telling someone's words from scare quotes and titles of works. A quotation is someone's
 * words when it is attributed or reads as speech (it opens a sentence, or is long enough to
 * be a statement); a short phrase in quotes with no speaker is a scare quote; a capitalised
 * name after "the book", "the film", "titled" is a title.
 */
import type { QuoteDraft } from './attribution';
import type { ParagraphInfo } from './document';
import type { QuoteKind, Reason } from './model';
import type { RawQuote } from './quotes';
import type { Token } from './tokens';
import { sentenceOfToken, tokenAt } from './document';
import { PASSIVE_AUXILIARIES, PUBLICATIONS } from './lexicon/words';
import { isNameWord } from './names';

const TITLE_CUES = new Set([
  'book', 'books', 'film', 'films', 'movie', 'movies', 'show', 'shows', 'song', 'songs', 'album', 'albums', 'series',
  'novel', 'novels', 'play', 'documentary', 'titled', 'entitled', 'headlined', 'episode', 'column', 'essay', 'article',
  'poem', 'single', 'headline', 'program', 'programme', 'musical', 'opera', 'podcast', 'memoir', 'bestseller',
  'best-seller', 'sitcom', 'anthem', 'hit', 'painting', 'exhibit', 'exhibition', 'report', 'op-ed', 'editorial',
  'speech', 'hashtag', 'slogan', 'motto', 'segment', 'track', 'ballad', 'tune', 'magazine', 'newspaper', 'blog',
]);
/** Who makes a work: `author of "…"`, `host of "…"`. */
const CREATORS = new Set([
  'author', 'authors', 'co-author', 'coauthor', 'host', 'hosts', 'co-host', 'cohost', 'director', 'writer', 'creator',
  'co-creator', 'producer', 'star', 'stars', 'editor', 'composer', 'singer', 'publisher', 'narrator', 'anchor',
]);
/** "a page called “Kellbrook River Now”": a name given to something, when it is in title case. */
const NAMING = new Set(['called', 'named', 'dubbed', 'nicknamed', 'known', 'as']);
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'for', 'to', 'at', 'by', 'with', 'from', 'is', 'as', 'vs.', 'de']);
const SPEECH_WORDS = 5;

/**
 * Why a quotation is a title whoever stands near it, or null: a capitalised name after "the
 * film" or "called", or that a person reads or watches; a name in a link's text. Read before
 * attribution, so that no speaker is looked for (and no source made) for `a page called
 * “Kellbrook River Now”`.
 */
export function titleReason(quote: RawQuote, paragraph: ParagraphInfo, text: string, words: number): Reason | null {
  const content = text.slice(quote.content.start, quote.content.end).trim();
  // A comma inside the marks is American punctuation ("on “The Apprentice,” Trump …"); a full stop or a question ends words.
  if (words > TITLE_WORDS || /[.!?]$/.test(content)) return null;
  const tokens = paragraph.tokens;
  const qs = tokenAt(paragraph, quote.start);
  const before = qs > 0 ? tokens[qs - 1] : null;
  // The quotation's words, read once and only when a rule below gets as far as its case.
  let quoted: string[] | undefined;
  const quotedWords = (): string[] => (quoted ??= wordsOf(paragraph, quote, qs));
  // After "called" or "as" a comma inside the marks is left to attribution: "what he called “Bill Clinton Inc.,”" is his words.
  const naming = before !== null && NAMING.has(before.lower) && !content.endsWith(',');
  // "a boss on “The Apprentice,”", "said on “Meet the Press”": a show or a page something is on.
  const on = before !== null && before.lower === 'on';
  // After "the series" one capitalised word is a title too (`the series "Harbour,"`); after "called" it may be an insult.
  const titleCue = before !== null && TITLE_CUES.has(before.lower);
  if (before && (titleCue ? isName(quotedWords()) : (naming || on) && isTitleCase(quotedWords()))) {
    return { step: 'title', detail: `A capitalised name after "${before.text}": the title of a work.` };
  }
  // "Ana Lund, author of "The Long Harbour,"", "the host of "Harbour Hour"": what its maker made.
  const maker = qs > 1 ? tokens[qs - 2] : null;
  if (before?.lower === 'of' && maker && CREATORS.has(maker.lower) && isTitleCase(quotedWords())) {
    return { step: 'title', detail: `A capitalised name after "${maker.text} of": the title of a work.` };
  }
  // "“The Trumps: Three Generations That Built an Empire,” by Gwenda Blair": a work and its author.
  const by = tokenAt(paragraph, quote.end - 1) + 1;
  if (tokens[by]?.lower === 'by' && tokens[by].quote < 0 && tokens[by + 1]?.cap && tokens[by + 1].quote < 0 && isNameWord(tokens[by + 1]) && quotedWords().length > 1 && isTitleCase(quotedWords())) {
    let author = by + 1;
    while (tokens[author + 1] && isNameWord(tokens[author + 1])) author++;
    return { step: 'title', detail: `A capitalised name followed by "by ${tokens.slice(by + 1, author + 1).map((t) => t.text).join(' ')}": a work and its author.` };
  }
  // "MSNBC's "Morning Joe"", "CNN's "State of the Union"": a broadcaster's or a paper's show or section.
  const owner = qs > 1 ? tokens[qs - 2] : null;
  if (before?.kind === 'possessive' && owner && (/^[A-Z]{2,5}$/.test(owner.text) || PUBLICATIONS.has(owner.lower)) && isTitleCase(quotedWords())) {
    return { step: 'title', detail: `A capitalised name after "${owner.text}${before.text}": a show or a section of it, not anyone's words.` };
  }
  // "what had been called the "Golden Week"", "will be dubbed the "Stop Hale Fund"": a name the passive gives, nobody's words.
  if (passiveNaming(tokens, qs) && isName(quotedWords())) {
    return { step: 'title', detail: 'A capitalised name that a passive verb gives ("has been called the …"): a name, not anyone\'s words.' };
  }
  // "Rivera read "War and Peace" twice": a person reading or watching a work. Not "a sign read "Trump Must Go"".
  if (before && WORK_VERBS.has(before.lower) && personBefore(tokens, qs - 2) && isTitleCase(quotedWords())) {
    return { step: 'title', detail: `A capitalised name that someone "${before.text}": the title of a work.` };
  }
  // "green buttons reading “Save Our Streets,”", "banners bearing “No More Towers”": what an object bears, nobody's words.
  const object = qs > 1 ? tokens[qs - 2] : null;
  if (before && INSCRIBING.has(before.lower) && object && INSCRIBED.has(object.lower) && isTitleCase(quotedWords())) {
    return { step: 'inscription', detail: `Words on ${object.text} ("${object.text} ${before.text} …"): an inscription, not anyone's words.` };
  }
  if (!content.endsWith(',') && inLinkText(text, quote, paragraph.start, paragraph.end)) return { step: 'title', detail: 'A name in quotation marks in the text of a link: the page or service it leads to.' };
  // `Salvatore "Sal" Ricci`, `Ann "the Hammer" Lee`: a nickname between a person's names.
  const after = tokens[tokenAt(paragraph, quote.end - 1) + 1];
  if (before && after && isNameWord(before) && isNameWord(after) && quote.close !== null && words <= NICKNAME_WORDS && /^\p{Lu}/u.test(quotedWords()[quotedWords().length - 1] ?? '')) {
    return { step: 'nickname', detail: 'A nickname between a person\'s names: part of the name, nobody\'s words.' };
  }
  return null;
}

const NICKNAME_WORDS = 3;

/** Participles that put words on an object: `buttons reading "…"`. */
const INSCRIBING = new Set(['reading', 'bearing', 'saying', 'proclaiming', 'declaring']);
/** Objects that bear words. */
const INSCRIBED = new Set([
  'sign', 'signs', 'banner', 'banners', 'button', 'buttons', 'placard', 'placards', 'poster', 'posters', 'shirt',
  'shirts', 't-shirt', 't-shirts', 'hat', 'hats', 'cap', 'caps', 'sticker', 'stickers', 'billboard', 'billboards',
  'flag', 'flags', 'badge', 'badges', 'pin', 'pins', 'sweatshirt', 'sweatshirts', 'hoodie', 'hoodies', 'mug', 'mugs',
]);

/** `title` is what `titleReason` said of the quotation. */
export function classifyQuote(quote: RawQuote, title: Reason | null, draft: QuoteDraft | null, paragraph: ParagraphInfo, text: string, words: number): { kind: QuoteKind; reason: Reason } {
  if (title) return { kind: 'title', reason: title };
  const tokens = paragraph.tokens;
  const qs = tokenAt(paragraph, quote.start);
  const before = qs > 0 ? tokens[qs - 1] : null;
  const sentence = sentenceOfToken(paragraph, qs);
  const opensSentence = qs <= sentence.firstWord;
  const content = text.slice(quote.content.start, quote.content.end);
  if (draft) {
    const partial = !opensSentence && draft.position !== 'split' && !(before && (before.text === ':' || before.text === ','));
    return partial
      ? { kind: 'partial', reason: { step: 'partial', detail: 'Words quoted inside a sentence that reports what the speaker said.' } }
      : { kind: 'direct', reason: { step: 'direct', detail: 'A quotation with a speaker.' } };
  }
  // A sentence's last word in quotes ("called it “sustainable.”") is no statement by itself.
  if (quote.continues !== null || opensSentence || words >= SPEECH_WORDS || (words >= 3 && /[.!?]["”]?$/.test(content.trim()))) {
    return { kind: 'direct', reason: { step: 'unattributed', detail: 'Reads as someone\'s words, but no speaker could be found.' } };
  }
  if (!opensSentence && words >= 2 && words <= TITLE_WORDS && isTitleCase(wordsOf(paragraph, quote, qs)) && before && !before.cap) {
    return { kind: 'title', reason: { step: 'title', detail: 'A capitalised name in quotation marks inside a sentence, with no speaker: a title.' } };
  }
  return { kind: 'scare', reason: { step: 'scare', detail: `A short phrase in quotation marks (${words} word${words === 1 ? '' : 's'}) with no speaker: a scare quote or a term, not someone's words.` } };
}

const NAMING_PARTICIPLES = new Set(['called', 'dubbed', 'named', 'nicknamed', 'labeled', 'labelled', 'termed', 'branded']);

/** `been called the "…"`, `be informally dubbed "…"`: a passive naming verb (and an article) right before the quotation at `qs`. */
function passiveNaming(tokens: readonly Token[], qs: number): boolean {
  let j = qs - 1;
  if (j >= 0 && /^(?:the|a|an)$/.test(tokens[j].lower)) j--;
  // "Lazar, known online as "Guccifer,"", "the unit known as the "Midnight Crew"": a name someone or something goes by.
  if (j >= 1 && tokens[j].lower === 'as' && (tokens[j - 1].lower === 'known' || (j >= 2 && tokens[j - 2].lower === 'known' && /ly$|^online$/.test(tokens[j - 1].lower)))) return true;
  if (j < 1 || !NAMING_PARTICIPLES.has(tokens[j].lower)) return false;
  let aux = j - 1;
  if (/ly$/.test(tokens[aux].lower) && aux > 0) aux--;
  return tokens[aux].quote < 0 && PASSIVE_AUXILIARIES.has(tokens[aux].lower);
}

/** Verbs whose object is a work, not words: `read "War and Peace"`, `watched "Casablanca"`. */
const WORK_VERBS = new Set(['read', 'reads', 'reread', 'watched', 'watches', 'rewatched', 'reviewed', 'directed', 'starred', 'finished', 'translated']);
/** Capitalised words that stand for texts, which "read" out words themselves: `a Sign read`, `the Times read`. */
const TEXT_WORDS = new Set(['sign', 'signs', 'banner', 'placard', 'poster', 'headline', 'message', 'letter', 'statement', 'times', 'post', 'journal', 'note', 'card']);

/** A person right before the verb: a name (a capitalised word that is not a text's) or a personal pronoun. */
function personBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.quote >= 0) return false;
  return /^(?:he|she|they|i|we|you)$/.test(t.lower) || (t.cap && !TEXT_WORDS.has(t.lower));
}

/** The longest quotation read as a title. */
const TITLE_WORDS = 12;

/** The words inside a short quotation, for the title-case test. */
function wordsOf(paragraph: ParagraphInfo, quote: RawQuote, qs: number): string[] {
  return paragraph.tokens
    .slice(qs, tokenAt(paragraph, quote.end))
    .filter((t) => t.start > quote.start && t.kind !== 'punct')
    .map((t) => t.text);
}

/** How far a link's brackets may stand from a quotation inside them, in characters. */
const LINK_REACH = 200;

/**
 * `[“Check for flooding” service](https://…)`: the quotation lies inside the text of a
 * Markdown link (`[`…`]` then `(` or `[`), within the paragraph and not far from either bracket.
 */
function inLinkText(text: string, quote: RawQuote, paragraphStart: number, paragraphEnd: number): boolean {
  let open = -1;
  for (let i = quote.start - 1; i >= paragraphStart && i >= quote.start - LINK_REACH; i--) {
    const c = text.charCodeAt(i);
    if (c === 93 /* ] */) return false;
    if (c === 91 /* [ */) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = quote.end; i < paragraphEnd && i < quote.end + LINK_REACH; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) return false;
    if (c === 93 /* ] */) return text[i + 1] === '(' || text[i + 1] === '[';
  }
  return false;
}

/** A name: title case, or one capitalised word (`Guccifer`). */
function isName(words: string[]): boolean {
  return words.length === 1 ? /^\p{Lu}/u.test(words[0]) : isTitleCase(words);
}

function isTitleCase(words: string[]): boolean {
  if (words.length < 2) return false;
  return words.every((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase())) || /^[\p{Lu}\d]/u.test(w));
}
