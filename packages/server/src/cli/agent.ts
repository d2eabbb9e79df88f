/** `pnpm agent add …` / `pnpm agent list`: manage a site's agents without starting the server (see agentArgs.ts). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { loadSiteFolder } from '../site/loadSiteFolder.js';
import { loadConfigOrExit } from '../config.js';
import { openDatabase } from '../storage/database.js';
import { agents } from '../storage/schema.js';
import { SiteRegistry } from '../services/siteRegistry.js';
import { upsertAgent } from '../services/agentAuth.js';
import { AGENT_USAGE, checkSiteSkills, parseAgentToAdd, parseSiteOption, type AgentToAdd } from './agentArgs.js';

const [command, ...rest] = process.argv.slice(2);
if (command !== 'add' && command !== 'list') {
  console.error(AGENT_USAGE);
  process.exit(2);
}
let parsed: { command: 'add'; input: AgentToAdd } | { command: 'list'; site: string };
try {
  // Everything checkable without the database first: a typo opens (and creates) nothing.
  parsed = command === 'add' ? { command, input: parseAgentToAdd(rest) } : { command, site: parseSiteOption(rest) };
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
const skillList = (skills: readonly { skill: string; proficiency: number }[]): string => skills.map((s) => (s.proficiency === 1 ? s.skill : `${s.skill}:${s.proficiency}`)).join(',');
const config = loadConfigOrExit();
// The site and its skills come from its folder: checked before the database too.
const siteSkills = (key: string): string[] | null => {
  if (!/^[\w-]+$/.test(key) || !existsSync(join(config.sitesDir, key, 'site.json'))) return null;
  const { config: site } = loadSiteFolder(join(config.sitesDir, key), key);
  return [...site.skills.map((s) => s.id), ...site.languages];
};
try {
  if (parsed.command === 'list') {
    if (!siteSkills(parsed.site)) throw new Error(`--site: there is no site "${parsed.site}"`);
  } else parsed = { command: 'add', input: checkSiteSkills(parsed.input, siteSkills) };
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: `${config.dataDir}/pglite` }).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
try {
  const sites = await SiteRegistry.load(database.db, config.sitesDir);
  if (parsed.command === 'list') {
    const site = sites.getByKey(parsed.site);
    if (!site) throw new Error(`--site: there is no site "${parsed.site}"`);
    for (const a of await database.db.select().from(agents).where(eq(agents.siteId, site.id))) {
      console.log(`${a.email}\t${a.name}\t${a.role}\tcapacity ${a.capacity}\t${skillList(a.skills)}`);
    }
  } else {
    const { input } = parsed;
    const site = sites.getByKey(input.site)!;
    const [existing] = await database.db.select({ id: agents.id }).from(agents).where(eq(agents.email, input.email));
    if (existing) throw new Error(`--email: an agent with ${input.email} already exists`);
    const agent = await upsertAgent(database.db, { siteId: site.id, email: input.email, name: input.name, password: input.password, role: input.role, skills: input.skills, capacity: input.capacity });
    console.log(`added ${agent.name} <${agent.email}> to ${input.site} (${agent.role}, capacity ${agent.capacity}, skills ${skillList(agent.skills)}); they sign in at /console/`);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
} finally {
  await database.close();
}
