/**
 * Issue #5: the waiting customer's position and estimate change live in the widget as the agent frees up.
 * The agent (capacity 3) already holds three chats; two customers in browsers wait behind them.
 */
import { test, expect, type Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { batonProcess } from '../packages/server/src/cli/batonProcess.js';
import { askBot, openChat, say } from './support/pages.js';
import { agentSocket as connectAgent } from './support/agentSocket.js';

// A short abandonment grace, so a customer who closes the chat while waiting leaves the queue within the test.
const baton = batonProcess({ port: 4320, demoPort: 4321, env: { BATON_ABANDON_GRACE_SECONDS: '2' } });
const sockets: Socket[] = [];

test.beforeAll(async () => {
  await baton.start();
});
test.afterAll(async () => {
  sockets.forEach((s) => s.close());
  await baton.stop();
});

const agentSocket = () => connectAgent(baton.url, sockets);

/** A customer without a browser who asks for a person and is accepted by the agent. */
async function busyChat(agent: Socket): Promise<string> {
  const session = await fetch(`${baton.url}/api/visitor/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ siteKey: 'demo', hostOrigin: baton.demoUrl.replace(/\/$/, '') }) });
  const { visitorToken } = (await session.json()) as { visitorToken: string };
  const v = io(`${baton.url}/visitor`, { auth: { visitorToken }, transports: ['websocket'], forceNew: true });
  sockets.push(v);
  await new Promise<void>((r) => v.once('connect', () => r()));
  const offered = new Promise<{ conversation: { id: string; version: number } }>((r) => agent.once('conversation:offered', r));
  await v.emitWithAck('conversation:escalate', {});
  const { conversation } = await offered;
  const ack = await agent.emitWithAck('conversation:accept', { conversationId: conversation.id, expectedVersion: conversation.version });
  expect(ack.ok).toBe(true);
  return conversation.id;
}

const status = (p: Page) => p.frameLocator('#baton-frame').getByTestId('queue-status');

test('position and estimate update live as the agent frees a slot', async ({ browser }) => {
  const agent = await agentSocket();
  const held = [await busyChat(agent), await busyChat(agent), await busyChat(agent)];

  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  const chatA = await openChat(first, baton.demoUrl);
  await say(chatA, 'My parcel has not arrived, can I talk to a person?');
  await expect(status(first)).toContainText(/number 1/);
  const chatB = await openChat(second, baton.demoUrl);
  await say(chatB, 'My parcel has not arrived, can I talk to a person?');
  await expect(status(second)).toContainText(/number 2/);
  const before = await status(second).innerText();

  // The agent resolves one chat: the first customer is offered it, the second moves up with a shorter wait.
  const detail = await agent.emitWithAck('conversation:get', { conversationId: held[0] });
  expect(detail.ok).toBe(true);
  const resolved = await agent.emitWithAck('conversation:resolve', { conversationId: held[0], expectedVersion: detail.data.conversation.version });
  expect(resolved).toMatchObject({ ok: true });
  await expect(status(second)).toContainText(/number 1/);
  await expect(status(first)).toContainText(/You're next/);
  const after = await status(second).innerText();
  expect(after).not.toBe(before);
});

test("a customer writing in Spanish gets the widget's own words in Spanish once handed off (browser in English)", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
  const chat = await openChat(page, baton.demoUrl);
  await expect(chat.getByTestId('composer-input')).toHaveAttribute('placeholder', 'Type your message…');
  await say(chat, 'Hola, mi pedido no ha llegado todavía y quiero saber dónde está');
  await expect(status(page)).toContainText(/Esperando al equipo de|Ahora mismo no hay nadie/);
  await expect(status(page)).toContainText(/Eres el número \d+ de la cola|Eres el siguiente/);
  await expect(chat.getByTestId('composer-input')).toHaveAttribute('placeholder', 'Escribe tu mensaje…');
  // The bot's hand-off message is signed in Spanish too, though the server stores every bot message as "Assistant".
  await expect(chat.getByText('Asistente', { exact: true }).last()).toBeVisible();
  await expect(chat.getByText('Assistant', { exact: true })).toHaveCount(0);
});

test("a browser in Spanish is greeted in Spanish (the site's greetings)", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: 'es-ES' })).newPage();
  const chat = await openChat(page, baton.demoUrl);
  await expect(chat.getByText(/^¡Hola! Soy el asistente de Lantern & Loom\./)).toBeVisible();
  await expect(chat.getByTestId('composer-input')).toHaveAttribute('placeholder', 'Escribe tu mensaje…');
});

test('a customer who left the queue and comes back sees where that chat ended, not the top of the old one', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const chat = await openChat(page, baton.demoUrl);
  // A chat taller than the list: a few long answers, then a request for a person.
  for (const q of ['How long does a refund take?', 'How do I return an item?', 'Which payment methods do you accept?']) await askBot(chat, q);
  await say(chat, 'Can I talk to a person?');
  await expect(status(page)).toBeVisible();
  await page.close();
  // Gone past the grace period: the chat leaves the queue and is closed.
  await new Promise((r) => setTimeout(r, 4500));
  const back = await context.newPage();
  const again = await openChat(back, baton.demoUrl);
  const ended = again.getByTestId('previous-ended');
  await expect(ended).toContainText(/left the queue/i);
  // The list opens at the end (a QA run found it at the top, the notice and the new chat out of sight).
  await expect(ended).toBeInViewport();
});
