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

  it('reads Spanish and German number words', () => {
    expect(findAmounts('todavía no me han devuelto los doscientos ochenta euros').map((a) => [a.raw, a.value])).toEqual([['doscientos ochenta euros', 280]]);
    expect(findAmounts('son ciento veinticinco euros y mil doscientos dólares').map((a) => a.value)).toEqual([125, 1200]);
    expect(findAmounts('ich warte auf zweihundertachtzig Euro und dreihundertneunundvierzig Euro').map((a) => a.value)).toEqual([280, 349]);
    expect(findAmounts('eine Erstattung über einhundert Euro').map((a) => a.value)).toEqual([100]);
    expect(findAmounts('dos tiendas y una chaqueta, tres euros no')).toEqual([{ raw: 'tres euros', value: 3, currency: 'EUR', index: 28 }]);
    expect(findAmounts('einzelne Euro-Münzen')).toEqual([]);
    expect(findAmounts('Erstattung von zwei hundert fünfzig Euro bitte').map((a) => [a.raw, a.value])).toEqual([['zwei hundert fünfzig Euro', 250]]);
    expect(findAmounts('das waren zwanzig Euro, nicht sechzig Euro').map((a) => a.value)).toEqual([20, 60]);
    expect(findAmounts('son doscientos treinta con cincuenta euros').map((a) => a.value)).toEqual([230.5]);
  });

  it('does not read times, order numbers or plain counts as money', () => {
    expect(findAmounts('order LL-204816, 3 lamps, arrives at 14:30, 30 days')).toEqual([]);
  });
});

describe('findAmounts: bare prices and a dash for cents (session 24)', () => {
  it('reads "319,- EUR" and a whole number after the word that prices it', () => {
    expect(findAmounts('its the summit pro 2, 319,- EUR')).toMatchObject([{ raw: '319,- EUR', value: 319, currency: 'EUR' }]);
    expect(findAmounts('the tent was 189, n the footprint for 39 too').map((a) => a.value)).toEqual([189, 39]);
  });
  it('not a count, a measure or a year', () => {
    expect(findAmounts('lamps for 100 people, used for 30 days, paid for 2023 and it was 12 hours late')).toEqual([]);
  });
});
