/**
 * site.json format. Lenient where a sensible default exists (greeting, origins,
 * default skill, skill names) so a minimal file works; strict where a typo would
 * silently change behaviour (unknown rule actions, bad priorities, and any field the format does not have: a
 * site owner's "allowedOrigin" was dropped without a word and left the widget open to every site).
 */
import { z } from 'zod';
import { baseLanguage } from '@baton/protocol';
import type { RuleConfig, SiteConfig, SkillConfig } from '../pipelineTypes.js';
import { siteReferenceProblems, type SiteProblem } from './siteReferences.js';

/** An exact browser origin ("https://shop.example", "http://localhost:3001") or "*": the check compares strings. */
const Origin = z
  .string()
  .min(1)
  .refine((o) => o === '*' || /^https?:\/\/[^/\s?#@]+[^:/\s?#@]$/.test(o), { message: 'an origin is scheme://host[:port], with no path or trailing slash (e.g. "https://shop.example"), or "*"' })
  // Browsers send the host in lower case: "https://Shop.Example" would never match.
  .refine((o) => o === o.toLowerCase(), { message: 'write the origin in lower case, as browsers send it' });

/**
 * A language code ("en", "es", "es-MX", "de_AT"). Kept as its base language: the bot tells Spanish from German, not
 * Mexican from Castilian, so "es-MX" in site.json would otherwise never match a customer (read as "es").
 */
const LanguageCode = z
  .string()
  .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, 'a language code such as "en", "es" or "es-MX"')
  .transform((tag) => baseLanguage(tag));

const SkillSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'skill ids are lowercase letters, digits, "-" or "_"'),
  name: z.string().min(1).optional(),
  /** The team's name as customers read it in other languages, e.g. {"es": "Pedidos"} (agents see `name`). */
  names: z.record(z.string().regex(/^[a-z]{2}$/, 'names are keyed by two-letter language codes'), z.string().min(1)).optional(),
  description: z.string().default(''),
  examples: z.array(z.string().min(1)).default([]),
  /** This team's own hours (same format as humanSupportHours); without it the site's hours apply. */
  hours: z.record(z.string(), z.string()).optional(),
});

const RuleSchema = z.strictObject({
  id: z.string().min(1),
  when: z
    .strictObject({
      customerTier: z.string().min(1).optional(),
      topic: z.string().min(1).optional(),
      amountOver: z.number().nonnegative().optional(),
    })
    .refine((w) => w.customerTier !== undefined || w.topic !== undefined || w.amountOver !== undefined, {
      message: 'a rule needs at least one of customerTier, topic, amountOver',
    }),
  action: z.enum(['escalate', 'escalate-on-first-unresolved']),
  skill: z.string().optional(),
  priority: z.enum(['normal', 'high']).optional(),
  description: z.string().optional(),
});

function defaultGreetings(name: string): Record<string, string> {
  return {
    es: `¡Hola! Soy el asistente de ${name}. Pregúntame lo que quieras, o pide hablar con una persona cuando quieras.`,
    de: `Hallo! Ich bin der Assistent von ${name}. Fragen Sie mich, was Sie möchten, oder verlangen Sie jederzeit einen Menschen.`,
  };
}

export const SiteConfigSchema = z.strictObject({
  /** A JSON-schema reference for editors; ignored. */
  $schema: z.string().optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  greeting: z.string().min(1).optional(),
  /** The greeting in other languages, by code ("es": "¡Hola! …"): the widget shows the one for its language. */
  greetings: z.record(z.string().regex(/^[a-z]{2}$/, 'a two-letter language code'), z.string().min(1).max(1000)).optional(),
  allowedOrigins: z.array(Origin).min(1).default(['*']),
  kb: z.strictObject({ dir: z.string().min(1).default('kb'), language: LanguageCode.default('en') }).default({ dir: 'kb', language: 'en' }),
  languages: z
    .array(LanguageCode)
    .min(1)
    .default(['en'])
    .transform((ls) => [...new Set(ls)]),
  skills: z.array(SkillSchema).min(1, 'at least one skill is required'),
  defaultSkill: z.string().optional(),
  rules: z.array(RuleSchema).default([]),
  humanSupportHours: z.record(z.string(), z.string()).optional(),
});

function capitalise(id: string): string {
  return id
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Everything wrong with a site.json, one line per problem (`file: field: message`), all of them at once. */
export class SiteConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Top-level fields in the file's own order, then list positions: a rule's problems come out together. */
function inFileOrder(json: unknown): (a: SiteProblem, b: SiteProblem) => number {
  const keys = typeof json === 'object' && json !== null ? Object.keys(json) : [];
  const rank = (p: SiteProblem) => (p.path.length === 0 ? -1 : keys.indexOf(String(p.path[0])));
  return (a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    for (let i = 1; i < Math.min(a.path.length, b.path.length); i++) {
      const [x, y] = [a.path[i], b.path[i]];
      if (typeof x === 'number' && typeof y === 'number' && x !== y) return x - y;
      if (x !== y) break;
    }
    return 0;
  };
}

/** Parses site.json content; errors read like `sites/demo/site.json: skills.2.examples: expected array`, every one. */
export function parseSiteConfig(json: unknown, file: string): SiteConfig {
  const parsed = SiteConfigSchema.safeParse(json);
  const shape: SiteProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
        // Said plainly: a misspelt field would otherwise be dropped and its default used without a word.
        message: issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (a typo? see "Sites" in the README)` : issue.message,
      }));
  const problems = [...shape, ...siteReferenceProblems(json)].sort(inFileOrder(json));
  if (problems.length || !parsed.success) {
    throw new SiteConfigError(problems.map((p) => `${file}: ${p.path.length > 0 ? p.path.join('.') : '(root)'}: ${p.message}`));
  }
  const s = parsed.data;
  const skills: SkillConfig[] = s.skills.map((k) => ({
    id: k.id,
    name: k.name ?? capitalise(k.id),
    description: k.description,
    examples: k.examples,
    ...(k.hours ? { hours: k.hours } : {}),
    ...(k.names ? { names: k.names } : {}),
  }));
  const rules: RuleConfig[] = s.rules.map((r) => {
    const rule: RuleConfig = { id: r.id, when: { ...r.when }, action: r.action };
    if (r.skill !== undefined) rule.skill = r.skill;
    if (r.priority !== undefined) rule.priority = r.priority;
    if (r.description !== undefined) rule.description = r.description;
    return rule;
  });
  const config: SiteConfig = {
    name: s.name,
    greeting: s.greeting ?? `Hi! I'm the ${s.name} assistant. Ask me anything, or ask for a person at any time.`,
    // The built-in greeting speaks the widget's languages; a site's own greeting only those it gives.
    greetings: { ...(s.greeting ? {} : defaultGreetings(s.name)), ...(s.greetings ?? {}) },
    allowedOrigins: s.allowedOrigins,
    kb: s.kb,
    languages: s.languages,
    skills,
    defaultSkill: s.defaultSkill ?? skills[0]!.id,
    rules,
  };
  if (s.description !== undefined) config.description = s.description;
  if (s.humanSupportHours !== undefined) config.humanSupportHours = s.humanSupportHours;
  return config;
}
