/**
 * For each anonymous source: whether the story says it was granted anonymity, what the
 * source is placed to know, and why anonymity was granted, in the same or the next sentence
 * (AP: "explain why the source requested anonymity"). Granting alone is not a reason.
 */
import { sentenceAt, type WorkingDocument } from './document';
import { ACCESS, GRANTED, REASONS } from './lexicon/anonymity';
import type { Anonymity, Mention, TextSpan } from './model';

const VAGUE = /^(?:a|an|one|the|two|several|some|other|unnamed|anonymous)?\s*(?:sources?|person|people|someone|individuals?)$/i;

/** `stop`: where another source's words begin, whose reasons are its own. */
export function describeAnonymity(doc: WorkingDocument, mention: Mention, stop = Infinity): Anonymity {
  const window = sentenceWindow(doc, mention.start);
  const from = mention.start;
  const to = Math.max(from, Math.min(window.nextEnd, stop));
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

/** Reasons are looked for this far at most: a sentence rarely runs longer, and the bound keeps huge inputs linear. */
const WINDOW = 800;

function sentenceWindow(doc: WorkingDocument, offset: number): { start: number; nextEnd: number } {
  if (doc.sentenceStarts.length === 0) return { start: offset, nextEnd: offset };
  const k = sentenceAt(doc, offset);
  const end = doc.sentenceEnds[Math.min(k + 1, doc.sentenceEnds.length - 1)];
  return { start: Math.max(doc.sentenceStarts[k], offset - WINDOW), nextEnd: Math.min(Math.max(end, offset), offset + WINDOW) };
}
