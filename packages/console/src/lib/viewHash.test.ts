import { describe, expect, it } from 'vitest';
import { hashFor, viewFromHash } from './viewHash';

describe('the tab in the address', () => {
  it('round-trips every tab; anything else is the inbox', () => {
    for (const v of ['inbox', 'tickets', 'supervisor'] as const) expect(viewFromHash(hashFor(v))).toBe(v);
    expect(viewFromHash('#nonsense')).toBe('inbox');
    expect(viewFromHash('')).toBe('inbox');
  });
});
