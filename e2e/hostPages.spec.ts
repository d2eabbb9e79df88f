/**
 * The loader on host pages unlike the demo shop, each served by the test itself on the demo shop's origin (which the
 * demo site allows): a single-page app that swaps its whole <body> (Turbo Drive, pjax), a page that covers the corner with its own element at the highest z-index (before the widget and added after it), a page with a strict
 * Content-Security-Policy, a page whose identify() call has a bad e-mail address.
 */
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { batonProcess } from '../packages/server/src/cli/batonProcess.js';
import { askBot, loginConsole, say } from './support/pages.js';

const baton = batonProcess({ port: 4910, demoPort: 4911 });
const ORIGIN = 'http://localhost:4911';

let browser: Browser;

test.beforeAll(async ({ browser: b }: { browser: Browser }) => {
  browser = b;
  await baton.start();
});
test.afterAll(async () => {
  await baton.stop();
});

/**
 * A page on the allowed origin with `body` and the widget's script tag, in a browser context of its own (a visitor of
 * its own); `csp` becomes its Content-Security-Policy header.
 */
async function hostPage(name: string, body: string, csp?: string, warnings?: string[]): Promise<Page> {
  // A fulfilled page has no address, so Chromium counts it as public and refuses its requests to loopback (Local Network
  // Access) unless allowed; real host pages and Baton are both public or both local.
  const ctx: BrowserContext = await browser.newContext({ permissions: ['local-network-access'] });
  const page = await ctx.newPage();
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings?.push(m.text());
  });
  const url = `${ORIGIN}/host/${name}`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: csp ? { 'Content-Security-Policy': csp } : {},
      body: `<!doctype html><html><head><title>${name}</title></head><body>${body}<script src="${baton.url}/widget.js" data-site="demo" async></script></body></html>`,
    }),
  );
  await page.goto(url);
  return page;
}

/** Calls the page's JS API, Baton(command, arg). */
async function callBaton(page: Page, command: string, arg?: unknown): Promise<void> {
  await page.evaluate(([c, a]) => (window as unknown as { Baton: (c: unknown, a?: unknown) => void }).Baton(c, a), [command, arg] as const);
}

/** Centre of a box, and which element of the page is hit there (a point inside the widget hits its host element). */
async function hitAt(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<string> {
  return page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.id ?? '(none)', [box.x + box.width / 2, box.y + box.height / 2]);
}

test('an element at z-index 2147483647 over the corner covers neither the launcher nor the send button', async () => {
  // Like a cookie banner: fixed along the bottom, 170 px tall (over the launcher and the bottom of the open chat).
  const page = await hostPage(
    'banner',
    '<div id="banner" style="position:fixed;left:0;right:0;bottom:0;height:170px;z-index:2147483647;background:#222;color:#fff">We use cookies</div>',
  );
  const launcher = page.getByTestId('baton-launcher');
  await expect(launcher).toBeVisible();
  expect(await hitAt(page, (await launcher.boundingBox())!)).toBe('baton-widget');
  await launcher.click();
  const chat = page.frameLocator('#baton-frame');
  const send = chat.getByTestId('send-button');
  await expect(send).toBeVisible();
  expect(await hitAt(page, (await send.boundingBox())!)).toBe('baton-widget');
  await say(chat, 'hello from under the banner'); // clicks the send button: refused if the banner took the click
  await page.context().close();
});

test('an element at the highest z-index added after the widget covers it neither (the top layer)', async () => {
  // A consent banner a tag manager injects seconds after load: later in the page than ours, so at the same z-index it
  // would paint on top; the widget is in the browser's top layer (a manual popover) instead.
  const page = await hostPage('late-banner', '<h1>Shop</h1>');
  const launcher = page.getByTestId('baton-launcher');
  await expect(launcher).toBeVisible();
  await launcher.click();
  const chat = page.frameLocator('#baton-frame');
  const send = chat.getByTestId('send-button');
  await expect(send).toBeVisible();
  await page.evaluate(() => {
    const banner = document.createElement('div');
    banner.id = 'late-banner';
    banner.style.cssText = 'position:fixed;inset:auto 0 0 0;height:100vh;z-index:2147483647;background:#222';
    document.body.appendChild(banner);
  });
  expect(await hitAt(page, (await launcher.boundingBox())!)).toBe('baton-widget');
  expect(await hitAt(page, (await send.boundingBox())!)).toBe('baton-widget');
  await say(chat, 'hello over the late banner');
  // The page around the widget is the banner's: the widget took no more than its own boxes.
  expect(await page.evaluate(() => document.elementFromPoint(10, 10)?.id)).toBe('late-banner');
  await page.context().close();
});

