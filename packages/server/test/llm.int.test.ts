/** The optional LLM provider, against a local server speaking the chat-completions wire format. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationSummary, HandoffPackage, MessageView } from '@baton/protocol';
import { call, cid, connectAgent, connectVisitor, next, offerOf, ok, startServer, type TestServer } from './harness.js';

let mode: 'ok' | 'error' | 'slow' = 'ok';
const requests: { auth: string | undefined; body: { model: string; messages: { role: string; content: string }[] } }[] = [];
let llm: Server;
let llmUrl = '';
let server: TestServer;
/** Set by a test: summary requests are answered only when `release` resolves, and `asked` is called as each arrives. */
let summaryGate: { asked: () => void; release: Promise<void> } | null = null;

beforeAll(async () => {
  llm = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const body = JSON.parse(raw);
      requests.push({ auth: req.headers.authorization, body });
      if (req.url !== '/v1/chat/completions') return void res.writeHead(404).end();
      if (mode === 'error') return void res.writeHead(500).end('{"error":"boom"}');
      const summary = body.messages[0].content.startsWith('Summarise');
      // The answer names as its source the first passage sent from another article than passage 1, if any.
      const titles = [...String(body.messages[1]?.content).matchAll(/^\[(\d)\] From "([^"]+)":/gm)];
      const other = titles.find((m) => m[2] !== titles[0]?.[2]);
      const content = summary ? 'LLM summary: the customer wants a person about a refund.' : `LLM: refunds reach your card within 5 business days.${other ? `\nSOURCE: ${other[1]}` : ''}`;
      const send = () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
      if (mode === 'slow') setTimeout(send, 1500);
      else if (summary && summaryGate) {
        summaryGate.asked();
        void summaryGate.release.then(send);
      } else send();
    });
  });
  await new Promise<void>((r) => llm.listen(0, '127.0.0.1', () => r()));
  llmUrl = `http://127.0.0.1:${(llm.address() as AddressInfo).port}/v1`;
  // A patient server, as with a real provider (seconds): what the model says must not depend on this machine's load.
  // The fallback test starts its own with a short timeout (on a loaded machine a 300 ms one dropped the 'ok' answers).
  server = await startServer(llmEnv('20000'));
});
/** Servers a test started, closed with the rest. */
const onClose: TestServer[] = [];
afterAll(async () => {
  for (const s of onClose) await s.close();
  await server?.close();
  llm?.close();
});

const llmEnv = (timeoutMs: string) => ({ BATON_LLM_BASE_URL: llmUrl, BATON_LLM_MODEL: 'test-model', BATON_LLM_API_KEY: 'sk-test', BATON_LLM_TIMEOUT_MS: timeoutMs });

const ask = async (body: string, on = server) => {
  const v = await connectVisitor(on.url);
  const reply = next<MessageView>(v, 'message:created', (m) => m.authorType === 'bot');
  await ok(call(v, 'message:send', { clientMsgId: cid(), body }));
  return { v, reply: await reply };
};

