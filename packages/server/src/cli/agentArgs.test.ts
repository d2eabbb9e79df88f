import { describe, expect, it } from 'vitest';
import { checkSiteSkills, parseAgentToAdd, parseSiteOption } from './agentArgs.js';

const add = (argv: string[], site = known) => {
  return checkSiteSkills(parseAgentToAdd(argv), site);
};

const known = (site: string) => (site === 'demo' ? ['orders', 'billing', 'technical', 'sales', 'en', 'es'] : null);
const base = ['--email', 'Sam@Shop.example', '--name', 'Sam Lee', '--password', 'correct-horse-1'];

describe('pnpm agent add: arguments', () => {
  it('reads skills with optional proficiency, lower-cases the e-mail, defaults site, role and capacity', () => {
    expect(add([...base, '--skills', 'orders,billing:0.8,es'])).toEqual({
      site: 'demo',
      email: 'sam@shop.example',
      name: 'Sam Lee',
      password: 'correct-horse-1',
      role: 'agent',
      capacity: 3,
      skills: [
        { skill: 'orders', proficiency: 1 },
        { skill: 'billing', proficiency: 0.8 },
        { skill: 'es', proficiency: 1 },
      ],
    });
    expect(add([...base, '--skills', 'sales', '--role', 'supervisor', '--capacity', '5'])).toMatchObject({ role: 'supervisor', capacity: 5 });
  });

  it('takes a regional code of a site language as that language, since customers are matched by it', () => {
    expect(add([...base, '--skills', 'orders,es-MX:0.7']).skills).toEqual([
      { skill: 'orders', proficiency: 1 },
      { skill: 'es', proficiency: 0.7 },
    ]);
  });

  it.each([
    [['--email', 'nope', '--name', 'x', '--password', 'correct-horse-1', '--skills', 'orders'], /--email must be an e-mail address/],
    [[...base.slice(0, 4), '--password', 'short', '--skills', 'orders'], /--password needs at least 10 characters/],
    [[...base], /--skills is required/],
    [[...base, '--skills', 'orders,fr'], /"fr" is not a skill or language of site "demo"/],
    [[...base, '--skills', 'orders,fr-FR'], /"fr-FR" is not a skill or language of site "demo"/],
    [[...base, '--skills', 'es,es-MX:0.5'], /listed twice/],
    [[...base, '--skills', 'orders:1.5'], /proficiency of "orders" must be above 0 and at most 1/],
    [[...base, '--skills', 'orders,orders:0.5'], /listed twice/],
    [[...base, '--skills', 'orders', '--site', 'nowhere'], /there is no site "nowhere"/],
    [[...base, '--skills', 'orders', '--capacity', '0'], /capacity/],
    [[...base, '--skills', 'orders', '--role', 'admin'], /--role/],
    [[...base, '--skills', 'orders', '--colour', 'red'], /Unknown option '--colour'/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => add(argv)).toThrow(message);
  });

  it('list takes the site, demo by default', () => {
    expect(parseSiteOption([])).toBe('demo');
    expect(parseSiteOption(['--site', 'shop'])).toBe('shop');
  });
});
