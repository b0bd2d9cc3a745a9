/**
 * Attribution cues: the reporting verbs and phrases that tie words to a speaker (`said`,
 * `told reporters`, `said in a statement`, `wrote on X`, `according to`, `pointed out`),
 * found outside quotations, with nouns that merely look like verbs (`the report`,
 * `his comments`) left out.
 */
import type { Lexicon } from './lexicon';
import { ADDRESSEE_LEMMAS, CHANNEL_NOUNS, DOCUMENT_VERBS } from './lexicon/verbs';
import { DAYS, DETERMINERS, DOCUMENT_HEADS, FINITE_VERBS, MONTHS, ORGANIZATION_HEADS, PASSIVE_AUXILIARIES, PREPOSITIONS, PUBLICATIONS, RELATION_NOUNS, SPEAKER_PRONOUNS, TIME_WORDS } from './lexicon/words';
import { isPluralApostrophe, type Token } from './tokens';

export interface CueToken {
  /** The verb (or `according`). */
  token: number;
  /** The cue's last token, after particles, the addressee and the channel (`told reporters in a statement`). */
  last: number;
  lemma: string;
  loaded: boolean;
  belief: boolean;
  /** `according to X` and `said X` put the speaker after the cue. */
  speakerAfter: 'always' | 'maybe' | 'never';
  /** A participle after a comma (`, adding that`), whose speaker is the clause's subject. */
  participle: boolean;
  /** `called it "a hoax"`: a naming verb, a cue only right before a quotation. */
  naming: boolean;
  /** `data showed`, `the study found`: a cue only when a document is its subject. */
  documentOnly?: boolean;
  /** `In a September poll, …`: a record the words come from, named up to its comma. */
  record?: true;
}

const NOUN_LIKE = new Set([
  'report', 'reports', 'post', 'posts', 'tweet', 'tweets', 'comment', 'comments', 'statement', 'answer', 'answers',
  'reply', 'replies', 'claim', 'claims', 'promise', 'promises', 'question', 'questions', 'charge', 'charges', 'attack',
  'attacks', 'estimate', 'estimates', 'forecast', 'forecasts', 'offer', 'warning', 'note', 'notes', 'remark', 'remarks',
  'brief', 'pledge', 'pledges', 'vow', 'vows', 'plea', 'demand', 'demands', 'reason', 'joke', 'jokes', 'cry', 'cries',
  'boast', 'dispute', 'denial', 'counter', 'lecture', 'signal', 'signals', 'hint', 'hints', 'message', 'praise', 'blast',
  'slam', 'text', 'snap', 'tease', 'address', 'protest', 'response', 'responses', 'record', 'interview', 'quip',
  'state', 'states', 'claim', 'message', 'posts', 'post', 'announcement', 'testimony', 'explanation', 'statements',
  'email', 'emails', 'retort', 'riposte', 'rejoinder', 'quips', 'jab', 'jabs', 'rebuke', 'remark', 'comment', 'warnings', 'vow', 'answer',
  'chant', 'chants', 'thanks', 'song', 'songs',
]);
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'dubbing', 'label', 'labels', 'labeled', 'labelled', 'labeling', 'term', 'termed', 'terms', 'deride', 'derided', 'derides', 'describe', 'described', 'describes', 'describing']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const CHANNEL_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'over']);
/** Whom words are told to, after `told` or `informed`: `told reporters`, `told the jury`, `informed investors`. */
const ADDRESSEE_OBJECTS = new Set([
  'him', 'her', 'them', 'me', 'us', 'reporters', 'journalists', 'supporters', 'lawmakers', 'voters', 'listeners', 'viewers', 'donors',
  'congress', 'parliament', 'students', 'employees', 'members', 'colleagues', 'senators', 'delegates', 'crowd', 'audience', 'jury',
  'jurors', 'court', 'judge', 'committee', 'subcommittee', 'panel', 'board', 'council', 'commission', 'investigators', 'detectives',
  'police', 'prosecutors', 'residents', 'parents', 'shareholders', 'investors', 'analysts', 'staff', 'workers', 'troops', 'legislators',
  'regulators', 'attendees', 'fans', 'hearing', 'meeting', 'rally', 'gathering', 'forum', 'people', 'public', 'nation', 'americans', 'country',
]);
/** Verbs whose object a noun-like form is: "faces charges", "filed reports", "dropped the claims". */
const TAKES_NOUN_LIKE = new Set([
  'face', 'faces', 'faced', 'facing', 'file', 'files', 'filed', 'filing', 'bring', 'brings', 'brought', 'bringing', 'drop', 'drops', 'dropped',
  'dropping', 'issue', 'issues', 'issued', 'issuing', 'record', 'records', 'recorded', 'recording', 'book', 'books', 'booked', 'booking',
  'incur', 'incurs', 'incurred', 'incurring', 'take', 'takes', 'took', 'taken', 'taking',
]);

/** `faces charges`, `face espionage charges`: the verb, maybe past one lower-case modifier, before a noun-like form. */
function takesNounLike(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (TAKES_NOUN_LIKE.has(before.lower)) return true;
  return before.kind === 'word' && !before.cap && before.quote < 0 && TAKES_NOUN_LIKE.has(tokens[i - 2]?.lower ?? '');
}

