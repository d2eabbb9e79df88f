import { describe, expect, it } from 'vitest';
import { teamBackAt } from './escalations.js';

describe('teamBackAt', () => {
  it('writes the time the team is back in the language of the hand-off message', () => {
    expect(teamBackAt('2026-12-01T08:00:00.000Z', 'es')).toBe('martes, 1 de diciembre, 08:00 UTC');
    expect(teamBackAt('2026-12-01T08:00:00.000Z', 'de')).toBe('Dienstag, 1. Dezember um 08:00 UTC');
    expect(teamBackAt('2026-12-01T08:00:00.000Z', 'en')).toBe('Tuesday 1 December at 08:00 UTC');
  });
  it("in the team's own time zone, named", () => {
    expect(teamBackAt('2026-12-01T07:00:00.000Z', 'en', 'CET')).toBe('Tuesday 1 December at 08:00 CET');
    expect(teamBackAt('2026-12-01T07:00:00.000Z', 'de', 'Europe/Berlin')).toBe('Dienstag, 1. Dezember um 08:00 MEZ');
    // A zone Intl does not know falls back to UTC rather than failing the hand-off.
    expect(teamBackAt('2026-12-01T07:00:00.000Z', 'en', 'Mars/Olympus')).toBe('Tuesday 1 December at 07:00 UTC');
  });
});
