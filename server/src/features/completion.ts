/**
 * Completion in the front matter: its keys (at each level), the values of `style`, `type`
 * and an annotation's `status`, the names of the sources found in the body (for
 * `sources`), the opening words of the quotes (for an annotation's `quote`) and rule ids
 * (for `copydesk.disable`).
 */
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { Analysis } from '../workspace/analysis';
import { speechQuotes } from './lookup';
import { frontMatterContext, type FrontMatterContext } from './frontMatterContext';

interface Choice {
  label: string;
  detail: string;
}

const KEYS: Record<string, Choice[]> = {
  '': [
    { label: 'title', detail: 'The headline (required)' },
    { label: 'byline', detail: 'The writers: a name or a list of names' },
    { label: 'agency', detail: 'The news agency: Reuters, AP...' },
    { label: 'style', detail: 'Dateline style: reuters, ap or plain' },
    { label: 'type', detail: 'news, analysis, opinion, brief or feature' },
    { label: 'date', detail: 'Publication date, YYYY-MM-DD' },
    { label: 'dateline', detail: 'The place and date the body’s dateline must agree with' },
    { label: 'sources', detail: 'The people and bodies the article relies on' },
    { label: 'annotations', detail: 'Fact-checkers’ notes, each tied to a quote' },
    { label: 'copydesk', detail: 'Copydesk options for this article (disable rules)' },
  ],
  dateline: [
    { label: 'place', detail: 'The place, in capitals: WASHINGTON' },
    { label: 'date', detail: 'The date, YYYY-MM-DD' },
  ],
  sources: [
    { label: 'name', detail: 'The source’s full name, or the description of an anonymous one' },
    { label: 'title', detail: 'Job title or role' },
    { label: 'anonymous', detail: 'true for a source not named' },
    { label: 'reason', detail: 'Why anonymity was granted' },
    { label: 'aliases', detail: 'Other names the article uses' },
  ],
  annotations: [
    { label: 'quote', detail: 'The quote’s opening words' },
    { label: 'status', detail: 'verified, disputed, unverified or needs-review' },
    { label: 'note', detail: 'What the check found' },
    { label: 'by', detail: 'Who checked' },
    { label: 'link', detail: 'Where the evidence is' },
  ],
  copydesk: [{ label: 'disable', detail: 'Rule ids to turn off for this article' }],
};

const VALUES: Record<string, Choice[]> = {
  style: [
    { label: 'reuters', detail: 'PLACE, Mon D (Reuters) - ' },
    { label: 'ap', detail: 'PLACE (AP) — ' },
    { label: 'plain', detail: 'PLACE — ' },
  ],
  type: ['news', 'analysis', 'opinion', 'brief', 'feature'].map((label) => ({ label, detail: 'article type' })),
  status: [
    { label: 'verified', detail: 'Checked and confirmed' },
    { label: 'disputed', detail: 'Checked; the record disagrees' },
    { label: 'unverified', detail: 'Not yet checked' },
    { label: 'needs-review', detail: 'Flagged for a second look' },
  ],
  anonymous: [
    { label: 'true', detail: 'The source is not named' },
    { label: 'false', detail: 'The source is named' },
  ],
};

/** Completion items at `position`; empty outside the front matter. */
export function completion(analysis: Analysis, position: Position, ruleIds: readonly string[]): CompletionItem[] {
  const { model, lines } = analysis;
  const frontMatter = model.frontMatter;
  const offset = lines.offsetAt(position);
  if (!frontMatter || offset < frontMatter.content.start || offset > frontMatter.content.end) return [];
  const yaml = model.text.slice(frontMatter.content.start, frontMatter.content.end);
  const context = frontMatterContext(yaml, offset - frontMatter.content.start);
  if (!context) return [];
  const range = { start: lines.positionAt(offset - context.prefix.length), end: position };
  return choicesFor(analysis, context, ruleIds).map((choice, index) => ({
    label: choice.label,
    kind: context.kind === 'key' ? CompletionItemKind.Property : CompletionItemKind.Value,
    detail: choice.detail,
    sortText: String(index).padStart(4, '0'),
    textEdit: { range, newText: context.kind === 'key' ? `${choice.label}: ` : choice.label },
    // The typed prefix may sit after a quote mark; filtering on the label keeps matching it.
    filterText: choice.label,
  }));
}

function choicesFor(analysis: Analysis, context: FrontMatterContext, ruleIds: readonly string[]): Choice[] {
  const { model } = analysis;
  if (context.kind === 'key') {
    const choices = KEYS[context.parent ?? ''] ?? [];
    if (context.parent !== null) return choices;
    const present = new Set(model.frontMatter?.locations.map((location) => location.key) ?? []);
    return choices.filter((choice) => !present.has(choice.label) || choice.label === context.prefix);
  }
  if (context.kind === 'listItem') {
    if (context.parent === 'disable') return ruleIds.map((id) => ({ label: id, detail: 'rule' }));
    return [];
  }
  if (context.key === 'name' && context.parent === 'sources') {
    return model.sources
      .filter((source) => !source.declared)
      .map((source) => ({ label: source.name, detail: source.title ? `${source.kind} · ${source.title}` : source.kind }));
  }
  if (context.key === 'quote' && context.parent === 'annotations') {
    return speechQuotes(model).map((quote) => ({ label: openingWords(model.text.slice(quote.content.start, quote.content.end)), detail: 'quote' }));
  }
  if (context.key === 'status' && context.parent !== 'annotations') return [];
  if (context.key === 'anonymous' && context.parent !== 'sources') return [];
  if ((context.key === 'style' || context.key === 'type') && context.parent !== null) return [];
  return VALUES[context.key] ?? [];
}

/** The first words of a quote, enough to tell it from the others. */
function openingWords(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.slice(0, 8).join(' ').replace(/[,;:.]+$/, '');
}