/** Prepositions a gerund follows as the object: `before answering`, `without commenting`. */
const GERUND_PREPOSITIONS = new Set(['before', 'after', 'without', 'while', 'upon', 'by']);
const SENTENCE_ENDS = new Set(['.', '?', '!', ';']);
/** What a side concedes in a game: `conceded twice`, `conceded a late goal`. */
const SCORES = new Set(['twice', 'once', 'goal', 'goals', 'penalty', 'penalties', 'try', 'tries', 'run', 'runs', 'point', 'points', 'touchdown', 'touchdowns', 'wicket', 'wickets', 'set', 'sets', 'late', 'early']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven']);

/** Words after which a reporting verb's form is its noun (not "her": "heard her say"). */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'its', 'their', 'our', 'my', 'your']);
const TELL_FORMS = new Set(['tell', 'tells', 'told', 'telling']);
/** Verbs that take "to" + an addressee far more often than an infinitive: "said to cheers", "wrote to supporters". */
const SPEECH_TO = new Set(['say', 'says', 'said', 'saying', 'write', 'writes', 'wrote', 'writing', 'explain', 'explains', 'explained', 'complain', 'complained', 'speak', 'spoke', 'tweeted', 'posted', 'wrote', 'told', 'remarked', 'confided', 'admitted', 'confessed', 'whispered', 'shouted', 'yelled', 'announced', 'mentioned', 'described', 'reported']);
const INFINITIVE_STARTS = new Set(['be', 'have', 'do', 'make', 'get', 'go', 'take', 'give', 'keep', 'become']);
const RESPONSES = new Set(['respond', 'responds', 'responded', 'responding', 'reply', 'replies', 'replied', 'replying', 'answer', 'answers', 'answered', 'answering']);
/** Modals of obligation: before a belief verb they give the writer's view, not the subject's. */
const OBLIGATION = new Set(['should', 'must', 'ought', 'shall']);
/** What is claimed when nothing is said: `claimed victory`, `claiming the title`, `claimed 41 percent`. Not `claimed responsibility`, a statement. */
const WINNINGS = new Set(['victory', 'victories', 'win', 'wins', 'title', 'titles', 'seat', 'seats', 'percent', 'majority', 'lead', 'crown', 'gold', 'silver', 'bronze', 'prize']);
/** Who may follow "added to", in words: `added to reporters`. */
const ADDRESSEES_AFTER_TO = new Set(['reporters', 'journalists', 'me', 'us']);

/** Verbs whose passive subject is the one spoken to: `was told`, `were briefed`, `being warned`. */
const ADDRESSEE_PASSIVES = new Set(['told', 'briefed', 'informed', 'warned', 'advised', 'assured', 'reassured', 'reminded', 'urged', 'notified']);

