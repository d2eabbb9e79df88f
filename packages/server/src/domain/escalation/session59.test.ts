/**
 * Session 59, blind batch fresh298-300 (by hand): dealing with the shop told as an ordeal ("every order with you lately
 * turns into a saga"), leaving said of the order just named ("I think this was my last one"), and being sent round in
 * circles by the answers.
 */
import { describe, expect, it } from 'vitest';
import { scoreFrustration } from './frustration.js';

const score = (m: string) => scoreFrustration(m, [], false, 'Northwind Gear', 'Some reply from the help articles.').score;

describe('frustration: the shop as an ordeal, the last order, sent in circles', () => {
  it.each([
    'honestly, every order with you lately turns into a saga. I think this was my last one.',
    'every delivery from you turns into a nightmare',
    'every time I order it becomes an ordeal',
    'Great, the form link again. Really appreciate being sent in circles, thanks so much.',
    'the support keeps sending me in circles',
  ])('%j is frustration', (m) => expect(score(m)).toBeGreaterThanOrEqual(1));
  it.each([
    'every order becomes a gift when you wrap it so nicely',
    'every time it becomes a mess of cables, is there a pouch?',
    'every order I have ever placed arrived fine',
    'I ordered two headlamps, this is my last one in stock?',
    'I ordered the Lumen 400 twice. This was my last one, the other broke',
    'this was my last hike of the season',
    'my GPS track went in circles around the lake',
    'we walked in circles for an hour, does the Trailsense have a breadcrumb?',
  ])('%j is not', (m) => expect(score(m)).toBeLessThan(1));
  it('leaving told of the order just named weighs as leaving', () =>
    expect(scoreFrustration('ordered twice this year and both were late. I think this was my last one.', [], false, 'Northwind Gear').labels).toContain('threatens to leave'));
});
