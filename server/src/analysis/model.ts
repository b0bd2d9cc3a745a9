/**
 * The article model: everything Copydesk knows about one article, as plain data.
 *
 * Every offset is a JavaScript string index (UTF-16 code unit) into the whole file,
 * front matter included, end exclusive, so `text.slice(span.start, span.end)` is the
 * text the span stands for. Nothing here refers to an editor, a protocol or a file
 * system: the language server and the CLI are two views of this one model.
 */

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** Why the analysis decided something: the step that fired and what it saw. Hover cards show it. */
export interface Reason {
  step: string;
  detail: string;
}

export type DatelineStyle = 'reuters' | 'ap' | 'plain';
export type ArticleType = 'news' | 'analysis' | 'opinion' | 'brief' | 'feature';
export type FactCheckStatus = 'verified' | 'disputed' | 'unverified' | 'needs-review';

// ---------------------------------------------------------------------------------------------
// Front matter

export interface FrontMatterSource {
  name: string;
  title: string | null;
  anonymous: boolean;
  reason: string | null;
  aliases: string[];
  span: Span;
}

export interface Annotation {
  /** The quote's opening words, as the fact-checker typed them. */
  quote: string;
  status: FactCheckStatus | string;
  note: string | null;
  by: string | null;
  link: string | null;
  span: Span;
}

export interface FrontMatterField {
  /** The key, e.g. `title` or `dateline.place`. */
  key: string;
  keySpan: Span;
  /** The value node; null for a key with no value. */
  valueSpan: Span | null;
}

export interface FrontMatterError {
  message: string;
  span: Span;
  /** The YAML library's error code, e.g. BAD_INDENT, or `UNCLOSED` for a block never closed. */
  code: string;
}

export interface ArticleFields {
  title: string | null;
  byline: string[];
  agency: string | null;
  style: DatelineStyle | null;
  type: ArticleType | null;
  /** ISO date (YYYY-MM-DD) when the front matter gives one that parses. */
  date: string | null;
  dateline: { place: string | null; date: string | null } | null;
  sources: FrontMatterSource[];
  annotations: Annotation[];
  /** Rule ids disabled for the whole article (`copydesk: { disable: [...] }`). */
  disabledRules: string[];
}

export interface FrontMatter {
  /** The whole block, from the opening `---` through the closing line. */
  span: Span;
  /** The YAML text between the fences. */
  content: Span;
  closed: boolean;
  fields: ArticleFields;
  /** Where each top-level key (and `dateline.place`, `dateline.date`) stands. */
  locations: FrontMatterField[];
  errors: FrontMatterError[];
}

// ---------------------------------------------------------------------------------------------
// Body structure

export type BlockKind = 'paragraph' | 'heading' | 'code' | 'html' | 'thematicBreak' | 'table';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level 1-6; 0 otherwise. */
  level: number;
  /** Inside a `>` block quote (a quoted passage, not a quotation by itself). */
  inBlockQuote: boolean;
  /** Inside a list item. */
  inList: boolean;
}

export type InlineKind = 'code' | 'comment' | 'html' | 'linkDestination' | 'autolink';

export interface InlineSpan extends Span {
  kind: InlineKind;
}

export interface HtmlComment extends Span {
  /** The text between `<!--` and `-->`, trimmed. */
  body: string;
}