/** The cues among one paragraph's tokens (marked with their quotations). */
export function findCues(tokens: readonly Token[], lexicon: Lexicon): CueToken[] {
  const cues: CueToken[] = [];
  const starters = cueStarters(lexicon);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.quote >= 0 || t.kind !== 'word' || !starters.has(t.lower)) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cues.push({ token: i, last: i + 1, lemma: 'according to', loaded: false, belief: false, speakerAfter: 'always', participle: false, naming: false });
      i++;
      continue;
    }
    if (t.lower === 'per') {
      // "…," per the party's bylaws; per CNN: "according to". Not "per cent", "per capita", "$5 per
      // share", "112 crowns per Oskarsen share": a rate, after a number and maybe its unit.
      const next = tokens[i + 1];
      const rate = tokens[i - 1]?.kind === 'number' || (tokens[i - 2]?.kind === 'number' && tokens[i - 1].kind === 'word');
      if (!rate && next && next.quote < 0 && next.kind === 'word' && (next.cap || DETERMINERS.has(next.lower) || POSSESSIVE_DETERMINERS.has(next.lower))) {
        cues.push({ token: i, last: i, lemma: 'according to', loaded: false, belief: false, speakerAfter: 'always', participle: false, naming: false });
      }
      continue;
    }
    if (t.lower === 'in' && (i === 0 || tokens[i - 1].kind === 'punct') && findingsAt(tokens, i) > 0) {
      // "In a September Post-ABC News poll, 75 percent said …": the poll is where the words come from.
      cues.push({ token: i, last: i, lemma: 'according to', loaded: false, belief: false, speakerAfter: 'always', participle: false, naming: false, record: true });
      continue;
    }
    const from = OUTCRY_VERBS.has(t.lower) ? outcryFrom(tokens, i) : -1;
    if (from >= 0) {
      // ""Call the roll," came shouts from the crowd": whoever the shouts came from speaks.
      cues.push({ token: i, last: from, lemma: 'shout', loaded: false, belief: false, speakerAfter: 'always', participle: false, naming: false });
      i = from;
      continue;
    }
    if ((t.lower === 'put' || t.lower === 'puts') && tokens[i + 1]?.lower === 'it' && tokens[i + 1].quote < 0) {
      // "as the memo put it", "as Ortiz puts it": the speaker stands before the verb.
      cues.push({ token: i, last: i + 1, lemma: 'put it', loaded: false, belief: false, speakerAfter: 'never', participle: false, naming: false });
      i++;
      continue;
    }
    if ((t.lower === 'put' || t.lower === 'puts') && putsFigureAt(tokens, i)) {
      // "Officials put the death toll at 40", "a review put the cost at 3.1 billion euros": an estimate, and whose it is.
      cues.push({ token: i, last: i, lemma: 'put at', loaded: false, belief: false, speakerAfter: 'never', participle: false, naming: false });
      continue;
    }
    if (DOCUMENT_VERBS.has(t.lower) && isVerbUse(tokens, i)) {
      cues.push({ token: i, last: i, lemma: DOCUMENT_VERBS.get(t.lower)!, loaded: false, belief: false, speakerAfter: 'never', participle: false, naming: false, documentOnly: true });
      continue;
    }
    if (QUOTING_VERBS.has(t.lower) && quotesSomeone(tokens, i)) {
      // "The Gazette quoted a witness as saying "…"", "Lund quotes Ana Ortiz: "…"": the one quoted speaks; the one quoting relays.
      cues.push({ token: i, last: i, lemma: 'quote', loaded: false, belief: false, speakerAfter: 'always', participle: false, naming: false });
      continue;
    }
    // "a sign that read, "…"", ""…," read one.": a text that reads is quoted only right next to its words.
    if ((t.lower === 'read' || t.lower === 'reads' || t.lower === 'reading') && !t.cap) {
      // "It read in part:" at a paragraph's end: the words follow in the next paragraph or block quote.
      const inPart = tokens[i + 1]?.lower === 'in' && tokens[i + 2]?.lower === 'part' ? i + 2 : i;
      const opensNext = tokens[inPart + 1]?.text === ':' && inPart + 2 === tokens.length;
      const after = opensNext || quoteRightAfter(tokens, i);
      const before = i > 0 && (tokens[i - 1].quote >= 0 || (tokens[i - 1].kind === 'punct' && tokens[i - 2]?.quote >= 0) || taggedDocument(tokens, i));
      if (after || before) cues.push({ token: i, last: opensNext ? inPart : i, lemma: 'read', loaded: false, belief: false, speakerAfter: before ? 'maybe' : 'never', participle: isParticiple(tokens, i), naming: false });
      continue;
    }
    if (NAMING_VERBS.has(t.lower)) {
      if (nextQuoteWithin(tokens, i, 5)) cues.push({ token: i, last: i, lemma: t.lower.replace(/(?:s|ed|ing|led|ling)$/, ''), loaded: false, belief: false, speakerAfter: 'never', participle: isParticiple(tokens, i), naming: true });
      continue;
    }
    const entry = lexicon.phrasal.get(t.lower);
    let particle = entry && tokens[i + 1] && entry.particles.includes(tokens[i + 1].lower) ? tokens[i + 1].lower : null;
    // "went on to say", "went on: "…"" report words; "the Senate goes on recess" does not.
    if (particle && entry!.lemma === 'go' && !opensSpeech(tokens, i + 2)) particle = null;
    const form = lexicon.verbs.get(t.lower) ?? (entry && particle ? { lemma: `${entry.lemma} ${particle}`, loaded: false, belief: false } : undefined);
    if (!form || !isVerbUse(tokens, i)) continue;
    // "The cabinet should think again": what someone ought to think is the writer's view, not theirs.
    if (form.belief && OBLIGATION.has(tokens[i - 1]?.lower ?? '')) continue;
    const last = cueEnd(tokens, i, lexicon, form.lemma);
    cues.push({
      token: i,
      last,
      lemma: form.lemma,
      loaded: form.loaded,
      belief: form.belief,
      speakerAfter: form.belief ? 'never' : 'maybe',
      participle: isParticiple(tokens, i),
      naming: false,
    });
    i = last;
  }
  return cues;
}

/** How far `at` may stand after `put` when it puts a figure: `put the project's estimated cost at`. */
const PUT_AT_REACH = 7;

/** `put the death toll at 40`: `put`, a short object, then `at` and a number. */
function putsFigureAt(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j - i <= PUT_AT_REACH; j++) {
    const t = tokens[j];
    if (t.quote >= 0 || t.kind === 'punct') return false;
    if (t.lower === 'at') return tokens[j + 1]?.kind === 'number' || (tokens[j + 1]?.lower === 'about' && tokens[j + 2]?.kind === 'number');
  }
  return false;
}

/** Every word that can open a cue, per lexicon: one lookup rules out most words of a text. */
const startersByLexicon = new WeakMap<Lexicon, Set<string>>();

function cueStarters(lexicon: Lexicon): Set<string> {
  let starters = startersByLexicon.get(lexicon);
  if (!starters) {
    starters = new Set(['according', 'per', 'in', 'put', 'puts', 'read', 'reads', 'reading', ...QUOTING_VERBS, ...OUTCRY_VERBS, ...DOCUMENT_VERBS.keys(), ...NAMING_VERBS, ...lexicon.verbs.keys(), ...lexicon.phrasal.keys()]);
    startersByLexicon.set(lexicon, starters);
  }
  return starters;
}

/** The object pronouns a quoting verb may take for the one it quotes: `quoted him as saying`. */
export const QUOTED_PRONOUNS = new Set(['him', 'her', 'them']);

