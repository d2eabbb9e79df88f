/**
 * The console's transfer form in real Chromium: Alex, in a live chat, transfers it to Sam by name with a note.
 * The customer is told, Sam is offered the chat with the handoff package and the note, Sam takes over and
 * chats both ways, and Alex can no longer reply.
 */
import { test, expect, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
import { batonProcess } from '../packages/server/src/cli/batonProcess.js';
import { AGENT, loginConsole, openChat, say } from './support/pages.js';
import { seedAgent } from './support/seedAgent.js';

const baton = batonProcess({ port: 4340, demoPort: 4341 });
const SAM = { email: 'sam@demo.baton.dev', password: 'sam-lee-password', name: 'Sam Lee', skills: ['orders', 'en'] };
const NOTE = 'Parcel lost twice; a refund up to €50 is approved. She prefers e-mail updates.';

const contexts: BrowserContext[] = [];
const msgs = (f: FrameLocator | Page, author: string) => f.locator(`[data-testid="message"][data-author="${author}"]`);

test.beforeAll(async () => {
  await seedAgent(baton.dataDir, SAM);
  await baton.start();
});

test.afterAll(async () => {
  for (const c of contexts) await c.close();
  await baton.stop();
});

test('transfer to a named agent: customer told, note in the offer, the new agent takes over, the old one cannot reply', async ({ browser }) => {
  const newPage = async () => {
    const ctx = await browser.newContext();
    contexts.push(ctx);
    return ctx.newPage();
  };
  const [customer, alex, sam] = [await newPage(), await newPage(), await newPage()];

  // Alex is the only agent online when the customer asks for a person, so the chat is his.
  await loginConsole(alex, baton.url);
  const chat = await openChat(customer, baton.demoUrl);
  await say(chat, 'My parcel LL-483920 has not arrived, can I talk to a person?');
  await expect(chat.getByTestId('queue-status')).toBeVisible();
  await alex.locator('[data-testid="inbox-item"]').first().click();
  // The intent is the customer's words as typed (it was shown lower-cased, the order number as "ll 483920").
  await expect(alex.getByTestId('package-intent')).toHaveText('My parcel LL-483920 has not arrived, can I talk to a person?');
  await alex.getByTestId('accept-button').click();
  await expect(chat.getByTestId('agent-status')).toContainText(AGENT.name);

  await test.step('Alex transfers to Sam with a note', async () => {
    await loginConsole(sam, baton.url, SAM);
    // A longer chat on a shorter screen, so the transcript scrolls.
    await alex.setViewportSize({ width: 1280, height: 640 });
    for (const line of ['It was due last Tuesday.', 'The tracking page has not changed for six days.', 'It is a Halden 3 table lamp, a birthday present.']) await say(chat, line);
    await expect(alex.getByTestId('transcript')).toContainText('birthday present');
    await alex.getByTestId('transfer-button').click();
    await expect(alex.getByTestId('transfer-form')).toBeVisible();
    // Focus is in the form; Escape closes it, and it opens again.
    await expect(alex.getByTestId('transfer-skill')).toBeFocused();
    await alex.keyboard.press('Escape');
    await expect(alex.getByTestId('transfer-form')).toBeHidden();
    await alex.getByTestId('transfer-button').click();
    await expect(alex.getByTestId('transfer-form')).toBeVisible();
    // The form takes room above the transcript; the newest message stays in view while the note is written.
    await expect(alex.getByTestId('transcript').locator(':scope > li').last()).toBeInViewport();
    // Waits for Sam to be listed as online (the form refreshes presence when it opens).
    await alex.getByTestId('transfer-agent').selectOption({ label: SAM.name });
    await alex.getByTestId('transfer-note').fill(NOTE);
    // Sam steps away before Alex sends: refused, said once under the header (not also as a toast), the form kept.
    await sam.getByTestId('presence-button').click();
    await sam.getByTestId('presence-option-away').click();
    await expect(sam.getByTestId('presence-button')).toContainText(/away/i);
    await alex.getByTestId('transfer-submit').click();
    await expect(alex.getByTestId('conversation-notice')).toContainText('is away');
    await expect(alex.getByTestId('toast')).toHaveCount(0);
    await expect(alex.getByTestId('transfer-form')).toBeVisible();
    // The refusal re-read the list: Sam is not pickable while away.
    await expect(alex.getByTestId('transfer-agent').locator('option', { hasText: SAM.name })).toBeDisabled();
    await sam.getByTestId('presence-button').click();
    await sam.getByTestId('presence-option-online').click();
    // Pushed to the open form (it no longer re-reads every 10 s): Sam is pickable again within moments, without reopening it.
    await expect(alex.getByTestId('transfer-agent').locator('option', { hasText: SAM.name })).toBeEnabled({ timeout: 5_000 });
    await alex.getByTestId('transfer-agent').selectOption({ label: SAM.name });
    await alex.getByTestId('transfer-submit').click();
    await expect(alex.getByTestId('transfer-form')).toBeHidden();
    // Offered to Sam now: Alex can no longer reply.
    await expect(alex.getByTestId('conversation')).toHaveAttribute('data-state', 'offered');
    await expect(alex.getByTestId('composer-input')).toHaveCount(0);
    await expect(alex.getByTestId('conversation')).toContainText('Offered to another agent: waiting for them to accept.');
  });

  await test.step('the customer is told and waits', async () => {
    await expect(msgs(chat, 'system').filter({ hasText: `${AGENT.name} is transferring you to ${SAM.name}.` })).toBeVisible();
    await expect(msgs(chat, 'system').filter({ hasText: `${AGENT.name} is transferring you to ${SAM.name}.` })).toBeInViewport();
    await expect(chat.getByTestId('queue-status')).toBeVisible();
  });

  await test.step('Sam is offered the chat: the note in the alert, then the handoff package', async () => {
    const alert = sam.getByTestId('offer-alert');
    await expect(alert).toContainText('Chat offered to you');
    await expect(alert.getByTestId('offer-transfer')).toHaveText(`From ${AGENT.name}: ${NOTE}`);
    await alert.getByTestId('offer-review').click();
    await expect(sam.getByTestId('handoff-package')).toBeVisible();
    await expect(sam.getByTestId('package-summary')).not.toBeEmpty();
    const transfer = sam.getByTestId('package-transfer');
    await expect(transfer).toHaveCount(1);
    await expect(transfer).toContainText(`${AGENT.name} → ${SAM.name}`);
    await expect(transfer).toContainText(NOTE);
    await expect(sam.getByTestId('transcript')).toContainText('My parcel LL-483920 has not arrived');
    await sam.getByTestId('accept-button').click();
  });

  await test.step('Sam and the customer chat both ways', async () => {
    await expect(msgs(chat, 'system').filter({ hasText: `${SAM.name} has joined the conversation.` })).toBeVisible();
    await expect(chat.getByTestId('agent-status')).toContainText(SAM.name);
    await sam.getByTestId('composer-input').fill("Hi, I'm Sam. I've read Alex's note.");
    await sam.getByTestId('send-button').click();
    await expect(msgs(chat, 'agent').last()).toContainText("I've read Alex's note.");
    await say(chat, 'Thanks Sam, e-mail is fine.');
    await expect(msgs(sam, 'visitor').last()).toContainText('Thanks Sam, e-mail is fine.');
  });

  await test.step('Alex no longer controls the conversation', async () => {
    await expect(alex.getByTestId('conversation')).toHaveAttribute('data-state', 'human');
    await expect(alex.getByText(`${SAM.name} is handling this conversation.`)).toBeVisible();
    await expect(alex.getByTestId('composer-input')).toHaveCount(0);
    await expect(alex.getByTestId('transfer-button')).toHaveCount(0);
    await expect(alex.getByTestId('resolve-button')).toHaveCount(0);
    await expect(alex.getByTestId('timeline').locator('[data-testid="timeline-event"][data-kind="transferred"]')).toHaveCount(1);
  });
});
