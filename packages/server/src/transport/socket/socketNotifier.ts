/** Notifier over Socket.IO rooms: presents rows as views and fans them out (through the Redis adapter when configured). */
import type { Namespace, Server } from 'socket.io';
import type { Notifier } from '../../services/ports.js';
import type { Services } from '../../services/index.js';
import type { ServiceContext } from '../../services/context.js';
import { agentView, eventView, messageView, summary } from '../../presenters/views.js';
import { getAgent } from '../../services/agentAuth.js';
import { rooms } from './rooms.js';
import { visitorView } from './visitorNamespace.js';
import { ticketView } from '../../presenters/ticketView.js';
import type { AgentNamespace, VisitorNamespace } from './types.js';

/** Longest an ack waits for its message's fan-out to reach Redis (a Redis that accepts but stalls). */
const FANOUT_WAIT_MS = 2000;
/** Socket.IO's EVENT packet type (socket.io-parser). */
const EVENT_PACKET = 2;

export class SocketNotifier implements Notifier {
  private services!: Services;
  private ctx!: ServiceContext;

  /** `fanoutReady`: whether the cluster adapter's Redis is connected (absent on a single node). */
  constructor(
    private io: Server,
    private fanoutReady: () => boolean = () => false,
  ) {}

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

  sessionEnded: Notifier['sessionEnded'] = (sessionKey) => {
    this.agents.in(rooms.agentSession(sessionKey)).disconnectSockets(true);
  };

  agentOnlineElsewhere: Notifier['agentOnlineElsewhere'] = async (agentId, sessionKey) => {
    return (await this.agents.in(rooms.agent(agentId)).fetchSockets()).some((s) => s.data.sessionKey !== sessionKey);
  };

  agentConnected: Notifier['agentConnected'] = async (agentId) => {
    return (await this.agents.in(rooms.agent(agentId)).fetchSockets()).length > 0;
  };

  connectedAgents: Notifier['connectedAgents'] = async () => {
    return new Set((await this.agents.fetchSockets()).map((s) => s.data.agent.id));
  };

  /** Presentation needs reads; failures are logged, never thrown into the use-case that already committed. */
  private run(what: string, fn: () => Promise<void>): void {
    fn().catch((err) => this.ctx.log.warn({ err, what }, 'notify failed'));
  }

  /** Never rejects: the message is stored, and callers that do not await it must not see an unhandled rejection. */
  messageCreated: Notifier['messageCreated'] = async (conv, msg) => {
    try {
      const view = messageView(msg);
      await Promise.all([
        this.published(this.visitors, rooms.visitor(conv.visitorId), 'message:created', view),
        this.published(this.agents, rooms.siteAgents(conv.siteId), 'message:created', { conversationId: conv.id, message: view }),
      ]);
    } catch (err) {
      this.ctx.log.warn({ err, conversationId: conv.id }, 'message fan-out failed');
    }
  };

  /**
   * `to(room).emit(…)` through the adapter directly, as Socket.IO's BroadcastOperator does, because only the
   * adapter returns the promise of the cluster adapter's publish (`emit` drops it).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the namespace's other type parameters do not matter here
  private published<S extends Record<keyof S, (...a: any[]) => void>, E extends keyof S & string>(nsp: Namespace<any, S, any, any>, room: string, event: E, ...args: Parameters<S[E]>): Promise<void> {
    const sent = nsp.adapter.broadcast({ type: EVENT_PACKET, data: [event, ...args], nsp: nsp.name }, { rooms: new Set([room]), except: new Set(), flags: {} }) as unknown;
    if (!(sent instanceof Promise) || !this.fanoutReady()) return Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([sent.then(() => undefined), new Promise<void>((r) => (timer = setTimeout(r, FANOUT_WAIT_MS)))]).finally(() => clearTimeout(timer));
  }

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

  customerPresence: Notifier['customerPresence'] = (conv, online) => {
    this.agents.to(rooms.siteAgents(conv.siteId)).emit('visitor:presence', { conversationId: conv.id, online, at: this.ctx.clock.now().toISOString() });
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

  transferTargetsUpdated: Notifier['transferTargetsUpdated'] = (siteId, targets) => {
    this.agents.to(rooms.transferWatchers(siteId)).emit('transferTargets:updated', targets);
  };
}
