/**
 * Factual claims: every sentence outside quotations gets a score from the signals
 * fact-checkers look for (numbers, statistics, comparatives and records, causal links,
 * named actors with event verbs) minus those of opinion and speculation (modals,
 * questions, first-person views), after ClaimBuster and Full Fact; see attribution.md §4.
 * A claim is attributed when its sentence names a source, or carries over the attribution
 * of the sentence before it (AP: restate the source unless context makes it plain).
 */
import type { ParagraphInfo, SentenceInfo } from './document';
import { MONTHS } from './lexicon/words';
import type { Claim, Span } from './model';
import type { Token } from './tokens';

const STATISTIC = new Set(['percent', 'percentage', 'rate', 'rates', 'share', 'average', 'median', 'total', 'budget', 'deficit', 'unemployment', 'inflation', 'gdp', 'poll', 'polls', 'survey', 'study', 'data', 'figures', 'cases', 'deaths', 'arrests', 'votes', 'delegates', 'majority', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'half', 'third', 'quarter', 'points']);
const COMPARATIVE = new Set(['more', 'less', 'fewer', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'most', 'least', 'largest', 'biggest', 'highest', 'lowest', 'worst', 'best', 'record', 'doubled', 'tripled', 'halved', 'increased', 'decreased', 'rose', 'fell', 'dropped', 'surged', 'jumped', 'declined', 'grew', 'only', 'first', 'last', 'top']);
const CAUSAL = /\b(?:because|due to|caused|causes|led to|leads to|resulted in|as a result|thanks to|blamed for|responsible for|linked to|contributed to)\b/i;
const EVENT_VERBS = new Set(['passed', 'signed', 'voted', 'killed', 'arrested', 'charged', 'convicted', 'fired', 'launched', 'cut', 'raised', 'spent', 'paid', 'approved', 'banned', 'won', 'lost', 'announced', 'attacked', 'sued', 'indicted', 'resigned', 'elected', 'appointed', 'nominated', 'vetoed', 'rejected', 'agreed', 'struck', 'invaded', 'seized', 'bombed', 'closed', 'opened', 'sold', 'bought', 'acquired', 'raised', 'donated', 'received', 'met', 'visited', 'ruled', 'blocked', 'overturned', 'endorsed', 'defeated', 'carried', 'released', 'withdrew', 'deployed']);
const MODALS = new Set(['may', 'might', 'could', 'would', 'should', 'will', 'perhaps', 'possibly', 'likely', 'expected', 'probably']);
const OPINION = /\b(?:I|we)\s+(?:think|believe|feel|hope|guess|suspect)\b|\bin my (?:view|opinion)\b/i;
const HEDGES = /\b(?:according to|reported|reports?|data (?:show|showed|released)|records (?:show|showed)|figures (?:show|showed|from)|polls? (?:show|showed|found)|surveys? (?:show|showed|found)|the (?:report|study|filing|indictment|complaint|lawsuit) (?:said|says|found|shows|showed|alleges|alleged)|could not (?:be )?(?:independently )?(?:verified|verify|confirm)|(?:said|says|told|wrote)\b)/i;
const CLAIM_THRESHOLD = 2;
/**
 * A count from the game itself: `made 31 saves`, `had 20 points and 11 rebounds`, `stopped 27
 * shots`. What happened on the field is the record the reporter watched, not a claim to source.
 */
const GAME_STATISTIC = /\b\d+\s+(?:saves|goals|assists|rebounds|touchdowns|strikeouts|wickets|birdies|bogeys|aces|steals|turnovers|sacks|interceptions|receptions|innings|three-pointers|homers)\b|\b\d+\s+points(?:,|\s+and)\s+\d+\s+(?:rebounds|assists|steals)\b|\b(?:stopped|saved|turned aside)\s+\d+\s+shots\b/i;
/** `beat the Wolves 4-3 in overtime`: a score line, told from a poll's `tops Clinton 41-40` by the game around it. */
const SCORE_LINE = /\b(?:beat|beats|defeated|defeats|edged|routed|downed|topped|blanked|outlasted)\s+(?:\S+\s+){0,5}?\d{1,3}-\d{1,3}\b/i;
/**
 * The game clock: `in the 81st minute`, `at halftime`, `in stoppage time`, `in the ninth inning`.
 * What happened at a moment of the game is the play the reporter watched. Not `in the third
 * quarter`, nor `the first half of 2015`: a company's or a fundraiser's as often.
 */
const GAME_CLOCK = /\b(?:in the \d+(?:st|nd|rd|th) minute|at half-?time|(?:in|during) (?:stoppage|injury|added|extra) time|in the (?:first|second) half(?! of\b)|in overtime|in the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) inning)\b/i;
const GAME_WORDS = /\b(?:game|match|overtime|season|championship|title|final|semifinal|quarterfinal|league|cup|tournament|playoffs?|innings|quarter|half|goals?)\b/i;
/** A market price moving: `shares fell 14%`, `the index was down 1.2% at 1015 GMT`, `the euro rose to $1.09`. */
const MARKET_MOVE = /\b(?:shares|stocks?|index|indexes|indices|yields?|futures|bonds|currency|dollar|euro|yen|sterling|pound|franc|crown|peso|rupee|lira|zloty|forint|r[ou]ble|yuan)\b(?:\s+\S+){0,8}?\s+(?:rose|fell|gained|lost|jumped|slumped|dropped|climbed|slid|surged|tumbled|plunged|edged|closed|traded|firmed|weakened|strengthened|eased|rallied|retreated|(?:was|were)\s+(?:up|down|flat|higher|lower))\b/i;

