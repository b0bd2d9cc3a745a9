/**
 * One source per speaker in the article: every speaker phrase is tied to a person,
 * organisation, publication, document or anonymous description, with the surname and
 * pronoun mentions resolved to the full name that introduced them.
 *
 * People named in full come first, wherever they stand; then each speaker phrase in text
 * order, by what it is: a name (`namedSources`), a pronoun (`pronouns`), or a description that
 * may name a source again (`backReferences`). What the words around a mention say of its
 * source (`sourceDescriptions`) and what its gender is (`sourceGender`) are read on the way.
 */
import type { AttributionResult, SpeakerRef } from './attribution';
import { anonymousBefore, bareGroupBefore, issuerOf, latestWithHead, longerNameBefore, nameRightAfter, namesItself, partitiveGroup, relationNamedBefore } from './backReferences';
import type { ParagraphInfo, WorkingDocument } from './document';
import { mergeLaterNamed } from './laterNamed';
import { CAPITALS, COUNTRIES, US_STATES } from './lexicon/countries';
import type { FrontMatterSource, Mention, Reason, Source, SourceKind, Span } from './model';
import { aliasOf, companyBefore, findBySurname, FullNames, nicknameAliases, organizationStartingWith, personByForename } from './namedSources';
import { scanNames, surnamesIn, type NameMention } from './names';
import { resolvePronoun, subjectsOf } from './pronouns';
import { negated } from './reportedSpeech';
import { describeFromWords, grantsAnonymity, titleOf } from './sourceDescriptions';
import { newEntity, newPerson, Timeline, type Entity } from './sourceEntities';
import { applyTitleGender, guessFromForenames, learnGender, pronounGender, setGender } from './sourceGender';
import { readPhrase, type PhraseReading } from './speakerPhrase';
import { companyNamedBefore } from './unquotedSources';

export interface ResolvedRef {
  source: number;
  mention: Mention;
}

export interface SourcesResult {
  sources: Source[];
  /** The source and mention for each speaker ref (same index as `attribution.refs`). */
  refs: Array<ResolvedRef | null>;
}

/** The sources found so far in one article, and what finds them again. */
interface Registry {
  doc: WorkingDocument;
  entities: Entity[];
  /** Each source by its key (`person:jane doe`, `organization:the ministry`), and aliases. */
  byKey: Map<string, number>;
  fullNames: FullNames;
  /** The source each name mention stands for, by where the mention starts. */
  ownerAt: Map<number, number>;
  /** Each recorded mention by `start:end`, so a span is recorded once per source. */
  mentionAt: Map<string, Mention>;
  /** Every mention so far in text order: what pronouns and descriptions look back along. */
  timeline: Timeline;
  /** The surnames of everyone named in full: "Anna White spoke first. … White said" is her, though "white" may head a description. */
  surnames: ReadonlySet<string>;
}

/** What one speaker phrase stands for, and why, before it is recorded as a mention. */
interface Resolution {
  id: number;
  reason: Reason | null;
  kind: Mention['kind'];
}

