/**
 * One source per speaker in the article: every speaker phrase is tied to a person,
 * organisation, publication, document or anonymous description, with the surname and
 * pronoun mentions resolved to the full name that introduced them.
 *
 * Pronouns are resolved with the text's own evidence first (a gendered title such as
 * Mr./Ms., pronouns already tied to the person, who was the subject of the sentence before,
 * who spoke last) and a forename list only as a fallback.
 */
import { appositiveNamesOrganization } from './appositiveKind';
import type { AttributionResult, SpeakerRef } from './attribution';
import { sentenceAt, sentenceNumbered, type WorkingDocument } from './document';
import { forenameGender, isForename, scanNames, surnamesIn, type NameMention } from './names';
import type { FrontMatterSource, Gender, Mention, Reason, Source, SourceKind, Span } from './model';
import { mergeLaterNamed } from './laterNamed';
import { ACCESS, GRANTED } from './lexicon/anonymity';
import { COMPANY_DESCRIPTIONS, COMPANY_NAME_ENDINGS, OWNER_DETERMINERS, RELATION_NOUNS, TITLE_PARTICIPLES } from './lexicon/words';
import { newEntity, newPerson, pluralHead, singular, titleFits, Timeline, type Candidate, type Entity } from './sourceEntities';
import { companyNamedBefore, PREVIOUS_SENTENCE_SUBJECT_SCORE, SAME_SENTENCE_SUBJECT_SCORE, unquotedSubject } from './unquotedSources';
import { negated } from './reportedSpeech';
import { readPhrase, TITLE_ARTICLES, type PhraseReading } from './speakerPhrase';

export interface ResolvedRef {
  source: number;
  mention: Mention;
}

export interface SourcesResult {
  sources: Source[];
  /** The source and mention for each speaker ref (same index as `attribution.refs`). */
  refs: Array<ResolvedRef | null>;
}