export interface SentenceAttribution {
  /** Sentence index -> the source attributed in it, or -1 for a document hedge with no source. */
  get(sentence: number): number | undefined;
}

/**
 * `dateline` is the body's dateline, if it has one: no part of the lead's claim, and its date
 * is no figure ("LISBON, Nov 30 (Reuters) - The harbour master resigned" claims a
 * resignation, not a number).
 */
export function scoreClaims(text: string, prose: string, paragraphs: readonly ParagraphInfo[], attributed: SentenceAttribution, dateline: Span | null = null): Claim[] {
  const claims: Claim[] = [];
  let previousAttributed: { sentence: number; source: number | null } | null = null;
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'paragraph') {
      previousAttributed = null;
      continue;
    }
    for (const whole of paragraph.sentences) {
      const sentence = dateline && whole.start < dateline.end && whole.end > dateline.start ? withoutDateline(paragraph.tokens, whole, dateline.end) : whole;
      // The reading of a sentence cut at the dateline is not kept: only the whole sentence's is.
      const reading = sentence === whole ? (whole.claim ??= readClaim(prose, paragraph.tokens, whole)) : readClaim(prose, paragraph.tokens, sentence);
      const source = attributed.get(sentence.index);
      const inSentence = source !== undefined || reading.hedged;
      if (reading.scored) {
        const { score, reasons } = reading.scored;
        let attribution: Claim['attribution'] = null;
        if (inSentence) attribution = { source: source !== undefined && source >= 0 ? source : null, how: source !== undefined && source >= 0 ? 'sentence' : 'document' };
        else if (previousAttributed && previousAttributed.sentence === sentence.index - 1) attribution = { source: previousAttributed.source, how: 'carried-over' };
        claims.push({
          start: sentence.start,
          end: sentence.end,
          text: text.slice(sentence.start, sentence.end),
          sentence: sentence.index,
          score,
          signals: [...reasons],
          attributed: attribution !== null,
          attribution,
        });
      }
      previousAttributed = inSentence ? { sentence: sentence.index, source: source !== undefined && source >= 0 ? source : null } : null;
    }
  }
  return claims;
}

/** The part of the sentence after the dateline, which may leave no words at all. */
function withoutDateline(tokens: readonly Token[], sentence: SentenceInfo, datelineEnd: number): SentenceInfo {
  let first = sentence.firstToken;
  while (first < sentence.lastToken && tokens[first].start < datelineEnd) first++;
  return { ...sentence, firstToken: first, start: first < sentence.lastToken ? tokens[first].start : sentence.end, claim: undefined };
}

/**
 * What a sentence's own words say of it as a claim. It depends on nothing outside the
 * sentence, so it is kept with the sentence, and a sentence the paragraph cache carries over
 * to the next analysis is not read again.
 */
export interface ClaimReading {
  /** Its score and reasons, when enough of it stands outside quotations to be a claim at all. */
  scored: { score: number; reasons: string[] } | null;
  /** It hedges without naming a source: "according to records", "could not be verified". */
  hedged: boolean;
}

function readClaim(prose: string, tokens: readonly Token[], sentence: SentenceInfo): ClaimReading {
  const signals = signalBits(tokens, sentence.firstToken, sentence.lastToken);
  const text = prose.slice(sentence.start, sentence.end);
  const hedged = (signals.bits & HEDGE_HINT) !== 0 && HEDGES.test(text);
  const all = sentence.lastToken - sentence.firstToken;
  return { scored: signals.words >= 4 && signals.outside >= all / 2 ? scoreSentence(signals, text) : null, hedged };
}

/** Whether a scored sentence is a factual claim worth sourcing. */
export function isClaim(claim: Claim): boolean {
  return claim.score >= CLAIM_THRESHOLD;
}

const STAT = 1;
const COMPARE = 2;
const EVENT = 4;
const MODAL = 8;
const CAUSE_HINT = 16;
const FIRST_PERSON = 32;
const HEDGE_HINT = 64;
const MARKET = 128;
const GAME = 256;

