/**
 * `pnpm agent …`: the arguments of each command, checked before anything is opened or written. A site's team is its
 * skills and the languages it speaks, so those are the only skills an agent can be given there.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { asSiteSkill } from '../domain/site/siteSkill.js';

export type Skills = { skill: string; proficiency: number }[];

export interface AgentToAdd {
  site: string;
  email: string;
  name: string;
  /** null: not on the command line, so asked for (or read from stdin) and kept out of shell history. */
  password: string | null;
  role: 'agent' | 'supervisor';
  capacity: number;
  skills: Skills;
}

export interface AgentChanges {
  name?: string;
  role?: 'agent' | 'supervisor';
  capacity?: number;
  skills?: Skills;
}

export type AgentCommand =
  | { command: 'help'; text: string }
  | { command: 'add'; input: AgentToAdd }
  | { command: 'list'; site: string | null }
  | { command: 'remove' | 'restore'; email: string }
  | { command: 'password'; email: string; password: string | null }
  | { command: 'set'; email: string; changes: AgentChanges };

/** A mistake on the command line; `exitCode` 2 when the command itself is not one we know. */
export class AgentArgsError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

const USAGES = {
  add: `pnpm agent add --email sam@shop.example --name "Sam Lee" --skills orders,billing:0.8,es
                  [--password '…'] [--site demo] [--capacity 3] [--role agent|supervisor]`,
  list: 'pnpm agent list [--site KEY]             (every site when --site is left out)',
  set: 'pnpm agent set --email sam@shop.example [--skills …] [--capacity N] [--role agent|supervisor] [--name "…"]',
  password: "pnpm agent password --email sam@shop.example [--password '…']",
  remove: 'pnpm agent remove --email sam@shop.example',
  restore: 'pnpm agent restore --email sam@shop.example',
} as const;
type Command = keyof typeof USAGES;

const NOTES = `
Without --password the password is asked for (or read from the first line of stdin when piped), so it stays out of
shell history. Skills are the site's skill ids and language codes (site.json), each with an optional proficiency
0–1 (default 1). remove deactivates: the agent can no longer sign in, their console sessions end and the chats they
hold go back to the queue; transcripts and ratings keep their name, and restore brings them back.`;

export const AGENT_USAGE = `Usage: ${Object.values(USAGES).join('\n       ')}\n${NOTES}`;

const isCommand = (c: string | undefined): c is Command => c !== undefined && Object.hasOwn(USAGES, c);

const Email = z.string({ error: '--email is required' }).email('--email must be an e-mail address').transform((e) => e.toLowerCase());
const Name = z.string({ error: '--name is required' }).trim().min(1, '--name is required').max(80);
export const Password = z.string({ error: '--password is required' }).min(10, '--password needs at least 10 characters');
const Role = z.enum(['agent', 'supervisor']);
const Capacity = z.coerce.number().int('--capacity must be a whole number').min(1).max(20);
const SkillList = z.string({ error: '--skills is required, e.g. orders,billing:0.8,es' }).min(1, '--skills is required, e.g. orders,billing:0.8,es');

const AddInput = z.object({ site: z.string().min(1), email: Email, name: Name, password: Password.optional(), role: Role, capacity: Capacity, skills: SkillList });
const SetInput = z.object({ email: Email, name: Name.optional(), role: Role.optional(), capacity: Capacity.optional(), skills: SkillList.optional() });

/** The first zod issue as one line, naming the option. */
function check<T>(schema: z.ZodType<T>, values: unknown): T {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new AgentArgsError(issue.message.startsWith('--') ? issue.message : `--${String(issue.path[0] ?? '')}: ${issue.message}`);
}

function options(argv: readonly string[], spec: NonNullable<ParseArgsConfig['options']>): Record<string, string | undefined> {
  try {
    return parseArgs({ args: [...argv], options: spec, strict: true, allowPositionals: false }).values as Record<string, string | undefined>;
  } catch (err) {
    // node's own wording ("Unknown option '--colour'…"), without the stack trace
    throw new AgentArgsError((err as Error).message);
  }
}

