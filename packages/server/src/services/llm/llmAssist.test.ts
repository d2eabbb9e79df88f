import { describe, expect, it } from 'vitest';
import { parseGrounded } from './llmAssist.js';

const passages = [
  { articleId: 'refunds', articleTitle: 'Refunds', text: 'Refunds take 5 days.' },
  { articleId: 'loyalty', articleTitle: 'Trailpoints', text: 'Every 200 points make a voucher.' },
];

describe('parseGrounded', () => {
  it('cites the passage the model names and drops its SOURCE line', () => {
    expect(parseGrounded('You need 200 points for a €10 voucher.\nSOURCE: 2', passages)).toEqual({
      text: 'You need 200 points for a €10 voucher.\n\n(From: Trailpoints)',
      articleId: 'loyalty',
      articleTitle: 'Trailpoints',
    });
    expect(parseGrounded('Five days.\n\nsource: [1]', passages)?.articleTitle).toBe('Refunds');
  });
  it('cites the first passage when the model names none', () => {
    expect(parseGrounded('Five days.', passages)?.articleId).toBe('refunds');
  });
  it('is null when no passage answers or nothing is left', () => {
    expect(parseGrounded('NOT_IN_PASSAGE', passages)).toBeNull();
    expect(parseGrounded('SOURCE: 1', passages)).toBeNull();
  });
});

describe('parseGrounded: markers as models write them', () => {
  // A review found each of these shown to the customer, or cited to the wrong passage, by the first version.
  it.each([
    ['Five days.\nSOURCE: 2.'],
    ['Five days.\n**SOURCE: 2**'],
    ['Five days.\n`SOURCE: 2`'],
    ['Five days.\nSOURCE: passage 2'],
    ['Five days.\nSOURCE: 2, 1'],
    ['Five days.\nSOURCE: 2 (Trailpoints)'],
    ['Five days.\nSOURCES: 2'],
    ['Five days (SOURCE: 2).'],
    ['SOURCE: 2\nFive days.'],
    ['Five days.\n[SOURCE: 2]'],
    ['Five days.\nSOURCE: 1\nSOURCE: 2'],
  ])('%j cites passage 2 and shows no marker', (raw) => {
    const r = parseGrounded(raw, passages)!;
    expect(r.articleTitle).toBe('Trailpoints');
    expect(r.text).not.toMatch(/source|\[|\*\*|`/i);
    expect(r.text.startsWith('Five days')).toBe(true);
    expect(r.text).not.toMatch(/ \./);
  });
  it('keeps the embedded answer when the model names a passage we did not send', () => {
    expect(parseGrounded('Five days.\nSOURCE: 7', passages)).toBeNull();
    expect(parseGrounded('Five days.\nSOURCE: 0', passages)).toBeNull();
  });
});
