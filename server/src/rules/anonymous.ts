/** Helpers for the anonymous-source rules. */
import type { Anonymity, ArticleModel, Source } from '../analysis/model';

/** Each anonymous description of a source once, in reading order: nested phrases at one place count once. */
export function anonymousMentions(source: Source): Anonymity[] {
  const sorted = [...source.anonymity].sort((a, b) => a.phrase.start - b.phrase.start || b.phrase.end - a.phrase.end);
  const kept: Anonymity[] = [];
  for (const entry of sorted) {
    const last = kept[kept.length - 1];
    if (last && entry.phrase.start < last.phrase.end) {
      // Two readings of one phrase ("a U.S. official" and "a U.S. official speaking on condition of anonymity"): keep what either found.
      kept[kept.length - 1] = {
        phrase: last.phrase,
        granted: last.granted ?? entry.granted,
        access: last.access ?? entry.access,
        reason: last.reason ?? entry.reason,
        vague: last.vague && entry.vague,
      };
      continue;
    }
    kept.push(entry);
  }
  return kept;
}

export function anonymousSources(model: ArticleModel): Source[] {
  return model.sources.filter((s) => s.kind === 'anonymous');
}
