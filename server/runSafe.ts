// Every request handler runs through `runSafe`: cancellation is checked before and after the
// work, and an exception is logged and answered with the handler's neutral result instead of
// taking the server down. A throw in a language service is a bug; the editor must not pay for it.
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
}

export async function runSafe<T>(
  logger: Logger,
  requestName: string,
  neutral: T,
  token: CancellationToken | undefined,
  work: () => T | Promise<T>,
): Promise<T | ResponseError<void>> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = await work();
    if (token?.isCancellationRequested) return cancelled();
    return result;
  } catch (error) {
    // A ResponseError is a deliberate answer (a refused rename), not a failure.
    if (error instanceof ResponseError) return error as ResponseError<void>;
    logger.error(`${requestName} failed: ${describe(error)}`);
    return neutral;
  }
}

/** The same guard for notifications, which have no answer. */
export function runSafeNotification(logger: Logger, name: string, work: () => void | Promise<void>): void {
  Promise.resolve()
    .then(work)
    .catch((error: unknown) => logger.error(`${name} failed: ${describe(error)}`));
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
