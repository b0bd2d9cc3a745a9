/**
 * A quotation's secondary source: another source its sentence credits with `according to`
 * or `reported` (`"…," Sanders said, according to CNN`; `CNN reported that Sanders said "…"`).
 * The speaker stays the one who spoke; the secondary source is where a fact-checker goes to
 * check the words.
 */
import type { AttributionResult, CueRef, QuoteDraft } from './attributionTypes';
import { sentenceAt, type WorkingDocument } from './document';
import type { QuoteAttribution } from './model';
import { firstStartingAt } from './search';
import type { SourcesResult } from './sources';

/** Lemmas of the cues that name whom a speaker's words came through. */
const VIA_LEMMAS = new Set(['according to', 'report']);
/** How far from the speaker's cue the secondary source's may stand, in characters: the same clause or the next. */
const VIA_REACH = 200;
/**
 * Who turns the words into another language passes them on but does not report them: `told
 * reporters, per a translator,` leaves the speaker the only source.
 */
const GO_BETWEENS = /\b(?:translator|interpreter|translation|interpretation)s?\b/i;
/** `reporting` is the noun as often as the verb (`broke into D.C. reporting`); `reported` and `reports` say who reported. */
const REPORT_FORMS = /^report(?:ed|s)$/i;
/** A complementizer right before the other cue: the other opens what the speaker said. */
const THAT_BEFORE = /\bthat[\s,]*$/i;

export type SecondarySource = Exclude<QuoteAttribution['via'], null>;

/**
 * A lookup of the secondary source for each attributed quotation. Only cues near the
 * speaker's are read, so a document with a hundred thousand quotations stays linear.
 */
export function secondarySources(
  doc: WorkingDocument,
  attribution: AttributionResult,
  sources: SourcesResult,
  cueOf: (cue: CueRef) => SecondarySource['cue'],
): (draft: QuoteDraft, speaker: number) => SecondarySource | null {
  const candidates = attribution.cues
    .filter((c) => c.ref !== null && VIA_LEMMAS.has(c.cue.lemma) && (c.cue.lemma !== 'report' || REPORT_FORMS.test(doc.text.slice(c.span.start, c.span.end))))
    .sort((a, b) => a.span.start - b.span.start);
  const spans = candidates.map((c) => c.span);
  return (draft, speaker) => {
    const cue = draft.cue;
    if (!cue || candidates.length === 0) return null;
    const sentence = sentenceAt(doc, cue.span.start);
    for (let k = firstStartingAt(spans, cue.span.start - VIA_REACH); k < candidates.length && candidates[k].span.start <= cue.span.end + VIA_REACH; k++) {
      const other = candidates[k];
      if (other === cue || sentenceAt(doc, other.span.start) !== sentence) continue;
      // `said Tuesday that according to its count, …`: the speaker's own source, inside the words reported.
      if (other.span.start > cue.span.end && THAT_BEFORE.test(doc.text.slice(cue.span.end, other.span.start))) continue;
      const resolved = sources.refs[other.ref!];
      if (!resolved || resolved.source === speaker || GO_BETWEENS.test(sources.sources[resolved.source].name)) continue;
      return { source: resolved.source, mention: resolved.mention, cue: cueOf(other) };
    }
    return null;
  };
}
