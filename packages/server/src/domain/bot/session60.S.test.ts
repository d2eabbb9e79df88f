/**
 * Session 60 (S): a VIP's question the KB leaves open is handed off at once: plans for a store where there is none, and a
 * version of a product the KB never names. Questions the KB does settle (a store that exists, its hours, a version a
 * passage names) and other words in passing are no such ask.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';
import { asksStorePlans, asksUnlistedVersion, UNLISTED_ASKS } from './unlistedAsks.js';

describe('plans for a store (session 60)', () => {
  it.each([
    'Any plans for a store in Munich?',
    'Do you have a store in Munich or Hamburg planned? Berlin is far for me.',
    'Will you ever open a shop in Vienna?',
    'are there more stores coming soon?',
    'Plant ihr eine Filiale in München?',
    '¿Tenéis pensado abrir una tienda en Madrid?',
  ])('%j', (m) => expect(asksStorePlans(normalise(m))).toBe(true));
  it.each([
    'Is there a store in Munich?',
    'What are the Berlin store hours on weekdays?',
    "I'm planning a trip to Berlin, is the store open on Saturday?",
    'Is the Portland store open on Christmas Day?',
    'We plan to pick up our order at the Berlin store.',
    'do you have plans to restock the olive Stormshell?',
  ])('not: %j', (m) => expect(asksStorePlans(normalise(m))).toBe(false));
  it('a passage on stores to come settles it', () => {
    const ask = UNLISTED_ASKS[0]!;
    expect(ask.settles.test('We plan to open a store in Munich next spring.')).toBe(true);
    expect(ask.settles.test("We don't have any other stores at the moment.")).toBe(false);
  });
});

describe('a version of a product (session 60)', () => {
  it.each([
    'Hi, I bought a Pace 5. Does it come in a titanium version?',
    'Is there a solar edition of the Trailsense?',
    'Is the Stormshell available in olive?',
    'do you make the Lumen 900R in carbon?',
  ])('%j', (m) => expect(asksUnlistedVersion(normalise(m))).toBe(true));
  it.each([
    'Does it come with a charger?',
    'Does the tent come in a bag?',
    'Can I exchange it for a different colour?',
    'I ordered the black version, NW-123456. When will it ship?',
    'do you have it in stock at the Berlin store?',
    'The titanium version is nice, I saw it at a friend.',
  ])('not: %j', (m) => expect(asksUnlistedVersion(normalise(m))).toBe(false));
  it('a passage that names the version settles it; one that does not, does not', () => {
    const ask = UNLISTED_ASKS[1]!;
    const said = normalise('Is the Stormshell available in olive?');
    expect(ask.settlesFor!(said, 'The Stormshell comes in olive, black and navy.')).toBe(true);
    expect(ask.settlesFor!(said, "It's the identical product: same model, size, colour and version.")).toBe(false);
  });
});
