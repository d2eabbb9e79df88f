import { describe, expect, it } from 'vitest';
import { teamBackAt } from './escalations.js';

describe('teamBackAt', () => {
  it('writes the time the team is back in the language of the hand-off message', () => {
    expect(teamBackAt('2026-12-01T08:00:00.000Z', 'es')).toBe('martes, 1 de diciembre, 08:00 UTC');
    expect(teamBackAt('2026-12-01T08:00:00.000Z', 'de')).toBe('Dienstag, 1. Dezember um 08:00 UTC');
    expect(teamBackAt('2026-12-01T08:00:00.000Z', 'en')).toBe('Tue, 01 Dec 2026 08:00 UTC');
  });
});
