/**
 * A lens above each source's first full reference (`4 quotes · person`) that opens the
 * source's references. The command is the client's to run: VS Code's extension turns it
 * into its references peek; other editors show the lens as a label.
 */
import type { CodeLens } from 'vscode-languageserver';
import type { Analysis } from '../workspace/analysis';
import { count } from './cards';
import { occurrences } from './sourceNavigation';

/** Arguments: the document URI, the position of the reference, and every location of the source. */
export const SHOW_REFERENCES_COMMAND = 'copydesk.showReferences';

export function codeLenses(analysis: Analysis): CodeLens[] {
  const { model, lines } = analysis;
  const lenses: CodeLens[] = [];
  for (const source of model.sources) {
    const reference = source.firstFullReference;
    if (!reference) continue;
    const quotes = source.quotes.filter((id) => model.quotes[id].kind === 'direct' || model.quotes[id].kind === 'partial').length;
    const range = lines.rangeOf(reference);
    const locations = occurrences(analysis, source).map((span) => ({ uri: analysis.uri, range: lines.rangeOf(span) }));
    lenses.push({
      range,
      command: {
        title: `${count(quotes, 'quote')} · ${source.kind}`,
        command: SHOW_REFERENCES_COMMAND,
        arguments: [analysis.uri, range.start, locations],
      },
    });
  }
  return lenses;
}
