import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationSummary, MessageView, VisitorConversationView, VisitorSyncResult } from '@baton/protocol';
import { call, cid, connectAgent, connectVisitor, next, offerOf, ok, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';

/**
 * A Spanish-speaking customer hears Spanish from everyone after the hand-off: the bot's hand-off message, the agent
 * joining, the hand-back, the rating request and the thanks (a newcomer got "How did we do?" in English after a whole
 * conversation in Spanish). The widget is told the language so its own words follow.
 */
let server: TestServer;
let visitor: VisitorClient & { token: string };
let agent: AgentClient;

beforeAll(async () => {
  server = await startServer();
  agent = await connectAgent(server.url);
  visitor = await connectVisitor(server.url);
});
afterAll(async () => {
  visitor?.close();
  agent?.close();
  await server?.close();
});

const kind = (v: VisitorClient, k: string) => next<MessageView>(v, 'message:created', (m) => m.meta.kind === k);

describe('a Spanish-speaking customer', () => {
  let conversationId = '';
  let version = 0;

  it('is handed off in Spanish and the widget is told the language', async () => {
    const view = next<VisitorConversationView>(visitor, 'conversation:updated', (c) => c.state === 'queued' || c.state === 'offered');
    const handoff = kind(visitor, 'handoff');
    const offered = next<{ conversation: ConversationSummary }>(agent, 'conversation:offered');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'Hola, quiero devolver unas botas que compré la semana pasada, ¿cómo lo hago?' }));
    expect((await view).language).toBe('es');
    // The team's name as the site gives it in Spanish (site.json skills[].names), not "Orders".
    expect((await handoff).body).toMatch(/^Te paso con nuestro equipo de Pedidos\./);
    const queued = await ok(call<VisitorSyncResult>(visitor, 'conversation:sync', { lastSeq: 0 }));
    expect(queued.conversation?.queue?.skillName).toBe('Pedidos');
    const o = await offered;
    conversationId = o.conversation.id;
    version = o.conversation.version;
  });

  it('sees the agent join, the hand-back and the rating request in Spanish; a typed rating is thanked in Spanish', async () => {
    const joined = kind(visitor, 'joined');
    const acc = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId, expectedVersion: version }));
    expect((await joined).body).toBe('Alex Rivera se ha unido a la conversación.');

    const handback = kind(visitor, 'handback');
    const ask = kind(visitor, 'csat_request');
    const back = next<VisitorConversationView>(visitor, 'conversation:updated', (c) => c.state === 'bot');
    await ok(call(agent, 'conversation:resolve', { conversationId, expectedVersion: acc.conversation.version }));
    expect((await handback).body).toMatch(/^Alex Rivera ha marcado esta conversación como resuelta/);
    expect((await ask).body).toMatch(/^¿Qué tal lo hemos hecho\?/);
    expect((await back).language).toBe('es');

    const thanks = next<MessageView>(visitor, 'message:created', (m) => m.authorType === 'bot' && m.meta.kind === 'info');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: '5' }));
    expect((await thanks).body).toBe('¡Gracias por tu valoración de 5/5!');
    // Typed again: already rated, said so (it got "not sure I can answer that").
    const again = next<MessageView>(visitor, 'message:created', (m) => m.authorType === 'bot');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: '5' }));
    expect((await again).body).toBe('Gracias, ya tenemos tu valoración. ¿Te puedo ayudar en algo más?');
  });

  it('asks for a person again with the button after the hand-back, with nothing said since but thanks: still Spanish', async () => {
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'Gracias 🙏' }));
    await server.baton.services.idle();
    const handoff = kind(visitor, 'handoff');
    const again = await ok(call<{ conversation: VisitorConversationView }>(visitor, 'conversation:escalate', {}));
    expect(again.conversation.language).toBe('es');
    expect((await handoff).body).toMatch(/^Te paso con nuestro equipo de /);
  });

  it('after a hand-back, a Spanish question the bot may not hand off again (cooldown) is answered in Spanish', async () => {
    // A second customer: the one above is queued again.
    const v2 = await connectVisitor(server.url);
    try {
      // v2's own offer, not the next one: the customer above, queued again just before, is offered to this agent too,
      // and that offer can arrive after this test has started.
      const sent = ok(call<{ message: MessageView }>(v2, 'message:send', { clientMsgId: cid(), body: 'Hola, ¿podéis cambiar la dirección de envío de mi pedido?' }));
      const o = await offerOf(agent, sent.then((s) => s.message.conversationId));
      const acc = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId: o.conversation.id, expectedVersion: o.conversation.version }));
      const ask = kind(v2, 'csat_request');
      await ok(call(agent, 'conversation:resolve', { conversationId: o.conversation.id, expectedVersion: acc.conversation.version }));
      await ask;
      const thanks = next<MessageView>(v2, 'message:created', (m) => m.authorType === 'bot');
      await ok(call(v2, 'message:send', { clientMsgId: cid(), body: 'Muchas gracias' }));
      expect((await thanks).body).toMatch(/^¡De nada!/);
      const reply = next<MessageView>(v2, 'message:created', (m) => m.authorType === 'bot');
      await ok(call(v2, 'message:send', { clientMsgId: cid(), body: '¿Y hacéis envíos a Canarias en barco?' }));
      const r = await reply;
      expect(r.meta.kind).not.toBe('handoff');
      expect(r.body).toMatch(/^No estoy seguro/);
    } finally {
      v2.close();
    }
  });
});

describe("before any hand-off, the browser's language", () => {
  const bot = (v: VisitorClient) => next<MessageView>(v, 'message:created', (m) => m.authorType === 'bot');

  it("answers a Spanish browser's greeting, thanks and unanswerable question in Spanish, an English one in English", async () => {
    const es = await connectVisitor(server.url, undefined, 'es-ES');
    const en = await connectVisitor(server.url, undefined, 'en-GB');
    try {
      for (const [text, reply] of [
        ['Hola', '¡Hola! ¿En qué te puedo ayudar?'],
        ['gracias', '¡De nada! ¿Te puedo ayudar en algo más?'],
      ] as const) {
        const r = bot(es);
        await ok(call(es, 'message:send', { clientMsgId: cid(), body: text }));
        expect((await r).body).toBe(reply);
      }
      const unsure = bot(es);
      await ok(call(es, 'message:send', { clientMsgId: cid(), body: '¿Reparáis motos antiguas?' }));
      expect((await unsure).body).toMatch(/^No estoy seguro/);
      // An English message from that browser is answered in English; an English browser's "Hola" too (the KB's language).
      const english = bot(es);
      await ok(call(es, 'message:send', { clientMsgId: cid(), body: 'thanks a lot' }));
      expect((await english).body).toBe("You're welcome! Anything else I can help with?");
      const r = bot(en);
      await ok(call(en, 'message:send', { clientMsgId: cid(), body: 'Hola' }));
      expect((await r).body).toBe('Hi! What can I help you with?');
    } finally {
      es.close();
      en.close();
    }
  });

  it('a bad language in the handshake is ignored, not a refused connection', async () => {
    const v = await connectVisitor(server.url, undefined, '<script>');
    expect(v.connected).toBe(true);
    v.close();
  });
});

