/** /agent: the console's socket. Auth by the session cookie; same-origin only. */
import {
  AgentSendInput,
  AgentSyncInput,
  AgentTypingInput,
  ConversationRef,
  InboxListInput,
  PresenceInput,
  WorkingHoursInput,
  SESSION_COOKIE,
  SupervisorSnapshotInput,
  TicketCloseInput,
  TicketsListInput,
  TransferInput,
  TransferTargetsInput,
  TransferUnwatchInput,
  VersionedConversationRef,
} from '@baton/protocol';
import type { Services } from '../../services/index.js';
import { authenticate, getAgent, sessionKey } from '../../services/agentAuth.js';
import { ServiceError } from '../../services/serviceError.js';
import { getConversation, listEvents, listMessages, listSiteConversations } from '../../storage/conversationStore.js';
import { getVisitor } from '../../services/visitorSessions.js';
import { agentView, eventView, messageView, summaries, summary } from '../../presenters/views.js';
import { ticketView } from '../../presenters/ticketView.js';
import { pastConversationView } from '../../presenters/pastConversation.js';
import { listVisitorHistory } from '../../storage/visitorHistoryStore.js';
import { handler } from './handle.js';
import { rooms } from './rooms.js';
import { RateLimiter } from '../rateLimit.js';
import { readCookie } from '../http/cookies.js';
import { fromConsoleOrigin } from '../consoleOrigin.js';
import type { AgentNamespace, AgentSocket, VisitorNamespace } from './types.js';

