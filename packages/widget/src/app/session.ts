import { z } from 'zod';
import type { ErrorCode, VisitorSessionInput, VisitorSessionResult } from '@baton/protocol';

export class SessionError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly code?: ErrorCode,
  ) {
    super(message);
  }
}

const SessionResult = z.object({
  visitorToken: z.string().min(1),
  visitorId: z.string(),
  site: z.object({ key: z.string(), name: z.string(), greeting: z.string(), greetings: z.record(z.string(), z.string()).optional() }),
});
const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** POST /api/visitor/session on the frame's own origin. */
export async function openSession(input: z.input<typeof VisitorSessionInput>): Promise<VisitorSessionResult> {
  let res: Response;
  try {
    res = await fetch('/api/visitor/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input),
    });
  } catch {
    throw new SessionError("Can't reach the chat service.", true);
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) {
    const ok = SessionResult.safeParse(body);
    if (ok.success) return ok.data;
    throw new SessionError('The chat service sent an unexpected answer.', true);
  }
  const retryable = res.status >= 500 || res.status === 429;
  const err = ErrorBody.safeParse(body);
  if (err.success) throw new SessionError(err.data.error.message, retryable, err.data.error.code as ErrorCode);
  throw new SessionError(`Chat is unavailable right now (HTTP ${res.status}).`, retryable);
}
