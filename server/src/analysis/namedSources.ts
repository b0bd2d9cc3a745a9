/**
 * Which source a name stands for: a surname for the person last named in full with it, an
 * alias declared in the front matter, a nickname's other forms, a forename alone for the one
 * person named in full with it, and a company's first word for the company.
 */
import type { FrontMatterSource } from './model';
import { COMPANY_DESCRIPTIONS, COMPANY_NAME_ENDINGS } from './lexicon/words';
import type { NameMention } from './names';
import type { Entity } from './sourceEntities';

/** The latest source with this surname and forename, whatever stands between them. */
export function findBySurname(entities: Entity[], surname: string, forename: string | null): number | null {
  // "Hillary Rodham Clinton" and "Hillary Clinton" are one person; "Bill Clinton" is not.
  for (let id = entities.length - 1; id >= 0; id--) {
    const e = entities[id];
    if (e.surname === surname && e.forename === forename) return id;
  }
  return null;
}

/** Full-name mentions by surname, in text order: what a bare surname resolves against. */
export class FullNames {
  #bySurname = new Map<string, Array<{ start: number; id: number }>>();
  #entities: Entity[];

  constructor(owners: Map<NameMention, number>, entities: Entity[]) {
    this.#entities = entities;
    for (const [mention, id] of owners) {
      if (!mention.forename) continue;
      const list = this.#bySurname.get(mention.surname) ?? [];
      list.push({ start: mention.start, id });
      this.#bySurname.set(mention.surname, list);
    }
    for (const list of this.#bySurname.values()) list.sort((a, b) => a.start - b.start);
  }

  /** The person most recently named in full with this surname before `before`, else the first named after it. */
  latest(surname: string, before: number): number | null {
    const list = this.#bySurname.get(surname);
    if (list) {
      let best: number | null = null;
      for (const entry of list) {
        if (entry.start < before) best = entry.id;
        else return best ?? entry.id;
      }
      return best;
    }
    for (let id = this.#entities.length - 1; id >= 0; id--) if (this.#entities[id].surname === surname) return id;
    return null;
  }
}

/** The source the front matter lists with `name` among its aliases, once the article has named it. */
export function aliasOf(entities: Entity[], declared: readonly FrontMatterSource[], name: string): number | null {
  const lower = name.toLowerCase();
  const source = declared.find((s) => s.aliases.some((a) => a.toLowerCase() === lower));
  if (!source) return null;
  const id = entities.findIndex((e) => e.name.toLowerCase() === source.name.toLowerCase());
  return id >= 0 ? id : null;
}

/** The keys a name with a nickname is also known by: the nickname or the forename, then the surname. */
export function nicknameAliases(name: string): string[] {
  const match = NICKNAMED.exec(name);
  if (!match) return [];
  const [, forename, nickname, surname] = match;
  return [`person:${nickname} ${surname}`.toLowerCase(), `person:${forename} ${surname}`.toLowerCase()];
}
const NICKNAMED = /^(\S+)(?:\s+\S+\.)?\s+["“‘'](\S+(?:\s\S+)?)["”’']\s+(.+)$/u;

/** The one person the article names in full with the forename `forename` (lower case), or null when none or several are. */
export function personByForename(entities: readonly Entity[], forename: string): number | null {
  let found: number | null = null;
  for (let id = 0; id < entities.length; id++) {
    const e = entities[id];
    if (e.kind !== 'person' || e.cls !== 'name' || e.forename !== forename) continue;
    if (found !== null) return null;
    found = id;
  }
  return found;
}

/**
 * The organisation whose name opens with `word` (`Brightwell Pay` for "Brightwell"), if any.
 * Not a person's campaign or office: "Clinton" is not the Clinton campaign.
 */
export function organizationStartingWith(entities: readonly Entity[], word: string): number | null {
  const opening = `${word} `;
  for (let id = entities.length - 1; id >= 0; id--) {
    const { kind, name } = entities[id];
    if (kind === 'organization' && name.startsWith(opening) && !PERSONS_BODIES.test(name)) return id;
  }
  return null;
}
const PERSONS_BODIES = /\s(?:campaign|administration|camp|team|family|foundation|government|presidency|office|staff|aides)$/i;

/** One or two capitalised words right after a name's first word: `Halvard| ASA`, `Oskarsen| Lines`. */
const NAME_AFTER = /^(?:\s+\p{Lu}[\p{L}&'’.-]*){1,2}(?=[\s,.;:])/u;
const NAME_AFTER_REACH = 60;
/** How far back a company's full name is looked for: a story's opening paragraphs. */
const COMPANY_NAME_REACH = 4000;
const CORPORATE_SUFFIX = /^(?:asa|ab|ag|sa|nv|bv|se|spa|oyj|plc|llc|inc\.?|corp\.?|co\.?|ltd\.?|group|lines|[a-z]*works)$/;

/**
 * The company an earlier sentence names with `word`: in full, with `word` first and a
 * company's ending last (`Halvard ASA`, `Oskarsen Lines`, `Harbour Energy`; the latest such
 * name before `before`), else after a company's noun (`payments chipmaker Orvane`; `noun` says
 * which). Null when the story has neither. Found by plain search in one pass rather than a
 * pattern, since most short names are surnames looked up often.
 */
export function companyBefore(prose: string, word: string, before: number): { name: string; noun: string | null } | null {
  // The search stays within the window: a word not found there must not send it to the end of a 10 MB text.
  const text = prose.slice(Math.max(0, before - COMPANY_NAME_REACH), before);
  let full: string | null = null;
  let noun: string | null = null;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (noun === null && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? '')) {
      const described = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
      if (described && COMPANY_DESCRIPTIONS.has(described[1])) noun = described[1];
    }
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue;
    const rest = NAME_AFTER.exec(text.slice(at + word.length, at + word.length + NAME_AFTER_REACH));
    if (!rest) continue;
    // "Carrow Glassworks' two plants": a plural possessive's apostrophe is no part of the name.
    const words = rest[0].trim().replace(/['’]$/, '').split(/\s+/);
    const ending = words[words.length - 1].toLowerCase();
    if (COMPANY_NAME_ENDINGS.has(ending) || CORPORATE_SUFFIX.test(ending)) full = `${word} ${words.join(' ')}`;
  }
  if (full !== null) return { name: full, noun: null };
  return noun === null ? null : { name: word, noun };
}