/** Verbs of quoting someone else: their subject relays, their object speaks. */
const QUOTING_VERBS = new Set(['quoted', 'quotes', 'quoting', 'quote']);

/**
 * `quoted a witness as saying`, `quotes former adviser Ana Ortiz:`: a verb use (not `the quotes`,
 * `was quoted as saying`) whose object, a capitalised name or a determiner's phrase, is followed
 * within a few words by `as saying`/`as having said`, a colon or a dash before a quotation.
 */
function quotesSomeone(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before && (before.quote >= 0 || DETERMINERS.has(before.lower) || POSSESSIVE_DETERMINERS.has(before.lower) || PASSIVE_AUXILIARIES.has(before.lower) || /^(?:direct|more|additional|several|these|those)$/.test(before.lower))) return false;
  const object = tokens[i + 1];
  if (!object || object.quote >= 0 || object.kind !== 'word' || !(object.cap || DETERMINERS.has(object.lower) || object.lower === 'former' || object.lower === 'one' || QUOTED_PRONOUNS.has(object.lower))) return false;
  for (let j = i + 2; j < tokens.length && j <= i + 10; j++) {
    const t = tokens[j];
    if (t.quote >= 0) return false;
    if (t.lower === 'as' && /^(?:saying|having|telling|writing)$/.test(tokens[j + 1]?.lower ?? '')) return true;
    if (t.text === ':' || t.text === '–' || t.text === '—') return tokens[j + 1]?.quote >= 0;
    if (t.kind === 'punct' && t.text !== '.' && t.text !== ',') return false;
  }
  return false;
}

/** Records of what people answered: `In a … poll,` puts the answers after it on the poll. */
const FINDINGS = new Set(['poll', 'survey', 'census', 'study']);

/** `In a September Post-ABC News poll,` at `i`: the index of the comma after the record, else -1. */
function findingsAt(tokens: readonly Token[], i: number): number {
  const article = tokens[i + 1]?.lower;
  if (article !== 'a' && article !== 'an' && article !== 'the') return -1;
  for (let j = i + 2; j < tokens.length && j <= i + 10; j++) {
    const t = tokens[j];
    if (t.quote >= 0 || (t.kind === 'punct' && t.text !== '-')) return -1;
    // "In an editorial published alongside the study,": the record is the editorial, not the study.
    if (!t.cap && (PREPOSITIONS.has(t.lower) || /^[a-z]+ed$/.test(t.lower))) return -1;
    if (FINDINGS.has(t.lower)) return tokens[j + 1]?.text === ',' ? j + 1 : -1;
  }
  return -1;
}

/** `came shouts from`, `come cries from`: a verb of arrival before an outcry and whom it came from. */
const OUTCRY_VERBS = new Set(['came', 'come', 'comes', 'rang', 'went']);
const OUTCRIES = new Set(['shouts', 'shout', 'cries', 'cry', 'chants', 'chant', 'calls', 'call', 'yells', 'screams', 'jeers', 'cheers', 'boos', 'reply', 'response', 'answer']);

/** `came shouts from the crowd`, `came a reply from the ministry`: the index of "from" after the outcry, else -1. */
function outcryFrom(tokens: readonly Token[], i: number): number {
  const noun = tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  const outcry = tokens[noun];
  return outcry && outcry.quote < 0 && OUTCRIES.has(outcry.lower) && tokens[noun + 1]?.lower === 'from' ? noun + 1 : -1;
}

/**
 * The word after "state" makes it a noun before another (`state television`, `state media
 * reported`): a lower-case word that is no determiner, pronoun, preposition or "that", which
 * the verb would take (`state that`, `state the facts`, `state it plainly`).
 */
function isStateCompound(next: Token | undefined): boolean {
  return next !== undefined && next.kind === 'word' && !next.cap && next.quote < 0 && !VERB_STATE_OBJECTS.test(next.lower) && !DETERMINERS.has(next.lower) && !POSSESSIVE_DETERMINERS.has(next.lower);
}
const VERB_STATE_OBJECTS = /^(?:that|what|how|why|whether|when|where|which|who|it|them|him|her|us|me|this|these|those|to|in|on|at|for|with|about|as|so|clearly|plainly|publicly|flatly|again|otherwise|unequivocally|simply|explicitly|only|not)$/;

/** Every word within four tokens either side is capitalised: a headline, not "New York State Republican Party's annual gala". */
function titleCaseAround(tokens: readonly Token[], i: number): boolean {
  for (let j = Math.max(0, i - 4); j <= Math.min(tokens.length - 1, i + 4); j++) {
    const t = tokens[j];
    if (t.kind === 'word' && t.quote < 0 && !t.cap) return false;
  }
  return true;
}

/** `… to Mills with, "…"`, `… to the question with: "…"`: "with" and the quotation within a few words of the addressee. */
function respondsWithWords(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j - from < 6; j++) {
    if (tokens[j].quote >= 0) return false;
    if (tokens[j].lower !== 'with') continue;
    const next = tokens[j + 1];
    const after = next?.text === ',' || next?.text === ':' ? tokens[j + 2] : next;
    return after !== undefined && after.quote >= 0;
  }
  return false;
}

