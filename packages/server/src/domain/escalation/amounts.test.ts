import { describe, expect, it } from 'vitest';
import { findAmounts, parseNumber, parseNumberWords } from './amounts.js';

describe('amounts', () => {
  it('parses numbers with decimal commas, points and thousands separators', () => {
    expect(parseNumber('412,80')).toBe(412.8);
    expect(parseNumber('349.00')).toBe(349);
    expect(parseNumber('1.299,00')).toBe(1299);
    expect(parseNumber('1,299.50')).toBe(1299.5);
    expect(parseNumber('1,299')).toBe(1299);
  });

  it('parses number words', () => {
    expect(parseNumberWords('two hundred and fifty')).toBe(250);
    expect(parseNumberWords('a hundred')).toBe(100);
    expect(parseNumberWords('one thousand two hundred')).toBe(1200);
    expect(parseNumberWords('many')).toBeNull();
  });

  it('finds amounts exactly as typed', () => {
    const found = findAmounts('it was €412,80, then $349.00, 119,00 € and 250 EUR, plus two hundred and fifty euros and 64.90');
    expect(found.map((a) => a.raw)).toEqual(['€412,80', '$349.00', '119,00 €', '250 EUR', 'two hundred and fifty euros', '64.90']);
    expect(found.map((a) => a.value)).toEqual([412.8, 349, 119, 250, 250, 64.9]);
    expect(found.map((a) => a.currency)).toEqual(['EUR', 'USD', 'EUR', 'EUR', 'EUR', null]);
  });

  it('does not read times, order numbers or plain counts as money', () => {
    expect(findAmounts('order LL-204816, 3 lamps, arrives at 14:30, 30 days')).toEqual([]);
  });
});
