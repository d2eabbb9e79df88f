/** JSON API: route → validate → command → presenter. Errors are `{error:{code,message}}` with a matching status. */
import { Router, type Request, type Response, type NextFunction } from 'express';
import { AgentLoginInput, SESSION_COOKIE, VisitorSessionInput, type ErrorCode } from '@baton/protocol';
import type { z } from 'zod';
import type { Services } from '../../services/index.js';
import { ServiceError } from '../../services/serviceError.js';
import { openVisitorSession } from '../../services/visitorSessions.js';
import { authenticate, login, logout, sessionKey } from '../../services/agentAuth.js';
import { agentView } from '../../presenters/views.js';
import { invalid, toBatonError } from '../socket/handle.js';
import { KeyedRateLimiter } from '../rateLimit.js';
import { SharedKeyedRateLimiter, type SharedBucket } from '../sharedRateLimit.js';
import { fromConsoleOrigin } from '../consoleOrigin.js';
import { readCookie, sessionCookie } from './cookies.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_payload: 400,
  message_too_long: 400,
  unauthorized: 401,
  forbidden: 403,
  origin_not_allowed: 403,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  illegal_transition: 409,
  rate_limited: 429,
  storage_unavailable: 503,
};

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const r = schema.safeParse(body ?? {});
  if (!r.success) {
    const e = invalid(r.error);
    throw new ServiceError('invalid_payload', e.message, e.issues);
  }
  return r.data;
}

/** `shared`: with several nodes (REDIS_URL), the limits below hold across all of them (sharedRateLimit.ts). */
export function apiRoutes(services: Services, secret: string, shared?: SharedBucket): Router {
  const { ctx } = services;
  const r = Router();
  const loginLimit = new SharedKeyedRateLimiter('login-ip', 10, 10 / 60, shared);
  // Per account too, whatever the address: many addresses (an IPv6 /64 is millions) must not multiply the guesses.
  const accountLoginLimit = new SharedKeyedRateLimiter('login-account', 30, 30 / 600, shared);
  // The agent routes act on the session cookie: only the console's own pages may call them (a form on a sibling
  // subdomain or the shop itself logged agents out, and SameSite=Lax sends the cookie there).
  r.use('/agent', (req, _res, next) => {
    const publicOrigin = new URL(ctx.config.publicUrl).origin;
    if (req.method !== 'GET' && !fromConsoleOrigin(req.headers.origin, publicOrigin)) throw new ServiceError('origin_not_allowed', `Agent requests must come from the console at ${publicOrigin}`);
    next();
  });
  // Per node: behind ip_hash an address always reaches the same node, and a Redis round trip per chat opened buys nothing.
  const sessionLimit = new KeyedRateLimiter(30, 1);
  const secure = ctx.config.publicUrl.startsWith('https:');

  r.get('/health', (_req, res) => {
    res.json({ ok: true });
  });

  r.post('/visitor/session', async (req, res) => {
    if (!sessionLimit.take(req.ip ?? '?')) throw new ServiceError('rate_limited', 'Too many requests; slow down.');
    const input = parse(VisitorSessionInput, req.body);
    res.json(await openVisitorSession({ ...ctx, secret }, input));
  });

  r.post('/agent/login', async (req, res) => {
    if (!(await loginLimit.take(req.ip ?? '?'))) throw new ServiceError('rate_limited', 'Too many login attempts; wait a minute.');
    const { email, password } = parse(AgentLoginInput, req.body);
    if (!(await accountLoginLimit.take(email.trim().toLowerCase()))) throw new ServiceError('rate_limited', 'Too many login attempts for this account; wait a few minutes.');
    const { agent, token, expiresAt } = await login(ctx.db, email, password, ctx.clock.now());
    res.setHeader('Set-Cookie', sessionCookie(SESSION_COOKIE, token, expiresAt, secure));
    res.json({ agent: agentView(agent) });
  });

  r.post('/agent/logout', async (req, res) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const agent = await authenticate(ctx.db, token, ctx.clock.now());
    await logout(ctx.db, token);
    if (token) await services.presence.loggedOut(agent ?? null, sessionKey(token));
    res.setHeader('Set-Cookie', sessionCookie(SESSION_COOKIE, '', new Date(0), secure));
    res.json({ ok: true });
  });

  r.get('/agent/me', async (req, res) => {
    const agent = await authenticate(ctx.db, readCookie(req.headers.cookie, SESSION_COOKIE), ctx.clock.now());
    if (!agent) throw new ServiceError('unauthorized', 'Not logged in');
    res.json({ agent: agentView(agent) });
  });

  r.use((_req, _res) => {
    throw new ServiceError('not_found', 'No such API route');
  });

  r.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    // Body-parser failures (bad JSON, too large) are client errors, not crashes.
    const e = err as { type?: string; status?: number };
    if (e.type === 'entity.parse.failed') return void res.status(400).json({ error: { code: 'invalid_payload', message: 'Body is not valid JSON' } });
    if (e.type === 'entity.too.large') return void res.status(413).json({ error: { code: 'invalid_payload', message: 'Body is too large' } });
    const error = toBatonError(err, ctx.log);
    res.status(STATUS[error.code] ?? 500).json({ error });
  });
  return r;
}
