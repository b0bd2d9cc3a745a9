/**
 * The lexicon the analysis reads: the built-in word lists, plus a project's additions from
 * `.copydesk.yaml` (speech verbs, anonymous patterns, titles, organizations, people).
 * Built once per distinct set of additions and cached, so every keystroke reuses it.
 */
import type { LexiconAdditions, PersonEntry } from '../options';
import { BELIEF_VERBS, inflect, LOADED_VERBS, NEUTRAL_VERBS, PHRASAL_CUES } from './verbs';
import { KNOWN_ORGANIZATIONS, NAME_TITLES, ROLE_NOUNS } from './words';

export interface VerbForm {
  lemma: string;
  loaded: boolean;
  /** Belief verbs (think, expect) attribute a view rather than words. */
  belief: boolean;
}

export interface Lexicon {
  verbs: Map<string, VerbForm>;
  /** First word of a phrasal cue -> the particles that complete it; the word alone is no cue ("point" vs "point out"). */
  phrasal: Map<string, { lemma: string; particles: string[] }>;
  titles: Set<string>;
  roles: Set<string>;
  organizations: Set<string>;
  /** Extra anonymous-source patterns from the configuration. */
  anonymousPatterns: RegExp[];
  /** People the project knows, keyed by lower-cased name and aliases. */
  people: Map<string, PersonEntry>;
}

const cache = new Map<string, Lexicon>();

export function getLexicon(additions?: LexiconAdditions): Lexicon {
  const key = additions ? JSON.stringify(additions) : '';
  let lexicon = cache.get(key);
  if (!lexicon) {
    lexicon = buildLexicon(additions ?? {});
    if (cache.size > 32) cache.clear(); // configurations rarely change; keep the cache bounded anyway
    cache.set(key, lexicon);
  }
  return lexicon;
}

function buildLexicon(additions: LexiconAdditions): Lexicon {
  const verbs = new Map<string, VerbForm>();
  const loaded = new Set<string>(LOADED_VERBS);
  const belief = new Set<string>(BELIEF_VERBS.filter((v) => v !== 'say'));
  const addVerb = (lemma: string): void => {
    for (const form of inflect(lemma)) {
      if (!verbs.has(form)) verbs.set(form, { lemma, loaded: loaded.has(lemma), belief: belief.has(lemma) });
    }
  };
  for (const lemma of NEUTRAL_VERBS) addVerb(lemma);
  for (const lemma of LOADED_VERBS) addVerb(lemma);
  for (const lemma of BELIEF_VERBS) addVerb(lemma);
  for (const lemma of additions.speechVerbs ?? []) addVerb(lemma.trim().toLowerCase());

  const phrasal = new Map<string, { lemma: string; particles: string[] }>();
  for (const [verb, particle] of PHRASAL_CUES) {
    for (const form of inflect(verb)) {
      const entry = phrasal.get(form) ?? { lemma: verb, particles: [] };
      entry.particles.push(particle);
      phrasal.set(form, entry);
    }
  }

  const people = new Map<string, PersonEntry>();
  for (const person of additions.people ?? []) {
    for (const name of [person.name, ...(person.aliases ?? [])]) people.set(name.toLowerCase(), person);
  }

  return {
    verbs,
    phrasal,
    titles: withAdditions(NAME_TITLES, additions.titles),
    roles: withAdditions(ROLE_NOUNS, additions.titles),
    organizations: withAdditions(KNOWN_ORGANIZATIONS, additions.organizations),
    anonymousPatterns: (additions.anonymousPatterns ?? []).flatMap((pattern) => safeRegExp(pattern)),
    people,
  };
}

function withAdditions(base: ReadonlySet<string>, extra: string[] | undefined): Set<string> {
  const set = new Set(base);
  for (const word of extra ?? []) set.add(word.trim().toLowerCase());
  return set;
}

/**
 * A configured anonymous-source pattern: a regular expression matched case-insensitively on
 * word boundaries ("people close to the (club|board)"). Configuration is data: a pattern is
 * only ever matched, never evaluated; one that does not compile is left out (the config
 * loader reports it with its file and line).
 */
function safeRegExp(pattern: string): RegExp[] {
  const source = pattern.trim();
  if (!source) return [];
  try {
    return [new RegExp(`\\b(?:${source})\\b`, 'gi')];
  } catch {
    return [];
  }
}
