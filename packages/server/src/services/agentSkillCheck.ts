/**
 * At start: agents whose skills their site does not have. Routing compares skills exactly, so such an agent silently
 * never gets those chats. A regional code of a site language ("es-MX" from before site.json codes were read as their
 * base language) is rewritten to that language; anything else (a team renamed in site.json) is reported.
 */
import { eq, isNull } from 'drizzle-orm';
import type { Db } from '../storage/database.js';
import { agents } from '../storage/schema.js';
import type { SiteRegistry } from './siteRegistry.js';
import { asSiteSkill } from '../domain/site/siteSkill.js';

export interface AgentSkills {
  id: string;
  email: string;
  siteId: string;
  skills: { skill: string; proficiency: number }[];
}

export interface SiteSkills {
  key: string;
  /** Skill ids and language codes. */
  skills: readonly string[];
}

export interface SkillCheck {
  /** Agents whose skills change: regional codes read as the site's language. */
  fixed: { id: string; skills: { skill: string; proficiency: number }[] }[];
  /** One line per agent with skills still unknown to their site. */
  warnings: string[];
}

export function checkSkills(agentList: readonly AgentSkills[], siteOf: (siteId: string) => SiteSkills | undefined): SkillCheck {
  const out: SkillCheck = { fixed: [], warnings: [] };
  for (const a of agentList) {
    const site = siteOf(a.siteId);
    if (!site) continue;
    const skills: { skill: string; proficiency: number }[] = [];
    for (const s of a.skills) {
      // Unknown ones are kept as they are, and reported below.
      const skill = asSiteSkill(s.skill, site.skills) ?? s.skill;
      // "es" and "es-MX" both listed: the higher proficiency stands.
      const same = skills.find((k) => k.skill === skill);
      if (same) same.proficiency = Math.max(same.proficiency, s.proficiency);
      else skills.push({ skill, proficiency: s.proficiency });
    }
    if (skills.length !== a.skills.length || skills.some((s, i) => s.skill !== a.skills[i]!.skill)) out.fixed.push({ id: a.id, skills });
    const unknown = skills.map((s) => s.skill).filter((s) => !site.skills.includes(s));
    if (unknown.length) {
      out.warnings.push(`agent ${a.email} (site ${site.key}) has ${unknown.map((s) => `"${s}"`).join(', ')}, which the site does not have (${site.skills.join(', ')}): no chats come to them for it`);
    }
  }
  return out;
}

/** Applies the fixes and returns the warnings. */
export async function checkAgentSkills(db: Db, sites: SiteRegistry): Promise<string[]> {
  const rows = await db.select({ id: agents.id, email: agents.email, siteId: agents.siteId, skills: agents.skills }).from(agents).where(isNull(agents.removedAt));
  const { fixed, warnings } = checkSkills(rows, (siteId) => {
    const s = sites.getById(siteId);
    return s && { key: s.key, skills: [...s.content.config.skills.map((k) => k.id), ...s.content.config.languages] };
  });
  for (const f of fixed) await db.update(agents).set({ skills: f.skills }).where(eq(agents.id, f.id));
  return warnings;
}
