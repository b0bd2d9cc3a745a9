/** What the commands share: the session, the article store and the Sources view. */
import type { Articles } from '../articles';
import type { Session } from '../session';
import type { SourcesTreeProvider } from '../sourcesView';

export interface CommandContext {
  session: Session;
  articles: Articles;
  sources: SourcesTreeProvider;
}
