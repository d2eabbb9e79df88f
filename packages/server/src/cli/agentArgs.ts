/**
 * `pnpm agent add …`: the arguments, checked before anything is written. A site's team is its skills and the
 * languages it speaks, so those are the only skills an agent can be given there.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { asSiteSkill } from '../domain/site/siteSkill.js';

export interface AgentToAdd {
  site: string;
  email: string;
  name: string;
  password: string;
  role: 'agent' | 'supervisor';
  capacity: number;
  skills: { skill: string; proficiency: number }[];
}

const Input = z.object({
  site: z.string().min(1),
  email: z.string({ error: '--email is required' }).email('--email must be an e-mail address'),
  name: z.string({ error: '--name is required' }).trim().min(1, '--name is required').max(80),
  password: z.string({ error: '--password is required' }).min(10, '--password needs at least 10 characters'),
  role: z.enum(['agent', 'supervisor']),
  capacity: z.coerce.number().int('--capacity must be a whole number').min(1).max(20),
  skills: z.string({ error: '--skills is required, e.g. orders,billing:0.8,es' }).min(1, '--skills is required, e.g. orders,billing:0.8,es'),
});

export const AGENT_USAGE = `Usage: pnpm agent add --email sam@shop.example --name "Sam Lee" --password '…' --skills orders,billing:0.8,es
         [--site demo] [--capacity 3] [--role agent|supervisor]
       pnpm agent list [--site demo]
Skills are the site's skill ids and language codes (site.json), each with an optional proficiency 0–1 (default 1).`;

/**
 * Parses `add`'s options, all that can be checked without the database (so a typo opens nothing). Throws an Error
 * with a clear message.
 */
export function parseAgentToAdd(argv: readonly string[]): AgentToAdd {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      site: { type: 'string', default: 'demo' },
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string', default: 'agent' },
      capacity: { type: 'string', default: '3' },
      skills: { type: 'string' },
    },
    strict: true,
  });
  const parsed = Input.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    throw new Error(issue.message.startsWith('--') ? issue.message : `--${field}: ${issue.message}`);
  }
  const input = parsed.data;
  const skills = input.skills.split(',').map((part) => {
    const [skill, level] = part.trim().split(':') as [string, string | undefined];
    const proficiency = level === undefined ? 1 : Number(level);
    if (!(proficiency > 0 && proficiency <= 1)) throw new Error(`--skills: the proficiency of "${skill}" must be above 0 and at most 1`);
    return { skill, proficiency };
  });
  if (new Set(skills.map((s) => s.skill)).size !== skills.length) throw new Error('--skills: a skill is listed twice');
  return { ...input, email: input.email.toLowerCase(), skills };
}

/**
 * The site exists and has every skill given; `known` are a site's skill ids and languages (null: no such site).
 * Returns the skills as routing compares them: a regional code of a site language ("es-MX") is that language ("es").
 */
export function checkSiteSkills(input: AgentToAdd, known: (site: string) => readonly string[] | null): AgentToAdd {
  const allowed = known(input.site);
  if (!allowed) throw new Error(`--site: there is no site "${input.site}"`);
  const skills = input.skills.map(({ skill, proficiency }) => {
    const known = asSiteSkill(skill, allowed);
    if (known) return { skill: known, proficiency };
    throw new Error(`--skills: "${skill}" is not a skill or language of site "${input.site}" (${allowed.join(', ')})`);
  });
  if (new Set(skills.map((s) => s.skill)).size !== skills.length) throw new Error('--skills: a skill is listed twice');
  return { ...input, skills };
}

/** `list`'s only option. */
export function parseSiteOption(argv: readonly string[]): string {
  const { values } = parseArgs({ args: [...argv], options: { site: { type: 'string', default: 'demo' } }, strict: true });
  return values.site;
}
