import { expect, type Page, type FrameLocator } from '@playwright/test';

export const AGENT = { email: 'agent@demo.baton.dev', password: 'baton-demo-agent', name: 'Alex Rivera' };

/** Open the demo shop and the chat; returns the chat frame. */
export async function openChat(page: Page, demoUrl: string): Promise<FrameLocator> {
  await page.goto(demoUrl);
  const frame = page.frameLocator('#baton-frame');
  const launcher = page.getByTestId('baton-launcher');
  await expect(launcher).toBeVisible();
  if (!(await page.locator('#baton-frame').isVisible().catch(() => false))) await launcher.click();
  await expect(page.locator('#baton-frame')).toBeVisible();
  await expect(frame.getByTestId('composer-input')).toBeVisible();
  return frame;
}

export async function say(frame: FrameLocator, text: string): Promise<void> {
  await frame.getByTestId('composer-input').fill(text);
  await frame.getByTestId('send-button').click();
  await expect(frame.locator('[data-testid="message"][data-author="visitor"]').filter({ hasText: text }).last()).toBeVisible();
}

export async function loginConsole(page: Page, url: string, agent: { email: string; password: string } = AGENT): Promise<void> {
  await page.goto(`${url}/console/`);
  await page.getByTestId('login-email').fill(agent.email);
  await page.getByTestId('login-password').fill(agent.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('inbox')).toBeVisible();
}

/** Send as the customer and return the bot's reply to it (waits for a new bot message). */
export async function askBot(frame: FrameLocator, text: string) {
  const bots = frame.locator('[data-testid="message"][data-author="bot"]');
  const before = await bots.count();
  await say(frame, text);
  await expect(bots).toHaveCount(before + 1, { timeout: 15_000 });
  return bots.nth(before);
}
