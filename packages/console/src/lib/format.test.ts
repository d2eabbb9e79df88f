import { describe, expect, it } from 'vitest';
import { clipQuote, formatCsat, formatWait, initials, waitSince } from './format';

describe('formatWait', () => {
  it('formats seconds, minutes and hours', () => {
    expect(formatWait(0)).toBe('0s');
    expect(formatWait(42_900)).toBe('42s');
    expect(formatWait(185_000)).toBe('3m 05s');
    expect(formatWait(3_840_000)).toBe('1h 04m');
  });

  it('never shows a negative wait (clock skew)', () => {
    expect(formatWait(-5000)).toBe('0s');
  });
});

describe('waitSince', () => {
  it('measures from an ISO time', () => {
    expect(waitSince('2025-01-01T10:00:00.000Z', Date.parse('2025-01-01T10:01:30.000Z'))).toBe('1m 30s');
    expect(waitSince(null, 0)).toBeNull();
    expect(waitSince('garbage', 0)).toBeNull();
  });
});

describe('small formatters', () => {
  it('formats CSAT and initials', () => {
    expect(formatCsat(4)).toBe('★ 4/5');
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('ada')).toBe('AD');
    expect(initials('  ')).toBe('?');
  });
});

describe('initials and quotes', () => {
  it('tells generated visitor names apart by their id, and keeps people\'s initials', () => {
    expect(initials('Visitor 7a70')).toBe('7A');
    expect(initials('Visitor 77be')).toBe('77');
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('Alex Rivera')).toBe('AR');
    expect(initials('Room 101')).toBe('R1');
    expect(initials('<img src=x onerror=alert(1)>Zoë "Bobby" Tables')).toBe('IT');
    expect(initials('"Zoë" (Bobby)')).toBe('ZB');
    expect(initials('<>')).toBe('?');
  });

  it('cuts a long quote at a word with an ellipsis, and leaves a short one alone', () => {
    expect(clipQuote('  short one  ')).toBe('short one');
    const long = `${'word '.repeat(100)}end`;
    const q = clipQuote(long, 50);
    expect(q.length).toBeLessThanOrEqual(51);
    expect(q.endsWith('word…')).toBe(true);
    expect(clipQuote('x'.repeat(300), 50)).toBe(`${'x'.repeat(50)}…`);
  });
});