/** Rules out nouns (`the report`), infinitives (`declined to say`), passives (`was told`) and sentence-initial `Asked`. */
function isVerbUse(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // A capitalised verb is a name ("Islamic State"), except an inverted tag opening a sentence
  // ("Continued Stone: …") and a headline set in title case ("Clinton Said Of Wall Street, "…"").
  if (t.cap) {
    const opensInverted = (i === 0 || tokens[i - 1].kind === 'punct') && tokens[i + 1]?.cap;
    const next = tokens[i + 1];
    const titleCase = i > 0 && tokens[i - 1].cap && tokens[i - 1].kind === 'word' && !!next && (next.cap || next.quote >= 0) && titleCaseAround(tokens, i);
    if (!opensInverted && !titleCase) return false;
  }
  const before = tokens[i - 1];
  // "agreed on Tuesday to keep negotiating": look past time words for an infinitive.
  let next = i + 1;
  while (next < tokens.length && (TIME_WORDS.has(tokens[next].lower) || (tokens[next].lower === 'on' && TIME_WORDS.has(tokens[next + 1]?.lower ?? '')))) next++;
  const after = tokens[next];
  if (before && before.quote < 0) {
    // "The recount, required by state law, …", "a report", "their claim": after an article or a possessive, a noun;
    // so after a verb that takes it for its object ("faces charges of arson", "filed reports").
    if (NOUN_MARKERS.has(before.lower) || (NOUN_LIKE.has(t.lower) && takesNounLike(tokens, i))) return false;
    if (before.lower === 'to' && !(after && after.quote >= 0)) return false;
    if (NOUN_LIKE.has(t.lower) && nounPhraseBefore(tokens, i) && !namedSubjectIntroduces(tokens, i) && !introducesClause(tokens, i)) return false;
    // "was told", "being briefed": the passive's subject is who heard the words, not who said them; "is telling" is active.
    if (ADDRESSEE_PASSIVES.has(t.lower) && PASSIVE_AUXILIARIES.has(before.lower)) return false;
    // "before a new justice is confirmed", "the plan was announced": a passive's subject is what
    // was said, not who said it. Not "Clinton was asked why …": who was asked answers next.
    if (PASSIVE_AUXILIARIES.has(before.lower) && /ed$/.test(t.lower) && t.lower !== 'asked' && !(after && after.quote >= 0)) return false;
  }
  if (t.cap && t.lower === 'asked') return false; // "Asked about the plan, she said ..."
  // "paused before answering.", "left without commenting.": a gerund after a preposition, with nothing after it, reports nothing.
  if (before && GERUND_PREPOSITIONS.has(before.lower) && /ing$/.test(t.lower) && (!after || (after.quote < 0 && SENTENCE_ENDS.has(after.text)))) return false;
  // "The Peaks conceded twice", "conceded a penalty": goals and points let in, not a concession in words.
  if (/^conced/.test(t.lower) && after && (after.kind === 'number' || SCORES.has(after.lower) || ((DETERMINERS.has(after.lower) || NUMBER_WORDS.has(after.lower)) && SCORES.has(tokens[next + 1]?.lower ?? '')))) return false;
  // "claiming 41 percent of the vote", "claimed victory": votes and titles won, not a claim in words.
  if (/^claim/.test(t.lower) && after && (after.kind === 'number' || WINNINGS.has(after.lower) || (DETERMINERS.has(after.lower) && WINNINGS.has(tokens[next + 1]?.lower ?? '')))) return false;
  // "adding to her delegate lead": adding to something, not adding words.
  const added = tokens[next + 1];
  if (/^add/.test(t.lower) && after?.lower === 'to' && added !== undefined && added.quote < 0 && !ADDRESSEES_AFTER_TO.has(added.lower)) return false;
  // "Two people briefed on the talks said": what the people are placed to know, not what anyone told them.
  if (t.lower === 'briefed' && after?.lower === 'on' && before && !before.cap && before.kind === 'word' && SPEAKER_PRONOUNS[before.lower] === undefined && /s$/.test(before.lower)) return false;
  // "a statement posted on Facebook", "a video released by the campaign": what the statement is, not what it did.
  if (before && !before.cap && CHANNEL_NOUNS.has(before.lower) && describingParticiple(tokens, i)) return false;
  // "state television", "state media", "state officials": the noun before another, not the verb.
  if (t.lower === 'state' && isStateCompound(tokens[i + 1])) return false;
  if (t.lower === 'think' && /^tanks?$/.test(tokens[i + 1]?.lower ?? '')) return false; // "a think tank"
  if (modifiesNoun(tokens, i) || participleModifier(tokens, i)) return false;
  // "did not respond to a request for comment": a response to something is no statement by
  // itself; "responds to Mills with, "…"" is one.
  if (after && after.lower === 'to' && RESPONSES.has(t.lower) && !respondsWithWords(tokens, next + 1)) return false;
  // "asking not to be identified": how a source spoke, not what it said.
  if (after && (after.lower === 'not' || after.lower === 'to') && /^(?:ask|request|declin|refus)/.test(t.lower) && tokens.slice(next, next + 4).some((w) => w.lower === 'be' || w.lower === 'remain')) return false;
  if (after && after.lower === 'to') {
    // "continued to grow", "promised to act" are not speech; "said to reporters", "wrote to supporters" are.
    const object = tokens[next + 1];
    if (!object) return false;
    if (SPEECH_TO.has(t.lower)) return !INFINITIVE_STARTS.has(object.lower);
    return object.quote >= 0 || object.cap || DETERMINERS.has(object.lower) || ADDRESSEE_OBJECTS.has(object.lower);
  }
  if (after && after.text === '-') return false;
  if (isPlea(t, tokens, next) || isRestatement(t, tokens, next) || addsAThing(t, tokens, next) || showsNoWords(t, tokens, next)) return false;
  return true;
}