export function resolveSources(
  doc: WorkingDocument,
  attribution: AttributionResult,
  declared: readonly FrontMatterSource[],
  byline: readonly string[],
): SourcesResult {
  const registry = registerNames(doc);
  const { entities } = registry;
  const { spoke, cued } = speakingRefs(doc, attribution);
  const contentsByRef = new Map<number, Span[]>();
  for (const draft of attribution.reported) {
    const contents = contentsByRef.get(draft.ref);
    if (contents) contents.push(draft.content);
    else contentsByRef.set(draft.ref, [draft.content]);
  }
  const refs = [...attribution.refs].sort((a, b) => a.span.start - b.span.start);
  const resolved: Array<ResolvedRef | null> = attribution.refs.map(() => null);
  let lastSpeaker = -1;
  for (const ref of refs) {
    const paragraph = doc.paragraphs[ref.paragraph];
    // "Sanders, who says …": the relative pronoun is the mention, its antecedent the source.
    const reading = readPhrase(doc.text, paragraph.tokens, ref.phrase.antecedent ?? ref.phrase, doc.lexicon, registry.surnames);
    const text = doc.text.slice(ref.span.start, ref.span.end);
    let resolution: Resolution;
    if (ref.transcript) resolution = byTranscriptLabel(registry, ref, text);
    else if (reading.cls === 'pronoun') resolution = byPronoun(registry, ref, reading, byline, lastSpeaker, subjectsOf(doc.text, contentsByRef.get(ref.id), ref.span.end, registry.timeline));
    else if (reading.cls === 'name') resolution = byName(registry, ref, reading, paragraph, declared);
    else resolution = byDescription(registry, ref, reading, text, attribution.cues, resolved);
    const { id } = resolution;
    let { reason, kind } = resolution;
    const entity = entities[id];
    describeFromWords(entity, ref.span, ref.appositive, paragraph, doc.text);
    if (spoke.has(ref.id) || (cued.has(ref.id) && (kind === 'name' || kind === 'surname' || entity.kind === 'publication'))) entity.speaker = true;
    entity.lastSpoke = Math.max(entity.lastSpoke, ref.span.start);
    if (ref.phrase.antecedent) {
      kind = 'pronoun';
      reason = { step: 'relative-pronoun', detail: `"${text}" stands for ${entity.name}, named just before it.` };
    }
    const key = `${ref.span.start}:${ref.span.end}`;
    let mention = registry.mentionAt.get(key);
    if (!mention || mention.source !== id) {
      mention = { start: ref.span.start, end: ref.span.end, text, source: id, kind, reason };
      entity.mentions.push(mention);
      registry.mentionAt.set(key, mention);
      registry.timeline.add(ref.span.start, id);
    }
    resolved[ref.id] = { source: id, mention };
    if (!entity.unresolved) lastSpeaker = id;
  }

  guessFromForenames(entities);
  const lede = doc.paragraphs.findIndex((p) => p.kind === 'paragraph');
  const next = lede < 0 ? -1 : doc.paragraphs.findIndex((p, index) => index > lede && p.kind === 'paragraph');
  // A lede that grants anonymity keeps its source unnamed: the next paragraph's name is someone else.
  const ledeGrantsAnonymity = lede >= 0 && grantsAnonymity(doc.prose.slice(doc.paragraphs[lede].start, doc.paragraphs[lede].end));
  mergeLaterNamed(entities, resolved, lede < 0 ? null : doc.paragraphs[lede], next < 0 || ledeGrantsAnonymity ? null : doc.paragraphs[next]);
  markDeclared(entities, declared);
  return toSources(entities, resolved);
}

/** The source under `key`, made by `make` the first time it is asked for. */
function entityFor(registry: Pick<Registry, 'entities' | 'byKey'>, key: string, make: () => Entity): number {
  let id = registry.byKey.get(key);
  if (id === undefined) {
    id = registry.entities.length;
    registry.entities.push(make());
    registry.byKey.set(key, id);
  }
  return id;
}

