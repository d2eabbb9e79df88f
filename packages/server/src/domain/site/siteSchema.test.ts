import { describe, expect, it } from 'vitest';
import { parseSiteConfig, SiteConfigError } from './siteSchema.js';

const minimal = {
  name: 'Acme Outdoor',
  kb: { dir: 'kb', language: 'en' },
  languages: ['en', 'es'],
  skills: [
    { id: 'billing', description: 'Payments and refunds', examples: ['charged twice'] },
    { id: 'orders', description: 'Delivery', examples: ['where is my parcel'] },
  ],
  rules: [
    { id: 'vip-human', when: { customerTier: 'vip' }, action: 'escalate-on-first-unresolved' },
    { id: 'legal', when: { topic: 'legal-threat' }, action: 'escalate', priority: 'high' },
  ],
};

describe('parseSiteConfig', () => {
  it('fills defaults for a minimal file', () => {
    const site = parseSiteConfig(minimal, 'sites/acme/site.json');
    expect(site.greeting).toBe("Hi! I'm the Acme Outdoor assistant. Ask me anything, or ask for a person at any time.");
    expect(site.allowedOrigins).toEqual(['*']);
    expect(site.defaultSkill).toBe('billing');
    expect(site.skills.map((s) => s.name)).toEqual(['Billing', 'Orders']);
    expect(site.rules[1]!.priority).toBe('high');
  });

  it('keeps explicit values', () => {
    const site = parseSiteConfig({ ...minimal, greeting: 'Hello', allowedOrigins: ['https://a.example'], defaultSkill: 'orders' }, 'x.json');
    expect(site.greeting).toBe('Hello');
    expect(site.allowedOrigins).toEqual(['https://a.example']);
    expect(site.defaultSkill).toBe('orders');
  });

  it('greets in Spanish and German by default, and a custom greeting only in the languages it is given in', () => {
    expect(parseSiteConfig(minimal, 'x.json').greetings?.es).toMatch(/^¡Hola! Soy el asistente de Acme Outdoor/);
    const own = parseSiteConfig({ ...minimal, greeting: 'Hello', greetings: { de: 'Hallo' } }, 'x.json');
    expect(own.greetings).toEqual({ de: 'Hallo' });
    expect(() => parseSiteConfig({ ...minimal, greetings: { spanish: 'Hola' } }, 'x.json')).toThrow(/greetings/);
  });

  it("keeps a team's names in other languages, keyed by language code", () => {
    const named = { ...minimal, skills: [{ ...minimal.skills[0], names: { es: 'Facturación' } }, minimal.skills[1]] };
    expect(parseSiteConfig(named, 'x.json').skills[0]!.names).toEqual({ es: 'Facturación' });
    const bad = { ...minimal, skills: [{ ...minimal.skills[0], names: { spanish: 'Facturación' } }, minimal.skills[1]] };
    expect(() => parseSiteConfig(bad, 'x.json')).toThrow(/x\.json: skills\.0\.names\.spanish/);
  });

  it('names the file and the field path on a type error', () => {
    const bad = { ...minimal, skills: [minimal.skills[0], minimal.skills[1], { id: 'sales', examples: 'nope' }] };
    expect(() => parseSiteConfig(bad, 'sites/demo/site.json')).toThrow(/^sites\/demo\/site\.json: skills\.2\.examples: .*array/);
  });

  it('rejects an unknown rule action and a bad priority', () => {
    const badAction = { ...minimal, rules: [{ id: 'r', when: { topic: 'x' }, action: 'explode' }] };
    expect(() => parseSiteConfig(badAction, 's.json')).toThrow(/s\.json: rules\.0\.action/);
    const badPriority = { ...minimal, rules: [{ id: 'r', when: { topic: 'x' }, action: 'escalate', priority: 'urgent' }] };
    expect(() => parseSiteConfig(badPriority, 's.json')).toThrow(/rules\.0\.priority/);
  });

  it('rejects references to skills that do not exist', () => {
    expect(() => parseSiteConfig({ ...minimal, defaultSkill: 'nope' }, 's.json')).toThrow(/s\.json: defaultSkill: unknown skill "nope"/);
    const rule = { ...minimal, rules: [{ id: 'r', when: { topic: 'refund', amountOver: 200 }, action: 'escalate', skill: 'finance' }] };
    expect(() => parseSiteConfig(rule, 's.json')).toThrow(/rules\.0\.skill/);
  });

  it('requires a name and at least one skill', () => {
    expect(() => parseSiteConfig({ skills: [] }, 's.json')).toThrow(/s\.json: name:/);
    expect(() => parseSiteConfig({ name: 'x', skills: [] }, 's.json')).toThrow(/s\.json: skills: at least one skill/);
  });

  it('keeps a team\'s own hours and names a bad one by skill and field', () => {
    const withHours = { ...minimal, skills: [{ ...minimal.skills[0]!, hours: { timezone: 'Europe/Berlin', 'mon-fri': '08:00-20:00' } }, minimal.skills[1]!] };
    expect(parseSiteConfig(withHours, 'site.json').skills[0]!.hours).toEqual({ timezone: 'Europe/Berlin', 'mon-fri': '08:00-20:00' });
    expect(parseSiteConfig(minimal, 'site.json').skills[0]).not.toHaveProperty('hours');
    const bad = { ...minimal, skills: [minimal.skills[0]!, { ...minimal.skills[1]!, hours: { 'mon-fry': '09:00-17:00' } }] };
    expect(() => parseSiteConfig(bad, 'sites/x/site.json')).toThrow(/sites\/x\/site\.json: skills\.1\.hours: unknown day "fry"/);
  });
});

