/** Indexing progress as `$/progress` reports, for clients that show them (silent for the others). */
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { IndexProgress } from './workspaceIndex';

export function indexProgress(connection: Connection, supported: boolean): IndexProgress {
  let reporter: WorkDoneProgressServerReporter | undefined;
  let lastPercent = -1;
  return {
    async begin(total) {
      if (!supported || total === 0) return;
      try {
        reporter = await connection.window.createWorkDoneProgress();
        reporter.begin('Copydesk: indexing articles', 0, `0/${total}`, false);
      } catch {
        reporter = undefined; // the client refused the progress token; index quietly
      }
    },
    report(done, total, file) {
      const percent = Math.floor((done / total) * 100);
      if (!reporter || percent === lastPercent) return; // one report per percent is plenty
      lastPercent = percent;
      reporter.report(percent, `${done}/${total} ${file}`);
    },
    end() {
      reporter?.done();
      reporter = undefined;
      lastPercent = -1;
    },
  };
}