/** "orders,billing:0.8,es" → skills with proficiency (default 1). */
export function parseSkills(list: string): Skills {
  const skills = list.split(',').map((part) => {
    const [skill, level] = part.trim().split(':') as [string, string | undefined];
    const proficiency = level === undefined ? 1 : Number(level);
    if (!(proficiency > 0 && proficiency <= 1)) throw new AgentArgsError(`--skills: the proficiency of "${skill}" must be above 0 and at most 1`);
    return { skill, proficiency };
  });
  if (new Set(skills.map((s) => s.skill)).size !== skills.length) throw new AgentArgsError('--skills: a skill is listed twice');
  return skills;
}

/** Parses `add`'s options, all that can be checked without the database (so a typo opens nothing). */
export function parseAgentToAdd(argv: readonly string[]): AgentToAdd {
  const values = options(argv, {
    site: { type: 'string', default: 'demo' },
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string', default: 'agent' },
    capacity: { type: 'string', default: '3' },
    skills: { type: 'string' },
  });
  const input = check(AddInput, values);
  return { ...input, password: input.password ?? null, skills: parseSkills(input.skills) };
}

/** `pnpm agent <command> …` → what to do; `--help` anywhere prints that command's usage. */
export function parseAgentCommand(argv: readonly string[]): AgentCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help', text: AGENT_USAGE };
  if (!isCommand(command)) throw new AgentArgsError(`Unknown command "${command}".\n${AGENT_USAGE}`, 2);
  if (rest.includes('--help') || rest.includes('-h')) return { command: 'help', text: `Usage: ${USAGES[command]}\n${NOTES}` };
  switch (command) {
    case 'add':
      return { command, input: parseAgentToAdd(rest) };
    case 'list':
      return { command, site: options(rest, { site: { type: 'string' } }).site ?? null };
    case 'remove':
    case 'restore':
      return { command, email: check(Email, options(rest, { email: { type: 'string' } }).email) };
    case 'password': {
      const values = options(rest, { email: { type: 'string' }, password: { type: 'string' } });
      return { command, email: check(Email, values.email), password: values.password === undefined ? null : check(Password, values.password) };
    }
    case 'set': {
      const values = check(SetInput, options(rest, { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, capacity: { type: 'string' }, skills: { type: 'string' } }));
      const { email, skills, ...changes } = values;
      const all: AgentChanges = { ...changes, ...(skills !== undefined ? { skills: parseSkills(skills) } : {}) };
      if (!Object.keys(all).length) throw new AgentArgsError('set: nothing to change (give --skills, --capacity, --role or --name)');
      return { command, email, changes: all };
    }
  }
}

/**
 * The skills as the site knows them; `allowed` are its skill ids and languages. A regional code of a site language
 * ("es-MX") is that language ("es"), as routing compares them.
 */
export function siteSkillsOf(skills: Skills, site: string, allowed: readonly string[]): Skills {
  const out = skills.map(({ skill, proficiency }) => {
    const known = asSiteSkill(skill, allowed);
    if (known) return { skill: known, proficiency };
    throw new AgentArgsError(`--skills: "${skill}" is not a skill or language of site "${site}" (${allowed.join(', ')})`);
  });
  if (new Set(out.map((s) => s.skill)).size !== out.length) throw new AgentArgsError('--skills: a skill is listed twice');
  return out;
}

/** The site exists and has every skill given; `known` gives a site's skill ids and languages (null: no such site). */
export function checkSiteSkills(input: AgentToAdd, known: (site: string) => readonly string[] | null): AgentToAdd {
  const allowed = known(input.site);
  if (!allowed) throw new AgentArgsError(`--site: there is no site "${input.site}"`);
  return { ...input, skills: siteSkillsOf(input.skills, input.site, allowed) };
}
