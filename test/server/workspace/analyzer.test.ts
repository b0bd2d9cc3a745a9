import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { RenameRefused } from '../../../server/src/features/rename';
import { LocalAnalysis } from '../../../server/src/workspace/analysisHandle';
import { mergeConfig, NO_FILE_CONFIG } from '../../../server/src/workspace/articleConfig';
import { AnalysisSuperseded, createAnalyzer } from '../../../server/src/workspace/analyzer';
import { normalizeSettings } from '../../../server/src/workspace/settings';
import { PORT_STRIKE } from '../features/articles';
import { positionOf } from '../features/textPositions';

const URI = 'file:///newsroom/port-strike.article.md';

/** The server's entry point, which runs as the analysis worker when started as a thread. */
const ENTRY = path.resolve(__dirname, '../../../server/src/main.js');
const CONFIG = mergeConfig(NO_FILE_CONFIG, normalizeSettings({}));

describe('the analyzer', function () {
  this.timeout(20_000);

  it('answers every feature the same from the worker thread as in-process', async () => {
    const onWorker = createAnalyzer(ENTRY, 0);
    const inProcess = createAnalyzer();
    try {
      const [worker, local] = await Promise.all([onWorker.analyze('a', URI, 1, PORT_STRIKE, CONFIG), inProcess.analyze('a', URI, 1, PORT_STRIKE, CONFIG)]);
      assert.ok(local instanceof LocalAnalysis && !(worker instanceof LocalAnalysis), 'one each side');
      assert.deepEqual(await worker.run('articleModel'), await local.run('articleModel'));
      assert.deepEqual(await worker.run('diagnostics'), await local.run('diagnostics'));
      assert.deepEqual(await worker.run('semanticTokens'), await local.run('semanticTokens'));
      const position = positionOf(PORT_STRIKE, 'stay out');
      assert.deepEqual(await worker.run('hover', position, { markdown: true }), await local.run('hover', position, { markdown: true }));
      await assert.rejects(worker.run('prepareRename', positionOf(PORT_STRIKE, 'She said')), RenameRefused, 'a refusal keeps its kind across the thread');
    } finally {
      onWorker.dispose();
      inProcess.dispose();
    }
  });

  it('drops an analysis that a newer version of the same document makes pointless', async () => {
    const analyzer = createAnalyzer(ENTRY, 0);
    try {
      const first = analyzer.analyze('doc', URI, 1, PORT_STRIKE, CONFIG);
      const older = analyzer.analyze('doc', URI, 2, PORT_STRIKE, CONFIG);
      const other = analyzer.analyze('other', URI, 1, PORT_STRIKE, CONFIG);
      const newer = analyzer.analyze('doc', URI, 3, PORT_STRIKE.replace('Ships', 'Boats'), CONFIG);
      await assert.rejects(older, AnalysisSuperseded, 'a queued version is dropped for a newer one');
      const latest = await newer;
      assert.ok((await latest.run('articleModel')).claims.some((claim) => claim.text.startsWith('Boats')));
      await assert.rejects((await first).run('summary'), AnalysisSuperseded, 'the worker keeps only the newest analysis of a document');
      assert.equal((await (await other).run('summary')).quotes, 2, 'another document’s analysis is untouched');
    } finally {
      analyzer.dispose();
    }
  });
});
