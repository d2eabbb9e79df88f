/** Session 62 (helper RF2): what it should do ("…so it works with no signal") is no report that it works. */
import { describe, expect, it } from 'vitest';
import { detectSmallTalk } from './smallTalk.js';

describe('"so it works…" as a purpose or a condition is a question, not thanks', () => {
  it.each(['like download a region before a trip so it works with no signal', 'so that it works even in the mountains', 'need to be sure it works when the battery is low', 'i want to check if it works offline'])(
    '%j',
    (text) => expect(detectSmallTalk(text)).toBeNull(),
  );

  it.each(['ok so it works now, thanks', 'it works!', 'that worked', 'it works, cheers'])('%j still says it worked', (text) => expect(detectSmallTalk(text)).not.toBeNull());

  it.each(['a '.repeat(2000), '1'.repeat(4000), '!?'.repeat(2000), 'so it works with '.repeat(235)])('returns on %#', (s) => {
    expect(detectSmallTalk(s) === null || typeof detectSmallTalk(s) === 'string').toBe(true);
  });
});
