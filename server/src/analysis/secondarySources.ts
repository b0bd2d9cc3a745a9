/**
 * A quotation's secondary source: another source its sentence credits with `according to`
 * or `reported` (`"…," Sanders said, according to CNN`; `CNN reported that Sanders said "…"`),
 * or the one whose reported speech holds the speaker's words (`Prosecutors say that he told an
 * agent, "…"`), or the one quoting (`The Gazette quoted a witness as saying "…"`). The speaker
 * stays the one who spoke; the secondary source is where a fact-checker goes to check the
 * words, and the source the article relies on.
 */
import type { AttributionResult, CueRef, QuoteDraft, ReportedDraft } from './attributionTypes';
import { sentenceAt, type WorkingDocument } from './document';
import type { QuoteAttribution, Span } from './model';
import { firstStartingAt } from './search';
import type { ResolvedRef, SourcesResult } from './sources';

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
): (draft: QuoteDraft, speaker: number, quoteStart: number) => SecondarySource | null {
  const candidates = attribution.cues
    .filter((c) => c.ref !== null && VIA_LEMMAS.has(c.cue.lemma) && (c.cue.lemma !== 'report' || REPORT_FORMS.test(doc.text.slice(c.span.start, c.span.end))))
    .sort((a, b) => a.span.start - b.span.start);
  const spans = candidates.map((c) => c.span);
  const reports = [...attribution.reported].sort((a, b) => a.cue.span.start - b.cue.span.start);
  const reportCues = reports.map((r) => r.cue.span);
  return (draft, speaker, quoteStart) => {
    const cue = draft.cue;
    if (!cue) return null;
    // "The Gazette quoted a witness as saying "…"": the one quoting.
    const relay = cue.relay !== undefined ? sources.refs[cue.relay] : null;
    if (relay && relay.source !== speaker) return { source: relay.source, mention: relay.mention, cue: cueOf(cue) };
    const sentence = sentenceAt(doc, cue.span.start);
    const outer = outerReport(doc.text, attribution, sources, reports, reportCues, draft, speaker, quoteStart);
    if (outer) return { source: outer.source, mention: outer.mention, cue: cueOf(outer.cue) };
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

/** What may stand between a reporting verb and the subject of the clause it reports. */
const REPORTED_CLAUSE_OPENING = /^\s*(?:that\s*)?$/;

/** How far before the speaker's name the outer verb may start, in characters: the verb and its "that". */
const OUTER_REACH = 60;

/**
 * `Prosecutors say that he told one agent, "…"`: the speaker's tag stands, before the
 * quotation, inside what another source reports, and the speaker opens the reported clause;
 * that source is the one the article relies on. A tag after the quotation, or an `according
 * to`, is the sentence's own attribution, which a reported clause's loose end may reach past;
 * and a subject further into the clause (`announcing his new role, Lund described …`) is no
 * reported speaker.
 */
function outerReport(
  text: string,
  attribution: AttributionResult,
  sources: SourcesResult,
  reports: readonly ReportedDraft[],
  reportCues: readonly Span[],
  draft: QuoteDraft,
  speaker: number,
  quoteStart: number,
): (ResolvedRef & { cue: CueRef }) | null {
  const cue = draft.cue!;
  // A naming verb (`the loophole called an "inversion"`) reports no one's words, so relays none.
  if (VIA_LEMMAS.has(cue.cue.lemma) || cue.cue.naming || cue.span.end > quoteStart) return null;
  const speakerSpan = attribution.refs[draft.ref].span;
  // Only verbs just before the speaker's name: each quotation reads a few reports, however many the article holds.
  for (let k = firstStartingAt(reportCues, speakerSpan.start - OUTER_REACH); k < reports.length && reportCues[k].start < speakerSpan.start; k++) {
    const report = reports[k];
    const outer = report.cue;
    if (outer === cue || VIA_LEMMAS.has(outer.cue.lemma) || outer.span.end > speakerSpan.start) continue;
    if (report.content.start > speakerSpan.start || report.content.end < cue.span.end) continue;
    // The speaker opens the reported clause, right after the verb or its "that".
    if (!REPORTED_CLAUSE_OPENING.test(text.slice(outer.span.end, speakerSpan.start))) continue;
    const resolved = sources.refs[report.ref];
    if (!resolved || resolved.source === speaker) continue;
    return { source: resolved.source, mention: resolved.mention, cue: outer };
  }
  return null;
}
