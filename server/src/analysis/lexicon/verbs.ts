/**
 * Reporting verbs, as lemmas grouped by what they say about the speaker.
 * Sources: ../shared/research/attribution.md §2.1-2.2 (GGT's quote-verb list, PARC, AP/Reuters guidance).
 */

/** Neutral verbs: the AP default is "said"; these add little or no tone. */
export const NEUTRAL_VERBS = [
  'say', 'tell', 'add', 'state', 'note', 'write', 'report', 'explain', 'describe', 'comment', 'remark',
  'mention', 'respond', 'reply', 'answer', 'ask', 'continue', 'recount', 'recall', 'testify', 'announce',
  'confirm', 'disclose', 'reveal', 'indicate', 'observe', 'clarify', 'reiterate', 'repeat', 'restate',
  'brief', 'inform', 'acknowledge', 'agree', 'estimate', 'predict', 'forecast', 'tweet', 'post', 'elaborate',
  'summarize', 'insist', 'argue', 'contend', 'maintain', 'stress', 'emphasize', 'warn', 'caution', 'urge',
  'promise', 'pledge', 'vow', 'suggest', 'propose', 'recommend', 'advise', 'predict', 'declare', 'assure',
  'counter', 'reason', 'joke', 'quip', 'muse', 'wonder', 'complain', 'lament', 'boast', 'brag', 'chide',
  'scoff', 'shout', 'yell', 'whisper', 'mutter', 'exclaim', 'cry', 'plead', 'demand', 'concede', 'admit',
  'claim', 'allege', 'assert', 'charge', 'accuse', 'deny', 'dispute', 'retort', 'rebut', 'snap', 'fume',
  'gush', 'tout', 'praise', 'criticize', 'criticise', 'blast', 'slam', 'attack', 'mock', 'dismiss', 'question',
  'preach', 'proclaim', 'thunder', 'declare', 'opine', 'interject', 'interrupt', 'conclude',
  'chime', 'hint', 'signal', 'speculate', 'jest', 'tease', 'lecture', 'bark', 'bellow', 'holler', 'exhort',
  'reflect', 'confide', 'recount', 'relate', 'inform', 'notify', 'email', 'affirm', 'reaffirm',
  // Crowds and singers are quoted too: "the crowd chanted "Lock her up!"", "Blige sings …".
  'chant', 'sing', 'thank',
] as const;

/** Verbs that carry a judgement about the speaker or the claim; `said` would do. */
export const LOADED_VERBS = [
  'claim', 'admit', 'concede', 'allege', 'insist', 'boast', 'brag', 'confess', 'deny', 'gush', 'fume',
  'snap', 'scoff', 'whine', 'rant', 'sneer', 'grumble', 'lament', 'retort',
] as const;

/** Verbs whose object is whom the words were for, as `tell`'s is: `informed employees that …`, `warned investors that …`. */
export const ADDRESSEE_LEMMAS = new Set(['tell', 'inform', 'notify', 'brief', 'assure', 'remind', 'advise', 'warn']);

/** Cognition verbs that attribute a belief rather than words: weaker attribution (PARC counts them). */
export const BELIEF_VERBS = ['believe', 'think', 'expect', 'hope', 'fear', 'worry', 'doubt', 'feel', 'know', 'say'] as const;

/** Phrasal cues: a verb followed by a particle. */
export const PHRASAL_CUES: ReadonlyArray<readonly [string, string]> = [
  ['point', 'out'], ['go', 'on'], ['weigh', 'in'], ['push', 'back'], ['fire', 'back'], ['hit', 'back'],
  ['lash', 'out'], ['speak', 'out'], ['chime', 'in'], ['spell', 'out'], ['sum', 'up'], ['open', 'up'],
];

