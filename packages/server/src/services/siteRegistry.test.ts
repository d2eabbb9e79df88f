import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../storage/database.js';
import { SiteLoadError, SiteRegistry } from './siteRegistry.js';

describe('SiteRegistry.load', () => {
  it('stops with a SiteLoadError naming the site and the field, before touching the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-sites-'));
    mkdirSync(join(dir, 'acme', 'kb'), { recursive: true });
    writeFileSync(join(dir, 'acme', 'kb', 'a.md'), '# A\n\nText.');
    writeFileSync(join(dir, 'acme', 'site.json'), JSON.stringify({ name: 'Acme', skills: [{ id: 'orders' }], allowedOrigin: ['https://acme.example'] }));
    const load = SiteRegistry.load({} as Db, dir);
    await expect(load).rejects.toBeInstanceOf(SiteLoadError);
    await expect(SiteRegistry.load({} as Db, dir)).rejects.toThrow(/site "acme" was not loaded[\s\S]*unknown field "allowedOrigin"/);
  });
  it('reports every site that does not load, not only the first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-sites-'));
    for (const key of ['acme', 'bolt']) {
      mkdirSync(join(dir, key, 'kb'), { recursive: true });
      writeFileSync(join(dir, key, 'kb', 'a.md'), '# A\n\nText.');
    }
    writeFileSync(join(dir, 'acme', 'site.json'), JSON.stringify({ name: 'Acme', skills: [{ id: 'orders' }], defaultSkill: 'billing' }));
    writeFileSync(join(dir, 'bolt', 'site.json'), JSON.stringify({ name: 'Bolt', skills: [{ id: 'orders' }], humanSupportHours: { mon: '9-17' } }));
    await expect(SiteRegistry.load({} as Db, dir)).rejects.toThrow(/site "acme" was not loaded[\s\S]*unknown skill "billing"[\s\S]*site "bolt" was not loaded[\s\S]*humanSupportHours: mon/);
  });
  it('names BATON_SITES_DIR when the folder is missing', async () => {
    await expect(SiteRegistry.load({} as Db, join(tmpdir(), 'no-such-baton-sites'))).rejects.toThrow(/sites directory not found: .*\(BATON_SITES_DIR\)/);
  });
});
