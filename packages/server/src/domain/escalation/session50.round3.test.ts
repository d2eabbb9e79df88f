/**
 * Session 50, teams: what the second batch of blind sets routed wrongly (points taken in a takeover, a wound the model
 * read, tech support named, a points balance, a part missing from the box, a deletion not done, a school trip's tents).
 */
import { describe, expect, it } from 'vitest';
import { detectHighStakes, learnedDuty } from './highStakes.js';
import { findExplicitRequest } from './explicitRequest.js';
import { namedTeam } from './decide.js';
import { correctTeam } from './teamCorrections.js';
import { normalise } from '../bot/text.js';
import { teamsSite as teams } from './testContext.js';
import type { SiteConfig } from '../pipelineTypes.js';

describe('takeovers where loyalty value was taken are fraud, not access', () => {
  it('"somebody cashed in all my trailpoints… and used the vouchers" goes to the fraud team', () => {
    const r = detectHighStakes('somebody cashed in all my trailpoints (1,800) and used the vouchers on an order going to Hamburg. I live in Munich and I did not order anything', 1);
    expect(r?.skillDuty).toBe('fraud\\w*');
  });
  it('a takeover with the points only out of sight is about access', () => {
    const r = detectHighStakes('someone logged into my account and changed my password, i cant see my trailpoints', 1);
    expect(r?.skillDuty).toBe('login|log-?in|password|two-step|account access');
  });
});

describe('the learned reading: a wound in other words', () => {
  it.each(["the strap clip snapped and the lamp flicked back into his face, he's got a cut above his eye.", 'she has a cut on her hand from the broken pole'])('%j is the safety team\'s', (m) =>
    expect(learnedDuty(normalise(m))).toBe('safety'),
  );
  it('"a cut on my order price" is none', () => expect(learnedDuty(normalise('I got a cut on my order price'))).toBeUndefined());
});

describe('tech support named, and someone put on the case', () => {
  const site = { ...teams, skills: [...teams.skills, { id: 'technical', name: 'technical', description: 'Product troubleshooting', examples: [] }] } as SiteConfig;
  it.each(['can you get someone from tech support on this', 'can someone from tech support look at this'])('%j names technical', (m) => expect(namedTeam(site, m)).toBe('technical'));
  it.each(['i put someone on it already, my husband will call', 'we have a person on the case at our end'])('%j asks for no one', (m) => expect(findExplicitRequest(m, 'Northwind Gear')).toBeNull());
});

describe('team corrections, session 50 third round', () => {
  const site = { ...teams, skills: teams.skills.map((s) => (s.id === 'billing' ? { ...s, description: `${s.description} Trailpoints balances.` } : s)).concat([{ id: 'technical', name: 'technical', description: 'Product troubleshooting and product safety, account login and password problems.', examples: [] }]) } as SiteConfig;
  const input = (m: string) => ({ topical: m, conversation: m, current: m });
  it.each([
    ['orders', 'billing', 'my trailpoints from NW-290846 still say pending and it was delivered 5 weeks ago'],
    ['sales', 'orders', 'can a person please look at NW-374415? the box had the tent in it but no poles. none.'],
    ['technical', 'privacy', 'i confirmed my account deletion on the 2nd of last month and i can still log in. why is it still there'],
    ['billing', 'sales', 'we need 12 ridgeline 3p for a year 10 camping trip and would have to pay by invoice'],
  ])('%s → %s for %j', (from, to, m) => expect(correctTeam(site, from, input(m))).toBe(to));
  it.each([
    ['technical', 'the charging points on my watch are corroded, still say low battery'],
    ['billing', 'we need 2 headlamps for a camping trip, can I pay by invoice?'],
  ])('%s stays for %j', (from, m) => expect(correctTeam(site, from, input(m))).toBe(from));
});
