/**
 * `analyzeArticle()`: the one way into the analysis. Text in, model out; no editor,
 * protocol or file system. The language server and the CLI both call it.
 */
import { describeAnonymity } from './anonymity';
import { attribute, type AttributionResult } from './attribution';
import { scoreClaims } from './claims';
import { parseDateline } from './dateline';
import { sentenceAt, type WorkingDocument } from './document';
import { parseFrontMatter } from './frontMatter';
import { getLexicon } from './lexicon';
import { parseMarkdown } from './markdown';
import type { ArticleModel, Attribution, Cue, DatelineStyle, FrontMatter, Mention, Paragraph, Quote, Sentence } from './model';
import type { AnalysisOptions } from './options';
import { classifyQuote, titleReason } from './quoteKinds';
import { isStraight, scanQuotes } from './quotes';
import { firstStartingAt } from './search';
import { readParagraphs } from './readParagraphs';
import { secondarySources } from './secondarySources';
import { resolveSources, type SourcesResult } from './sources';
import { scanFullNames } from './names';

export function analyzeArticle(text: string, options: AnalysisOptions = {}): ArticleModel {
  const { frontMatter, bodyStart } = parseFrontMatter(text);
  const markdown = parseMarkdown(text, bodyStart);
  const prose = markdown.prose;
  const lexicon = getLexicon(options.lexicon);

  const paragraphs: Paragraph[] = [];
  markdown.blocks.forEach((block, index) => {
    if ((block.kind === 'paragraph' || block.kind === 'heading') && /\S/.test(prose.slice(block.start, block.end))) {
      paragraphs.push({ index: paragraphs.length, block: index, kind: block.kind, start: block.start, end: block.end });
    }
  });

  const scan = scanQuotes(prose, paragraphs);
  const quoteWords = new Int32Array(scan.quotes.length);
  const infos = readParagraphs(prose, paragraphs, scan.quotes, quoteWords, lexicon, options.paragraphCache);
  const sentences: Sentence[] = [];
  const sentenceStarts: number[] = [];
  const sentenceEnds: number[] = [];
  for (const p of infos) {
    for (const s of p.sentences) {
      sentences.push({ start: s.start, end: s.end, index: s.index, paragraph: p.index });
      sentenceStarts.push(s.start);
      sentenceEnds.push(s.end);
    }
  }
  const titles = scan.quotes.map((quote, id) => titleReason(quote, infos[quote.paragraph], text, quoteWords[id]));
  const lede = paragraphs.find((p) => p.kind === 'paragraph')?.index ?? -1;
  const doc: WorkingDocument = { text, prose, lexicon, paragraphs: infos, quotes: scan.quotes, titles, sentenceStarts, sentenceEnds, fullNames: [], lede };
  // Read once, before attribution: a surname that is also a word ("Will wrote") is a speaker
  // when the article named its bearer in full.
  doc.fullNames = scanFullNames(doc, lexicon.people);
  const attribution = attribute(doc);
  const fields = frontMatter?.fields;
  const sources = resolveSources(doc, attribution, fields?.sources ?? [], fields?.byline ?? []);

  const quotes = buildQuotes(doc, attribution, sources, quoteWords);
  const attributions = buildAttributions(doc, attribution, sources, quotes);
  linkSources(doc, sources, quotes, attributions);

  const sentenceSources = new Map<number, number>();
  for (const a of attributions) sentenceSources.set(a.sentence, a.source);
  for (const q of quotes) {
    if (!q.attribution || q.attribution.position === 'previous-paragraph' || q.attribution.position === 'paragraph') continue;
    const sentence = sentenceAt(doc, q.start);
    if (!sentenceSources.has(sentence)) sentenceSources.set(sentence, q.attribution.source);
  }
  const style = styleOf(frontMatter, options.style);
  const dateline = parseDateline(text, prose, paragraphs, frontMatter, style);
  const claims = scoreClaims(text, prose, infos, sentenceSources, dateline.dateline);

  return {
    text,
    frontMatter,
    bodyStart,
    blocks: markdown.blocks,
    inline: markdown.inline,
    comments: markdown.comments,
    paragraphs,
    sentences,
    quotes,
    quoteMarkProblems: scan.problems,
    sources: sources.sources,
    attributions,
    claims,
    style,
    dateline: dateline.dateline,
    datelineAbsence: dateline.absence,
    datelineMismatches: dateline.mismatches,
  };
}

/** The style in force: the front matter's, else the caller's, else what the agency implies. */
function styleOf(frontMatter: FrontMatter | null, fallback: DatelineStyle | undefined): DatelineStyle {
  const fields = frontMatter?.fields;
  if (fields?.style) return fields.style;
  if (fallback) return fallback;
  const agency = fields?.agency?.toLowerCase() ?? '';
  if (agency.includes('reuters')) return 'reuters';
  if (agency === 'ap' || agency.includes('associated press')) return 'ap';
  return 'plain';
}

/** Two apostrophes (`''`) stand for a straight mark, and are one to the quote-style rule. */
function quoteStyle(openMark: string): Quote['style'] {
  if (isStraight(openMark)) return 'straight';
  return openMark === '«' ? 'guillemet' : 'curly';
}