/** People named in full anywhere, in order, then the bare surnames that name them again. */
function registerNames(doc: WorkingDocument): Registry {
  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  const names = scanNames(doc, doc.lexicon.people, doc.fullNames);
  const nameOwner = new Map<NameMention, number>();
  for (const mention of names) {
    if (!mention.forename) continue;
    const key = `person:${mention.name.toLowerCase()}`;
    const existing = byKey.get(key) ?? findBySurname(entities, mention.surname, mention.forename);
    const id = existing ?? entityFor({ entities, byKey }, key, () => newPerson(mention.name, mention.title, mention.surname, mention.forename));
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
  return { doc, entities, byKey, fullNames, ownerAt, mentionAt, timeline, surnames: surnamesIn(doc) };
}

/**
 * Which speaker refs make sources. Speakers of quotations and of reported speech do, and so do
 * those who relay them (`spoke`). The subject of a reporting verb that reports no words is one
 * only when it is named ("Ryan Grim reported from Washington", "Politico reported in 2014"): a
 * description or a pronoun there is mostly a misreading ("the question was asked", "Republicans
 * insisted on capping …"). Never the subject of a naming verb that names nothing said ("a page
 * called …"), of a belief that reports nothing ("we know", "because they feared retaliation"),
 * or of a verb denied ("Thune did not say when …"): a view, or silence, is no sourcing.
 */
function speakingRefs(doc: WorkingDocument, attribution: AttributionResult): { spoke: Set<number>; cued: Set<number> } {
  const spoke = new Set<number>();
  for (const draft of attribution.quotes) if (draft) spoke.add(draft.ref);
  for (const draft of attribution.reported) spoke.add(draft.ref);
  const cued = new Set<number>();
  for (const cue of attribution.cues) {
    if (cue.ref !== null && !cue.cue.naming && !cue.cue.belief && !negated(doc.paragraphs[cue.paragraph].tokens, cue.cue.token)) cued.add(cue.ref);
    if (cue.relay !== undefined) spoke.add(cue.relay);
  }
  return { spoke, cued };
}

/** "WALLACE:" is Chris Wallace when the article named him; otherwise a person called Wallace. */
function byTranscriptLabel(registry: Registry, ref: SpeakerRef, label: string): Resolution {
  const surname = label.toLowerCase();
  const name = label[0] + surname.slice(1);
  const id = registry.fullNames.latest(surname, ref.span.start) ?? entityFor(registry, `person:${surname}`, () => newPerson(name, null, surname, null));
  return { id, reason: null, kind: 'surname' };
}

function byPronoun(registry: Registry, ref: SpeakerRef, reading: PhraseReading, byline: readonly string[], lastSpeaker: number, subjectsOfWords: ReadonlySet<number> | undefined): Resolution {
  const { entities } = registry;
  const found = resolvePronoun(entities, registry.byKey, reading.name, ref, registry.doc, byline, registry.timeline, lastSpeaker, subjectsOfWords);
  if (found) {
    learnGender(entities[found.id], reading.name);
    return { id: found.id, reason: found.reason, kind: 'pronoun' };
  }
  // An unresolved "I" (no byline to resolve it to) keeps its capital.
  const shown = reading.name === 'i' ? 'I' : reading.name;
  // An "it" that points nowhere is still a thing (an organisation, a document), never a person.
  const kind = reading.name === 'it' ? 'organization' : 'person';
  entities.push({ ...newEntity(kind, 'pronoun', shown, `pronoun:${ref.id}`), unresolved: true, gender: kind === 'person' ? pronounGender(reading.name) : 'unknown' });
  return { id: entities.length - 1, reason: null, kind: 'pronoun' };
}

function byName(registry: Registry, ref: SpeakerRef, reading: PhraseReading, paragraph: ParagraphInfo, declared: readonly FrontMatterSource[]): Resolution {
  const { entities, doc } = registry;
  const [first, last] = reading.nameTokens!;
  const tokens = paragraph.tokens;
  const surname = tokens[last].lower;
  const single = first === last;
  let id: number | null = registry.ownerAt.get(tokens[first].start) ?? null;
  let reason: Reason | null = null;
  if (id === null && single) id = registry.fullNames.latest(surname, ref.span.start) ?? aliasOf(entities, declared, reading.name);
  // "Halvard said", after "shipping group Halvard ASA": the company's short name.
  if (id === null && single) {
    // "payments chipmaker Orvane" before, then "Orvane said": the company, by the same name.
    const company = companyBefore(doc.prose, reading.name, ref.span.start);
    if (company) {
      const { name, noun } = company;
      id = entityFor(registry, `organization:${name.toLowerCase()}`, () => newEntity('organization', 'organization', name, `organization:${name.toLowerCase()}`, 'company'));
      reason = { step: 'company-short-name', detail: noun ? `"${reading.name}" is the ${noun} named before.` : `"${reading.name}" is short for ${name}, named before.` };
    }
  }
  // A word that is nobody's surname: "Their daughter, Lucia Calder, 16, …", then "Lucia said" is the one
  // person named in full with that forename, as family members sharing a surname are; "Brightwell Pay, the
  // payroll software company, …", then "Brightwell said" is the organisation by its first word.
  if (id === null && single && !registry.surnames.has(surname)) {
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
  // "China said", "South Korea said", "Beijing said", "Texas sued": a government, once no one named in full bears the name.
  const lower = reading.name.toLowerCase();
  const place = COUNTRIES.has(lower) ? 'a country' : CAPITALS.has(lower) ? 'a capital' : US_STATES.has(lower) ? 'a US state' : null;
  if (id === null && place) {
    const key = `organization:${lower}`;
    id = entityFor(registry, key, () => newEntity('organization', 'organization', reading.name, key, 'country'));
    reason = { step: 'country', detail: `"${reading.name}" is ${place}: its government speaks.` };
  }
  id ??= entityFor(registry, `person:${reading.name.toLowerCase()}`, () => newPerson(reading.name, reading.title, surname, single ? null : tokens[first].lower.replace(/\.$/, '')));
  const entity = entities[id];
  // "White House press secretary Karoline Leavitt": the fuller title of the two readings wins.
  if (reading.title && (!entity.title || reading.title.length > entity.title.length)) entity.title = reading.title;
  const person = doc.lexicon.people.get(reading.name.toLowerCase());
  if (person?.pronouns) setGender(entity, pronounGender(person.pronouns), { step: 'configured', detail: `.copydesk.yaml lists ${person.name} with the pronoun "${person.pronouns}".` });
  return { id, reason, kind: single && reason?.step !== 'company-short-name' && reason?.step !== 'country' ? 'surname' : 'name' };
}

/**
 * An organisation, publication, document, group, anonymous source or other description: the
 * person it introduces, or a source it names again, else a source of its own.
 */
function byDescription(registry: Registry, ref: SpeakerRef, reading: PhraseReading, text: string, cues: AttributionResult['cues'], resolved: ReadonlyArray<ResolvedRef | null>): Resolution {
  const { entities, doc, timeline } = registry;
  const before = ref.span.start;
  // "said Denise Walker's sister, Gloria Hayes.", "The business secretary, Tom Ashworth, rejected …":
  // a role followed by the name it introduces is that person.
  const named = reading.cls === 'description' ? nameRightAfter(doc.text, ref.span.end, registry.ownerAt) : undefined;
  if (named !== undefined) {
    entities[named].title ??= titleOf(text);
    return { id: named, reason: { step: 'appositive-name', detail: `"${text}" is ${entities[named].name}, named right after it.` }, kind: 'description' };
  }
  // "The district said in a statement that … "…," the statement said": the statement speaks for who issued it.
  // Only the bare noun: "the school's Facebook post" names its own issuer.
  const issuer = reading.cls === 'document' && reading.definite && reading.name.toLowerCase().replace(/^the\s+/, '') === reading.headWord ? issuerOf(cues, resolved, reading.headWord, before, doc.text) : null;
  if (issuer !== null) return { id: issuer, reason: { step: 'issued-document', detail: `"${text}" is the one ${entities[issuer].name} issued, named before.` }, kind: 'description' };
  // "the group" refers back to a group named before; "the Harbour Group" is a name, and
  // refers back only to a longer form of it ("the Daily News" to the New York Daily News).
  // "one of the mechanics", "one of them": a member of a group named before speaks for it.
  const group = partitiveGroup(entities, text, before, timeline);
  const bare = reading.definite ? null : bareGroupBefore(entities, reading, before, timeline);
  const backReference =
    group ??
    relationNamedBefore(entities, reading, before, timeline) ??
    bare ??
    (!reading.definite
      ? null
      : namesItself(reading)
        ? longerNameBefore(entities, reading, before, timeline)
        : (latestWithHead(entities, reading, before, timeline) ?? companyNamedBefore(entities, registry.byKey, doc, reading, ref, timeline) ?? anonymousBefore(entities, reading, before, timeline)));
  const key = `${reading.cls}:${reading.name.toLowerCase()}`;
  const id = backReference ?? entityFor(registry, key, () => newEntity(kindOf(reading.cls), reading.cls, reading.name, key, reading.headWord));
  let reason: Reason | null = null;
  if (group !== null) reason = { step: 'partitive', detail: `"${text}" is one of ${entities[id].name}, named before.` };
  // Each "Officials said" sources anew: it keeps its own need for a reason to be anonymous.
  else if (bare !== null && backReference === bare) reason = { step: 'bare-plural', detail: `"${text}" are ${entities[id].name}, named before.` };
  else if (backReference !== null) reason = { step: 'definite-description', detail: `"${text}" refers back to ${entities[id].name}.` };
  return { id, reason, kind: 'description' };
}

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
    // A ref whose source spoke no words, and so makes no source, resolves to none: "The ministry
    // reported and lawmakers said “…”" credits the ministry with nothing.
    refs: resolved.map((r) => {
      const source = r ? remap.get(r.source) : undefined;
      return r && source !== undefined ? { source, mention: r.mention } : null;
    }),
  };
}
