/**
 * Session 58 (helper R2): points missed at the till asked to be added afterwards are settled only by a passage that
 * says how missing points are added (the loyalty passage says how they are earned at the time). With look-alikes:
 * how points are earned, pending points, points for a review.
 */
import { describe, expect, it } from 'vitest';
import { asksPointsAddedLater } from './retroactiveAsks.js';
import { normalise } from './text.js';

const asks = (m: string) => asksPointsAddedLater(normalise(m));

describe('points asked to be added after the fact', () => {
  it.each([
    'I forgot to scan my Trailpoints QR code at the Berlin till last week, €240 receipt. Can you add the points afterwards?',
    'I forgot to scan my Trailpoints app at the Portland store yesterday, $180 receipt. Can you add the points later?',
    "Didn't scan the QR at the till in Berlin, can the points be credited retroactively?",
    "I wasn't logged in when I ordered NW-222333. Can you add the Trailpoints to my account afterwards?",
    'forgot my loyalty QR in the shop last week. any way to claim the points after the fact?',
    'I bought a tent in store without scanning my account. Could you add the points manually?',
  ])('%j asks it', (m) => expect(asks(m)).toBe(true));
  it.each([
    'How do I earn Trailpoints in store?',
    'I got points for my order but they show as pending, when do they become available?',
    'How many points do I get for a €240 purchase?',
    'Can I add points from a review later?',
    'I forgot my password, how do I reset it?',
    'can I add the code later if I forgot it at checkout?',
  ])('%j does not', (m) => expect(asks(m)).toBe(false));
});
