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
