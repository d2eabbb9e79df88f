/** Adds an agent to the demo site in a Baton data dir before the server starts (PGlite allows one process at a time). */
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../packages/server/src/storage/database.js';
import { SiteRegistry } from '../../packages/server/src/services/siteRegistry.js';
import { upsertAgent } from '../../packages/server/src/services/agentAuth.js';

const SITES_DIR = fileURLToPath(new URL('../../sites', import.meta.url));

export async function seedAgent(dataDir: string, agent: { email: string; password: string; name: string; skills: string[] }): Promise<void> {
  const database = await openDatabase({ dataDir: `${dataDir}/pglite` });
  try {
    const site = (await SiteRegistry.load(database.db, SITES_DIR)).getByKey('demo')!;
    await upsertAgent(database.db, { siteId: site.id, email: agent.email, name: agent.name, password: agent.password, skills: agent.skills.map((skill) => ({ skill, proficiency: 1 })) });
  } finally {
    await database.close();
  }
}
