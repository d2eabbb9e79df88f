/**
 * How the chat uses its height, in real Chromium. A newcomer found (1) a long answer ("How do I track my parcel?")
 * opened scrolled to its end, its first lines hidden under the header, and (2) the no-agent queue card with its
 * leave-a-message form 318 px tall, leaving the conversation 122 px on a desktop and ~40 % of a phone's screen.
 */
import { test, expect, type Browser, type BrowserContext, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { Socket } from 'socket.io-client';
import { batonProcess } from '../packages/server/src/cli/batonProcess.js';
import { askBot, openChat, say } from './support/pages.js';
import { agentSocket } from './support/agentSocket.js';

const baton = batonProcess({ port: 4810, demoPort: 4811 });
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const sockets: Socket[] = [];
const contexts: BrowserContext[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  await baton.start();
});
test.afterAll(async () => {
  sockets.forEach((s) => s.close());
  for (const c of contexts) await c.close();
  await baton.stop();
});

async function newPage(browser: Browser, phone = false): Promise<Page> {
  const ctx = await browser.newContext(phone ? { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : { viewport: DESKTOP });
  contexts.push(ctx);
  return ctx.newPage();
}

/** Where an element stands in the message list's visible box (px from its top edge), and the box's height. */
function inList(el: Locator) {
  return el.evaluate((node) => {
    const list = node.closest('[data-testid="message-list"]')!;
    const l = list.getBoundingClientRect();
    const r = node.getBoundingClientRect();
    return { top: r.top - l.top, bottom: r.bottom - l.top, height: r.height, listHeight: l.height };
  });
}

const listOf = (chat: FrameLocator) => chat.getByTestId('message-list');
const scrollList = (chat: FrameLocator, to: 'top' | 'bottom') =>
  listOf(chat).evaluate(async (el, end) => {
    el.scrollTop = end === 'top' ? 0 : el.scrollHeight;
    // Let the scroll event reach the widget before anything new arrives.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, to);
const heightOf = async (el: Locator) => (await el.boundingBox())!.height;
/** The offline line says when the team is back: the suite runs outside the demo site's support hours. */
const saysWhenBack = async (chat: FrameLocator) => /We're back/.test(await chat.getByTestId('queue-status').innerText());

/** The first line of a long message is in view, just under the top of the list. */
async function expectTopInView(message: Locator) {
  const at = await inList(message);
  expect(at.height, 'the message is taller than the list').toBeGreaterThan(at.listHeight);
  expect(at.top).toBeGreaterThanOrEqual(0);
  expect(at.top).toBeLessThan(40);
}

async function expectWhollyInView(message: Locator) {
  const at = await inList(message);
  expect(at.top).toBeGreaterThanOrEqual(0);
  expect(at.bottom).toBeLessThanOrEqual(at.listHeight);
}

test('an agent\'s long message opens at its top; a visitor who scrolled up is not moved by the next one', async ({ browser }) => {
  const agent = await agentSocket(baton.url, sockets);
  const chat = await openChat(await newPage(browser), baton.demoUrl);
  const offered = new Promise<{ conversation: { id: string; version: number } }>((r) => agent.once('conversation:offered', r));
  await say(chat, 'Can I talk to a person?');
  const { conversation } = await offered;
  expect(await agent.emitWithAck('conversation:accept', { conversationId: conversation.id, expectedVersion: conversation.version })).toMatchObject({ ok: true });
  const agentSays = async (body: string) => {
    const sent = await agent.emitWithAck('message:send', { conversationId: conversation.id, clientMsgId: `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`, body });
    expect(sent).toMatchObject({ ok: true });
    const m = chat.locator('[data-testid="message"][data-author="agent"]').filter({ hasText: body.slice(0, 40) });
    await expect(m).toBeAttached();
    return m;
  };
  const steps = Array.from({ length: 14 }, (_, i) => `Step ${i + 1}: this is a line of the agent's long walkthrough.`);
  await expectTopInView(await agentSays(`Here is what to do.\n\n${steps.join('\n\n')}`));

  // Reading history: a new message does not yank the visitor down.
  await scrollList(chat, 'top');
  await agentSays('One more thing, just in case.');
  expect(await listOf(chat).evaluate((el) => el.scrollTop)).toBe(0);

  // At the end again: a short message is followed to the end.
  await scrollList(chat, 'bottom');
  await expectWhollyInView(await agentSays('Anything else I can help with?'));

  // Away, so the tests below find nobody available.
  expect(await agent.emitWithAck('presence:set', { presence: 'away' })).toMatchObject({ ok: true });
});

test.describe('desktop, nobody available', () => {
  let chat: FrameLocator;
  let page: Page;

  test('a long bot answer opens at its first line; a short one scrolls to the end', async ({ browser }) => {
    page = await newPage(browser);
    chat = await openChat(page, baton.demoUrl);
    const answer = await askBot(chat, 'How do I track my parcel?');
    await expect(answer).toContainText(/From: Where is my order/);
    await expectTopInView(answer);

    const short = await askBot(chat, 'Do you repair vintage motorcycles?');
    await expectWhollyInView(short);
  });

  test('the queue card is two short lines: the conversation keeps the room, the form opens on demand', async () => {
    await say(chat, 'Can I talk to a person?');
    const card = chat.getByTestId('queue-status');
    await expect(chat.getByTestId('queue-offline')).toContainText(/No one from the .+ team is available right now/);
    await expect(card).toContainText(/number 1 in line/);
    const handoff = chat.locator('[data-testid="message"][data-author="bot"]').last();
    await expect(handoff).toContainText(/leave a message/);
    // Two short lines; outside the demo site's support hours a third says when the team is back ("We're back
    // Wednesday at 09:00."), so the bound depends on the hour the suite runs at.
    const cardMax = (await saysWhenBack(chat)) ? 150 : 130;
    expect(await heightOf(card)).toBeLessThan(cardMax);
    expect(await heightOf(listOf(chat))).toBeGreaterThan(300); // half of the 600 px frame
    await expectWhollyInView(handoff);

    // The form opens, starts in the e-mail field, folds away again keeping what was typed.
    const email = chat.getByTestId('ticket-email');
    await expect(email).toBeHidden();
    const toggle = chat.getByTestId('ticket-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(email).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await email.fill('ada@example.com');
    await toggle.click();
    await expect(email).toBeHidden();
    expect(await heightOf(card)).toBeLessThan(cardMax);
    await toggle.click();
    await expect(email).toHaveValue('ada@example.com');

    // Sent: one line of confirmation, the card compact again.
    await chat.getByTestId('ticket-message').fill('Where is my parcel LL-123456?');
    await chat.getByTestId('ticket-submit').click();
    await expect(chat.getByTestId('ticket-confirmation')).toContainText('ada@example.com');
    await expect(toggle).toHaveCount(0);
    await expect(email).toHaveCount(0);
    // Outside support hours the line says when they are back ("We're back Tuesday at 08:00 AM…"): one line more.
    expect(await heightOf(card)).toBeLessThan(150);
    // After a reload the card still says it was sent: no form inviting a second message.
    const again = await openChat(page, baton.demoUrl);
    await expect(again.getByTestId('ticket-confirmation')).toContainText('ada@example.com');
    await expect(again.getByTestId('ticket-toggle')).toHaveCount(0);
  });
});

test('on a phone the queue card stays small and the form collapses again', async ({ browser }) => {
  const chat = await openChat(await newPage(browser, true), baton.demoUrl);
  await say(chat, 'Can I talk to a person? You can reach me at Kim.Lee@example.com');
  const card = chat.getByTestId('queue-status');
  await expect(chat.getByTestId('queue-offline')).toBeVisible();
  await expectWhollyInView(chat.locator('[data-testid="message"][data-author="bot"]').last());
  // One line more outside support hours ("We're back … at 09:00."), as on the desktop.
  const cardMax = ((await saysWhenBack(chat)) ? 0.18 : 0.15) * PHONE.height;
  expect(await heightOf(card)).toBeLessThan(cardMax);
  expect(await heightOf(listOf(chat))).toBeGreaterThan(0.6 * PHONE.height);

  await chat.getByTestId('ticket-toggle').tap();
  await expect(chat.getByTestId('ticket-email')).toBeVisible();
  // The address typed in the chat is already there (not asked twice); the form starts at the message.
  await expect(chat.getByTestId('ticket-email')).toHaveValue('kim.lee@example.com');
  await expect(chat.getByTestId('ticket-message')).toBeFocused();
  await expect(chat.getByTestId('ticket-submit')).toBeInViewport({ ratio: 1 });
  await chat.getByTestId('ticket-toggle').tap();
  await expect(chat.getByTestId('ticket-email')).toBeHidden();
  expect(await heightOf(card)).toBeLessThan(cardMax);
});

test('a message over the limit is refused in the composer, and the refusal goes when the text is edited', async ({ browser }) => {
  const page = await newPage(browser);
  const chat = await openChat(page, baton.demoUrl);
  const input = chat.getByTestId('composer-input');
  await input.fill('x'.repeat(4100));
  await expect(chat.getByRole('alert')).toHaveText('Messages can be up to 4000 characters.');
  await input.press('Enter');
  await expect(chat.locator('[data-testid="message"][data-author="visitor"]')).toHaveCount(0);
  await input.fill('');
  await expect(chat.getByRole('alert')).toHaveCount(0);
});

test('Arabic and Hebrew messages read right to left, English left to right', async ({ browser }) => {
  const chat = await openChat(await newPage(browser), baton.demoUrl);
  // Polled, on the bubble with that text: a fresh clone's run once read the bubble before it had settled (ltr).
  const direction = (text: string) => () => chat.locator('[data-testid="message"][data-author="visitor"]').filter({ hasText: text }).locator('p').last().evaluate((el) => getComputedStyle(el).direction);
  const arabic = 'مرحبا، أريد إرجاع الطلب LL-123456 من فضلك';
  await say(chat, arabic);
  await expect.poll(direction(arabic)).toBe('rtl');
  await say(chat, 'Hello, where is my order?');
  await expect.poll(direction('Hello, where is my order?')).toBe('ltr');
});
