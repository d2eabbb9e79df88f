/** Thin handler wrapper: validate with zod, run the command, answer with a typed Ack. Never throws into Socket.IO. */
import type { z } from 'zod';
import type { Ack, BatonError } from '@baton/protocol';
import type { Logger } from 'pino';
import { ServiceError } from '../../services/serviceError.js';
import type { RateLimiter } from '../rateLimit.js';

export function toBatonError(err: unknown, log: Logger): BatonError {
  if (err instanceof ServiceError) return err.toJSON();
  if (isStorageDown(err)) return { code: 'storage_unavailable', message: 'Storage is unavailable; nothing was saved. Retry shortly.', retryable: true };
  log.error({ err }, 'unhandled error in handler');
  return { code: 'internal', message: 'Something went wrong on our side. Retry shortly.', retryable: true };
}

/** Connection-level database failures: the write did not happen, so the client may retry. */
export function isStorageDown(err: unknown): boolean {
  const e = err as { code?: string; message?: string; cause?: unknown } | null;
  if (!e) return false;
  if (e.code && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08006', '08001', '08003'].includes(e.code)) return true;
  if (/Connection terminated|connection (is )?closed|Client has encountered a connection error|PGlite is closed/i.test(e.message ?? '')) return true;
  return e.cause ? isStorageDown(e.cause) : false;
}

export function invalid(error: z.ZodError): BatonError {
  return {
    code: 'invalid_payload',
    message: error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '),
    issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    retryable: false,
  };
}

export function handler<S extends z.ZodType, R>(
  schema: S,
  log: Logger,
  fn: (input: z.output<S>) => Promise<R>,
  limiter?: Pick<RateLimiter, 'take'>,
): (payload: unknown, ack?: unknown) => void {
  return (payload, ack) => {
    const reply = typeof ack === 'function' ? (ack as (a: Ack<R>) => void) : () => {};
    if (limiter && !limiter.take()) {
      reply({ ok: false, error: { code: 'rate_limited', message: 'Too many requests; slow down.', retryable: true } });
      return;
    }
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      reply({ ok: false, error: invalid(parsed.error) });
      return;
    }
    fn(parsed.data).then(
      (data) => reply({ ok: true, data }),
      (err) => reply({ ok: false, error: toBatonError(err, log) }),
    );
  };
}