export interface Paragraph extends Span {
  index: number;
  /** The block this paragraph comes from (paragraphs and headings are prose; code never is). */
  block: number;
  kind: 'paragraph' | 'heading';
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

// ---------------------------------------------------------------------------------------------
// Quotes, sources and attribution

export type QuoteKind = 'direct' | 'partial' | 'scare' | 'title';

export interface Quote extends TextSpan {
  id: number;
  kind: QuoteKind;
  /** How the kind was decided. */
  kindReason: Reason;
  /** `straight` for `"` and for two apostrophes standing in for it (`''`). */
  style: 'straight' | 'curly' | 'guillemet';
  /** The text between the marks (the closing mark excluded, or to the paragraph's end). */
  content: Span;
  /** The closing mark; null when the quote runs to its paragraph's end. */
  close: Span | null;
  paragraph: number;
  /** Quotes nested inside, in single marks. */
  nested: Span[];
  /** The previous part of the same quotation: the paragraph before, or the half before the attribution. */
  continues: number | null;
  /** Open at the paragraph's end and continued by the next paragraph's opening mark. */
  continuedInNextParagraph: boolean;
  /** Open at the paragraph's end with no continuation: an unbalanced quote. */
  unclosed: boolean;
  words: number;
  attribution: QuoteAttribution | null;
}

export type SourceKind = 'person' | 'organization' | 'anonymous' | 'publication' | 'document';
export type MentionKind = 'name' | 'surname' | 'pronoun' | 'description';
export type Gender = 'male' | 'female' | 'plural' | 'unknown';

export interface Mention extends TextSpan {
  source: number;
  kind: MentionKind;
  /** For a pronoun or description: why it points to this source. */
  reason: Reason | null;
}

export interface Cue extends TextSpan {
  /** The reporting verb's base form (`say`, `tell`, `according to`). */
  lemma: string;
  /** A verb that carries a judgement (claimed, admitted, conceded). */
  loaded: boolean;
}

export interface QuoteAttribution {
  source: number;
  mention: Mention;
  cue: Cue | null;
  /** Where the attribution stands relative to the quote. */
  position: 'before' | 'after' | 'inside' | 'sentence' | 'paragraph' | 'previous-paragraph' | 'split';
  reason: Reason;
  /**
   * Whom the sentence says the words came through, when that is someone else:
   * `"…," Sanders said, according to CNN` (the speaker is Sanders; how we know is CNN).
   * `mention` is where the sentence names it (`CNN`).
   */
  via: { source: number; mention: Mention; cue: Cue } | null;
}

export interface Anonymity {
  /** The anonymous description, e.g. `a U.S. official`. */
  phrase: Span;
  /** `speaking on condition of anonymity`: anonymity granted, which by itself is not a reason. */
  granted: TextSpan | null;
  /** What the source is placed to know (`familiar with the matter`). */
  access: TextSpan | null;
  /** Why anonymity was granted (`because they were not authorized to speak publicly`). */
  reason: TextSpan | null;
  /** The phrase is a bare "source"/"sources" with no description. */
  vague: boolean;
}

export interface Source {
  id: number;
  /** Canonical: the full name as first introduced, no title; an organization without a leading article; an anonymous source as its noun phrase. */
  name: string;
  kind: SourceKind;
  title: string | null;
  gender: Gender;
  genderReason: Reason | null;
  mentions: Mention[];
  /** The first mention by full name (or, for a description, its first use). */
  firstFullReference: Mention | null;
  /** Anonymity details, one per anonymous mention that describes the source. */
  anonymity: Anonymity[];
  quotes: number[];
  attributions: number[];
  /** Declared in the front matter `sources`. */
  declared: boolean;
  /** A pronoun the analysis could not tie to anyone named earlier. */
  unresolved: boolean;
}

export interface Attribution {
  id: number;
  source: number;
  mention: Mention;
  cue: Cue;
  content: Span;
  /** Quote-marked parts inside the content (mixed quotes). */
  quotes: number[];
  sentence: number;
  reason: Reason;
}

export interface Claim extends TextSpan {
  sentence: number;
  score: number;
  /** The signals that made the score, e.g. `number`, `superlative`, `modal`. */
  signals: string[];
  attributed: boolean;
  attribution: { source: number | null; how: 'sentence' | 'carried-over' | 'document' } | null;
}

export interface DatelineProblem {
  code:
    | 'place-not-capitals'
    | 'missing-agency'
    | 'wrong-agency'
    | 'wrong-separator'
    | 'missing-date'
    | 'date-form'
    | 'unexpected-date'
    | 'missing-state';
  message: string;
  span: Span;
  /** The text the style expects there, when there is one. */
  expected: string | null;
}

export interface Dateline extends TextSpan {
  place: TextSpan | null;
  /** The date as written (`Aug 19`), and as ISO when a year can be inferred from the front matter. */
  date: (TextSpan & { iso: string | null }) | null;
  agency: TextSpan | null;
  separator: TextSpan | null;
  /** The form the dateline is written in. */
  form: DatelineStyle;
  problems: DatelineProblem[];
}

export interface DatelineMismatch {
  field: 'place' | 'date';
  body: TextSpan;
  frontMatter: TextSpan;
}

export interface QuoteMarkProblem extends Span {
  kind: 'unclosed' | 'stray-close';
}

export interface ArticleModel {
  text: string;
  frontMatter: FrontMatter | null;
  /** Offset where the body starts (after the front matter). */
  bodyStart: number;
  blocks: Block[];
  inline: InlineSpan[];
  comments: HtmlComment[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  quoteMarkProblems: QuoteMarkProblem[];
  sources: Source[];
  attributions: Attribution[];
  claims: Claim[];
  /** The style in force: front matter `style`, else the analysis option, else `reuters` for Reuters copy, `ap` for AP, `plain`. */
  style: DatelineStyle;
  dateline: Dateline | null;
  /** Why there is no dateline, when there is none: e.g. the body opens with only `(Reuters) -`. */
  datelineAbsence: { reason: string; span: Span } | null;
  datelineMismatches: DatelineMismatch[];
}
