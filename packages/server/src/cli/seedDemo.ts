/** The demo agent: every skill of the demo site, so a new user can take a chat at once. */
import type { Db } from '../storage/database.js';
import type { SiteRegistry } from '../services/siteRegistry.js';
import type { Config } from '../config.js';
import { upsertAgent, type AgentRow } from '../services/agentAuth.js';

export const DEMO_SITE_KEY = 'demo';

export async function seedDemo(db: Db, sites: SiteRegistry, config: Config): Promise<AgentRow | null> {
  const site = sites.getByKey(DEMO_SITE_KEY);
  if (!site) return null;
  return upsertAgent(db, {
    siteId: site.id,
    email: config.demoAgent.email,
    name: 'Alex Rivera',
    password: config.demoAgent.password,
    role: 'supervisor',
    skills: [...site.content.config.skills.map((s) => ({ skill: s.id, proficiency: 1 })), ...site.content.config.languages.map((l) => ({ skill: l, proficiency: 1 }))],
    capacity: 3,
  });
}
