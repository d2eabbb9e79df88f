/**
 * A console tab stays connected on the cookie it signed in with. A session ended from outside this node (`pnpm agent
 * remove` or a password reset, both another process; a logout on another node is fanned out already) or expired must
 * not keep it working, so each node looks at its own tabs on every sweep and closes those whose session is gone.
 */
import { SESSION_COOKIE } from '@baton/protocol';
import type { ServiceContext } from '../../services/context.js';
import { liveSessions } from '../../services/agentAuth.js';
import { readCookie } from '../http/cookies.js';
import type { AgentNamespace } from './types.js';

export function checkAgentSessions(nsp: AgentNamespace, ctx: ServiceContext): { stop(): void } {
  let running = false;
  const check = async () => {
    const tabs = [...nsp.sockets.values()].map((socket) => ({ socket, token: readCookie(socket.handshake.headers.cookie, SESSION_COOKIE) ?? '' }));
    if (!tabs.length) return;
    const live = await liveSessions(ctx.db, [...new Set(tabs.map((t) => t.token))], ctx.clock.now());
    // The console reads "io server disconnect" as signed out: it checks its session and shows the login.
    for (const t of tabs) if (!live.has(t.token)) t.socket.disconnect(true);
  };
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    check()
      .catch((err) => ctx.log.warn({ err }, 'agent session check failed'))
      .finally(() => (running = false));
  }, ctx.config.dispatchSweepMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
