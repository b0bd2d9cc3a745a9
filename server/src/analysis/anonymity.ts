/**
 * For each anonymous source: whether the story says it was granted anonymity, what the
 * source is placed to know, and why anonymity was granted, in the same or the next sentence
 * (AP: "explain why the source requested anonymity"). Granting alone is not a reason.
 */
import type { WorkingDocument } from './document';
import { ACCESS, GRANTED, REASONS } from './lexicon/anonymity';
import type { Anonymity, Mention, TextSpan } from './model';

const VAGUE = /^(?:a|an|one|the|two|several|some|other|unnamed|anonymous)?\s*(?:sources?|person|people|someone|individuals?)$/i;

export function describeAnonymity(doc: WorkingDocument, mention: Mention): Anonymity {
  const window = sentenceWindow(doc, mention.start);
  const from = mention.start;
  const to = window.nextEnd;
  const text = doc.prose.slice(from, to);
  const find = (pattern: RegExp): TextSpan | null => {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (!match) return null;
    const start = from + match.index;
    return { start, end: start + match[0].length, text: doc.text.slice(start, start + match[0].length) };
  };
  const access = find(ACCESS);
  return {
    phrase: { start: mention.start, end: mention.end },
    granted: find(GRANTED),
    access,
    reason: find(REASONS) ?? customReason(doc, from, to),
    vague: VAGUE.test(mention.text.trim()) && !access,
  };
}

/** Reasons can also stand before the source in its own sentence ("Because the talks are private, an official said ..."). */
function customReason(doc: WorkingDocument, from: number, to: number): TextSpan | null {
  const window = sentenceWindow(doc, from);
  const text = doc.prose.slice(window.start, to);
  REASONS.lastIndex = 0;
  const match = REASONS.exec(text);
  if (!match) return null;
  const start = window.start + match.index;
  return { start, end: start + match[0].length, text: doc.text.slice(start, start + match[0].length) };
}

function sentenceWindow(doc: WorkingDocument, offset: number): { start: number; nextEnd: number } {
  for (const paragraph of doc.paragraphs) {
    if (offset < paragraph.start || offset >= paragraph.end) continue;
    const k = paragraph.sentences.findIndex((s) => offset < s.end);
    const sentence = paragraph.sentences[Math.max(0, k)];
    const next = paragraph.sentences[k + 1] ?? doc.paragraphs[paragraph.index + 1]?.sentences[0];
    return { start: sentence.start, nextEnd: next ? next.end : sentence.end };
  }
  return { start: offset, nextEnd: offset };
}
