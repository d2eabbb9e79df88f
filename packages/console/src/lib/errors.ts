import { ErrorCodes, type BatonError, type ErrorCode } from '@baton/protocol';

export const VERSION_CONFLICT_MESSAGE = 'Someone else changed this conversation';

/** Text for the agent. The server's message is used unless a clearer one exists for the code. */
export function describeError(error: BatonError): string {
  switch (error.code) {
    case 'version_conflict':
      return VERSION_CONFLICT_MESSAGE;
    case 'capacity_exceeded':
      return error.message || 'You are at your chat capacity';
    case 'unauthorized':
      return 'Your session has ended. Please sign in again.';
    default:
      return error.message || 'Something went wrong';
  }
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ErrorCodes as readonly string[]).includes(code);
}

/** Parses an HTTP error body `{error:{code,message}}`; anything else becomes a generic error. */
export function parseErrorBody(body: unknown, status: number): BatonError {
  if (body && typeof body === 'object' && 'error' in body) {
    const e = (body as { error: unknown }).error;
    if (e && typeof e === 'object') {
      const { code, message } = e as { code?: unknown; message?: unknown };
      return {
        code: isErrorCode(code) ? code : status === 401 ? 'unauthorized' : 'internal',
        message: typeof message === 'string' && message ? message : `Request failed (${status})`,
      };
    }
  }
  return { code: status === 401 ? 'unauthorized' : 'internal', message: `Request failed (${status})` };
}

export function localError(message: string, code: ErrorCode = 'internal', retryable = true): BatonError {
  return { code, message, retryable };
}
