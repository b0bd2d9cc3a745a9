/**
 * The `copydesk extract` JSON shape: a contract other tools rely on, so it is spelled out
 * here field by field and built from the model in one place. The language server's
 * `copydesk/articleModel` request returns the same object.
 */
import type { ArticleModel, Mention, Source, Span } from './model';

export interface ExtractSpan {
  start: number;
  end: number;
  text: string;
}

export interface ExtractSpeaker {
  name: string;
  kind: Source['kind'];
  mention: ExtractSpan;
}

export interface ExtractQuote extends ExtractSpan {
  speaker: ExtractSpeaker | null;
  cue: ExtractSpan | null;
}

export interface ExtractSource {
  name: string;
  kind: Source['kind'];
  title: string | null;
  anonymous: boolean;
  anonymityReason: string | null;
  mentions: ExtractSpan[];
  quotes: number;
}

export interface ExtractAttribution {
  speaker: ExtractSpeaker;
  cue: ExtractSpan;
  content: ExtractSpan;
}

export interface ExtractClaim extends ExtractSpan {
  score: number;
  attributed: boolean;
}

export interface ExtractDateline extends ExtractSpan {
  place: string | null;
  date: string | null;
  agency: string | null;
}

export interface ArticleExtract {
  file: string;
  dateline: ExtractDateline | null;
  quotes: ExtractQuote[];
  speakers: ExtractSource[];
  attributions: ExtractAttribution[];
  claims: ExtractClaim[];
}

/** Quotes that are someone's words; scare quotes and titles of works are left out. */
export function isSpeech(kind: string): boolean {
  return kind === 'direct' || kind === 'partial';
}

export function toExtract(model: ArticleModel, file: string): ArticleExtract {
  // Spans with more fields are written out rather than spread: in V8 a spread followed by
  // more fields can take a slow path, and over the claims that was 6 % of `copydesk extract`.
  // A model's dateline, quotes and claims hold their own text (`text.slice(start, end)`).
  const span = (s: Span): ExtractSpan => ({ start: s.start, end: s.end, text: model.text.slice(s.start, s.end) });
  const speaker = (sourceId: number, mention: Mention): ExtractSpeaker => {
    const source = model.sources[sourceId];
    return { name: source.name, kind: source.kind, mention: span(mention) };
  };
  const d = model.dateline;
  return {
    file,
    dateline: d && {
      start: d.start,
      end: d.end,
      text: d.text,
      place: d.place?.text ?? null,
      date: d.date?.text ?? null,
      agency: d.agency?.text ?? null,
    },
    quotes: model.quotes
      .filter((q) => isSpeech(q.kind))
      .map((q) => ({
        start: q.start,
        end: q.end,
        text: q.text,
        speaker: q.attribution && speaker(q.attribution.source, q.attribution.mention),
        cue: q.attribution?.cue ? span(q.attribution.cue) : null,
      })),
    speakers: model.sources.map((s) => ({
      name: s.name,
      kind: s.kind,
      title: s.title,
      anonymous: s.kind === 'anonymous',
      anonymityReason: s.anonymity.find((a) => a.reason)?.reason?.text ?? null,
      mentions: s.mentions.map(span),
      quotes: s.quotes.filter((id) => isSpeech(model.quotes[id].kind)).length,
    })),
    attributions: model.attributions.map((a) => ({
      speaker: speaker(a.source, a.mention),
      cue: span(a.cue),
      content: span(a.content),
    })),
    claims: model.claims.map((c) => ({ start: c.start, end: c.end, text: c.text, score: c.score, attributed: c.attributed })),
  };
}