/** `posted on Facebook`, `released by the campaign`: a participle and a preposition, which describe the noun before them. */
export function describingParticiple(tokens: readonly Token[], i: number): boolean {
  return /ed$/.test(tokens[i].lower) && PREPOSITIONS.has(tokens[i + 1]?.lower ?? '');
}

/**
 * `posted photographs showing …`, `posted a video of the fire`: pictures posted, not words;
 * `observed the planet as it passed …`, `observed a moment of silence`: something watched or kept.
 */
function showsNoWords(verb: Token, tokens: readonly Token[], next: number): boolean {
  if (/^observ(?:e|es|ed|ing)$/.test(verb.lower)) return DETERMINERS.has(tokens[next]?.lower ?? '') && tokens[next].lower !== 'that' && tokens[next].quote < 0;
  if (!/^(?:post|posts|posted|posting|share|shares|shared|sharing)$/.test(verb.lower)) return false;
  const object = DETERMINERS.has(tokens[next]?.lower ?? '') || tokens[next]?.kind === 'number' ? tokens[next + 1] : tokens[next];
  return object !== undefined && object.quote < 0 && PICTURES.has(object.lower);
}
const PICTURES = new Set(['photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'image', 'images', 'video', 'videos', 'footage', 'clip', 'clips', 'selfie', 'map', 'maps']);

/**
 * `the plan … adds a loading zone`, `added 200 jobs`: "add" with a thing for its object adds
 * the thing. Words added come after a colon or as a quotation (`added a warning: "…"`).
 */
function addsAThing(verb: Token, tokens: readonly Token[], next: number): boolean {
  if (!/^add(?:s|ed|ing)?$/.test(verb.lower)) return false;
  const object = tokens[next];
  if (!object || object.quote >= 0 || !(object.kind === 'number' || (DETERMINERS.has(object.lower) && object.lower !== 'that'))) return false;
  for (let j = next + 1; j < tokens.length && j <= next + 5; j++) {
    // `adding the U.S. must be equally global`: a clause, its "that" left out; `added the words, "…"`.
    if (tokens[j].quote >= 0 || tokens[j].text === ':' || FINITE_VERBS.has(tokens[j].lower) || CLAUSE_MODALS.has(tokens[j].lower) || WORDS_ADDED.has(tokens[j].lower)) return false;
    if (tokens[j].kind === 'punct') break;
  }
  return true;
}

/** Nouns for words themselves: `added a note of caution`, `added the words`. */
const WORDS_ADDED = new Set(['words', 'word', 'note', 'caveat', 'warning', 'comment', 'remark', 'plea', 'thought', 'footnote', 'line', 'question', 'message', 'caption']);
const CLAUSE_MODALS = new Set(['must', 'should', 'may', 'might', 'shall', 'needs']);

/**
 * `would plead not guilty`, `expected to plead guilty`: a plea still to be made, so nothing said
 * yet. A plea made (`pleaded guilty to two counts`) stays a statement, as the corpus reads it.
 */
function isPlea(verb: Token, tokens: readonly Token[], next: number): boolean {
  if (verb.lower !== 'plead') return false;
  const a = tokens[next]?.lower;
  const b = tokens[next + 1]?.lower;
  return a === 'guilty' || a === 'innocent' || (a === 'not' && b === 'guilty') || (a === 'no' && b === 'contest');
}

/** `restated its results`, `restate earnings for 2023`: accounts redone, not words repeated. */
function isRestatement(verb: Token, tokens: readonly Token[], next: number): boolean {
  if (!verb.lower.startsWith('restat')) return false;
  for (let j = next; j < tokens.length && j < next + 4; j++) {
    if (tokens[j].quote >= 0 || tokens[j].kind !== 'word') return false;
    if (RESTATED_ACCOUNTS.has(tokens[j].lower)) return true;
  }
  return false;
}

const RESTATED_ACCOUNTS = new Set(['results', 'earnings', 'accounts', 'revenue', 'revenues', 'financials', 'financial', 'profit', 'profits', 'sales', 'figures', 'books', 'income', 'losses']);

/**
 * `Sexton, a creative writing professor, said`: an -ing form between a determiner's modifiers
 * and the noun that ends the phrase names a kind of thing, not an act of speech.
 */
function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i + 1];
  const after = tokens[i + 2];
  if (!tokens[i].lower.endsWith('ing') || !noun || noun.kind !== 'word' || noun.cap || noun.quote >= 0 || NOT_A_NOUN.has(noun.lower) || DETERMINERS.has(noun.lower)) return false;
  // The noun ends the phrase, or a name follows it: "the price reporting service SteelIndex Europe".
  if (!after || after.quote >= 0 || !(after.kind === 'punct' || (after.kind === 'word' && after.cap))) return false;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const word = tokens[j];
    if (word.kind !== 'word' || word.quote >= 0 || word.cap) return false;
    if (DETERMINERS.has(word.lower)) return true;
  }
  return false;
}

