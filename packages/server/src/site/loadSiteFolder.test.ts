import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder, parseArticle, SiteFolderError } from './loadSiteFolder.js';

const demoDir = fileURLToPath(new URL('../../../../sites/demo', import.meta.url));

describe('loadSiteFolder', () => {
  it('loads the demo site with its articles', () => {
    const site = loadSiteFolder(demoDir, 'demo');
    expect(site.key).toBe('demo');
    expect(site.config.name).toBe('Lantern & Loom');
    expect(site.config.skills.map((s) => s.id)).toEqual(['orders', 'billing', 'technical', 'sales']);
    expect(site.config.allowedOrigins).toEqual(['http://localhost:3001', 'http://127.0.0.1:3001']);
    expect(site.articles.length).toBeGreaterThanOrEqual(10);
    for (const a of site.articles) {
      expect(a.title.length).toBeGreaterThan(3);
      expect(a.body.startsWith('#')).toBe(false);
      const words = a.body.split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(120);
      expect(words).toBeLessThanOrEqual(230);
    }
  });

  it('names the article file that has no title', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-site-'));
    mkdirSync(join(dir, 'kb'));
    writeFileSync(join(dir, 'site.json'), JSON.stringify({ name: 'T', skills: [{ id: 'orders' }] }));
    writeFileSync(join(dir, 'kb', 'no-title.md'), 'Just text, no heading.');
    expect(() => loadSiteFolder(dir, 't')).toThrow(/no-title\.md: missing a "# Title" line/);
  });

  it('names site.json on invalid content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-site-'));
    writeFileSync(join(dir, 'site.json'), JSON.stringify({ name: 'T', skills: [{ id: 'orders', examples: 3 }] }));
    expect(() => loadSiteFolder(dir, 't')).toThrow(/site\.json: skills\.0\.examples/);
  });

  it('reports site.json mistakes and every article without a title together', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-site-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'site.json'), JSON.stringify({ name: 'T', kb: { dir: 'articles' }, skills: [{ id: 'orders' }], defaultSkill: 'billing', humanSupportHours: { mon: '9-17' } }));
    writeFileSync(join(dir, 'articles', 'a-no-title.md'), 'Just text.');
    writeFileSync(join(dir, 'articles', 'b-fine.md'), '# Fine\n\nText.');
    writeFileSync(join(dir, 'articles', 'c-no-title.md'), 'More text.');
    let problems: string[] = [];
    try {
      loadSiteFolder(dir, 't');
    } catch (e) {
      if (!(e instanceof SiteFolderError)) throw e;
      problems = e.problems;
    }
    expect(problems).toEqual([
      expect.stringMatching(/site\.json: defaultSkill: unknown skill "billing"/),
      expect.stringMatching(/site\.json: humanSupportHours: mon: "9" is not a time of day/),
      expect.stringMatching(/articles\/a-no-title\.md: missing a "# Title" line$/),
      expect.stringMatching(/articles\/c-no-title\.md: missing a "# Title" line$/),
    ]);
  });

  it('does not look for articles when kb.dir itself is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-site-'));
    writeFileSync(join(dir, 'site.json'), JSON.stringify({ name: 'T', kb: { dir: 3 }, skills: [{ id: 'orders' }] }));
    expect(() => loadSiteFolder(dir, 't')).toThrow(/^\S*site\.json: kb\.dir: .*expected string, received number$/);
  });

  it('parses a title from the first heading line', () => {
    expect(parseArticle('# Shipping\n\nWe ship.', 'shipping', 'kb/shipping.md')).toEqual({ id: 'shipping', title: 'Shipping', body: 'We ship.' });
  });
});

describe('loadSiteFolder: where invalid JSON is', () => {
  it('gives the line and column, not only an offset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-site-'));
    // A missing comma: V8 reports an offset ("… in JSON at position 31").
    writeFileSync(join(dir, 'site.json'), '{\n  "name": "T"\n  "skills": [{ "id": "orders" }]\n}\n');
    expect(() => loadSiteFolder(dir, 't')).toThrow(/site\.json: invalid JSON \(.*, line 3 column 3\)/);
  });
});
