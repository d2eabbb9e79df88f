/** Tickets: a message with an e-mail left when nobody can take the chat; the site's agents see them in the console. */
import type { ServiceContext } from './context.js';
import { appendMessage } from './appendMessage.js';
import { ServiceError } from './serviceError.js';
import { findOpenConversation, insertMessage } from '../storage/conversationStore.js';
import { closeTicket, countVisitorTicketsSince, insertTicket, listSiteTickets, type TicketRow } from '../storage/ticketStore.js';
import type { VisitorRef } from './visitorConversations.js';
import type { BotTurns } from './botTurns.js';
import { phrasesFor } from '../domain/conversation/customerPhrases.js';

/** Enough for a real customer, too few to flood the team's list. */
const TICKETS_PER_HOUR = 5;

export class Tickets {
  constructor(
    private ctx: ServiceContext,
    private bot: BotTurns,
  ) {}

  async create(v: VisitorRef, email: string, message: string): Promise<TicketRow> {
    const now = this.ctx.clock.now();
    if ((await countVisitorTicketsSince(this.ctx.db, v.visitorId, new Date(now.getTime() - 3600_000))) >= TICKETS_PER_HOUR) {
      throw new ServiceError('too_many_tickets', `You can leave at most ${TICKETS_PER_HOUR} messages an hour. We'll answer the ones you sent.`);
    }
    const conv = await findOpenConversation(this.ctx.db, v.visitorId);
    const site = this.ctx.sites.getById(v.siteId);
    const skill = conv?.skill ?? site?.content.config.defaultSkill ?? 'general';
    const draft = { siteId: v.siteId, conversationId: conv?.id ?? null, visitorId: v.visitorId, email, message, skill, createdAt: now };
    let ticket: TicketRow;
    if (conv && (conv.state === 'queued' || conv.state === 'offered')) {
      // The customer's message goes into the chat as theirs, so the agent who takes the chat reads it (and its phone
      // number reaches the handoff package); the ticket and the bot's confirmation in the same transaction: the
      // customer never sees one without the others. (A QA run found an agent resolving such a chat, which closes its
      // tickets as answered, without ever having seen what the customer left.)
      const skillName = this.ctx.sites.skillName(v.siteId, skill, conv.language) ?? skill;
      let stored: TicketRow | undefined;
      await appendMessage(
        this.ctx,
        conv.id,
        { clientMsgId: null, authorType: 'visitor', authorId: v.visitorId, authorName: null, body: message, meta: { kind: 'ticket', ticketEmail: email } },
        {
          also: async (tx) => {
            stored = await insertTicket(tx, draft);
            return [
              await insertMessage(
                tx,
                conv.id,
                {
                  clientMsgId: null,
                  authorType: 'bot',
                  authorId: null,
                  authorName: 'Assistant',
                  body: phrasesFor(conv.language).ticketPassed(skillName, email),
                  // The widget shows "sent" instead of the form again, after a reload too (a customer sent a second one).
                  meta: { kind: 'info', ticketEmail: email },
                },
                now,
              ),
            ];
          },
        },
      );
      ticket = stored!;
      // The package learns the phone number or order it gave (BotTurns reads a ticket message for that only).
      this.bot.schedule(conv.id);
    } else {
      ticket = await insertTicket(this.ctx.db, draft);
    }
    this.ctx.notifier.ticketCreated(ticket);
    return ticket;
  }

  async close(siteId: string, ticketId: string): Promise<TicketRow> {
    const ticket = await closeTicket(this.ctx.db, siteId, ticketId);
    if (!ticket) throw new ServiceError('not_found', 'Ticket not found');
    this.ctx.notifier.ticketUpdated(ticket);
    return ticket;
  }

  list(siteId: string): Promise<TicketRow[]> {
    return listSiteTickets(this.ctx.db, siteId);
  }
}
