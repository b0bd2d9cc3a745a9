/**
 * Semantic tokens: the model's quotes, speakers, cues, anonymous sources, anonymity
 * reasons, dateline and unattributed claims, encoded as the LSP's relative integer runs.
 *
 * Three pure steps, each tested on its own: `collectTokens` reads the model,
 * `flattenTokens` resolves overlaps (the innermost token wins, so a speaker inside an
 * unattributed claim keeps its own colour), `encodeTokens` splits at line breaks (few
 * clients accept multi-line tokens) and delta-encodes.
 */
import type { SemanticTokensEdit, SemanticTokensLegend } from 'vscode-languageserver';
import type { ArticleModel, Mention, Source, Span } from '../analysis/model';
import { isSpeech } from '../analysis/extract';
import {
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  type SemanticTokenModifier,
  type SemanticTokenType,
} from '../protocol';
import type { LineIndex } from '../workspace/lineIndex';
import { mentionsOf } from './lookup';

export const legend: SemanticTokensLegend = {
  tokenTypes: SEMANTIC_TOKEN_TYPES.map((type) => type.id),
  tokenModifiers: SEMANTIC_TOKEN_MODIFIERS.map((modifier) => modifier.id),
};

const TYPE_INDEX = new Map<string, number>(legend.tokenTypes.map((type, index) => [type, index]));
const MODIFIER_BIT = new Map<string, number>(legend.tokenModifiers.map((modifier, index) => [modifier, 1 << index]));

/** One token in the model's terms: offsets into the whole text. */
export interface ArticleToken extends Span {
  type: SemanticTokenType;
  modifiers: SemanticTokenModifier[];
}

/** Every token the model gives, unordered and possibly overlapping. */
export function collectTokens(model: ArticleModel): ArticleToken[] {
  const tokens: ArticleToken[] = [];
  const add = (span: Span, type: SemanticTokenType, modifiers: SemanticTokenModifier[] = []): void => {
    if (span.end > span.start) tokens.push({ start: span.start, end: span.end, type, modifiers });
  };
  if (model.dateline) add(model.dateline, 'dateline');
  for (const claim of model.claims) if (!claim.attributed) add(claim, 'unattributedClaim');
  for (const quote of model.quotes) {
    if (!isSpeech(quote.kind)) continue;
    add(quote, 'quote', quote.attribution ? [] : ['unresolved']);
    if (quote.attribution?.cue) add(quote.attribution.cue, 'cue');
  }
  for (const attribution of model.attributions) add(attribution.cue, 'cue');
  for (const source of model.sources) {
    for (const mention of mentionsOf(source)) add(mention, 'speaker', speakerModifiers(source, mention));
    // Collected after the mentions so that, where a mention is the anonymous phrase itself,
    // the phrase's own type wins (keeping the declaration mark of a first reference).
    for (const anonymity of source.anonymity) {
      const first = source.firstFullReference;
      add(anonymity.phrase, 'anonymousSource', first && sameSpan(first, anonymity.phrase) ? ['anonymous', 'declaration'] : ['anonymous']);
      if (anonymity.reason) add(anonymity.reason, 'anonymityReason');
    }
  }
  return tokens;
}

function speakerModifiers(source: Source, mention: Mention): SemanticTokenModifier[] {
  const modifiers: SemanticTokenModifier[] = [];
  if (source.kind === 'anonymous') modifiers.push('anonymous');
  if (source.kind === 'organization' || source.kind === 'publication' || source.kind === 'document') {
    modifiers.push('organization');
  }
  if (mention.kind === 'pronoun') modifiers.push('pronoun');
  if (source.unresolved || !source.firstFullReference || (mention.kind === 'pronoun' && !mention.reason)) modifiers.push('unresolved');
  if (source.firstFullReference && sameSpan(source.firstFullReference, mention)) modifiers.push('declaration');
  return modifiers;
}

/**
 * Sorted, non-overlapping tokens. Where tokens overlap, the one that starts later (the
 * inner one, for nested spans) wins the overlap and the outer one resumes after it; at
 * equal spans the later-collected token wins.
 */
export function flattenTokens(tokens: readonly ArticleToken[]): ArticleToken[] {
  const sorted = tokens
    .map((token, order) => ({ token, order }))
    .filter(({ token }) => token.end > token.start)
    .sort((a, b) => a.token.start - b.token.start || b.token.end - a.token.end || a.order - b.order)
    .map(({ token }) => token);
  const out: ArticleToken[] = [];
  const open: ArticleToken[] = [];
  let position = 0;
  const emitUntil = (limit: number): void => {
    while (position < limit) {
      while (open.length > 0 && open[open.length - 1].end <= position) open.pop();
      const top = open[open.length - 1];
      if (!top) {
        position = limit;
        return;
      }
      const end = Math.min(top.end, limit);
      const last = out[out.length - 1];
      if (last && last.end === position && last.type === top.type && sameModifiers(last, top)) last.end = end;
      else out.push({ start: position, end, type: top.type, modifiers: top.modifiers });
      position = end;
    }
  };
  for (const token of sorted) {
    emitUntil(token.start);
    position = Math.max(position, token.start);
    open.push(token);
  }
  emitUntil(Number.POSITIVE_INFINITY);
  return out;
}

/**
 * The LSP encoding of sorted, non-overlapping tokens: five integers per token (line delta,
 * start delta, length, type index, modifier bits), one token per line piece. With a span,
 * only the tokens inside it, clipped to it (for `semanticTokens/range`).
 */
export function encodeTokens(tokens: readonly ArticleToken[], lines: LineIndex, within?: Span): number[] {
  const data: number[] = [];
  let previousLine = 0;
  let previousStart = 0;
  for (const token of tokens) {
    const start = within ? Math.max(token.start, within.start) : token.start;
    const end = within ? Math.min(token.end, within.end) : token.end;
    if (end <= start) continue;
    const type = TYPE_INDEX.get(token.type) ?? 0;
    const modifiers = token.modifiers.reduce((bits, modifier) => bits | (MODIFIER_BIT.get(modifier) ?? 0), 0);
    for (let line = lines.lineAt(start); line < lines.lineCount && lines.lineStarts[line] < end; line++) {
      const pieceStart = Math.max(start, lines.lineStarts[line]);
      const pieceEnd = Math.min(end, lines.lineEnd(line));
      if (pieceEnd <= pieceStart) continue;
      const character = pieceStart - lines.lineStarts[line];
      data.push(
        line - previousLine,
        line === previousLine ? character - previousStart : character,
        pieceEnd - pieceStart,
        type,
        modifiers,
      );
      previousLine = line;
      previousStart = character;
    }
  }
  return data;
}

/** The smallest single edit turning `previous` into `next` (the common prefix and suffix kept), or none. */
export function diffTokens(previous: readonly number[], next: readonly number[]): SemanticTokensEdit[] {
  let prefix = 0;
  const shortest = Math.min(previous.length, next.length);
  while (prefix < shortest && previous[prefix] === next[prefix]) prefix++;
  if (prefix === previous.length && prefix === next.length) return [];
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    previous[previous.length - 1 - suffix] === next[next.length - 1 - suffix]
  ) {
    suffix++;
  }
  return [
    {
      start: prefix,
      deleteCount: previous.length - prefix - suffix,
      data: next.slice(prefix, next.length - suffix),
    },
  ];
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

function sameModifiers(a: ArticleToken, b: ArticleToken): boolean {
  return a.modifiers.length === b.modifiers.length && a.modifiers.every((modifier, i) => modifier === b.modifiers[i]);
}