export function resolveSources(
  doc: WorkingDocument,
  attribution: AttributionResult,
  declared: readonly FrontMatterSource[],
  byline: readonly string[],
): SourcesResult {
  const entities: Entity[] = [];
  const names = scanNames(doc, doc.lexicon.people, doc.fullNames);
  const people = doc.lexicon.people;
  const byKey = new Map<string, number>();

  const entityFor = (key: string, make: () => Entity): number => {
    let id = byKey.get(key);
    if (id === undefined) {
      id = entities.length;
      entities.push(make());
      byKey.set(key, id);
    }
    return id;
  };

  // People named in full anywhere, in order; their surnames resolve later mentions.
  const nameOwner = new Map<NameMention, number>();
  for (const mention of names) {
    if (!mention.forename) continue;
    const key = `person:${mention.name.toLowerCase()}`;
    const existing = byKey.get(key) ?? findBySurname(entities, mention.surname, mention.forename);
    const id = existing ?? entityFor(key, () => newPerson(mention.name, mention.title, mention.surname, mention.forename));
    if (!byKey.has(key)) byKey.set(key, id);
    // `Robert C. "Bobby" Scott` is `Bobby Scott` and `Robert Scott` further on.
    for (const alias of nicknameAliases(mention.name)) if (!byKey.has(alias)) byKey.set(alias, id);
    nameOwner.set(mention, id);
    applyTitleGender(entities[id], mention);
  }
  const fullNames = new FullNames(nameOwner, entities);
  for (const mention of names) {
    if (mention.forename) continue;
    const id = fullNames.latest(mention.surname, mention.start);
    if (id !== null) {
      nameOwner.set(mention, id);
      applyTitleGender(entities[id], mention);
    }
  }
  const ownerAt = new Map<number, number>();
  const mentionAt = new Map<string, Mention>();
  for (const [mention, id] of nameOwner) {
    ownerAt.set(mention.start, id);
    const recorded: Mention = { start: mention.start, end: mention.end, text: mention.name, source: id, kind: mention.forename ? 'name' : 'surname', reason: null };
    entities[id].mentions.push(recorded);
    mentionAt.set(`${mention.start}:${mention.end}`, recorded);
  }
  const timeline = new Timeline([...nameOwner].map(([mention, id]) => ({ start: mention.start, id })));
  let lastSpeaker = -1;

  // Speakers of quotations and of reported speech become sources, and so do those who relay
  // them. The subject of a reporting verb that reports no words is one only when it is named
  // ("Ryan Grim reported from Washington", "Politico reported in 2014"): a description or a
  // pronoun there is mostly a misreading ("the question was asked", "Republicans insisted on
  // capping …"). Never the subject of a naming verb that names nothing said ("a page called
  // …"), of a belief that reports nothing ("we know", "because they feared retaliation"), or
  // of a verb denied ("Thune did not say when …"): a view, or silence, is no sourcing.
  const spoke = new Set<number>();
  for (const draft of attribution.quotes) if (draft) spoke.add(draft.ref);
  for (const draft of attribution.reported) spoke.add(draft.ref);
  const cued = new Set<number>();
  for (const cue of attribution.cues) {
    if (cue.ref !== null && !cue.cue.naming && !cue.cue.belief && !negated(doc.paragraphs[cue.paragraph].tokens, cue.cue.token)) cued.add(cue.ref);
    if (cue.relay !== undefined) spoke.add(cue.relay);
  }
  const contentsByRef = new Map<number, Span[]>();
  for (const draft of attribution.reported) {
    const contents = contentsByRef.get(draft.ref);
    if (contents) contents.push(draft.content);
    else contentsByRef.set(draft.ref, [draft.content]);
  }
  const refs = [...attribution.refs].sort((a, b) => a.span.start - b.span.start);
  const resolved: Array<ResolvedRef | null> = attribution.refs.map(() => null);
  // "Anna White spoke first. … White said": a surname that is also an organisation's head.
  const surnames = surnamesIn(doc);
  for (const ref of refs) {
    const paragraph = doc.paragraphs[ref.paragraph];
    // "Sanders, who says …": the relative pronoun is the mention, its antecedent the source.
    const reading = readPhrase(doc.text, paragraph.tokens, ref.phrase.antecedent ?? ref.phrase, doc.lexicon, surnames);
    const span = { start: ref.span.start, end: ref.span.end, text: doc.text.slice(ref.span.start, ref.span.end) };
    let id: number | null = null;
    let reason: Reason | null = null;
    let kind: Mention['kind'] = 'description';
    switch (ref.transcript ? 'transcript' : reading.cls) {
      case 'transcript': {
        // "WALLACE:" is Chris Wallace when the article named him; otherwise a person called Wallace.
        const surname = span.text.toLowerCase();
        const name = span.text[0] + surname.slice(1);
        id = fullNames.latest(surname, ref.span.start) ?? entityFor(`person:${surname}`, () => newPerson(name, null, surname, null));
        kind = 'surname';
        break;
      }
      case 'pronoun': {
        const found = resolvePronoun(entities, byKey, reading.name, ref, doc, byline, timeline, lastSpeaker, subjectsOf(doc.text, contentsByRef.get(ref.id), ref.span.end, timeline));
        kind = 'pronoun';
        if (found) {
          id = found.id;
          reason = found.reason;
          learnGender(entities[id], reading.name, reason);
        } else {
          id = entities.length;
          // An unresolved "I" (no byline to resolve it to) keeps its capital.
          const shown = reading.name === 'i' ? 'I' : reading.name;
          // An "it" that points nowhere is still a thing (an organisation, a document), never a person.
          const kind = reading.name === 'it' ? 'organization' : 'person';
          entities.push({ ...newEntity(kind, 'pronoun', shown, `pronoun:${ref.id}`), unresolved: true, gender: kind === 'person' ? pronounGender(reading.name) : 'unknown' });
        }
        break;
      }
      case 'name': {
        const [first, last] = reading.nameTokens!;
        const tokens = paragraph.tokens;
        const nameStart = tokens[first].start;
        const owned = ownerAt.get(nameStart);
        const surname = tokens[last].lower;
        const person = people.get(reading.name.toLowerCase());
        if (owned !== undefined) id = owned;
        else if (first === last) id = fullNames.latest(surname, ref.span.start) ?? aliasOf(entities, declared, reading.name);
        // "Halvard said", after "shipping group Halvard ASA": the company's short name.
        if (id === null && first === last) {
          // "payments chipmaker Orvane" before, then "Orvane said": the company, by the same name.
          const company = companyBefore(doc.prose, reading.name, ref.span.start);
          if (company) {
            const { name, noun } = company;
            id = entityFor(`organization:${name.toLowerCase()}`, () => newEntity('organization', 'organization', name, `organization:${name.toLowerCase()}`, 'company'));
            reason = { step: 'company-short-name', detail: noun ? `"${reading.name}" is the ${noun} named before.` : `"${reading.name}" is short for ${name}, named before.` };
          }
        }
        // A word that is nobody's surname: "Their daughter, Lucia Calder, 16, …", then "Lucia said" is the one
        // person named in full with that forename, as family members sharing a surname are; "Brightwell Pay, the
        // payroll software company, …", then "Brightwell said" is the organisation by its first word.
        if (id === null && first === last && !surnamesIn(doc).has(surname)) {
          const named = personByForename(entities, surname);
          const organization = named === null ? organizationStartingWith(entities, reading.name) : null;
          if (named !== null) {
            id = named;
            reason = { step: 'forename', detail: `"${reading.name}" is ${entities[named].name}, the one person the article names in full with that forename.` };
          } else if (organization !== null) {
            id = organization;
            reason = { step: 'company-short-name', detail: `"${reading.name}" is short for ${entities[organization].name}, named before.` };
          }
        }
        if (id === null) {
          const key = `person:${reading.name.toLowerCase()}`;
          id = entityFor(key, () => newPerson(reading.name, reading.title, surname, first === last ? null : tokens[first].lower.replace(/\.$/, '')));
        }
        kind = first === last && reason?.step !== 'company-short-name' ? 'surname' : 'name';
        // "White House press secretary Karoline Leavitt": the fuller title of the two readings wins.
        const known = entities[id].title;
        if (reading.title && (!known || reading.title.length > known.length)) entities[id].title = reading.title;
        if (person?.pronouns) setGender(entities[id], pronounGender(person.pronouns), { step: 'configured', detail: `.copydesk.yaml lists ${person.name} with the pronoun "${person.pronouns}".` });
        break;
      }
      case 'organization':
      case 'publication':
      case 'document':
      case 'group':
      case 'anonymous':
      case 'description': {
        // "the group" refers back to a group named before; "the Harbour Group" is a name, and
        // refers back only to a longer form of it ("the Daily News" to the New York Daily News).
        // "one of the mechanics", "one of them": a member of a group named before speaks for it.
        // "said Denise Walker's sister, Gloria Hayes.", "The business secretary, Tom Ashworth, rejected …":
        // a role followed by the name it introduces is that person.
        const named = reading.cls === 'description' ? nameRightAfter(doc.text, ref.span.end, ownerAt) : undefined;
        if (named !== undefined) {
          id = named;
          reason = { step: 'appositive-name', detail: `"${span.text}" is ${entities[named].name}, named right after it.` };
          entities[named].title ??= titleOf(span.text);
          kind = 'description';
          break;
        }
        // "The district said in a statement that … "…," the statement said": the statement speaks for who issued it.
        // Only the bare noun: "the school's Facebook post" names its own issuer.
        const issuer = reading.cls === 'document' && reading.definite && reading.name.toLowerCase().replace(/^the\s+/, '') === reading.headWord ? issuerOf(attribution.cues, resolved, reading.headWord, ref.span.start, doc.text) : null;
        if (issuer !== null) {
          id = issuer;
          reason = { step: 'issued-document', detail: `"${span.text}" is the one ${entities[issuer].name} issued, named before.` };
          kind = 'description';
          break;
        }
        const group = partitiveGroup(entities, span.text, ref.span.start, timeline);
        const bare = reading.definite ? null : bareGroupBefore(entities, reading, ref.span.start, timeline);
        const backReference = group ?? relationNamedBefore(entities, reading, ref.span.start, timeline) ?? bare ?? (!reading.definite ? null : namesItself(reading) ? longerNameBefore(entities, reading, ref.span.start, timeline) : (latestWithHead(entities, reading, ref.span.start, timeline) ?? companyNamedBefore(entities, byKey, doc, reading, ref, timeline) ?? anonymousBefore(entities, reading, ref.span.start, timeline)));
        id = backReference ?? entityFor(`${reading.cls}:${reading.name.toLowerCase()}`, () => newEntity(kindOf(reading.cls), reading.cls, reading.name, `${reading.cls}:${reading.name.toLowerCase()}`, reading.headWord));
        if (group !== null) reason = { step: 'partitive', detail: `"${span.text}" is one of ${entities[id].name}, named before.` };
        // Each "Officials said" sources anew: it keeps its own need for a reason to be anonymous.
        else if (bare !== null && backReference === bare) reason = { step: 'bare-plural', detail: `"${span.text}" are ${entities[id].name}, named before.` };
        else if (backReference !== null) reason = { step: 'definite-description', detail: `"${span.text}" refers back to ${entities[id].name}.` };
        kind = 'description';
        break;
      }
    }
    const entity = entities[id!];
    // An age ("Hilde Baumann, 71,"), a hometown ("of Baldwin, Miss."), a relative clause ("who
    // rode out the storm in a closet") or a participle's phrase ("a court filing, lodged with
    // the commercial court,") describes the source but is no title; "managing director" is one.
    const appositive = ref.appositive ? doc.text.slice(ref.appositive.start, ref.appositive.end) : '';
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
    if (ref.appositive && bodyLike && (appositiveNamesOrganization(paragraph, ref.appositive) || (/^which\b/i.test(appositive) && !PEOPLES.test(entity.name)))) {
      entity.kind = 'organization';
      entity.cls = 'organization';
      entity.gender = 'plural';
      entity.genderReason = null;
    }
    // "A logistics manager at one of the tenants, who spoke on condition of anonymity, said":
    // whoever the story describes without a name, and says was granted anonymity, is an anonymous source.
    // So is one a relative clause right after the description says it of ("A relative who asked not to be named said").
    // So is one the story describes by what it is placed to know ("Two lobbyists who have been briefed on the talks said").
    if (entity.kind === 'person' && entity.cls === 'description' && ((appositive && grantsAnonymity(appositive)) || grantedRightAfter(doc.text, ref.span.end) || describesAccess(span.text))) entity.kind = 'anonymous';
    if (spoke.has(ref.id) || (cued.has(ref.id) && (kind === 'name' || kind === 'surname' || entity.kind === 'publication'))) entity.speaker = true;
    entity.lastSpoke = Math.max(entity.lastSpoke, ref.span.start);
    if (ref.phrase.antecedent) {
      kind = 'pronoun';
      reason = { step: 'relative-pronoun', detail: `"${span.text}" stands for ${entities[id!].name}, named just before it.` };
    }
    const key = `${span.start}:${span.end}`;
    let mention = mentionAt.get(key);
    if (!mention || mention.source !== id) {
      mention = { start: span.start, end: span.end, text: span.text, source: id!, kind, reason };
      entity.mentions.push(mention);
      mentionAt.set(key, mention);
      timeline.add(span.start, id!);
    }
    resolved[ref.id] = { source: id!, mention };
    if (!entity.unresolved) lastSpeaker = id!;
  }

  for (const entity of entities) {
    if (entity.kind === 'person' && entity.gender === 'unknown' && entity.forename) {
      const guess = forenameGender(entity.forename);
      if (guess !== 'unknown') setGender(entity, guess, { step: 'forename', detail: `"${entity.forename}" is usually a ${guess} name (a fallback: the text gave no other evidence).` });
    }
  }
  const lede = doc.paragraphs.findIndex((p) => p.kind === 'paragraph');
  const next = lede < 0 ? -1 : doc.paragraphs.findIndex((p, index) => index > lede && p.kind === 'paragraph');
  // A lede that grants anonymity keeps its source unnamed: the next paragraph's name is someone else.
  const ledeGrantsAnonymity = lede >= 0 && grantsAnonymity(doc.prose.slice(doc.paragraphs[lede].start, doc.paragraphs[lede].end));
  mergeLaterNamed(entities, resolved, lede < 0 ? null : doc.paragraphs[lede], next < 0 || ledeGrantsAnonymity ? null : doc.paragraphs[next]);
  markDeclared(entities, declared);
  return toSources(entities, resolved);
}

