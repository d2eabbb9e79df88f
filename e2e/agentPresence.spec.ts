/**
 * The console's presence menu: Online / Away / Offline, each saying what it does. Away keeps the chat and the
 * customer's widget says the agent stepped away. Offline hands the agent's chat back
 * to the queue (the customer reads it in the widget) and stays chosen after a reload; Online brings the offer back,
 * counting down to the moment it would go to the next agent.
 */
import { test, expect, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
import { batonProcess } from '../packages/server/src/cli/batonProcess.js';
import { loginConsole, openChat, say } from './support/pages.js';

const baton = batonProcess({ port: 4360, demoPort: 4361 });

test.describe.configure({ mode: 'serial' });

let customerCtx: BrowserContext;
let agentCtx: BrowserContext;
let agent: Page;
let chat: FrameLocator;

test.beforeAll(async ({ browser }) => {
  await baton.start();
  customerCtx = await browser.newContext();
  agentCtx = await browser.newContext();
  agent = await agentCtx.newPage();
});

test.afterAll(async () => {
  await customerCtx?.close();
  await agentCtx?.close();
  await baton.stop();
});

const button = () => agent.getByTestId('presence-button');

test('Away is shown to the customer; Offline hands the held chat back (the customer is told) and survives a reload; Online takes offers again, counting the offer down', async () => {
  await loginConsole(agent, baton.url);
  await expect(button()).toHaveAttribute('data-presence', 'online');

  chat = await openChat(await customerCtx.newPage(), baton.demoUrl);
  await say(chat, 'Can I talk to a person please?');
  await agent.getByTestId('offer-review').click();
  await agent.getByTestId('accept-button').click();
  await expect(agent.getByTestId('resolve-button')).toBeVisible();

  await button().click();
  await expect(agent.getByRole('menuitemradio', { name: /Online/ })).toHaveAttribute('aria-checked', 'true');
  await expect(agent.getByTestId('presence-hint-offline')).toHaveText('Your chat goes back to the queue; stays offline after a reload');
  await expect(agent.getByTestId('presence-hint-away')).toHaveText("No new chats; you keep yours, and those customers see you've stepped away");
  // Arrow keys move through the choices; Escape closes without changing anything.
  await agent.keyboard.press('ArrowDown');
  await expect(agent.getByTestId('presence-option-away')).toBeFocused();
  await agent.keyboard.press('End');
  await expect(agent.getByTestId('presence-option-offline')).toBeFocused();
  await agent.keyboard.press('Escape');
  await expect(agent.getByRole('menu')).toBeHidden();
  await expect(button()).toBeFocused();
  // Tabbing out of the open menu closes it.
  await agent.keyboard.press('ArrowDown');
  await expect(agent.getByTestId('presence-option-online')).toBeFocused();
  for (let i = 0; i < 3; i++) await agent.keyboard.press('Tab');
  await expect(agent.getByRole('menu')).toBeHidden();
  await expect(button()).toHaveAttribute('data-presence', 'online');

  // Away keeps the chat; the customer's widget says the agent stepped away, and what that means for their messages.
  await button().click();
  await agent.getByTestId('presence-option-away').click();
  await expect(button()).toHaveAttribute('data-presence', 'away');
  await expect(chat.getByTestId('agent-status')).toHaveText('Alex Rivera stepped away for a moment');
  await expect(chat.getByTestId('agent-away')).toHaveText("They'll read what you write here when they're back.");
  await expect(agent.getByTestId('resolve-button')).toBeVisible();
  // An Away agent who answers is there: the notice goes with their reply.
  await agent.getByTestId('composer-input').fill('Still here, checking your order now');
  await agent.getByTestId('composer-input').press('Enter');
  await expect(chat.locator('[data-testid="message"][data-author="agent"]')).toContainText('Still here');
  await expect(chat.getByTestId('agent-away')).toBeHidden();
  await expect(chat.getByTestId('agent-status')).toHaveText('Alex Rivera has joined');

  await button().click();
  await agent.getByTestId('presence-option-offline').click();
  await expect(button()).toHaveAttribute('data-presence', 'offline');
  await expect(chat.locator('[data-testid="message"]').filter({ hasText: /Alex Rivera had to leave\. You're back in line/ })).toBeVisible();
  await expect(agent.locator('[data-testid="inbox-item"][data-state="queued"]')).toHaveCount(1);
  await expect(agent.locator('[data-testid="inbox-item"][data-state="human"]')).toHaveCount(0);
  await expect(chat.getByTestId('agent-away')).toBeHidden();

  await agent.reload();
  await expect(agent.getByTestId('inbox')).toBeVisible();
  await expect(button()).toHaveAttribute('data-presence', 'offline');
  await expect(agent.getByTestId('offer-alert')).toHaveCount(0);

  await button().click();
  await expect(agent.getByTestId('presence-hint-offline')).toHaveText('No chats; stays offline after a reload');
  await agent.getByTestId('presence-option-online').click();
  await expect(button()).toHaveAttribute('data-presence', 'online');
  await expect(agent.getByTestId('offer-alert')).toContainText('Chat offered to you');
  // The offer counts down to the moment it goes to the next agent (BATON_OFFER_TIMEOUT_SECONDS, 120 s by default).
  const countdown = agent.getByTestId('offer-alert').getByTestId('offer-countdown');
  await expect(countdown).toHaveText(/^(2:00|1:[0-5]\d) left$/);
  const first = await countdown.innerText();
  await expect(countdown).not.toHaveText(first, { timeout: 3000 });
});
