/**
 * Review of session 60 (S): plans for a store, not the customer's own plans nor a store's plans for its stock or events;
 * and the German "Pläne" for a store.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';
import { asksStorePlans } from './unlistedAsks.js';

describe('plans for a store: not the customer\'s own, nor a store\'s plans for stock or events', () => {
  it.each([
    'My plan is to buy the Summit Pro 2 at the store, do you price match?',
    'My shop plans to stock your tents, do you have a wholesale programme?',
    'We are planning to come to the Berlin store, is parking free?',
    'Any plans for the store to stock the Pace 5?',
    'is your store planning any events?',
  ])('not: %j', (m) => expect(asksStorePlans(normalise(m))).toBe(false));
  it.each([
    'Any plans for a store in Munich?',
    'Gibt es Pläne für eine Filiale in Wien?',
    'Gibt es Pläne für einen Laden in Köln?',
    'Do you have plans for a Vienna showroom?',
  ])('%j', (m) => expect(asksStorePlans(normalise(m))).toBe(true));
});
