import * as assert from 'node:assert/strict';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { guarded, unlessCancelled } from '../../../server/src/features/guard';
import { RenameRefused } from '../../../server/src/features/rename';
import { AnalysisSuperseded } from '../../../server/src/workspace/analyzer';

describe('the request guard', () => {
  const none = new CancellationTokenSource().token;

  it('turns a feature’s crash into an error for that request, logged with its stack', async () => {
    const logged: string[] = [];
    const handler = guarded('hover', (line) => logged.push(line), () => {
      throw new TypeError('boom');
    });
    await assert.rejects(handler({}, none), (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InternalError && /hover: boom/.test(error.message));
    assert.match(logged[0], /hover failed: TypeError: boom\n\s+at /);
  });

  it('answers a cancelled request as cancelled, and a superseded one as content modified', async () => {
    const source = new CancellationTokenSource();
    source.cancel();
    await assert.rejects(guarded('x', () => undefined, () => 1)({}, source.token), (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
    const superseded = guarded('x', () => undefined, () => {
      throw new AnalysisSuperseded();
    });
    await assert.rejects(superseded({}, none), (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.ContentModified);
  });

  it('passes a refusal meant for the user through with its own words', async () => {
    const refused = guarded('rename', () => undefined, () => {
      throw new RenameRefused('A source needs a name.');
    });
    await assert.rejects(refused({}, none), (e: unknown) => e instanceof ResponseError && e.message === 'A source needs a name.');
  });

  it('stops waiting as soon as the request is cancelled, before the work finishes', async () => {
    const source = new CancellationTokenSource();
    const never = new Promise<number>(() => undefined);
    const waiting = unlessCancelled(never, source.token);
    source.cancel();
    await assert.rejects(waiting, (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
    assert.equal(await unlessCancelled(Promise.resolve(7), new CancellationTokenSource().token), 7);
  });
});