/** Channel nouns that extend a cue: `said in a statement`, `wrote on X`, `told a news conference`. */
/** What documents do: "Labor Department data showed", "the study found", "records indicate". */
export const DOCUMENT_VERBS = new Map<string, string>(
  [
    ['show', ['show', 'shows', 'showed', 'shown']],
    ['find', ['find', 'finds', 'found']],
    ['indicate', ['indicate', 'indicates', 'indicated']],
  ].flatMap(([lemma, forms]) => (forms as string[]).map((form) => [form, lemma as string] as [string, string])),
);

export const CHANNEL_NOUNS = new Set([
  'statement', 'statements', 'interview', 'interviews', 'post', 'posts', 'tweet', 'tweets', 'email', 'emails',
  'letter', 'letters', 'speech', 'speeches', 'conference', 'briefing', 'briefings', 'appearance', 'remarks',
  'address', 'video', 'message', 'memo', 'filing', 'op-ed', 'column', 'testimony', 'hearing', 'rally', 'release',
  'call', 'podcast', 'broadcast', 'debate', 'town', 'meeting', 'event', 'session', 'x', 'twitter', 'facebook',
  'instagram', 'telegram', 'truth', 'social', 'media', 'television', 'tv', 'radio', 'blog', 'website',
  'newsletter', 'text', 'note', 'readout', 'communique', 'announcement', 'report', 'book', 'essay', 'editorial',
  'page', 'pages', 'account', 'feed', 'channel', 'site', 'profile',
]);

/** Irregular inflections: lemma -> [third person, past, participle, gerund]. */
const IRREGULAR: Record<string, readonly string[]> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  testify: ['testifies', 'testified', 'testified', 'testifying'],
  reply: ['replies', 'replied', 'replied', 'replying'],
  deny: ['denies', 'denied', 'denied', 'denying'],
  cry: ['cries', 'cried', 'cried', 'crying'],
  clarify: ['clarifies', 'clarified', 'clarified', 'clarifying'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  know: ['knows', 'knew', 'known', 'knowing'],
  go: ['goes', 'went', 'gone', 'going'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  hit: ['hits', 'hit', 'hit', 'hitting'],
  spell: ['spells', 'spelled', 'spelt', 'spelling'],
  sum: ['sums', 'summed', 'summed', 'summing'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  snap: ['snaps', 'snapped', 'snapped', 'snapping'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
  rebut: ['rebuts', 'rebutted', 'rebutted', 'rebutting'],
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  fire: ['fires', 'fired', 'fired', 'firing'],
  chime: ['chimes', 'chimed', 'chimed', 'chiming'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  broadcast: ['broadcasts', 'broadcast', 'broadcast', 'broadcasting'],
  sing: ['sings', 'sang', 'sung', 'singing'],
};

/** Longer verbs stressed on the last syllable also double it: concur -> concurred. */
const DOUBLE_FINAL = new Set(['concur', 'refer', 'prefer', 'admit', 'rebut', 'commit', 'confer', 'occur', 'regret', 'submit', 'omit', 'permit', 'compel', 'repel', 'patrol', 'control']);

/** Every form of a lemma: `say` -> say, says, said, saying. Regular English rules, plus the table above. */
export function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  let third: string;
  let past: string;
  let gerund: string;
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) third = lemma + 'es';
  else if (/[^aeiou]y$/.test(lemma)) third = lemma.slice(0, -1) + 'ies';
  else third = lemma + 's';
  if (lemma.endsWith('e')) {
    past = lemma + 'd';
    gerund = lemma.slice(0, -1) + 'ing';
  } else if (/[^aeiou]y$/.test(lemma)) {
    past = lemma.slice(0, -1) + 'ied';
    gerund = lemma + 'ing';
  } else if (/^[^aeiou]*[aeiou][bdgklmnprtz]$/.test(lemma) || DOUBLE_FINAL.has(lemma)) {
    // One-syllable verbs ending consonant-vowel-consonant double it: brag -> bragged, slam -> slammed.
    const doubled = lemma + lemma[lemma.length - 1];
    past = doubled + 'ed';
    gerund = doubled + 'ing';
  } else {
    past = lemma + 'ed';
    gerund = lemma + 'ing';
  }
  return [lemma, third, past, gerund];
}