describe('parseSiteConfig: a typo is an error, not a silent default', () => {
  it('refuses a field the format does not have, naming it (a misspelt allowedOrigins left the widget open to every site)', () => {
    expect(() => parseSiteConfig({ ...minimal, allowedOrigin: ['https://shop.example'] }, 'sites/acme/site.json')).toThrow('sites/acme/site.json: (root): unknown field "allowedOrigin"');
    expect(() => parseSiteConfig({ ...minimal, humanSuportHours: { mon: '09:00-17:00' } }, 'x.json')).toThrow(/unknown field "humanSuportHours"/);
    expect(() => parseSiteConfig({ ...minimal, skills: [{ id: 'billing', example: ['x'] }] }, 'x.json')).toThrow(/skills\.0: unknown field "example"/);
    expect(() => parseSiteConfig({ ...minimal, rules: [{ id: 'r', when: { tier: 'vip' }, action: 'escalate' }] }, 'x.json')).toThrow(/rules\.0\.when: unknown field "tier"/);
  });
  it('refuses origins that could never match a browser origin', () => {
    for (const o of ['http://localhost:6150/', 'localhost:6150', 'https://shop.example/chat']) {
      expect(() => parseSiteConfig({ ...minimal, allowedOrigins: [o] }, 'x.json')).toThrow(/allowedOrigins\.0: an origin is scheme:\/\/host\[:port\]/);
    }
    expect(() => parseSiteConfig({ ...minimal, allowedOrigins: ['https://Shop.Example'] }, 'x.json')).toThrow(/lower case/);
    expect(() => parseSiteConfig({ ...minimal, allowedOrigins: ['https://a@b.example'] }, 'x.json')).toThrow(/allowedOrigins\.0/);
    expect(() => parseSiteConfig({ ...minimal, allowedOrigins: ['https://b.example:'] }, 'x.json')).toThrow(/allowedOrigins\.0/);
    expect(parseSiteConfig({ ...minimal, allowedOrigins: ['https://shop.example', 'http://localhost:3001', '*'] }, 'x.json').allowedOrigins).toHaveLength(3);
    // An editor's schema reference is not a typo.
    expect(parseSiteConfig({ $schema: './site.schema.json', ...minimal }, 'x.json').name).toBe('Acme Outdoor');
  });

  it('reads regional language codes as their language (customers are detected as "es", never "es-MX") and refuses names', () => {
    const site = parseSiteConfig({ ...minimal, kb: { dir: 'kb', language: 'en-GB' }, languages: ['en-GB', 'es-MX', 'es_ES', 'DE'] }, 'x.json');
    expect(site.kb.language).toBe('en');
    expect(site.languages).toEqual(['en', 'es', 'de']);
    expect(() => parseSiteConfig({ ...minimal, languages: ['English'] }, 'x.json')).toThrow(/languages\.0: a language code such as "en"/);
    expect(() => parseSiteConfig({ ...minimal, kb: { dir: 'kb', language: 'e' } }, 'x.json')).toThrow(/kb\.language: a language code/);
  });
});

