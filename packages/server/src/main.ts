/** Composition root: config → storage → services → transport → listen. */
import { loadConfigOrExit } from './config.js';
import { createBaton } from './app.js';
import { demoShopApp, scriptTag } from './transport/http/demoShop.js';
import { DEMO_SITE_KEY, UnsafeDemoAgent } from './cli/seedDemo.js';
import { DataDirInUse } from './storage/dataDirLock.js';
import { SiteLoadError } from './services/siteRegistry.js';

const config = loadConfigOrExit();
const baton = await createBaton(config).catch((err: unknown) => {
  // A second Baton on the same PGlite directory, a bad site, an exposed demo password: say so plainly, no stack trace.
  if (err instanceof DataDirInUse || err instanceof SiteLoadError || err instanceof UnsafeDemoAgent) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
});
const port = await baton.listen();
const publicUrl = config.publicUrl;

let demoUrl: string | null = null;
const demoSite = baton.services.ctx.sites.getByKey(DEMO_SITE_KEY);
let demoServer: import('node:http').Server | null = null;
if (config.demoPort && demoSite) {
  for (const host of ['localhost', '127.0.0.1']) baton.services.ctx.sites.allowOrigin(DEMO_SITE_KEY, `http://${host}:${config.demoPort}`);
  demoServer = demoShopApp(publicUrl, DEMO_SITE_KEY, demoSite.content.config.name).listen(config.demoPort, config.host);
  demoUrl = `http://localhost:${config.demoPort}/`;
}

const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite, data in ${config.dataDir}/pglite`;
// Every site this server loaded, by its own key: a site owner pastes the tag of their site, not the demo's.
const tags = baton.services.ctx.sites
  .all()
  .map((s) => `    ${s.content.config.name}:\n      ${scriptTag(publicUrl, s.key)}`)
  .join('\n');
const demoLines = demoSite ? `\n  Demo shop (customer):  ${demoUrl ?? '(disabled)'}` : '';
const loginLine = demoSite ? `\n  Demo agent login:      ${config.demoAgent.email}  /  ${config.demoAgent.password}` : '\n  Agents:                add them with `npx -y pnpm@10 -s agent add --site <key> …` (README, "Agents")';
console.log(`
  Baton is running on port ${port}  (${storage})
${demoLines}
  Agent console:         ${publicUrl}/console/${loginLine}

  Paste this on your site:
${tags}
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    baton.log.info({ signal }, 'shutting down');
    demoServer?.close();
    void baton.close().then(() => process.exit(0));
  });
}
