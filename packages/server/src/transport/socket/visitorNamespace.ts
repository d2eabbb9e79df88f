/** /visitor: the widget's socket. Auth by signed visitor token. */
import {
  CsatInput,
  IdentifyInput,
  TicketCreateInput,
  TypingInput,
  VisitorEscalateInput,
  VisitorHandshake,
  VisitorSendInput,
  VisitorSyncInput,
  type VisitorConversationView,
} from '@baton/protocol';
import type { Services } from '../../services/index.js';
import { issueVisitorToken, verifyVisitorToken } from '../../services/visitorTokens.js';
import { identifyVisitor, noteBrowserLanguage } from '../../services/visitorSessions.js';
import { agentForVisitor, messageView, visitorConversationView } from '../../presenters/views.js';
import type { ConversationRow } from '../../storage/conversationStore.js';
import { handler } from './handle.js';
import { rooms } from './rooms.js';
import { KeyedRateLimiter } from '../rateLimit.js';
import type { AgentNamespace, VisitorNamespace } from './types.js';

export function visitorView(services: Services) {
  return async (c: ConversationRow): Promise<VisitorConversationView> => {
    return visitorConversationView(c, await services.queue.infoFor(c), await agentForVisitor(services.ctx, c.agentId));
  };
}

const MAX_SOCKETS_PER_VISITOR = 20;

export function mountVisitorNamespace(nsp: VisitorNamespace, services: Services, secret: string): void {
  const { log } = services.ctx;
  const view = visitorView(services);
  // Per visitor, not per socket: one token on 20 sockets sent 200 messages in 1.8 s past a limit of 10 then 2 a second
  // (a security review). Per node: the balancer keeps a client on one node (ip_hash).
  const { burst, perSecond } = services.ctx.config.visitorMessages;
  const sendLimits = new KeyedRateLimiter(burst, perSecond, 100_000);
  const otherLimits = new KeyedRateLimiter(30, 10, 100_000);

  nsp.use((socket, next) => {
    const auth = VisitorHandshake.safeParse(socket.handshake.auth);
    const claims = auth.success ? verifyVisitorToken(secret, auth.data.visitorToken, services.ctx.clock.now(), services.ctx.config.visitorTokenMaxAgeMs) : null;
    // Refused like a forged one, an expired or v1 token sends the widget back to the session API (a new visitor, or the one swap of v1 to v2).
    if (!auth.success || !claims || claims.legacy || !services.ctx.sites.getById(claims.siteId)) return next(new Error('unauthorized'));
    // A customer has a tab or a few, not dozens of sockets (this node's: the visitor's room in the local adapter).
    if ((nsp.adapter.rooms.get(rooms.visitor(claims.visitorId))?.size ?? 0) >= MAX_SOCKETS_PER_VISITOR) return next(new Error('rate_limited'));
    socket.data = { visitorId: claims.visitorId, siteId: claims.siteId, ...(auth.data.language ? { language: auth.data.language } : {}) };
    next();
  });

  nsp.on('connection', (socket) => {
    const v = { visitorId: socket.data.visitorId, siteId: socket.data.siteId };
    void socket.join(rooms.visitor(v.visitorId));
    // A fresh token on every connect: the age that expires a token is the time since the customer was last here.
    socket.emit('token:renewed', { visitorToken: issueVisitorToken(secret, v, services.ctx.clock.now()) });
    // Back within the grace period (reload, new tab): the customer keeps their place in the queue.
    void services.abandonment.visitorReturned(v.visitorId).catch((err) => log.warn({ err }, 'abandon clear failed'));
    socket.on('disconnect', () => {
      void services.abandonment.visitorLeft(v.visitorId).catch((err) => log.warn({ err }, 'abandon timer failed'));
      services.customerPresence.disconnected(v.visitorId);
    });
    void services.customerPresence.connected(v.visitorId).catch((err) => log.warn({ err }, 'customer presence failed'));
    if (socket.data.language) void noteBrowserLanguage(services.ctx, v.visitorId, socket.data.language).catch((err) => log.warn({ err }, 'browser language not kept'));
    const sendLimit = { take: () => sendLimits.take(v.visitorId) };
    const otherLimit = { take: () => otherLimits.take(v.visitorId) };

    socket.on(
      'conversation:sync',
      handler(VisitorSyncInput, log, async ({ lastSeq }) => {
        const r = await services.visitors.sync(v, lastSeq);
        if (r.conversation) socket.data.conversationId = r.conversation.id;
        const earlier = r.earlier?.length ? { earlier: { messages: r.earlier.map(messageView), ended: 'left_queue' as const } } : {};
        return { conversation: r.conversation ? await view(r.conversation) : null, messages: r.messages.map(messageView), ...earlier };
      }, otherLimit),
    );
    socket.on(
      'message:send',
      handler(VisitorSendInput, log, async ({ clientMsgId, body }) => {
        const r = await services.visitors.send(v, clientMsgId, body, socket.data.conversationId);
        socket.data.conversationId = r.conversation.id;
        return { message: messageView(r.message) };
      }, sendLimit),
    );
    socket.on(
      'conversation:escalate',
      handler(VisitorEscalateInput, log, async ({ note }) => {
        const c = await services.visitors.requestHuman(v, note);
        socket.data.conversationId = c.id;
        return { conversation: await view(c) };
      }, otherLimit),
    );
    socket.on(
      'csat:submit',
      handler(CsatInput, log, async ({ rating, comment }) => ({ conversation: await view(await services.visitors.rate(v, rating, comment)) }), otherLimit),
    );
    socket.on(
      'visitor:identify',
      handler(IdentifyInput, log, async (attrs) => ({ customer: await identifyVisitor(services.ctx, v.visitorId, attrs) }), otherLimit),
    );
    socket.on(
      'typing:set',
      handler(TypingInput, log, async ({ typing }) => {
        const conversationId = socket.data.conversationId;
        if (conversationId) (nsp.server.of('/agent') as unknown as AgentNamespace).to(rooms.siteAgents(v.siteId)).emit('typing:updated', { conversationId, authorType: 'visitor', typing });
        return {};
      }, otherLimit),
    );
    socket.on(
      'ticket:create',
      handler(TicketCreateInput, log, async ({ email, message }) => ({ ticketId: (await services.tickets.create(v, email, message)).id }), otherLimit),
    );
  });
}
