/** What the attribution steps produce and share. */
import type { CueToken } from './cues';
import type { WorkingDocument } from './document';
import type { QuoteAttribution, Reason, Span } from './model';
import type { Phrase, PhraseReader } from './phrases';

/** A speaker phrase found next to a cue, before it is linked to a source. */
export interface SpeakerRef {
  id: number;
  paragraph: number;
  sentence: number;
  phrase: Phrase;
  span: Span;
  /** The appositive describing the speaker (`a spokeswoman for the ministry`). */
  appositive: Span | null;
  /** A transcript's label in capitals (`WALLACE:`): a person's surname, whatever its case. */
  transcript?: true;
}

export interface CueRef {
  paragraph: number;
  cue: CueToken;
  span: Span;
  /** The speaker phrase this cue introduces; null when none was found. */
  ref: number | null;
  /** Who relays the speaker's words: the subject of `quoted` in `The Gazette quoted a witness as saying`. */
  relay?: number;
  /** A second source the cue names with the first: `according to the police and the hospital`. */
  also?: number;
}

export interface QuoteDraft {
  ref: number;
  cue: CueRef | null;
  position: QuoteAttribution['position'];
  reason: Reason;
  /** The previous part of the same quotation (a split quote). */
  splitFrom: number | null;
}

export interface ReportedDraft {
  ref: number;
  cue: CueRef;
  content: Span;
  sentence: number;
  paragraph: number;
  /** How it was found, when not by a reporting verb. */
  reason?: Reason;
}

export interface AttributionResult {
  refs: SpeakerRef[];
  cues: CueRef[];
  /** One entry per raw quote (same index); null when nobody could be found. */
  quotes: Array<QuoteDraft | null>;
  reported: ReportedDraft[];
}

export interface AttributionContext {
  doc: WorkingDocument;
  reader: PhraseReader;
  result: AttributionResult;
  /** Speaker refs by span, so each phrase is recorded once. */
  refKeys: Map<string, number>;
  /** Cues that already tag a quotation after it (`"…," said Weaver`): no outer verb for the next one. */
  trailingTags: Set<CueRef>;
}