/** `the project's estimated cost`, `his stated aim`, `a reported 200 people`: a participle between a determiner and its noun. */
function participleModifier(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const noun = tokens[i + 1];
  if (!before || !noun || !tokens[i].lower.endsWith('ed') || before.quote >= 0 || noun.quote >= 0 || noun.kind === 'punct' || noun.cap) return false;
  return before.kind === 'possessive' || POSSESSIVE_DETERMINERS.has(before.lower) || before.lower === 'the' || before.lower === 'a' || before.lower === 'an';
}

/** Words that follow a verb in -ing and are not the noun it would modify. */
const NOT_A_NOUN = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'so', 'yes', 'no', 'nothing', 'something', 'anything', 'otherwise', 'too', 'again', 'later', 'publicly', 'privately']);

/** "the report", "a subsequent tweet", "his home state", "Trump's latest attack": a determiner within three modifiers before. */
function nounPhraseBefore(tokens: readonly Token[], i: number): boolean {
  if (closesTagAfterQuote(tokens, i)) return false;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = tokens[j];
    // ""…," the Saudis state in the paper": a tag right after a quotation closed by a comma is a
    // verb, not "the state". Not 'describing as "unhinged" a Donald Trump tweet'.
    if (DETERMINERS.has(t.lower) && j > 1 && tokens[j - 1].quote >= 0 && tokens[j - 1].kind === 'punct' && /^[,?!]$/.test(tokens[j - 2].text)) return false;
    if (DETERMINERS.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower) || t.kind === 'possessive' || isPluralApostrophe(tokens, j) || t.kind === 'number') return true;
    if (t.kind !== 'word' || t.quote >= 0) return false;
    if (j < i - 1 && !/^[a-z][a-z-]*$/.test(t.text) && !t.cap) return false;
    if (/^(?:has|had|have|is|was|were|are|will|would|also|and|or|but|who|that|which|not|then|later)$/.test(t.lower)) return false;
  }
  return false;
}

/** `The Boston Globe reports: "…"`: a name, then a verb in -s that opens a quotation, is a subject and its verb, not "the Globe reports". */
function namedSubjectIntroduces(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (!before?.cap || before.kind !== 'word' || before.quote >= 0 || !tokens[i].lower.endsWith('s') || !next) return false;
  return next.quote >= 0 || ((next.text === ':' || next.text === ',') && (tokens[i + 2]?.quote ?? -1) >= 0) || (next.text === ':' && i + 2 >= tokens.length);
}

/**
 * `The transport department estimates the lanes will cost …`, `the Post reports that the
 * department …`: a word in -s that could be a noun is the verb when a clause follows it, one
 * that opens with its subject after `that`, or a noun phrase and its verb after the name of
 * a body. Not `Trump's claims that …` (owned: a noun), `the attacks that killed …` (a
 * relative clause), `the personal attacks each has made` or `the department estimates were wrong`.
 */
function introducesClause(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (!tokens[i].lower.endsWith('s') || !next || next.quote >= 0 || !before || before.kind === 'possessive' || POSSESSIVE_DETERMINERS.has(before.lower)) return false;
  if (next.lower === 'that') {
    const subject = tokens[i + 2];
    return subject !== undefined && subject.quote < 0 && (subject.cap || subject.kind === 'number' || DETERMINERS.has(subject.lower) || SPEAKER_PRONOUNS[subject.lower] !== undefined || OTHER_SUBJECT_PRONOUNS.has(subject.lower));
  }
  if (!DETERMINERS.has(next.lower) || !(before.cap || ORGANIZATION_HEADS.has(before.lower) || DOCUMENT_HEADS.has(before.lower))) return false;
  for (let j = i + 2; j < tokens.length && j <= i + 6; j++) {
    const t = tokens[j];
    if (t.quote >= 0 || t.kind === 'punct') return false;
    if (FINITE_VERBS.has(t.lower) || CLAUSE_MODALS.has(t.lower)) return true;
  }
  return false;
}

/** Subjects that open a clause besides the speaker pronouns: `that we …`, `that there is …`. */
const OTHER_SUBJECT_PRONOUNS = new Set(['we', 'i', 'you', 'there']);

/** ""…," a voice-over in the ad states.": a verb in -s ending a short tag that follows a quotation at once. */
function closesTagAfterQuote(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i].lower.endsWith('s') || tokens[i + 1]?.text !== '.') return false;
  for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
    const t = tokens[j];
    // The tag opens with its speaker: "a voice-over", "the paper", "Ortiz"; not "by condemning Clark's remarks."
    if (t.quote >= 0) return t.kind === 'punct' && j < i - 1 && (DETERMINERS.has(tokens[j + 1].lower) || tokens[j + 1].cap);
    if (t.kind !== 'word' && t.kind !== 'possessive') return false;
  }
  return false;
}