export function mountAgentNamespace(nsp: AgentNamespace, services: Services, publicOrigin: string): void {
  const { ctx } = services;
  const { log } = ctx;

  nsp.use((socket, next) => {
    // Cookie-authenticated websockets must come from our own console (no cross-site hijacking).
    // The console says where it does work (opened at 127.0.0.1 instead of localhost it sat on "Reconnecting…").
    if (!fromConsoleOrigin(socket.handshake.headers.origin, publicOrigin)) return next(Object.assign(new Error('origin_not_allowed'), { data: { consoleUrl: `${publicOrigin}/console/` } }));
    const token = readCookie(socket.handshake.headers.cookie, SESSION_COOKIE);
    authenticate(ctx.db, token, ctx.clock.now()).then(
      (agent) => {
        if (!agent) return next(new Error('unauthorized'));
        socket.data = { agent, sessionKey: sessionKey(token!) };
        next();
      },
      () => next(new Error('storage_unavailable')),
    );
  });

  /** The agent row as of now (presence and capacity change while connected). */
  const me = async (socket: AgentSocket) => {
    const fresh = await getAgent(ctx.db, socket.data.agent.id);
    // Removed meanwhile: refused at once, before the session check closes the tab.
    if (!fresh || fresh.removedAt) throw new ServiceError('unauthorized', 'You are no longer on this team');
    socket.data.agent = fresh;
    return fresh;
  };

  const mine = async (socket: AgentSocket, conversationId: string) => {
    const c = await getConversation(ctx.db, conversationId);
    if (!c || c.siteId !== socket.data.agent.siteId) throw new ServiceError('not_found', 'Conversation not found');
    return c;
  };

  nsp.on('connection', (socket) => {
    const agent = socket.data.agent;
    void socket.join([rooms.agent(agent.id), rooms.siteAgents(agent.siteId), rooms.agentSession(socket.data.sessionKey), ...(agent.role === 'supervisor' ? [rooms.siteSupervisors(agent.siteId)] : [])]);
    void services.presence.connected(agent).catch((err) => log.warn({ err }, 'presence connect failed'));
    socket.on('disconnect', () => {
      services.presence.disconnected(agent);
    });
    const limit = new RateLimiter(40, 10);

    socket.on(
      'inbox:list',
      handler(InboxListInput, log, async () => ({
        agent: agentView(await me(socket)),
        conversations: await summaries(ctx, await listSiteConversations(ctx.db, agent.siteId)),
        ...(await services.transferTargets.read(agent.siteId)),
        serverTime: ctx.clock.now().toISOString(),
      }), limit),
    );
    socket.on(
      'transfer:targets',
      handler(TransferTargetsInput, log, async ({ watch }) => {
        // Joined before the read: a change in between is pushed rather than missed.
        if (watch) await socket.join(rooms.transferWatchers(agent.siteId));
        return services.transferTargets.read(agent.siteId);
      }, limit),
    );
    socket.on(
      'transfer:unwatch',
      handler(TransferUnwatchInput, log, async () => {
        await socket.leave(rooms.transferWatchers(agent.siteId));
        return {};
      }, limit),
    );
    socket.on(
      'conversation:get',
      handler(ConversationRef, log, async ({ conversationId }) => {
        const c = await mine(socket, conversationId);
        const [msgs, events, visitor, history, customerOnline] = await Promise.all([
          listMessages(ctx.db, c.id),
          listEvents(ctx.db, c.id),
          getVisitor(ctx, c.visitorId),
          listVisitorHistory(ctx.db, c.siteId, c.visitorId, c.id),
          ctx.visitorPresence.isConnected(c.visitorId),
        ]);
        return {
          conversation: await summary(ctx, c),
          package: c.handoffPackage ?? null,
          customer: visitor?.attributes ?? {},
          history: history.map((h) => pastConversationView(h, ctx.sites.skillName(c.siteId, h.conversation.skill))),
          customerOnline,
          messages: msgs.map(messageView),
          timeline: events.map(eventView),
          queue: await services.queue.infoFor(c),
        };
      }, limit),
    );
    socket.on(
      'conversation:accept',
      handler(VersionedConversationRef, log, async ({ conversationId, expectedVersion }) => ({
        conversation: await summary(ctx, await services.agentActions.accept(await me(socket), conversationId, expectedVersion)),
      }), limit),
    );
    socket.on(
      'conversation:decline',
      handler(VersionedConversationRef, log, async ({ conversationId, expectedVersion }) => ({
        conversation: await summary(ctx, await services.agentActions.decline(await me(socket), conversationId, expectedVersion)),
      }), limit),
    );
    socket.on(
      'conversation:resolve',
      handler(VersionedConversationRef, log, async ({ conversationId, expectedVersion }) => ({
        conversation: await summary(ctx, await services.agentActions.resolve(await me(socket), conversationId, expectedVersion)),
      }), limit),
    );
    socket.on(
      'conversation:transfer',
      handler(TransferInput, log, async (input) => ({
        conversation: await summary(ctx, await services.agentActions.transfer(await me(socket), input)),
      }), limit),
    );
    socket.on(
      'message:send',
      handler(AgentSendInput, log, async ({ conversationId, clientMsgId, body }) => ({
        message: messageView(await services.agentActions.send(await me(socket), conversationId, clientMsgId, body)),
      }), limit),
    );
    socket.on(
      'messages:sync',
      handler(AgentSyncInput, log, async ({ conversationId, afterSeq }) => {
        const c = await mine(socket, conversationId);
        return { messages: (await listMessages(ctx.db, c.id, afterSeq)).map(messageView) };
      }, limit),
    );
    socket.on(
      'typing:set',
      handler(AgentTypingInput, log, async ({ conversationId, typing }) => {
        const c = await mine(socket, conversationId);
        // Only the agent in control shows as typing to the customer.
        if (c.state === 'human' && c.agentId === agent.id) {
          (nsp.server.of('/visitor') as unknown as VisitorNamespace).to(rooms.visitor(c.visitorId)).emit('typing:updated', { authorType: 'agent', name: agent.name, typing });
        }
        return {};
      }, limit),
    );
    socket.on(
      'presence:set',
      handler(PresenceInput, log, async ({ presence }) => ({ agent: agentView(await services.presence.set(await me(socket), presence, true)) }), limit),
    );
    socket.on(
      'hours:set',
      handler(WorkingHoursInput, log, async ({ workingHours }) => ({ agent: agentView(await services.presence.setWorkingHours(await me(socket), workingHours)) }), limit),
    );
    socket.on(
      'tickets:list',
      handler(TicketsListInput, log, async () => ({ tickets: (await services.tickets.list(agent.siteId)).map((t) => ticketView(ctx.sites, t)) }), limit),
    );
    socket.on(
      'ticket:close',
      handler(TicketCloseInput, log, async ({ ticketId }) => ({ ticket: ticketView(ctx.sites, await services.tickets.close(agent.siteId, ticketId)) }), limit),
    );
    socket.on(
      'supervisor:snapshot',
      handler(SupervisorSnapshotInput, log, async () => {
        if ((await me(socket)).role !== 'supervisor') throw new ServiceError('forbidden', 'Only supervisors see the queue overview');
        return services.supervisor.read(agent.siteId);
      }, limit),
    );
  });
}