describe('optional LLM provider (OpenAI-compatible chat completions)', () => {
  it('answers grounded in the retrieved passage, keeping the source', async () => {
    mode = 'ok';
    requests.length = 0;
    // A question two articles speak to (refunds, returns), so the passages sent are not all of one article.
    const question = 'How long does a refund take after my return arrives?';
    const { v, reply } = await ask(question);
    expect(reply.body).toMatch(/^LLM: refunds reach your card within 5 business days\.\n\n\(From: .+\)$/);
    const req = requests[0]!;
    expect(req.auth).toBe('Bearer sk-test');
    expect(req.body.model).toBe('test-model');
    const prompt = req.body.messages[1]!.content;
    expect(prompt).toContain(question);
    // Several candidate passages, numbered; the reply cites the one the model used, not the bot's own pick.
    const titles = [...prompt.matchAll(/^\[(\d)\] From "([^"]+)":/gm)].map((m) => m[2]);
    expect(titles.length).toBeGreaterThan(1);
    expect(titles.length).toBeLessThanOrEqual(5);
    const used = titles.find((t) => t !== titles[0]);
    expect(used).toBeDefined();
    expect(reply.body.endsWith(`(From: ${used})`)).toBe(true);
    expect(reply.body).not.toMatch(/SOURCE/);
    v.close();
  });

  it('replaces the handoff summary after escalation', async () => {
    mode = 'ok';
    const agent = await connectAgent(server.url);
    const v = await connectVisitor(server.url);
    const updated = next<{ package: HandoffPackage }>(agent, 'package:updated', (e) => e.package.summary.startsWith('LLM summary'));
    await ok(call(v, 'message:send', { clientMsgId: cid(), body: 'I want a refund, can I talk to a person?' }));
    const { package: pkg } = await updated;
    expect(pkg.summary.length).toBeLessThanOrEqual(400);
    expect(pkg.reason).toBe('explicit_request');
    v.close();
    agent.close();
  });

  it('asks the model again after a transfer, over the rebuilt package', async () => {
    mode = 'ok';
    const agent = await connectAgent(server.url);
    const v = await connectVisitor(server.url);
    // This customer's offer: the previous test's customer was offered to the same agent, and that offer can come late.
    const sent = ok(call<{ message: MessageView }>(v, 'message:send', { clientMsgId: cid(), body: 'I want a refund, can I talk to a person?' }));
    const c = (await offerOf(agent, sent.then((s) => s.message.conversationId))).conversation;
    const acc = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId: c.id, expectedVersion: c.version }));
    await server.baton.services.idle();
    requests.length = 0;
    const rebuilt = next<{ package: HandoffPackage }>(agent, 'package:updated', (e) => e.package.summary.includes('transferred it to'));
    const improved = next<{ package: HandoffPackage }>(agent, 'package:updated', (e) => !!e.package.transfers?.length && e.package.summary.startsWith('LLM summary'));
    await ok(call(agent, 'conversation:transfer', { conversationId: c.id, expectedVersion: acc.conversation.version, toSkill: 'billing', note: 'refund approval' }));
    await rebuilt;
    expect((await improved).package.transfers?.[0]).toMatchObject({ note: 'refund approval' });
    expect(requests.some((r) => r.body.messages[0]!.content.startsWith('Summarise'))).toBe(true);
    v.close();
    agent.close();
  });

  it('keeps the model\'s summary when the chat is accepted while the model is still writing it', async () => {
    mode = 'ok';
    let release!: () => void;
    let asked!: () => void;
    const summaryAsked = new Promise<void>((r) => (asked = r));
    summaryGate = { asked, release: new Promise<void>((r) => (release = r)) };
    const agent = await connectAgent(server.url);
    const v = await connectVisitor(server.url);
    try {
      const sent = ok(call<{ message: MessageView }>(v, 'message:send', { clientMsgId: cid(), body: 'I want a refund, can I talk to a person?' }));
      const c = (await offerOf(agent, sent.then((s) => s.message.conversationId))).conversation;
      await summaryAsked;
      const improved = next<{ conversationId: string; package: HandoffPackage }>(agent, 'package:updated', (e) => e.conversationId === c.id && e.package.summary.startsWith('LLM summary'));
      await ok(call(agent, 'conversation:accept', { conversationId: c.id, expectedVersion: c.version }));
      release();
      expect((await improved).package.reason).toBe('explicit_request');
      const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: c.id }));
      expect(d.conversation.state).toBe('human');
      expect(d.package?.summary).toBe('LLM summary: the customer wants a person about a refund.');
    } finally {
      summaryGate = null;
      release();
      v.close();
      agent.close();
    }
  });

  it('falls back to the embedded answer when the provider fails or is too slow', async () => {
    const impatient = await startServer(llmEnv('300'));
    onClose.push(impatient);
    for (const m of ['error', 'slow'] as const) {
      mode = m;
      const started = Date.now();
      const { v, reply } = await ask('How long does a refund take?', impatient);
      expect(reply.body).not.toMatch(/^LLM:/);
      expect(reply.meta.kind).toBe('answer');
      expect(reply.body).toMatch(/\(From: .+\)$/);
      expect(Date.now() - started).toBeLessThan(1400);
      v.close();
    }
  });
});
