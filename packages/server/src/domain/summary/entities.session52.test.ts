import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from './entities.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const values = (text: string) => extractFacts(text, demo).map((f) => f.value);

describe('extractFacts: session 52', () => {
  it('a German count spelt out before any noun', () => {
    expect(values('Für die Bestellung hätte ich gern zwei getrennte Rechnungen, eine auf meinen Namen')).toContain('zwei getrennte Rechnungen');
    expect(values('Ich brauche drei Stirnlampen für die Kinder')).toContain('drei Stirnlampen');
    expect(values('seit zwei Wochen warte ich')).not.toContain('zwei Wochen');
  });
  it('a city by its Spanish or German name', () => {
    expect(values('me han cobrado dos pedidos con envío a Marsella')).toContain('Marsella');
    expect(values('das Paket ging nach Mailand statt nach Berlin')).toContain('Mailand');
  });
});

describe('extractFacts: session 52, German compounds', () => {
  it('keeps the product of "die Moor-Decke"', () => {
    // (Session 53: with the compound as typed, which holds the name.)
    expect(values('Ist die Moor-Decke waschbar? Bestellung 1234')).toContain('Moor-Decke');
    expect(values('Kann ich die Moor-Decke zurückgeben?')).toContain('Moor-Decke');
  });
});
