import { describe, expect, it } from 'vitest';
import { languageRule, requirableLanguages, requiredLanguage } from './languageRule.js';

const agents = [
  { skills: [{ skill: 'orders', proficiency: 1 }, { skill: 'es', proficiency: 1 }, { skill: 'en', proficiency: 1 }] },
  { skills: [{ skill: 'orders', proficiency: 1 }, { skill: 'de', proficiency: 0 }] },
];

describe('requiredLanguage', () => {
  const rule = languageRule(agents, 'en');
  it('requires a language some agent lists', () => {
    expect(requiredLanguage(rule, 'es', 'orders')).toBe('es');
  });
  it("never requires the help centre's own language: agents need not list it", () => {
    expect(requiredLanguage(rule, 'en', 'orders')).toBeNull();
  });
  it('does not require a language nobody lists (proficiency 0 is not listing it), nor a missing one', () => {
    expect(requiredLanguage(rule, 'de', 'orders')).toBeNull();
    expect(requiredLanguage(rule, null, 'orders')).toBeNull();
    expect(requiredLanguage(undefined, 'es', 'orders')).toBeNull();
  });
  it('a language that is the team itself adds nothing', () => {
    expect(requiredLanguage(rule, 'es', 'es')).toBeNull();
  });
});

describe('requirableLanguages', () => {
  it('lists what an agent lists, without the help centre language or the teams', () => {
    expect(requirableLanguages(languageRule(agents, 'en'), ['orders'])).toEqual(['es']);
  });
});
