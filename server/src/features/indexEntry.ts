/**
 * What the workspace index keeps of an article: its title, its sources (for workspace
 * symbols) and its diagnostics (for `workspace/diagnostic`). Not the model: a workspace of
 * thousands of articles must stay small.
 */
import type { Diagnostic, Range } from 'vscode-languageserver';
import * as path from 'node:path';
import type { SourceKind } from '../analysis/model';
import type { Analysis } from '../workspace/analysis';
import { filePathOf } from '../workspace/uris';
import { diagnosticsOf } from './diagnostics';
import { introductionOf } from './lookup';

export interface IndexedSource {
  name: string;
  kind: SourceKind;
  title: string | null;
  /** Where the source is introduced. */
  range: Range;
}

export interface IndexedArticle {
  uri: string;
  /** The front matter title, else the file name. */
  title: string;
  sources: IndexedSource[];
  diagnostics: Diagnostic[];
  /** Changes whenever the file or the configuration does (for workspace diagnostic result ids). */
  stamp: string;
}

export function indexEntry(analysis: Analysis, stamp: string): IndexedArticle {
  const { model, lines, uri } = analysis;
  const sources: IndexedSource[] = [];
  for (const source of model.sources) {
    const introduction = introductionOf(source);
    if (introduction) sources.push({ name: source.name, kind: source.kind, title: source.title, range: lines.rangeOf(introduction) });
  }
  const title = model.frontMatter?.fields.title ?? path.basename(filePathOf(uri) ?? uri);
  return { uri, title, sources, diagnostics: diagnosticsOf(analysis), stamp };
}
