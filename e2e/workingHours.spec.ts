/**
 * The console's working-hours form: the agent sets hours (stored by the server, shown again after a reload),
 * an invalid entry (or every day closed) shows the server's error and changes nothing, a click outside closes it,
 * and Clear goes back to "whenever online".
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { batonProcess } from '../packages/server/src/cli/batonProcess.js';
import { loginConsole } from './support/pages.js';

const baton = batonProcess({ port: 4330, demoPort: 4331 });
const BERLIN = { timezone: 'Europe/Berlin', 'mon-fri': '09:00-17:00', sat: '10:00-14:00', sun: 'closed' };
const BERLIN_TEXT = 'Mon–Fri 09:00-17:00, Sat 10:00-14:00 (Europe/Berlin)';

test.describe.configure({ mode: 'serial' });

let ctx: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  await baton.start();
  // Not the zone we save: the form's default must come from the browser.
  ctx = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
  page = await ctx.newPage();
});

test.afterAll(async () => {
  await ctx?.close();
  await baton.stop();
});

/** The hours the server holds for the signed-in agent (the page's session cookie). */
async function storedHours(): Promise<unknown> {
  const res = await page.request.get(`${baton.url}/api/agent/me`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { agent: { workingHours?: unknown } }).agent.workingHours ?? null;
}

const summary = () => page.getByTestId('hours-summary');
const form = () => page.getByTestId('hours-form');

test('set hours: saved over the agent socket, shown in the header, still there after a reload', async () => {
  await loginConsole(page, baton.url);
  await expect(summary()).toHaveText('Whenever online');
  await page.getByTestId('hours-button').click();
  await expect(page.getByTestId('hours-timezone')).toHaveValue('Asia/Tokyo');

  await page.getByTestId('hours-timezone').fill('Europe/Berlin');
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri']) await page.getByTestId(`hours-${day}`).fill('09:00-17:00');
  await page.getByTestId('hours-sat').fill('10:00-14:00');
  await page.getByTestId('hours-save').click();

  await expect(form()).toBeHidden();
  await expect(summary()).toHaveText(BERLIN_TEXT);
  expect(await storedHours()).toEqual(BERLIN);

  await page.reload();
  await expect(summary()).toHaveText(BERLIN_TEXT);
  await page.getByTestId('hours-button').click();
  await expect(page.getByTestId('hours-timezone')).toHaveValue('Europe/Berlin');
  await expect(page.getByTestId('hours-wed')).toHaveValue('09:00-17:00');
  await expect(page.getByTestId('hours-sun')).toHaveValue('');
});

test('an invalid range names the day and why, marks the field, and changes nothing', async () => {
  await page.getByTestId('hours-wed').fill('25:00-26:00');
  await page.getByTestId('hours-save').click();
  await expect(page.getByTestId('hours-error')).toHaveText('Wed: "25:00" is not a time of day (HH:MM, 00:00 to 24:00)');
  await expect(page.getByTestId('hours-wed')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('hours-mon')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form()).toBeVisible();
  await expect(summary()).toHaveText(BERLIN_TEXT);
  expect(await storedHours()).toEqual(BERLIN);
  await page.keyboard.press('Escape');
  await expect(form()).toBeHidden();
});

test('every day closed is refused (clear is the way to "whenever online"); a click outside closes the form', async () => {
  await page.getByTestId('hours-button').click();
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']) await page.getByTestId(`hours-${day}`).fill('');
  await page.getByTestId('hours-save').click();
  await expect(page.getByTestId('hours-error')).toContainText('every day is closed');
  expect(await storedHours()).toEqual(BERLIN);
  // Inside the form, clicks keep it open; outside, they close it without saving.
  await page.getByTestId('hours-timezone').click();
  await expect(form()).toBeVisible();
  await page.mouse.click(5, 300);
  await expect(form()).toBeHidden();
  await expect(summary()).toHaveText(BERLIN_TEXT);
});

test('clear: back to whenever online', async () => {
  await page.getByTestId('hours-button').click();
  await page.getByTestId('hours-clear').click();
  await expect(form()).toBeHidden();
  await expect(summary()).toHaveText('Whenever online');
  expect(await storedHours()).toBeNull();
});