function isParticiple(tokens: readonly Token[], i: number): boolean {
  return tokens[i].lower.endsWith('ing') && i > 0 && (tokens[i - 1].text === ',' || tokens[i - 1].text === '—' || tokens[i - 1].lower === 'and' || tokens[i - 1].lower === 'before' || tokens[i - 1].lower === 'while' || tokens[i - 1].lower === 'after' || tokens[i - 1].lower === 'by');
}

/** How many words may name the text that reads: `"…" a welcome message on the website reads.` */
const TAGGED_DOCUMENT_REACH = 7;

/** `"…," the editorial read.`: a short phrase between a closing quotation and "read" at the clause's end. */
function taggedDocument(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && next.kind !== 'punct') return false;
  for (let j = i - 1; j >= 0 && j >= i - TAGGED_DOCUMENT_REACH; j--) {
    if (tokens[j].quote >= 0) return tokens[j].kind === 'punct';
    if (tokens[j].kind !== 'word') return false;
  }
  return false;
}

/** After `went on`: `to` + a verb, a comma, a colon or a quotation. */
function opensSpeech(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && (t.quote >= 0 || t.text === ',' || t.text === ':' || t.lower === 'to');
}

/** `read "…"`, `read, "…"`, `read: "…"`. */
function quoteRightAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.quote >= 0) return true;
  return (next.text === ',' || next.text === ':') && (tokens[i + 2]?.quote ?? -1) >= 0;
}

function nextQuoteWithin(tokens: readonly Token[], i: number, distance: number): boolean {
  for (let j = i + 1; j <= i + distance && j < tokens.length; j++) {
    if (tokens[j].quote >= 0) return true;
    if (tokens[j].text === '.' || tokens[j].text === ';') return false;
  }
  return false;
}

/** Extends a verb over its particle, its addressee (`told reporters`) and its channel (`in a statement`). */
function cueEnd(tokens: readonly Token[], i: number, lexicon: Lexicon, lemma: string): number {
  let last = i;
  const phrasal = lexicon.phrasal.get(tokens[i].lower);
  if (phrasal && tokens[i + 1] && phrasal.particles.includes(tokens[i + 1].lower)) last = i + 1;
  if (TELL_FORMS.has(tokens[i].lower) || ADDRESSEE_LEMMAS.has(lemma)) last = addresseeEnd(tokens, last + 1) ?? last;
  const channel = channelEnd(tokens, last + 1);
  if (channel !== null) last = channel;
  return last;
}

/** `told reporters`, `told The Associated Press`, `told a news conference`, `informed her family`: the addressee's last token. */
function addresseeEnd(tokens: readonly Token[], from: number): number | null {
  const t = tokens[from];
  if (!t || t.quote >= 0 || t.kind !== 'word') return null;
  // "told her father", "advises her father": "her" owns the addressee; "told her the plan": she is it.
  const owner = POSSESSIVE_DETERMINERS.has(t.lower) && tokens[from + 1]?.kind === 'word' && (RELATION_NOUNS.has(tokens[from + 1].lower) || ADDRESSEE_OBJECTS.has(tokens[from + 1].lower));
  if (ADDRESSEE_OBJECTS.has(t.lower) && !owner) return from;
  let j = from;
  if (DETERMINERS.has(t.lower) || owner) j++;
  let end: number | null = null;
  for (; j < tokens.length && j < from + 5; j++) {
    const w = tokens[j];
    if (w.quote >= 0 || w.kind !== 'word') break;
    // "warned Saturday that …": a day, not whom (but "told USA TODAY" names a paper).
    if ((DAYS.has(w.lower) || MONTHS.has(w.lower)) && w.text !== w.text.toUpperCase()) break;
    if (w.cap || CHANNEL_NOUNS.has(w.lower) || ADDRESSEE_OBJECTS.has(w.lower) || (owner && RELATION_NOUNS.has(w.lower)) || w.lower === 'news' || w.lower === 'press') end = j;
    else break;
  }
  return end;
}

/** `in a statement`, `on X`, `at a news conference`, `in an interview with CNN`. */
function channelEnd(tokens: readonly Token[], from: number): number | null {
  const prep = tokens[from];
  if (!prep || prep.quote >= 0 || !CHANNEL_PREPOSITIONS.has(prep.lower)) return null;
  let end: number | null = null;
  for (let j = from + 1; j < tokens.length && j <= from + 5; j++) {
    const w = tokens[j];
    if (w.quote >= 0 || w.kind === 'punct') break;
    if (TIME_WORDS.has(w.lower) || MONTHS.has(w.lower)) break; // "told reporters on Tuesday": a time, not a channel
    if (FINITE_VERBS.has(w.lower)) break; // "briefed on the talks said a meeting …": a clause's verb ends any channel
    if (CHANNEL_NOUNS.has(w.lower) || (w.cap && (PUBLICATIONS.has(w.lower) || j === from + 1))) end = j;
    else if (!(DETERMINERS.has(w.lower) || /^[a-z-]+$/.test(w.text) || w.cap)) break;
    if (end !== null && !tokens[j + 1]?.cap && !CHANNEL_NOUNS.has(tokens[j + 1]?.lower ?? '')) break;
  }
  return end;
}
