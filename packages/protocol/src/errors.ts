/** The one registry of error codes. Every typed error a client can see is listed here. */
export const ErrorCodes = [
  'invalid_payload',
  'unauthorized',
  'forbidden',
  'origin_not_allowed',
  'not_found',
  'conflict',
  'version_conflict',
  'illegal_transition',
  'not_controller',
  'rate_limited',
  'message_too_long',
  'capacity_exceeded',
  'not_eligible',
  'escalation_limited',
  'unknown_skill',
  'unknown_agent',
  'agent_unavailable',
  'transfer_loop',
  'too_many_tickets',
  'identity_unverified',
  'storage_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

/** Errors a client may retry unchanged (the server stored nothing). */
export const RetryableErrorCodes: readonly ErrorCode[] = ['storage_unavailable', 'rate_limited', 'internal'];

export interface BatonError {
  code: ErrorCode;
  message: string;
  /** zod issues for invalid_payload, flattened to path + message. */
  issues?: { path: string; message: string }[];
  retryable?: boolean;
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: BatonError };
export type AckCallback<T> = (ack: Ack<T>) => void;

export const MAX_MESSAGE_LENGTH = 4000;