/**
 * An appositive as a title: without its article or a possessive ("Its chief executive, Tom Lund"
 * is titled "chief executive"), unless the title is a relation, which says whose ("His son"),
 * and without a relative clause after the role.
 */
function titleOf(appositive: string): string {
  const role = appositive.replace(/\s+(?:who|whom|whose|that|which)\s.*$/is, '');
  const first = role.split(/\s/, 1)[0].toLowerCase();
  const owner = OWNER_DETERMINERS.has(first) && !RELATION_NOUNS.has(role.slice(role.lastIndexOf(' ') + 1).toLowerCase());
  return owner || TITLE_ARTICLES.has(first) ? role.replace(/^\S+\s+/, '') : role;
}

/** A capital, then two more capitalised words: a name's, not a description's (`Citizens for Safe Streets`, not `spokeswoman for the EB-5 Investment Coalition`). */
const CAPITALISED_WORDS = /^\p{Lu}\S*(?:\s+\S+)*?\s+\p{Lu}\S*(?:\s+\S+)*?\s+\p{Lu}/u;

/** Names of a people or a faith, which a "which" may follow: Christians, Democrats, Iranians, Japanese. */
const PEOPLES = /(?:ans|ese|ish|is|ists|democrats|republicans)$/i;

/** Whether a description says its source was granted anonymity: `who spoke on condition of anonymity`. */
function grantsAnonymity(appositive: string): boolean {
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

/**
 * The company an earlier sentence names with `word`: in full, with `word` first and a
 * company's ending last (`Halvard ASA`, `Oskarsen Lines`, `Harbour Energy`; the latest such
 * name before `before`), else after a company's noun (`payments chipmaker Orvane`; `noun` says
 * which). Null when the story has neither. Found by plain search in one pass rather than a
 * pattern, since most short names are surnames looked up often.
 */
function companyBefore(prose: string, word: string, before: number): { name: string; noun: string | null } | null {
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

/** Documents a source issues and then "the …" names again (`said in a statement … the statement said`), with the pattern that finds each in a cue. */
const ISSUED = new Map(['statement', 'release', 'letter', 'email', 'memo', 'post', 'video', 'message'].map((noun) => [noun, new RegExp(`\\b${noun}\\b`, 'i')]));
/** How far back, in characters, the cue that issued the document is looked for. */
const ISSUED_REACH = 1500;

/**
 * The source whose cue issued a document of this noun shortly before `before` (`the district
 * said in a statement`), for "the statement" naming it again; null when none did.
 */
function issuerOf(cues: AttributionResult['cues'], resolved: ReadonlyArray<ResolvedRef | null>, noun: string, before: number, text: string): number | null {
  const named = ISSUED.get(noun);
  if (!named) return null;
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k];
    if (cue.span.start >= before || cue.ref === null) continue;
    if (before - cue.span.start > ISSUED_REACH) break; // cues come in text order
    if (!named.test(text.slice(cue.span.start, cue.span.end))) continue;
    const found = resolved[cue.ref];
    if (found) return found.source;
  }
  return null;
}

