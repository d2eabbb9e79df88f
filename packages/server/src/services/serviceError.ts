import { RetryableErrorCodes, type BatonError, type ErrorCode } from '@baton/protocol';

/** A typed failure a client may see. Anything else is reported as `internal`. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: BatonError['issues'],
  ) {
    super(message);
  }
  toJSON(): BatonError {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}), retryable: RetryableErrorCodes.includes(this.code) };
  }
}
