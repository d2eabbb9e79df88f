/**
 * Review of session 54's retrieval: a boat or the coast is the sea of the device care articles only beside a device;
 * said of a jacket or of a shipping address, it is not.
 */
import { describe, expect, it } from 'vitest';
import { queryTerms } from './queryTerms.js';
import { NO_NAMES } from '../site/siteNames.js';

const northwind = { ...NO_NAMES, devices: ['voltpack', 'lumen', 'pace', 'trailsense'] };
const terms = (q: string) => queryTerms(q, undefined, false, undefined, northwind).flatMap((t) => t.terms);

describe('the sea, asked as a boat or the coast', () => {
  it.each([
    "I'm on a boat most weekends, how do I look after my Pace 5?",
    'we live on the coast, how should I look after the headlamp?',
    'sailing a lot, does my watch need rinsing after?',
    'could the salt be doing that?',
  ])('%j speaks of the sea', (q) => expect(terms(q)).toContain('sea'));
  it.each([
    'going sailing for a week, will the Stormshell keep me dry?',
    'we live on the coast, how do I care for my Stormshell?',
    'Do you ship to the west coast? How long does it take to California?',
  ])('%j does not', (q) => expect(terms(q)).not.toContain('sea'));
});
