/**
 * After a pronoun that attributes a quote or reported speech, the name of the source it
 * points to: `he said` reads `he (Luis Ortega) said`, so a wrong resolution is seen at once.
 */
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { Mention } from '../analysis/model';
import type { Analysis } from '../workspace/analysis';

export function inlayHints(analysis: Analysis, range: Range): InlayHint[] {
  if (!analysis.config.settings.inlayHints) return [];
  const { model, lines } = analysis;
  const within = lines.spanOf(range);
  const pronouns = new Map<number, Mention>();
  const consider = (mention: Mention): void => {
    if (mention.kind === 'pronoun' && mention.end >= within.start && mention.start <= within.end) pronouns.set(mention.start, mention);
  };
  for (const quote of model.quotes) if (quote.attribution) consider(quote.attribution.mention);
  for (const attribution of model.attributions) consider(attribution.mention);
  return [...pronouns.values()]
    .sort((a, b) => a.start - b.start)
    .map((mention) => {
      const source = model.sources[mention.source];
      return {
        position: lines.positionAt(mention.end),
        label: source.name,
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: mention.reason ? `${mention.text} → ${source.name}: ${mention.reason.detail}` : `${mention.text} → ${source.name}`,
      };
    });
}
