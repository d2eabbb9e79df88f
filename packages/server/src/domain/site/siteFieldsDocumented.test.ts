/** The README's site.json table names every field the format accepts (a newcomer found rules[].description missing). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SiteConfigSchema } from './siteSchema.js';

const readme = readFileSync(new URL('../../../../../README.md', import.meta.url), 'utf8');
const table = readme.slice(readme.indexOf('| `site.json` field |'), readme.indexOf('\n\n', readme.indexOf('| `site.json` field |')));
const row = (field: string) => table.split('\n').find((l) => l.startsWith(`| \`${field}\``)) ?? '';

describe('README, Sites: the site.json table', () => {
  const shape = SiteConfigSchema.shape;
  it('has a row for every top-level field', () => {
    for (const field of Object.keys(shape)) expect(row(field), field).not.toBe('');
  });
  it('lists every field of a skill and of a rule in their rows', () => {
    const skill = shape.skills.element.shape;
    const rule = shape.rules.unwrap().element.shape;
    for (const field of Object.keys(skill)) expect(row('skills'), `skills[].${field}`).toMatch(new RegExp(`\\b${field}\\b`));
    for (const field of [...Object.keys(rule), ...Object.keys(rule.when.shape)]) expect(row('rules'), `rules[].${field}`).toMatch(new RegExp(`\\b${field}\\b`));
  });
});