/** The one person the article names in full with the forename `forename` (lower case), or null when none or several are. */
function personByForename(entities: readonly Entity[], forename: string): number | null {
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
function organizationStartingWith(entities: readonly Entity[], word: string): number | null {
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

/** `the Harbour Group`, `the Lund Energy Group`: a description whose head is capitalised inside its name. */
function namesItself(reading: PhraseReading): boolean {
  return /\s\p{Lu}[^\s]*$/u.test(reading.name);
}

/**
 * The latest source before `before`, of the reading's class, whose name holds the reading's in
 * whole words: `New York Daily News` for "the Daily News", `Brennan Center for Justice` for
 * "the Brennan Center".
 */
function longerNameBefore(entities: Entity[], reading: PhraseReading, before: number, timeline: Timeline): number | null {
  const short = ` ${reading.name.toLowerCase()} `;
  // Not a pair named together: "the Justice Department and FBI" is not the Justice Department.
  return latestBefore(entities, before, timeline, (e) => e.cls === reading.cls && ` ${e.name.toLowerCase()} `.includes(short) && !/ and /i.test(e.name));
}

/** Titles that only address someone, which a role in an appositive replaces: `Dr.`, `Mr.`, `Ms.`. */
const HONORIFICS = /^(?:dr|mr|mrs|ms|miss|mx)\.?$/i;

/** How an appositive that is no title opens: an age, a hometown, a relative clause, a participle's phrase. */
const NOT_A_TITLE = /^(?:\d{1,3}$|(?:then|now) \d|of |from |(?:who|whom|whose|which|that|where|when) |(?:[a-z]+(?:ed|ing)|seen|taken|given|written|chosen|known|shown|drawn|spoken|sworn|born) )/i;

function kindOf(cls: PhraseReading['cls']): SourceKind {
  switch (cls) {
    case 'organization':
      return 'organization';
    case 'publication':
      return 'publication';
    case 'document':
      return 'document';
    case 'anonymous':
      return 'anonymous';
    default:
      return 'person';
  }
}

function findBySurname(entities: Entity[], surname: string, forename: string | null): number | null {
  // "Hillary Rodham Clinton" and "Hillary Clinton" are one person; "Bill Clinton" is not.
  for (let id = entities.length - 1; id >= 0; id--) {
    const e = entities[id];
    if (e.surname === surname && e.forename === forename) return id;
  }
  return null;
}

/** Full-name mentions by surname, in text order: what a bare surname resolves against. */
class FullNames {
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

function aliasOf(entities: Entity[], declared: readonly FrontMatterSource[], name: string): number | null {
  const lower = name.toLowerCase();
  const source = declared.find((s) => s.aliases.some((a) => a.toLowerCase() === lower));
  if (!source) return null;
  const id = entities.findIndex((e) => e.name.toLowerCase() === source.name.toLowerCase());
  return id >= 0 ? id : null;
}

/** How far back a definite description ("the official") looks for the source it names again. */
const DESCRIPTION_REACH = 400;

/** The source of the latest mention before `before`, within reach, that passes `test`; null when none does. */
function latestBefore(entities: Entity[], before: number, timeline: Timeline, test: (e: Entity) => boolean): number | null {
  let looked = 0;
  for (const entry of timeline.before(before)) {
    if (++looked > DESCRIPTION_REACH) break;
    if (test(entities[entry.id])) return entry.id;
  }
  return null;
}

/** Words that open a clause set before the sentence's own: `Asked whether …,`, `When Ruiz arrived,`. */
const OPENING_CLAUSES = new Set(['asked', 'when', 'after', 'although', 'though', 'while', 'if', 'because', 'before', 'since', 'unlike', 'despite', 'once', 'until', 'whereas']);

/** Verbs of putting a question to someone named right after them: `asked Ms. Whitcombe why`. Not `questioned Trump's logic`. */
const ASKING = new Set(['asked', 'pressed']);

/**
 * Where the person a sentence's main clause puts a question to is named (`Ms. Baines asked
 * |Ms. Whitcombe| why …`): the capitalised words right after the verb, which must follow a
 * subject of its own. Not `Asked whether …,`, whose subject is the one asked.
 */
function askedInSentence(doc: WorkingDocument, index: number): Span | null {
  const at = sentenceNumbered(doc, index);
  if (!at) return null;
  const { paragraph, sentence } = at;
  const tokens = paragraph.tokens;
  for (let j = sentence.firstWord + 1; j + 1 < sentence.lastToken; j++) {
    if (tokens[j].quote >= 0 || !ASKING.has(tokens[j].lower) || !tokens[j + 1].cap || tokens[j + 1].quote >= 0) continue;
    let end = j + 1;
    while (end + 1 < sentence.lastToken && tokens[end + 1].cap && tokens[end + 1].quote < 0) end++;
    // "pressed Trump's aides": whose aides, not whom.
    if (tokens[end + 1]?.kind === 'possessive') return null;
    return { start: tokens[j + 1].start, end: tokens[end].end };
  }
  return null;
}

/**
 * Where sentence `index`'s own words about its subject start: past an opening clause and its
 * comma, or past the quotation it opens with (`"…," Okafor told reporters`), else where the
 * sentence does.
 */
function mainClauseStart(doc: WorkingDocument, index: number): number {
  const at = sentenceNumbered(doc, index);
  if (!at) return 0;
  const { paragraph, sentence } = at;
  const tokens = paragraph.tokens;
  const opening = tokens[sentence.firstToken]?.quote ?? -1;
  if (opening >= 0) {
    let j = sentence.firstToken;
    while (j < sentence.lastToken && tokens[j].quote === opening) j++;
    return j < sentence.lastToken ? tokens[j].start : doc.sentenceStarts[index];
  }
  if (!OPENING_CLAUSES.has(tokens[sentence.firstWord]?.lower ?? '')) return doc.sentenceStarts[index];
  for (let j = sentence.firstWord + 1; j < sentence.lastToken; j++) if (tokens[j].text === ',' && tokens[j].quote < 0) return tokens[j].end;
  return doc.sentenceStarts[index];
}

function latestWithHead(entities: Entity[], reading: PhraseReading, before: number, timeline: Timeline): number | null {
  const head = singular(reading.headWord);
  // "the Florida senator" is not the Vermont senator: a proper modifier must be in the title too.
  const modifiers = reading.name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && word.toLowerCase() !== reading.headWord && !/^(?:The|A|An)$/.test(word));
  return latestBefore(entities, before, timeline, (e) => (e.cls === reading.cls ? singular(e.headWord) === head : e.kind === 'person' && reading.cls === 'description' && titleFits(e.title, head, modifiers)));
}


/**
 * "Federal prosecutors said … Prosecutors wrote", "U.S. officials said … Officials said": the
 * bare plural noun alone is the group named before with more words, not a group of its own.
 */
function bareGroupBefore(entities: Entity[], reading: PhraseReading, before: number, timeline: Timeline): number | null {
  if ((reading.cls !== 'description' && reading.cls !== 'group' && reading.cls !== 'anonymous') || reading.name.toLowerCase() !== reading.headWord || singular(reading.headWord) === reading.headWord) return null;
  return latestBefore(entities, before, timeline, (e) => e.cls === reading.cls && e.headWord === reading.headWord && e.name.toLowerCase() !== reading.headWord);
}

/** The person whose name follows `end` after a comma (`the business secretary|, Tom Ashworth`), if any. */
function nameRightAfter(text: string, end: number, ownerAt: ReadonlyMap<number, number>): number | undefined {
  const after = /^,\s+/.exec(text.slice(end, end + 4));
  return after ? ownerAt.get(end + after[0].length) : undefined;
}

/**
 * "her daughter, Carmen Delgado-Ruiz, … Her daughter said": a relation named before with the
 * same words for its title is that person. The possessive must match too ("his son" is not
 * "her son").
 */
function relationNamedBefore(entities: Entity[], reading: PhraseReading, before: number, timeline: Timeline): number | null {
  // Most descriptions are no relation: their first word tells at once, before any splitting.
  const space = reading.name.indexOf(' ');
  if (space < 0 || !OWNER_DETERMINERS.has(reading.name.slice(0, space).toLowerCase())) return null;
  const [owner, noun, more] = reading.name.toLowerCase().split(/\s+/);
  if (more !== undefined || !RELATION_NOUNS.has(noun)) return null;
  const wanted = `${owner} ${noun}`;
  return latestBefore(entities, before, timeline, (e) => e.kind === 'person' && e.cls === 'name' && e.title?.toLowerCase() === wanted);
}

/**
 * "three people involved in the talks told Reuters … The sources, who asked not to be named,
 * said": "the sources" or "the person" is the anonymous source named last, whatever its noun,
 * as long as one is plural and the other too.
 */
function anonymousBefore(entities: Entity[], reading: PhraseReading, before: number, timeline: Timeline): number | null {
  if (GENERIC_SOURCE_NOUNS.has(reading.headWord)) {
    const plural = reading.headWord === 'sources' || reading.headWord === 'people';
    return latestBefore(entities, before, timeline, (e) => e.kind === 'anonymous' && pluralHead(e) === plural);
  }
  // "a member of the Ukrainian delegation … the delegate said": the body the member belongs to names them.
  const stem = singular(reading.headWord).replace(/e$/, '');
  if (stem.length < MIN_MEMBER_STEM) return null;
  const plural = singular(reading.headWord) !== reading.headWord;
  return latestBefore(entities, before, timeline, (e) => e.kind === 'anonymous' && pluralHead(e) === plural && e.name.toLowerCase().split(/\s+/).some((word) => word !== e.headWord && word.startsWith(stem) && word !== reading.headWord));
}
const GENERIC_SOURCE_NOUNS = new Set(['source', 'sources', 'person', 'people']);
/** The shortest stem a member's noun shares with its body's (`delegat-`, `negotiat-`): shorter ones match by chance. */
const MIN_MEMBER_STEM = 6;

/** The keys a name with a nickname is also known by: the nickname or the forename, then the surname. */
function nicknameAliases(name: string): string[] {
  const match = NICKNAMED.exec(name);
  if (!match) return [];
  const [, forename, nickname, surname] = match;
  return [`person:${nickname} ${surname}`.toLowerCase(), `person:${forename} ${surname}`.toLowerCase()];
}
const NICKNAMED = /^(\S+)(?:\s+\S+\.)?\s+["“‘'](\S+(?:\s\S+)?)["”’']\s+(.+)$/u;

/**
 * The sources named (by name or surname: the timeline's mentions so far) as the subject of
 * the words a speaker is reported to say after `after`: "He said Pruitt told him …" is not
 * Pruitt's account, nor "he continued, mocking Trump's bluster" Trump's. Only the opening
 * subject, as a name further in may be the speaker's own ("He said the Carson campaign …"),
 * and only words after the pronoun ("Sobin would have voted for Clinton, he says" is Sobin's).
 */
function subjectsOf(text: string, contents: readonly Span[] | undefined, after: number, timeline: Timeline): Set<number> | undefined {
  if (!contents) return undefined;
  const ids = new Set<number>();
  for (const content of contents) {
    if (content.start < after) continue;
    for (const entry of timeline.before(content.start + SUBJECT_REACH)) {
      if (entry.start < content.start) break;
      if (SUBJECT_OPENING.test(text.slice(content.start, entry.start))) ids.add(entry.id);
    }
  }
  return ids;
}

/** How far into reported words their subject's name may start, and what may stand before it. */
const SUBJECT_REACH = 24;
const SUBJECT_OPENING = /^(?:(?:that|the|mr\.|ms\.|mrs\.|dr\.|sen\.|gov\.|rep\.|president)\s+)*$/i;

/** `one of the mechanics`, `two of them`: the quantifier, and the group's noun or pronoun. */
const PARTITIVE = /^(?:one|two|three|four|some|several|many|most|each|both|a\s+few)\s+of\s+(?:(them|those|us)|the\s+([\p{Ll}-]+))$/iu;

/**
 * The group a partitive phrase takes its speaker from: the latest source of people with the
 * plural noun it names (`one of the mechanics` after `Two mechanics, who asked not to be
 * named,`), or for `them` the latest group of people. Null when the story named no such group.
 */
function partitiveGroup(entities: Entity[], phrase: string, before: number, timeline: Timeline): number | null {
  const match = PARTITIVE.exec(phrase);
  if (!match) return null;
  const noun = match[2]?.toLowerCase();
  const people = (e: Entity): boolean => (e.kind === 'person' || e.kind === 'anonymous') && e.cls !== 'name' && e.cls !== 'pronoun' && pluralHead(e);
  return latestBefore(entities, before, timeline, (e) => people(e) && (!noun || singular(e.headWord) === singular(noun)));
}

function applyTitleGender(entity: Entity, mention: NameMention): void {
  if (mention.titleGender !== 'unknown') setGender(entity, mention.titleGender, { step: 'title', detail: `Introduced as "${mention.title} ${mention.name}".` });
}

function setGender(entity: Entity, gender: Gender, reason: Reason): void {
  if (entity.gender === 'unknown' || entity.genderReason?.step === 'forename') {
    entity.gender = gender;
    entity.genderReason = reason;
  }
}

function learnGender(entity: Entity, pronoun: string, reason: Reason | null): void {
  if (entity.kind !== 'person' || entity.gender !== 'unknown') return;
  const gender = pronounGender(pronoun);
  if (gender !== 'unknown' && gender !== 'plural') setGender(entity, gender, { step: 'pronoun', detail: `The text calls this person "${pronoun}"${reason ? '' : ''}.` });
}

function pronounGender(pronoun: string): Gender {
  if (pronoun === 'he') return 'male';
  if (pronoun === 'she') return 'female';
  if (pronoun === 'they') return 'plural';
  return 'unknown';
}

const PLURAL_CLASSES = new Set(['organization', 'anonymous', 'group', 'publication']);

/** A source "it" cannot stand for: a group ("Democrats", "many") or plural anonymous people ("aides", "officials"). */
function isPlural(e: Entity): boolean {
  return e.cls === 'group' || (e.cls === 'anonymous' && /(?:[^su]s|^people)$/.test(e.headWord));
}

/** How much less likely "he" or "she" is one unnamed person than a named one. */
const ANONYMOUS_PRONOUN_PENALTY = 4;

/** How many sentences back a pronoun may reach for its antecedent, and how many mentions it weighs at most. */
const PRONOUN_REACH = 12;
const PRONOUN_MENTIONS = 200;

/** The earlier source a pronoun speaker points to, or null. */
function resolvePronoun(entities: Entity[], byKey: Map<string, number>, pronoun: string, ref: SpeakerRef, doc: WorkingDocument, byline: readonly string[], timeline: Timeline, lastSpeaker: number, subjectsOfWords?: ReadonlySet<number>): Candidate | null {
  if (pronoun === 'i' || pronoun === 'we') {
    const author = byline[0];
    if (!author) return null;
    const id = entities.findIndex((e) => e.name === author);
    if (id >= 0) return { id, score: 1, reason: { step: 'byline', detail: `"${pronoun}" outside quotation marks is the author, ${author}.` } };
    entities.push({ ...newPerson(author, 'author', author.split(/\s+/).pop()!.toLowerCase(), null) });
    return { id: entities.length - 1, score: 1, reason: { step: 'byline', detail: `"${pronoun}" outside quotation marks is the author, ${author}.` } };
  }
  const sentence = ref.sentence;
  const wanted = pronounGender(pronoun);
  // What the text says about each recent source: its latest mention, and where it stands.
  const seen = new Map<number, { latest: number; inSentence: number; previousSentence: number; asked: boolean }>();
  const asked = sentence > 0 ? askedInSentence(doc, sentence - 1) : null;
  let looked = 0;
  for (const entry of timeline.before(ref.span.start)) {
    const at = sentenceAt(doc, entry.start);
    if (sentence - at > PRONOUN_REACH || ++looked > PRONOUN_MENTIONS) break;
    const facts = seen.get(entry.id) ?? { latest: at, inSentence: -1, previousSentence: -1, asked: false };
    if (at === sentence) facts.inSentence = entry.start;
    if (at === sentence - 1) facts.previousSentence = entry.start;
    if (asked && entry.start >= asked.start && entry.start < asked.end) facts.asked = true;
    seen.set(entry.id, facts);
  }
  // "Ms. Baines asked Ms. Whitcombe why she had waited. "Because I needed that job," she said":
  // who was asked answers, not who asked.
  const answered = [...seen.values()].some((facts) => facts.asked);
  // The subject of a sentence is its first mention, near its start: only one source can be it. In
  // the sentence before, not a name in a clause set before its own ("Asked whether Ana Souza had
  // asked to come off, Hartley paused"): who is asked about is not who answers. In the pronoun's
  // own sentence that name is the one meant ("When Emily Martin gave a talk, she said …").
  const firstIn = new Map<number, number>();
  const previousMain = mainClauseStart(doc, sentence - 1);
  for (const facts of seen.values()) {
    if (facts.inSentence >= 0) firstIn.set(sentence, Math.min(firstIn.get(sentence) ?? Infinity, facts.inSentence));
    if (facts.previousSentence >= previousMain) firstIn.set(sentence - 1, Math.min(firstIn.get(sentence - 1) ?? Infinity, facts.previousSentence));
  }
  const isSubject = (start: number, index: number): boolean => start >= 0 && start === firstIn.get(index) && start - (index === sentence ? doc.sentenceStarts[index] : previousMain) < 60;
  const candidates: Candidate[] = [];
  for (const [id, facts] of seen) {
    const e = entities[id];
    if (e.unresolved) continue;
    // The author who writes "I" is never "she" or "he" in her own piece: "I asked the budget
    // director, Helen Sato, … She said" is Sato.
    if (byline.includes(e.name) && e.mentions.some((m) => m.text === 'I' || m.text.toLowerCase() === 'we')) continue;
    const distance = sentence - facts.latest;
    let score = -0.25 * distance;
    const evidence: string[] = [];
    if (pronoun === 'it') {
      if (e.kind === 'person' || e.kind === 'anonymous' || isPlural(e)) continue;
      score += 2;
    } else if (wanted === 'plural') {
      if (!PLURAL_CLASSES.has(e.cls) && e.kind !== 'organization') continue;
      score += 2;
    } else {
      // "A third employee, a former quality manager, said … He said": one unnamed person is "he" too.
      if (e.kind === 'anonymous' ? pluralHead(e) : e.kind !== 'person' || e.cls === 'group') continue;
      // "He said Pruitt told him …": whom the speaker's own words open on is someone else.
      if (subjectsOfWords?.has(id)) continue;
      // An anonymous source starts out plural (officials, sources); one unnamed person's gender is
      // unknown. A named person comes first: over the corpus, "she" after "one employee" was
      // Fiorina far more often than the employee.
      const gender = e.kind === 'anonymous' && e.gender === 'plural' ? 'unknown' : e.gender;
      if (e.kind === 'anonymous') score -= ANONYMOUS_PRONOUN_PENALTY;
      if (gender === wanted && e.genderReason?.step !== 'forename') {
        score += 2;
        evidence.push(e.genderReason?.detail ?? '');
      } else if (gender !== 'unknown' && gender !== wanted && e.genderReason?.step !== 'forename') {
        continue;
      } else {
        const guess = forenameGender(e.forename);
        if (guess === wanted) {
          score += 1;
          evidence.push(`"${e.forename}" is usually a ${guess} name`);
        } else if (guess !== 'unknown') {
          score -= 6;
        }
      }
    }
    if (facts.inSentence >= 0) {
      // The pronoun's own sentence: "Canova said he has not held fundraising dinners".
      score += isSubject(facts.inSentence, sentence) ? 5 : 3;
      evidence.push('named earlier in the same sentence');
    } else if (facts.asked) {
      score += 2.5;
      evidence.push('asked in the previous sentence');
    } else if (sentence > 0 && !answered && isSubject(facts.previousSentence, sentence - 1)) {
      score += 2.5;
      evidence.push('the subject of the previous sentence');
    }
    if (id === lastSpeaker) {
      score += 1.5;
      evidence.push('the last person quoted');
    } else if (e.speaker) {
      score += 0.5;
    }
    candidates.push({ id, score, reason: { step: 'pronoun', detail: `"${pronoun}" is ${e.name}: ${evidence.filter(Boolean).join('; ') || 'the nearest earlier source'}.` } });
  }
  candidates.sort((a, b) => b.score - a.score);
  if (pronoun === 'they' || pronoun === 'it') {
    const best = candidates[0]?.score ?? -Infinity;
    // The pronoun's own sentence first ("The party released two ads it described as …"), then the one before.
    const named =
      (SAME_SENTENCE_SUBJECT_SCORE > best ? unquotedSubject(entities, byKey, doc, pronoun, sentence, ref.span.start, timeline) : null) ??
      (PREVIOUS_SENTENCE_SUBJECT_SCORE > best ? unquotedSubject(entities, byKey, doc, pronoun, sentence - 1, Infinity, timeline) : null);
    if (named) return named;
  }
  return candidates[0] ?? null;
}

function markDeclared(entities: Entity[], declared: readonly FrontMatterSource[]): void {
  for (const source of declared) {
    const names = [source.name, ...source.aliases].map((n) => n.toLowerCase());
    for (const e of entities) {
      if (names.includes(e.name.toLowerCase())) {
        e.declared = true;
        if (!e.title && source.title) e.title = source.title;
      }
    }
  }
}

function toSources(entities: Entity[], resolved: Array<ResolvedRef | null>): SourcesResult {
  const remap = new Map<number, number>();
  const sources: Source[] = [];
  entities.forEach((e, id) => {
    if (!e.speaker) return;
    remap.set(id, sources.length);
    // "Pentagon spokesman Sean Parnell" and the name inside it are one mention: keep the outer one.
    const sorted = e.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions = sorted.filter((m, k) => k === 0 || !(sorted[k - 1].start <= m.start && m.end <= sorted[k - 1].end));
    sources.push({
      id: sources.length,
      name: e.name,
      kind: e.kind,
      title: e.title,
      gender: e.kind === 'person' ? e.gender : 'unknown',
      genderReason: e.genderReason,
      mentions,
      firstFullReference: e.cls === 'name' ? (mentions.find((m) => m.kind === 'name') ?? null) : e.unresolved ? null : (mentions[0] ?? null),
      anonymity: [],
      quotes: [],
      attributions: [],
      declared: e.declared,
      unresolved: e.unresolved,
    });
  });
  for (const source of sources) for (const mention of source.mentions) mention.source = source.id;
  return {
    sources,
    refs: resolved.map((r) => (r ? { source: remap.get(r.source)!, mention: r.mention } : null)),
  };
}
