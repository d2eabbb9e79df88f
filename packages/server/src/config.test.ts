import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';

const initCwd = process.env.INIT_CWD;
afterEach(() => {
  if (initCwd === undefined) delete process.env.INIT_CWD;
  else process.env.INIT_CWD = initCwd;
});

describe('parseConfig: directories', () => {
  it('reads relative BATON_SITES_DIR and BATON_DATA_DIR from where the user ran the command, not packages/server', () => {
    process.env.INIT_CWD = '/home/owner/shop';
    const c = parseConfig({ BATON_SITES_DIR: './mysites', BATON_DATA_DIR: 'data' });
    expect(c.sitesDir).toBe(path.resolve('/home/owner/shop/mysites'));
    expect(c.dataDir).toBe(path.resolve('/home/owner/shop/data'));
  });
  it('keeps PGlite URLs such as memory:// (the tests\' in-memory database) as they are', () => {
    expect(parseConfig({ BATON_DATA_DIR: 'memory://' }).dataDir).toBe('memory://');
  });
  it('keeps absolute paths and defaults to the repository folders', () => {
    const c = parseConfig({ BATON_SITES_DIR: '/srv/sites' });
    expect(c.sitesDir).toBe('/srv/sites');
    expect(c.dataDir).toMatch(/[/\\]\.data$/);
  });
});

describe('parseConfig: BATON_VISITOR_TOKEN_DAYS', () => {
  it('is the idle age of a visitor token, 90 days unless set', () => {
    expect(parseConfig({}).visitorTokenMaxAgeMs).toBe(90 * 86_400_000);
    expect(parseConfig({ BATON_VISITOR_TOKEN_DAYS: '30' }).visitorTokenMaxAgeMs).toBe(30 * 86_400_000);
  });
  it('refuses zero, negative or non-numeric days, naming the variable', () => {
    for (const days of ['0', '-1', 'forever']) expect(() => parseConfig({ BATON_VISITOR_TOKEN_DAYS: days })).toThrow(/BATON_VISITOR_TOKEN_DAYS/);
  });
});
