/**
 * Hover cards: on a quote (who said it, how we know, its fact-check status), on a mention
 * of a source (the source and its quotes), on the dateline (its parts and the form the
 * style expects).
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Annotation, ArticleModel, DatelineStyle, Quote, Source, Span } from '../analysis/model';
import type { Analysis } from '../workspace/analysis';
import { annotationFor } from './annotations';
import { count, renderCard, shorten, type Card } from './cards';
import { datelineAt, introductionOf, mentionAt, mentionsOf, quoteAt } from './lookup';

export interface HoverOptions {
  /** The client renders Markdown. */
  markdown: boolean;
}

export function hover(analysis: Analysis, position: Position, options: HoverOptions): Hover | null {
  const { lines } = analysis;
  const card = cardAt(analysis, lines.offsetAt(position));
  if (!card) return null;
  return {
    contents: { kind: options.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: renderCard(card.card, options.markdown) },
    range: lines.rangeOf(card.span),
  };
}

function cardAt(analysis: Analysis, offset: number): { card: Card; span: Span } | undefined {
  const { model } = analysis;
  const mention = mentionAt(model, offset);
  if (mention) return { card: speakerCard(analysis, model.sources[mention.source], mention.kind === 'pronoun' ? mention : undefined), span: mention };
  const quote = quoteAt(model, offset);
  if (quote) return { card: quoteCard(analysis, quote), span: quote };
  if (model.dateline && datelineAt(model, offset)) return { card: datelineCard(model), span: model.dateline };
  return undefined;
}

/** The card on a quote. In fact-check mode the verification status leads. */
export function quoteCard(analysis: Analysis, quote: Quote): Card {
  const { model } = analysis;
  const factCheck = factCheckRow(model, quote, analysis.config.settings.factCheckMode);
  const rows: Card['rows'] = [];
  if (analysis.config.settings.factCheckMode) rows.push(factCheck);
  const attribution = quote.attribution;
  if (!attribution) {
    rows.push(['Speaker', 'none found: no attribution in this or the neighbouring sentences']);
    rows.push(['Quote', `${quote.kind} (${quote.kindReason.detail})`]);
    if (!analysis.config.settings.factCheckMode) rows.push(factCheck);
    return { title: 'Unattributed quote', rows };
  }
  const source = model.sources[attribution.source];
  rows.push(['Speaker', describeSource(source)]);
  rows.push(['Cue', attribution.cue ? `${attribution.cue.text} (${POSITION[attribution.position]})` : `none (${POSITION[attribution.position]})`]);
  // Where a fact-checker goes to check the words: "…," Sanders said, according to CNN.
  if (attribution.via) rows.push(['Reported by', `${describeSource(model.sources[attribution.via.source])} ("${attribution.via.cue.text}")`]);
  rows.push(['Decided by', `${attribution.reason.step}: ${attribution.reason.detail}`]);
  rows.push(['Quotes from this source', String(speechQuoteCount(model, source))]);
  const introduction = introductionOf(source);
  if (introduction) rows.push(['First reference', `line ${analysis.lines.lineAt(introduction.start) + 1}`]);
  if (source.kind === 'anonymous') rows.push(['Anonymity', anonymityText(source)]);
  if (!analysis.config.settings.factCheckMode) rows.push(factCheck);
  return { title: `Quote from ${source.name}`, rows };
}

/** The card on a mention: the source, then each of its quotes with its line. */
export function speakerCard(analysis: Analysis, source: Source, pronoun?: { text: string; reason: { detail: string } | null }): Card {
  const { model, lines } = analysis;
  const rows: Card['rows'] = [['Kind', source.kind]];
  if (source.title) rows.push(['Title', source.title]);
  if (pronoun) rows.push(['Pronoun', `"${pronoun.text}" refers to ${source.name}${pronoun.reason ? `: ${pronoun.reason.detail}` : ''}`]);
  rows.push(['Mentions', String(mentionsOf(source).length)]);
  const introduction = introductionOf(source);
  rows.push([
    'First reference',
    source.firstFullReference ? `line ${lines.lineAt(source.firstFullReference.start) + 1}` : introduction ? `never named in full (first mention on line ${lines.lineAt(introduction.start) + 1})` : 'none',
  ]);
  if (source.kind === 'anonymous') rows.push(['Anonymity', anonymityText(source)]);
  rows.push(['In the front matter', source.declared ? 'yes' : 'no']);
  const quotes = source.quotes.map((id) => model.quotes[id]).filter((quote) => quote.kind === 'direct' || quote.kind === 'partial');
  return {
    title: source.name,
    rows,
    list: { heading: count(quotes.length, 'quote'), items: quotes.map((quote) => `line ${lines.lineAt(quote.start) + 1}: ${shorten(quote.text)}`) },
  };
}

const STYLE_FORM: Record<DatelineStyle, string> = {
  reuters: 'PLACE, Mon D (Reuters) - ',
  ap: 'PLACE (AP) — ',
  plain: 'PLACE — ',
};

export function datelineCard(model: ArticleModel): Card {
  const dateline = model.dateline!;
  const rows: Card['rows'] = [];
  rows.push(['Place', dateline.place?.text ?? 'none']);
  rows.push(['Date', dateline.date ? `${dateline.date.text}${dateline.date.iso ? ` (${dateline.date.iso})` : ''}` : 'none']);
  rows.push(['Agency', dateline.agency?.text ?? 'none']);
  rows.push(['Written as', `${dateline.form} form`]);
  rows.push(['Expected', `${model.style} form: ${STYLE_FORM[model.style]}`]);
  for (const problem of dateline.problems) {
    rows.push(['Problem', problem.expected ? `${problem.message} (expected "${problem.expected}")` : problem.message]);
  }
  return { title: 'Dateline', rows };
}

const POSITION: Record<NonNullable<Quote['attribution']>['position'], string> = {
  before: 'before the quote',
  after: 'after the quote',
  inside: 'inside the quote',
  sentence: 'elsewhere in the sentence',
  paragraph: 'elsewhere in the paragraph',
  'previous-paragraph': 'in the previous paragraph',
  split: 'between the halves of the quote',
};

function describeSource(source: Source): string {
  return [source.name, source.title, source.kind].filter(Boolean).join(' · ');
}

function anonymityText(source: Source): string {
  const reason = source.anonymity.find((a) => a.reason)?.reason;
  if (reason) return `reason given: "${reason.text}"`;
  const granted = source.anonymity.find((a) => a.granted)?.granted;
  return granted ? `anonymity granted ("${granted.text}") but no reason given` : 'no reason given';
}

function speechQuoteCount(model: ArticleModel, source: Source): number {
  return source.quotes.filter((id) => model.quotes[id].kind === 'direct' || model.quotes[id].kind === 'partial').length;
}

function factCheckRow(model: ArticleModel, quote: Quote, factCheckMode: boolean): [string, string] {
  const annotation = annotationFor(model, quote);
  if (!annotation) return ['Fact check', factCheckMode ? 'not checked: no annotation in the front matter' : 'none'];
  return ['Fact check', describeAnnotation(annotation)];
}

function describeAnnotation(annotation: Annotation): string {
  const parts = [annotation.status];
  if (annotation.note) parts.push(annotation.note);
  if (annotation.by) parts.push(`by ${annotation.by}`);
  if (annotation.link) parts.push(annotation.link);
  return parts.join(' · ');
}
