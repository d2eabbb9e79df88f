import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';

describe('normalise', () => {
  it('lower-cases and drops apostrophes in plain ASCII', () => {
    expect(normalise("Don't STOP, it's `fine`")).toBe('dont stop, its fine');
  });

  it('folds accents and ß and drops curly apostrophes in other text', () => {
    expect(normalise('Müller’s Straße, ¿Cómo está? Ça VA')).toBe('mullers strasse, ¿como esta? ca va');
  });

  it('gives ASCII text the same form as the full decomposition would', () => {
    const full = (t: string) => t.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/['’`]/g, '');
    for (const t of ['Where is my parcel NW-552190?', "I'd like a REFUND of 250 EUR", 'tabs\tand\nnew lines ~^_|', '']) expect(normalise(t)).toBe(full(t));
  });
});