/** Each signal word once, as bits: one pass over a sentence's tokens reads them all. */
const SIGNALS = new Map<string, number>();
const mark = (words: Iterable<string>, bit: number): void => {
  for (const w of words) SIGNALS.set(w, (SIGNALS.get(w) ?? 0) | bit);
};
mark(STATISTIC, STAT);
mark(COMPARATIVE, COMPARE);
mark(EVENT_VERBS, EVENT);
mark(MODALS, MODAL);
mark(['because', 'due', 'caused', 'causes', 'led', 'leads', 'resulted', 'result', 'thanks', 'blamed', 'responsible', 'linked', 'contributed'], CAUSE_HINT);
mark(['i', 'we', 'my'], FIRST_PERSON);
mark(['beat', 'beats', 'defeated', 'defeats', 'edged', 'routed', 'downed', 'topped', 'blanked', 'outlasted', 'saves', 'goals', 'assists', 'rebounds', 'touchdowns', 'strikeouts', 'wickets', 'birdies', 'bogeys', 'aces', 'steals', 'turnovers', 'sacks', 'interceptions', 'receptions', 'innings', 'three-pointers', 'homers', 'shots', 'minute', 'halftime', 'half-time', 'time', 'half', 'overtime', 'inning'], GAME);
mark(['shares', 'stock', 'stocks', 'index', 'indexes', 'indices', 'yield', 'yields', 'futures', 'bonds', 'currency', 'dollar', 'euro', 'yen', 'sterling', 'pound', 'franc', 'crown', 'peso', 'rupee', 'lira', 'zloty', 'forint', 'rouble', 'ruble', 'yuan'], MARKET);
mark(['according', 'reported', 'report', 'reports', 'data', 'records', 'figures', 'poll', 'polls', 'survey', 'surveys', 'study', 'filing', 'indictment', 'complaint', 'lawsuit', 'verified', 'verify', 'confirm', 'said', 'says', 'told', 'wrote'], HEDGE_HINT);
const NOT_SUPERLATIVE = /(?:interest|honest|modest|protest|request|suggest|invest|contest|arrest|forest|west|rest|test|guest|chest|nest|quest|best)$/;

interface Signals {
  bits: number;
  number: boolean;
  named: boolean;
  /** Tokens outside quotations, and the words among them. */
  outside: number;
  words: number;
}

/** Who `likely` describes rather than hedges: `likely voters`, `the likely nominee`. */
const LIKELY_WHO = new Set(['voters', 'voter', 'nominee', 'nominees', 'candidate', 'candidates', 'successor', 'caucusgoers', 'electorate']);

/** One pass over a sentence's tokens outside quotations: every signal word, as bits. */
function signalBits(tokens: readonly Token[], from: number, to: number): Signals {
  let bits = 0;
  let number = false;
  let named = false;
  let outside = 0;
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.quote >= 0) continue;
    outside++;
    if (t.kind === 'punct') continue;
    words++;
    if (t.kind === 'number') {
      // A year, or the day after a month ("on Oct. 20"), dates the claim: it is no figure.
      if (!/^(?:19|20)\d\d$/.test(t.text) && !(i > from && tokens[i - 1].cap && MONTHS.has(tokens[i - 1].lower))) number = true;
      continue;
    }
    if (t.kind !== 'word') continue;
    if (t.cap) named = true;
    if (t.lower === 'million' || t.lower === 'billion' || t.lower === 'percent') number = true;
    // "in May": a capital inside the sentence is the month, not the modal.
    if (t.cap && t.lower === 'may' && words > 1) continue;
    // "likely voters", "the likely nominee": an adjective of who is counted, not a hedge.
    if (t.lower === 'likely' && LIKELY_WHO.has(tokens[i + 1]?.lower ?? '')) continue;
    const b = SIGNALS.get(t.lower);
    if (b !== undefined) bits |= b;
    else if (t.lower.length > 5 && t.lower.endsWith('est') && !NOT_SUPERLATIVE.test(t.lower)) bits |= COMPARE;
  }
  return { bits, number, named, outside, words };
}

function scoreSentence({ bits, number, named }: Signals, sentence: string): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  if (number) {
    score += 2;
    reasons.push('number');
  }
  if (bits & STAT) {
    score += 1;
    reasons.push('statistic');
  }
  if (bits & COMPARE) {
    score += 1;
    reasons.push('comparative');
  }
  if (bits & CAUSE_HINT && CAUSAL.test(sentence)) {
    score += 1;
    reasons.push('causal');
  }
  if (named && bits & EVENT) {
    score += 1;
    reasons.push('named-event');
  }
  if (bits & MODAL) {
    score -= 2;
    reasons.push('modal');
  }
  if (sentence.trimEnd().endsWith('?')) {
    score -= 2;
    reasons.push('question');
  }
  // "The shares were down 11.2% at 1015 GMT": prices anyone can look up are public-domain
  // information, which Reuters does not source. The figure alone no longer makes it a claim.
  if (bits & MARKET && MARKET_MOVE.test(sentence)) {
    score -= 2;
    reasons.push('market-data');
  }
  if (bits & GAME && (GAME_STATISTIC.test(sentence) || GAME_CLOCK.test(sentence) || (SCORE_LINE.test(sentence) && GAME_WORDS.test(sentence)))) {
    score -= 2;
    reasons.push('game-statistic');
  }
  if (bits & FIRST_PERSON && OPINION.test(sentence)) {
    score -= 1;
    reasons.push('opinion');
  }
  return { score, reasons };
}
