/** Session 61 (helper V3): the "no" said back and let go is no question for a VIP's first-miss rule. */
import { describe, expect, it } from 'vitest';
import { onlyAcknowledges } from './rules.js';

describe('the "no" said back and let go', () => {
  it.each([
    "Right, so sale items aren't covered. Understood.",
    "oh ok so the student code doesn't apply to gift cards. shame",
    "ok so Norway isn't eligible. noted, thanks",
    'ahh ok marketplace doesnt count. fair enough',
  ])('%j only acknowledges', (m) => expect(onlyAcknowledges(m)).toBe(true));
  it.each([
    "ok the code doesn't work. thanks",
    "Ok so it doesn't count, fair enough, but can you check my order?",
    'ok marketplace doesnt count? really?',
    'ah ok the lamp is not charging. fair enough I guess but I need a fix',
  ])('%j does not', (m) => expect(onlyAcknowledges(m)).toBe(false));
  it('returns on a hostile string', () => expect(onlyAcknowledges('ok ' + 'a '.repeat(2000) + 'doesnt count. fair enough')).toBe(false));
});
