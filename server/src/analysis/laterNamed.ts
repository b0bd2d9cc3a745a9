/**
 * Descriptions that introduce a person before the name: the lede's `the United Nations envoy
 * hosting the talks said`, then `U.N. special envoy Thomas Brenner` further down; or the
 * lede's `A former executive testified …`, then a paragraph opening `Priya Natarajan, who …,
 * told the jury`.
 */
import type { Span } from './model';
import type { ResolvedRef } from './sources';
import { pluralHead, ROLE_ABBREVIATIONS, singular, type Entity } from './sourceEntities';

/**
 * Merges each description that introduces a person named later into that person. `next` is
 * the paragraph after the lede, or null when the lede itself grants its source anonymity.
 */
export function mergeLaterNamed(entities: Entity[], resolved: Array<ResolvedRef | null>, lede: Span | null, next: Span | null): void {
  const into = new Map<number, number>();
  const ledeEnd = lede?.end ?? 0;
  describedThenTitled(entities, ledeEnd, into);
  const namedNext = lede && next && into.size === 0 ? describedThenNamed(entities, resolved, lede, next, into) : null;
  for (const [id, target] of into) {
    const e = entities[id];
    const person = entities[target];
    for (const mention of e.mentions) {
      mention.source = target;
      mention.reason = {
        step: 'definite-description',
        detail: id === namedNext ? `"${mention.text}" is ${person.name}, whom the next paragraph names as its first speaker.` : `"${mention.text}" is ${person.name}, named further on as ${person.title} ${person.name}.`,
      };
      person.mentions.push(mention);
    }
    e.mentions = [];
    e.speaker = false;
    person.speaker = true;
  }
  if (into.size) for (const ref of resolved) if (ref && into.has(ref.source)) ref.source = into.get(ref.source)!;
}

/**
 * `…, the United Nations envoy hosting the talks said.` in the lede, then `U.N. special envoy
 * Thomas Brenner` further down: a definite description (or, in the lede, an indefinite one)
 * that only one person named later fits is that person, introduced before the name (AP's
 * "describe, then name").
 */
function describedThenTitled(entities: Entity[], ledeEnd: number, into: Map<number, number>): void {
  // People with a title, by each word of it, and where each is first named: one pass, so the
  // descriptions below look up their head word rather than scan every person.
  const byTitleWord = new Map<string, number[]>();
  const firstNamed = new Map<number, number>();
  entities.forEach((p, pid) => {
    if (p.kind !== 'person' || p.cls !== 'name' || !p.title || p.mentions.length === 0) return;
    firstNamed.set(pid, firstMention(p));
    for (const word of new Set(p.title.toLowerCase().split(/\s+/))) {
      const list = byTitleWord.get(word) ?? [];
      list.push(pid);
      byTitleWord.set(word, list);
    }
  });
  if (firstNamed.size === 0) return;
  entities.forEach((e, id) => {
    if (e.cls !== 'description' || !e.speaker || e.mentions.length === 0) return;
    const first = firstMention(e);
    // A lede may introduce the person it names next without the article: "A federal judge on
    // Thursday blocked …", then "U.S. District Judge Harriet Sloane wrote …". Elsewhere "a
    // judge" is someone else.
    if (!(/^(?:the|its|their)\s/i.test(e.name) || (first < ledeEnd && /^(?:a|an)\s/i.test(e.name)))) return;
    const head = singular(e.headWord);
    const candidates = [...(byTitleWord.get(head) ?? []), ...(byTitleWord.get(ROLE_ABBREVIATIONS[head] ?? '') ?? [])];
    if (candidates.length > MAX_SAME_TITLE) return; // too many people share the title for one to be meant
    const modifiers = e.name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && word.toLowerCase() !== e.headWord);
    const fits = new Set(candidates.filter((pid) => firstNamed.get(pid)! > first && modifiersFit(entities[pid].title!, modifiers)));
    if (fits.size === 1) into.set(id, [...fits][0]);
  });
}

/**
 * AP's delayed identification: the lede describes someone who speaks ("A former senior
 * executive at Lumora testified on Tuesday that …") and the next paragraph opens on a name
 * never met before, speaking too ("Priya Natarajan, who led Lumora's partnerships group, told
 * the jury …"). With one such description in the lede, one person, and no title of the
 * name's own to say otherwise, the two are one source, titled by the description. Returns the
 * description merged, or null.
 */
function describedThenNamed(entities: Entity[], resolved: ReadonlyArray<ResolvedRef | null>, lede: Span, next: Span, into: Map<number, number>): number | null {
  const described: number[] = [];
  entities.forEach((e, id) => {
    if ((e.cls === 'description' || e.cls === 'anonymous') && e.speaker && (e.kind === 'person' || e.kind === 'anonymous') && INDEFINITE.test(e.name) && !pluralHead(e) && e.mentions.every((m) => m.start >= lede.start && m.end <= lede.end)) described.push(id);
  });
  if (described.length !== 1) return null;
  let opener: ResolvedRef | null = null;
  for (const ref of resolved) if (ref && ref.mention.start >= next.start && ref.mention.start < next.end && (!opener || ref.mention.start < opener.mention.start)) opener = ref;
  if (!opener || opener.mention.kind !== 'name' || opener.mention.start !== next.start) return null;
  const person = entities[opener.source];
  if (person.kind !== 'person' || person.cls !== 'name' || person.title || firstMention(person) < next.start) return null;
  into.set(described[0], opener.source);
  // The lede's description is the title the name never had: "former senior executive at Lumora".
  person.title = entities[described[0]].name.replace(INDEFINITE, '');
  return described[0];
}

const INDEFINITE = /^an?\s/i;

/** More people than this sharing a title word leave a description before their names unresolved. */
const MAX_SAME_TITLE = 50;

function firstMention(e: Entity): number {
  let first = Infinity;
  for (const m of e.mentions) first = Math.min(first, m.start);
  return first;
}

/** Capitalised modifiers of a description are in the title, in full or as initials: `United Nations` fits `U.N. special envoy`. */
function modifiersFit(title: string, modifiers: readonly string[]): boolean {
  const lower = title.toLowerCase();
  if (modifiers.every((word) => lower.includes(word.toLowerCase()))) return true;
  const initials = modifiers.map((word) => word[0].toLowerCase()).join('');
  return initials.length >= 2 && lower.replace(/\./g, '').split(/\s+/).includes(initials);
}
