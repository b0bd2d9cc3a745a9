/**
 * first-reference: a person quoted or cited by surname (or by a pronoun that points to no
 * one named before it) who is never introduced by full name, or whose surname comes before
 * the full-name introduction. AP and Reuters: on first reference give the full name and
 * what the person is; surname alone afterwards. Front matter `sources` do not count as an
 * introduction: readers never see them. Headings do not count either way: a headline names
 * people by surname (`Lund: No delay to the ferry`), AP style, before the story introduces them.
 * A relative named by a given name after the relation (`her daughter, Fiona,`) is introduced.
 */
import type { ArticleModel, Mention, Source } from '../analysis/model';
import { FAMILY_NOUNS } from '../analysis/lexicon/words';
import type { RelatedLocation, Rule, RuleFinding } from './types';

/**
 * Pronouns for one person, which a full-name introduction must come before. Not "they": the
 * unresolved "they"s read over the corpus stood for groups (partisans, researchers, the
 * plaintiffs), which no full name introduces.
 */
const PERSONAL = /^(?:he|she|him|her|his)$/i;
/** `her daughter, `, `a son, `, `Tully's husband, `: a family relation set before a given name. */
const RELATIVE_BEFORE = new RegExp(String.raw`\b(?:his|her|their|a|an|[\p{L}’'-]+[’']s)\s+(?:(?:late|eldest|oldest|youngest|younger|older|only)\s+)?(?:${[...FAMILY_NOUNS].join('|')})\s*,\s*$`, 'iu');
const RELATIVE_REACH = 48;

export const firstReference: Rule = {
  id: 'first-reference',
  defaultSeverity: 'warning',
  fixable: false,
  description: 'A person referred to by surname or pronoun before (or without) being introduced by full name.',
  check({ model }) {
    const findings: RuleFinding[] = [];
    const headings = model.paragraphs.filter((p) => p.kind === 'heading');
    const inBody = (m: Mention): boolean => !headings.some((h) => m.start >= h.start && m.end <= h.end);
    for (const source of model.sources) {
      if (source.kind !== 'person') continue;
      const mentions = source.mentions.filter(inBody);
      const finding = source.firstFullReference ? early(source, mentions, source.firstFullReference) : never(model, source, mentions);
      if (finding) findings.push(finding);
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};

function never(model: ArticleModel, source: Source, mentions: readonly Mention[]): RuleFinding | null {
  const first = mentions[0];
  // Descriptions ("the officer") are not names; "it" is no person.
  if (!first || (first.kind !== 'surname' && !(first.kind === 'pronoun' && PERSONAL.test(first.text)))) return null;
  // "Her daughter, Fiona, …": a relative introduced by the relation and a given name is introduced (AP).
  if (first.kind === 'surname' && RELATIVE_BEFORE.test(model.text.slice(Math.max(0, first.start - RELATIVE_REACH), first.start))) return null;
  const pronoun = first.kind === 'pronoun';
  return {
    message: pronoun
      ? `"${first.text}" points to no one named before it: introduce the speaker by full name and title first.`
      : `"${first.text}" is never introduced: on first reference give the person's full name and title or role, so readers know who is speaking.`,
    span: { start: first.start, end: first.end },
    related: declaration(model, source),
    fixes: [],
    data: { source: source.id },
  };
}

/** A surname used before the full-name introduction that comes later. */
function early(source: Source, mentions: readonly Mention[], full: Mention): RuleFinding | null {
  const surname = mentions.find((m) => m.kind === 'surname' && m.start < full.start);
  if (!surname) return null;
  return {
    message: `"${surname.text}" appears before the full-name introduction "${full.text}": introduce ${source.name} in full at the first reference.`,
    span: { start: surname.start, end: surname.end },
    related: [{ span: { start: full.start, end: full.end }, message: `The first full reference to ${source.name}.` }],
    fixes: [],
    data: { source: source.id, firstFullReference: { start: full.start, end: full.end } },
  };
}

function declaration(model: ArticleModel, source: Source): RelatedLocation[] {
  const name = source.name.toLowerCase();
  const declared = model.frontMatter?.fields.sources.find((s) => [s.name, ...s.aliases].some((n) => n.toLowerCase() === name));
  return declared ? [{ span: declared.span, message: `Declared in the front matter as ${declared.name}, which readers do not see.` }] : [];
}
