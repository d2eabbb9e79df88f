/** Composition root: config → storage → services → transport → listen. */
import { loadConfigOrExit } from './config.js';
import { createBaton } from './app.js';
import { demoShopApp, scriptTag } from './transport/http/demoShop.js';
import { DEMO_SITE_KEY } from './cli/seedDemo.js';
import { DataDirInUse } from './storage/dataDirLock.js';

const config = loadConfigOrExit();
const baton = await createBaton(config).catch((err: unknown) => {
  // A second Baton on the same PGlite directory: say so plainly, no stack trace.
  if (err instanceof DataDirInUse) {
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
console.log(`
  Baton is running on port ${port}  (${storage})

  Demo shop (customer):  ${demoUrl ?? '(disabled)'}
  Agent console:         ${publicUrl}/console/
  Demo agent login:      ${config.demoAgent.email}  /  ${config.demoAgent.password}

  Paste this on your site:
    ${scriptTag(publicUrl, DEMO_SITE_KEY)}
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    baton.log.info({ signal }, 'shutting down');
    demoServer?.close();
    void baton.close().then(() => process.exit(0));
  });
}
