/** The `copydesk/articleModel` request: the `copydesk extract` object, for the extension's views. */
import { toExtract, type ArticleExtract } from '../analysis/extract';
import type { Analysis } from '../workspace/analysis';
import { filePathOf } from '../workspace/uris';

export function articleModel(analysis: Analysis): ArticleExtract {
  return toExtract(analysis.model, filePathOf(analysis.uri) ?? analysis.uri);
}
