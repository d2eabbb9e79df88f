import { describe, expect, it } from 'vitest';
import { AGENT_USAGE, checkSiteSkills, parseAgentCommand, parseAgentToAdd } from './agentArgs.js';

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

  it('leaves the password to be asked for when --password is not given (it would stay in the shell history)', () => {
    expect(add([...base.slice(0, 4), '--skills', 'orders']).password).toBeNull();
  });
});

describe('pnpm agent: the other commands', () => {
  it('prints usage for --help, of the whole tool or of one command, instead of "Unknown option"', () => {
    for (const argv of [[], ['--help'], ['-h'], ['help']]) expect(parseAgentCommand(argv)).toEqual({ command: 'help', text: AGENT_USAGE });
    const add = parseAgentCommand(['add', '--help']);
    expect(add).toMatchObject({ command: 'help', text: expect.stringMatching(/^Usage: pnpm agent add --email/) });
    expect(add.command === 'help' && add.text).not.toMatch(/agent remove --email/);
    expect(parseAgentCommand(['remove', '-h'])).toMatchObject({ command: 'help', text: expect.stringMatching(/^Usage: pnpm agent remove --email/) });
  });

  it('refuses an unknown command with the usage, exit code 2', () => {
    expect(() => parseAgentCommand(['delete', '--email', 'a@b.example'])).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/^Unknown command "delete"\.\nUsage:/) }));
  });

  it('list: every site unless --site is given (no demo site needed)', () => {
    expect(parseAgentCommand(['list'])).toEqual({ command: 'list', site: null });
    expect(parseAgentCommand(['list', '--site', 'shop'])).toEqual({ command: 'list', site: 'shop' });
  });

  it('remove, restore and password name the agent by e-mail; password takes --password for scripts', () => {
    expect(parseAgentCommand(['remove', '--email', 'Sam@Shop.example'])).toEqual({ command: 'remove', email: 'sam@shop.example' });
    expect(parseAgentCommand(['restore', '--email', 'sam@shop.example'])).toEqual({ command: 'restore', email: 'sam@shop.example' });
    expect(parseAgentCommand(['password', '--email', 'sam@shop.example'])).toEqual({ command: 'password', email: 'sam@shop.example', password: null });
    expect(parseAgentCommand(['password', '--email', 'sam@shop.example', '--password', 'a-new-secret-1'])).toMatchObject({ password: 'a-new-secret-1' });
    expect(() => parseAgentCommand(['password', '--email', 'sam@shop.example', '--password', 'short'])).toThrow(/at least 10 characters/);
    expect(() => parseAgentCommand(['remove'])).toThrow(/--email is required/);
    expect(() => parseAgentCommand(['remove', 'sam@shop.example'])).toThrow(/Unexpected argument 'sam@shop.example'/);
  });

  it('set changes only what is given, checked as add checks it', () => {
    expect(parseAgentCommand(['set', '--email', 'sam@shop.example', '--skills', 'orders,es:0.5', '--capacity', '5'])).toEqual({
      command: 'set',
      email: 'sam@shop.example',
      changes: { capacity: 5, skills: [{ skill: 'orders', proficiency: 1 }, { skill: 'es', proficiency: 0.5 }] },
    });
    expect(parseAgentCommand(['set', '--email', 'sam@shop.example', '--role', 'supervisor'])).toMatchObject({ changes: { role: 'supervisor' } });
    expect(() => parseAgentCommand(['set', '--email', 'sam@shop.example'])).toThrow(/nothing to change/);
    expect(() => parseAgentCommand(['set', '--email', 'sam@shop.example', '--capacity', '0'])).toThrow(/capacity/);
    expect(() => parseAgentCommand(['set', '--email', 'sam@shop.example', '--skills', 'orders:2'])).toThrow(/proficiency of "orders"/);
  });
});
