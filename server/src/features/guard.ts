/**
 * The safety net around every request: a feature that throws fails that one request with
 * a message, never the server; a cancelled request answers as cancelled; a request whose
 * document changed under it answers "content modified" so the client asks again.
 */
import { LSPErrorCodes, ErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { AnalysisSuperseded } from '../workspace/analyzer';
import { RenameRefused } from './rename';

export type Logger = (message: string) => void;

/** Wraps a request handler: cancellation checked before answering, every failure turned into a `ResponseError`. */
export function guarded<P, R>(
  name: string,
  log: Logger,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    try {
      if (token.isCancellationRequested) throw cancelled();
      const result = await handler(params, token);
      if (token.isCancellationRequested) throw cancelled();
      return result;
    } catch (error) {
      throw asResponseError(name, error, log);
    }
  };
}

export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled');
}

function asResponseError(name: string, error: unknown, log: Logger): ResponseError<void> {
  if (error instanceof ResponseError) return error;
  if (error instanceof AnalysisSuperseded) return new ResponseError(LSPErrorCodes.ContentModified, error.message);
  if (error instanceof RenameRefused) return new ResponseError(LSPErrorCodes.RequestFailed, error.message);
  const message = error instanceof Error ? error.message : String(error);
  log(`${name} failed: ${error instanceof Error ? error.stack : message}`);
  return new ResponseError(ErrorCodes.InternalError, `Copydesk could not answer ${name}: ${message}`);
}

/** Settles with `promise`, or rejects as cancelled as soon as the token fires (the work itself runs on). */
export function unlessCancelled<T>(promise: Promise<T>, token: CancellationToken): Promise<T> {
  if (token.isCancellationRequested) return Promise.reject(cancelled());
  return new Promise((resolve, reject) => {
    const listener = token.onCancellationRequested(() => reject(cancelled()));
    promise.then(
      (value) => {
        listener.dispose();
        resolve(value);
      },
      (error: unknown) => {
        listener.dispose();
        reject(error);
      },
    );
  });
}