function cueOf(doc: WorkingDocument, cue: AttributionResult['cues'][number]): Cue {
  return { start: cue.span.start, end: cue.span.end, text: doc.text.slice(cue.span.start, cue.span.end), lemma: cue.cue.lemma, loaded: cue.cue.loaded };
}

function buildQuotes(doc: WorkingDocument, attribution: AttributionResult, sources: SourcesResult, words: Int32Array): Quote[] {
  const via = secondarySources(doc, attribution, sources, (cue) => cueOf(doc, cue));
  return doc.quotes.map((raw, id) => {
    const draft = attribution.quotes[id];
    const resolved = draft ? sources.refs[draft.ref] : null;
    const paragraph = doc.paragraphs[raw.paragraph];
    const { kind, reason } = classifyQuote(raw, doc.titles[id], resolved ? draft : null, paragraph, doc.text, words[id]);
    const speech = kind === 'direct' || kind === 'partial';
    return {
      id,
      start: raw.start,
      end: raw.end,
      text: doc.text.slice(raw.start, raw.end),
      kind,
      kindReason: reason,
      style: quoteStyle(raw.openMark),
      content: raw.content,
      close: raw.close,
      paragraph: raw.paragraph,
      nested: raw.nested,
      continues: raw.continues ?? draft?.splitFrom ?? null,
      continuedInNextParagraph: raw.continuedInNextParagraph,
      unclosed: raw.unclosed,
      words: words[id],
      attribution:
        draft && resolved && speech
          ? { source: resolved.source, mention: resolved.mention, cue: draft.cue ? cueOf(doc, draft.cue) : null, position: draft.position, reason: draft.reason, via: via(draft, resolved.source, raw.start) }
          : null,
    } satisfies Quote;
  });
}

function buildAttributions(doc: WorkingDocument, attribution: AttributionResult, sources: SourcesResult, quotes: Quote[]): Attribution[] {
  const attributions: Attribution[] = [];
  for (const draft of attribution.reported) {
    const resolved = sources.refs[draft.ref];
    if (!resolved) continue;
    const inside: number[] = [];
    for (let k = firstStartingAt(quotes, draft.content.start); k < quotes.length && quotes[k].start < draft.content.end; k++) {
      if (quotes[k].end <= draft.content.end) inside.push(quotes[k].id);
    }
    attributions.push({
      id: attributions.length,
      source: resolved.source,
      mention: resolved.mention,
      cue: cueOf(doc, draft.cue),
      content: draft.content,
      quotes: inside,
      sentence: draft.sentence,
      reason: draft.reason ?? { step: 'reported-speech', detail: 'A speaker and a reporting verb with what was said, without quotation marks.' },
    });
  }
  return attributions;
}


/** Fills each source's quotes, attributions and anonymity details. */
function linkSources(doc: WorkingDocument, sources: SourcesResult, quotes: Quote[], attributions: Attribution[]): void {
  for (const quote of quotes) if (quote.attribution) sources.sources[quote.attribution.source].quotes.push(quote.id);
  for (const a of attributions) sources.sources[a.source].attributions.push(a.id);
  const custom = doc.lexicon.anonymousPatterns;
  // Where a source is credited with words, quoted or reported.
  const speaking = new Set<number>();
  for (const quote of quotes) if (quote.attribution) speaking.add(quote.attribution.mention.start);
  for (const a of attributions) speaking.add(a.mention.start);
  for (const source of sources.sources) {
    if (source.kind !== 'anonymous' && custom.some((pattern) => (pattern.lastIndex = 0, pattern.test(source.name)))) source.kind = 'anonymous';
  }
  const anonymous = sources.sources.filter((source) => source.kind === 'anonymous');
  // "the officer" after "A senior military officer": anonymity is granted, and explained, at the first reference.
  // "Officials said" after "U.S. officials said" sources anew, and owes its own reason; "Officials have not said when" does not.
  const unnamed = anonymous.map((source) =>
    source.mentions.filter((m) => m.kind === 'description' && m.reason?.step !== 'definite-description' && m.reason?.step !== 'partitive' && (m.reason?.step !== 'bare-plural' || speaking.has(m.start))),
  );
  anonymous.forEach((source, k) => {
    source.anonymity = unnamed[k].map((m) => describeAnonymity(doc, m, nextOtherSource(doc, m, unnamed, k)));
  });
}

/**
 * Where another anonymous source first stands after `mention`'s sentence: "Two people familiar
 * with the matter said … A banker involved in the deal, who spoke on condition of anonymity
 * because …": the reason in the next sentence is the banker's, not the two people's.
 */
function nextOtherSource(doc: WorkingDocument, mention: Mention, unnamed: readonly Mention[][], own: number): number {
  const sentenceEnd = doc.sentenceEnds[sentenceAt(doc, mention.start)] ?? mention.end;
  let next = Infinity;
  unnamed.forEach((mentions, k) => {
    if (k === own) return;
    for (const m of mentions) if (m.start >= sentenceEnd && m.start < next) next = m.start;
  });
  return next;
}
