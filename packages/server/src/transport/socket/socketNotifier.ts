/** Notifier over Socket.IO rooms: presents rows as views and fans them out (through the Redis adapter when configured). */
import type { Server } from 'socket.io';
import type { Notifier } from '../../services/ports.js';
import type { Services } from '../../services/index.js';
import type { ServiceContext } from '../../services/context.js';
import { agentView, eventView, messageView, summary } from '../../presenters/views.js';
import { getAgent } from '../../services/agentAuth.js';
import { rooms } from './rooms.js';
import { visitorView } from './visitorNamespace.js';
import { ticketView } from '../../presenters/ticketView.js';
import type { AgentNamespace, VisitorNamespace } from './types.js';

export class SocketNotifier implements Notifier {
  private services!: Services;
  private ctx!: ServiceContext;

  constructor(private io: Server) {}

  bind(services: Services): void {
    this.services = services;
    this.ctx = services.ctx;
  }

  private get visitors(): VisitorNamespace {
    return this.io.of('/visitor') as VisitorNamespace;
  }
  private get agents(): AgentNamespace {
    return this.io.of('/agent') as AgentNamespace;
  }

  /** Presentation needs reads; failures are logged, never thrown into the use-case that already committed. */
  private run(what: string, fn: () => Promise<void>): void {
    fn().catch((err) => this.ctx.log.warn({ err, what }, 'notify failed'));
  }

  messageCreated: Notifier['messageCreated'] = (conv, msg) => {
    const view = messageView(msg);
    this.visitors.to(rooms.visitor(conv.visitorId)).emit('message:created', view);
    this.agents.to(rooms.siteAgents(conv.siteId)).emit('message:created', { conversationId: conv.id, message: view });
  };

  conversationChanged: Notifier['conversationChanged'] = (conv) =>
    this.run('conversationChanged', async () => {
      this.visitors.to(rooms.visitor(conv.visitorId)).emit('conversation:updated', await visitorView(this.services)(conv));
      this.agents.to(rooms.siteAgents(conv.siteId)).emit('conversation:updated', await summary(this.ctx, conv));
    });

  timelineAppended: Notifier['timelineAppended'] = (conv, events) => {
    for (const e of events) this.agents.to(rooms.siteAgents(conv.siteId)).emit('timeline:appended', { conversationId: conv.id, event: eventView(e) });
  };

  offered: Notifier['offered'] = (conv, agentId) =>
    this.run('offered', async () => {
      this.agents.to(rooms.agent(agentId)).emit('conversation:offered', { conversation: await summary(this.ctx, conv), package: conv.handoffPackage ?? null });
    });

  packageUpdated: Notifier['packageUpdated'] = (conv) => {
    if (conv.handoffPackage) this.agents.to(rooms.siteAgents(conv.siteId)).emit('package:updated', { conversationId: conv.id, package: conv.handoffPackage });
  };

  queueUpdated: Notifier['queueUpdated'] = (conv, info) => {
    this.visitors.to(rooms.visitor(conv.visitorId)).emit('queue:updated', info);
  };

  agentChanged: Notifier['agentChanged'] = (agentId) =>
    this.run('agentChanged', async () => {
      const a = await getAgent(this.ctx.db, agentId);
      if (a) this.agents.to(rooms.agent(agentId)).emit('agent:updated', agentView(a));
    });

  ticketCreated: Notifier['ticketCreated'] = (ticket) => {
    this.agents.to(rooms.siteAgents(ticket.siteId)).emit('ticket:created', ticketView(this.ctx.sites, ticket));
  };

  ticketUpdated: Notifier['ticketUpdated'] = (ticket) => {
    this.agents.to(rooms.siteAgents(ticket.siteId)).emit('ticket:updated', ticketView(this.ctx.sites, ticket));
  };

  supervisorUpdated: Notifier['supervisorUpdated'] = (siteId, snapshot) => {
    this.agents.to(rooms.siteSupervisors(siteId)).emit('supervisor:updated', snapshot);
  };
}
