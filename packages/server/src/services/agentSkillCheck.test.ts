import { describe, expect, it } from 'vitest';
import { checkSkills } from './agentSkillCheck.js';

const site = { key: 'shop', skills: ['orders', 'pre-sales', 'es', 'en'] };
const agent = (skills: [string, number][]) => ({ id: 'ag1', email: 'ana@shop.example', siteId: 's1', skills: skills.map(([skill, proficiency]) => ({ skill, proficiency })) });

describe('agent skills checked at start', () => {
  it('rewrites a regional code of a site language to it, keeping the higher proficiency when both are listed', () => {
    expect(checkSkills([agent([['orders', 1], ['es-MX', 0.8]])], () => site)).toEqual({ fixed: [{ id: 'ag1', skills: [{ skill: 'orders', proficiency: 1 }, { skill: 'es', proficiency: 0.8 }] }], warnings: [] });
    expect(checkSkills([agent([['es', 0.5], ['es_ES', 0.9]])], () => site).fixed[0]!.skills).toEqual([{ skill: 'es', proficiency: 0.9 }]);
  });

  it('leaves known skills alone, hyphenated team ids included, and reports unknown ones without changing them', () => {
    expect(checkSkills([agent([['orders', 1], ['pre-sales', 1], ['en', 1]])], () => site)).toEqual({ fixed: [], warnings: [] });
    const res = checkSkills([agent([['orders', 1], ['shipping', 1], ['fr-FR', 1]])], () => site);
    expect(res.fixed).toEqual([]);
    expect(res.warnings).toEqual(['agent ana@shop.example (site shop) has "shipping", "fr-FR", which the site does not have (orders, pre-sales, es, en): no chats come to them for it']);
  });

  it('skips agents of sites not loaded', () => {
    expect(checkSkills([agent([['nothing', 1]])], () => undefined)).toEqual({ fixed: [], warnings: [] });
  });
});
