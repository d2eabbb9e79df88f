/** `pnpm seed`: create the demo site's agent without starting the server. */
import { loadConfigOrExit } from '../config.js';
import { openDatabase } from '../storage/database.js';
import { SiteRegistry } from '../services/siteRegistry.js';
import { seedDemo } from './seedDemo.js';

const config = loadConfigOrExit();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: `${config.dataDir}/pglite` }).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
const sites = await SiteRegistry.load(database.db, config.sitesDir);
const agent = await seedDemo(database.db, sites, config);
console.log(agent ? `demo agent: ${agent.email}` : 'no demo site found');
await database.close();