test('under a strict Content-Security-Policy (no style-src) the launcher is styled and the chat works', async () => {
  // What README asks of such a site: script-src and frame-src for Baton. No connect-src: the loader's origin check is
  // refused (a CSP report in the console) and the launcher is shown anyway; the chat's sockets live in the frame.
  const csp = `default-src 'self'; script-src ${baton.url}; frame-src ${baton.url}`;
  const page = await hostPage('csp', '<h1>Strict shop</h1><p>Nothing inline allowed here.</p>', csp);
  const launcher = page.getByTestId('baton-launcher');
  await expect(launcher).toBeVisible();
  const look = await launcher.evaluate((el) => {
    const s = getComputedStyle(el);
    return { position: s.position, background: s.backgroundColor, radius: s.borderRadius };
  });
  expect(look).toEqual({ position: 'fixed', background: 'rgb(79, 70, 229)', radius: '50%' }); // data-color's default
  const box = (await launcher.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box).toMatchObject({ width: 56, height: 56, x: viewport.width - 20 - 56, y: viewport.height - 20 - 56 });
  await launcher.click();
  const frameBox = (await page.locator('#baton-frame').boundingBox())!;
  expect(frameBox).toMatchObject({ width: 380, x: viewport.width - 20 - 380 });
  const chat = page.frameLocator('#baton-frame');
  await expect(await askBot(chat, 'How long does a refund take?')).toContainText(/From: Refunds/);
  await page.context().close();
});

test('a page that swaps its whole <body> (Turbo Drive, pjax) keeps the launcher and the open chat with its messages', async () => {
  const page = await hostPage('turbo', '<h1>Page one</h1>');
  const widget = page.locator('#baton-widget');
  const launcher = page.getByTestId('baton-launcher');
  await launcher.click();
  const chat = page.frameLocator('#baton-frame');
  const answer = await askBot(chat, 'How long does a refund take?');
  await expect(answer).toContainText(/From: Refunds/);

  // What Turbo Drive does on a link click: a new <body> replaces the old one; then the same with the page's scripts
  // run again, widget.js among them (Turbo re-runs the scripts of the new body).
  for (const rerun of [false, true]) {
    await page.evaluate(
      ([n, src]) => {
        // Page two comes back from a copy of the old body, as Turbo restores a cached page: it holds a copy of the
        // widget's host without its shadow root, which must not stay beside the real one.
        const next = src ? document.createElement('body') : (document.body.cloneNode(true) as HTMLElement);
        if (src) next.innerHTML = '<h1></h1>';
        next.querySelector('h1')!.textContent = `Page ${n}`;
        if (src) {
          const script = document.createElement('script');
          script.src = src;
          script.dataset.site = 'demo';
          next.appendChild(script);
        }
        document.body.replaceWith(next);
      },
      [rerun ? 'three' : 'two', rerun ? `${baton.url}/widget.js` : ''] as const,
    );
    await expect(page.locator('h1')).toHaveText(rerun ? 'Page three' : 'Page two');
    await expect(widget).toHaveCount(1);
    await expect(launcher).toBeVisible();
    // Still open, and the conversation is back (the moved frame reloads and syncs from the server).
    await expect(page.locator('#baton-frame')).toBeVisible();
    await expect(chat.locator('[data-testid="message"][data-author="visitor"]').filter({ hasText: 'How long does a refund take?' })).toBeVisible();
    await expect(chat.locator('[data-testid="message"][data-author="bot"]').filter({ hasText: 'From: Refunds' })).toBeVisible();
  }
  // The JS API still drives it.
  await callBaton(page, 'close');
  await expect(page.locator('#baton-frame')).toBeHidden();
  await callBaton(page, 'open');
  await expect(page.locator('#baton-frame')).toBeVisible();
  await say(chat, 'still here after two page swaps');
  await page.context().close();
});

test('identify() with a bad e-mail address warns in the page console, naming it, and the rest reaches the agent', async () => {
  const agent = await (await browser.newContext()).newPage();
  await loginConsole(agent, baton.url);
  const warnings: string[] = [];
  // The README's snippet, as a site calls it before widget.js has loaded.
  const snippet = `<script>window.Baton = window.Baton || function () { (Baton.q = Baton.q || []).push(arguments) };
    Baton('identify', { name: 'Bob Stone', email: 'bob@', plan: 'pro' });</script>`;
  const page = await hostPage('identify', `<h1>Account</h1>${snippet}`, undefined, warnings);
  await page.getByTestId('baton-launcher').click();
  const chat = page.frameLocator('#baton-frame');
  await expect.poll(() => warnings.filter((w) => w.startsWith('[baton]'))).toEqual([
    '[baton] identify: left out email ("bob@"): Invalid email address. The rest was kept.',
  ]);
  await say(chat, 'Can I talk to a person?');
  await agent.getByTestId('offer-review').click();
  const customer = agent.getByTestId('package-customer');
  await expect(customer).toContainText('Bob Stone');
  await expect(customer).toContainText(/Plan\s*pro/); // a top-level key, kept under extra
  await expect(customer).not.toContainText('bob@');
  await agent.context().close();
  await page.context().close();
});
