import type { ServiceContext } from './context.js';
import { QueueEstimates } from './queueEstimates.js';
import { Dispatcher } from './dispatcher.js';
import { Escalations } from './escalations.js';
import { BotTurns } from './botTurns.js';
import { AgentActions } from './agentActions.js';
import { VisitorConversations } from './visitorConversations.js';
import { TimerRunner } from './timerRunner.js';
import { Presence } from './presence.js';
import { Abandonment } from './abandonment.js';
import { CustomerPresence } from './customerPresence.js';
import { Tickets } from './tickets.js';
import { Supervisor } from './supervisor.js';
import { TransferTargetsFeed } from './transferTargetsFeed.js';

export type Services = ReturnType<typeof createServices>;

export function createServices(ctx: ServiceContext) {
  const queue = new QueueEstimates(ctx);
  const dispatcher = new Dispatcher(ctx, queue);
  const abandonment = new Abandonment(ctx, dispatcher, queue);
  const escalations = new Escalations(ctx, dispatcher, abandonment, queue.availability);
  const bot = new BotTurns(ctx, escalations);
  const presence = new Presence(ctx, dispatcher, abandonment);
  const agentActions = new AgentActions(ctx, dispatcher, queue, abandonment, presence);
  const visitors = new VisitorConversations(ctx, bot, escalations);
  const timers = new TimerRunner(ctx, dispatcher, bot, abandonment, presence);
  const customerPresence = new CustomerPresence(ctx);
  const tickets = new Tickets(ctx, bot);
  const supervisor = new Supervisor(ctx, queue);
  const transferTargets = new TransferTargetsFeed(ctx);
  queue.onPublished((siteId) => {
    supervisor.changed(siteId);
    transferTargets.changed(siteId);
  });
  return {
    ctx,
    queue,
    dispatcher,
    escalations,
    bot,
    agentActions,
    visitors,
    timers,
    presence,
    customerPresence,
    abandonment,
    tickets,
    supervisor,
    transferTargets,
    /** Waits for in-flight background work (bot turns, dispatch): tests and graceful shutdown. */
    async idle() {
      await presence.idle();
      await bot.idle();
      await dispatcher.idle();
    },
  };
}
