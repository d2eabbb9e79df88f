import { describe, expect, it } from 'vitest';
import { readFrameConfig } from './frameConfig';

describe('readFrameConfig', () => {
  it('reads site and host origin', () => {
    expect(readFrameConfig('?site=demo&host=' + encodeURIComponent('http://localhost:5173'))).toEqual({
      site: 'demo',
      hostOrigin: 'http://localhost:5173',
    });
  });

  it('drops a host that is not a bare origin', () => {
    expect(readFrameConfig('?site=demo&host=' + encodeURIComponent('https://a.example/path')).hostOrigin).toBeNull();
    expect(readFrameConfig('?site=demo&host=nonsense').hostOrigin).toBeNull();
    expect(readFrameConfig('?site=demo').hostOrigin).toBeNull();
  });

  it('reports a missing site', () => {
    expect(readFrameConfig('').site).toBeNull();
  });
});