describe('parseSiteConfig: every mistake in one go', () => {
  const problemsOf = (json: unknown): string[] => {
    try {
      parseSiteConfig(json, 'sites/acme/site.json');
    } catch (e) {
      if (e instanceof SiteConfigError) return e.problems;
      throw e;
    }
    return [];
  };

  it('says shape errors, unknown skills and bad hours together, in file order (they were said one start at a time)', () => {
    const several = {
      name: 'Acme Outdoor',
      allowedOrigins: ['https://shop.example/'],
      skills: [{ id: 'billing' }, { id: 'orders', examples: 'parcel', hours: { mon: '8-20' } }],
      defaultSkill: 'returns',
      // Two mistakes in one rule: both are said.
      rules: [{ id: 'big-refund', when: { topic: 'refund' }, action: 'escalate', skill: 'finance', priority: 'urgent' }],
      humanSupportHours: { timezone: 'CET', 'mon-fri': '9-17', fry: 'closed' },
    };
    expect(problemsOf(several)).toEqual([
      expect.stringMatching(/^sites\/acme\/site\.json: allowedOrigins\.0: an origin is scheme:\/\/host/),
      expect.stringMatching(/^sites\/acme\/site\.json: skills\.1\.examples: .*expected array/),
      'sites/acme/site.json: skills.1.hours: mon: "8" is not a time of day (HH:MM, 00:00 to 24:00)',
      'sites/acme/site.json: defaultSkill: unknown skill "returns" (the skills are billing, orders)',
      expect.stringMatching(/^sites\/acme\/site\.json: rules\.0\.priority: .*"normal"\|"high"/),
      'sites/acme/site.json: rules.0.skill: unknown skill "finance" (the skills are billing, orders)',
      'sites/acme/site.json: humanSupportHours: mon-fri: "9" is not a time of day (HH:MM, 00:00 to 24:00)',
      'sites/acme/site.json: humanSupportHours: unknown day "fry" (use mon, tue, wed, thu, fri, sat, sun)',
    ]);
  });

  it('does not judge references into a part it cannot read', () => {
    const broken = { name: 'x', skills: 'orders', defaultSkill: 'orders', rules: [{ id: 'r', when: { topic: 'x' }, action: 'escalate', skill: 'orders' }] };
    expect(problemsOf(broken)).toEqual([expect.stringMatching(/^sites\/acme\/site\.json: skills: .*expected array/)]);
    // A skill whose id is itself misspelt is still the skill a rule names: one mistake, said once.
    const badId = { name: 'x', skills: [{ id: 'Orders' }], rules: [{ id: 'r', when: { topic: 'x' }, action: 'escalate', skill: 'Orders' }] };
    expect(problemsOf(badId)).toEqual([expect.stringMatching(/skills\.0\.id: skill ids are lowercase/)]);
  });

  it('reports a duplicate skill id beside an unknown field', () => {
    expect(problemsOf({ name: 'x', skills: [{ id: 'orders' }, { id: 'orders' }], greting: 'Hi' })).toEqual([
      'sites/acme/site.json: (root): unknown field "greting" (a typo? see "Sites" in the README)',
      'sites/acme/site.json: skills.1.id: duplicate skill id "orders"',
    ]);
  });
});
