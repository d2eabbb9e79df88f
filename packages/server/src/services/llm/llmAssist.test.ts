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
  it('falls back to the first passage when the model names none we sent', () => {
    expect(parseGrounded('Five days.', passages)?.articleId).toBe('refunds');
    expect(parseGrounded('Five days.\nSOURCE: 7', passages)?.articleId).toBe('refunds');
  });
  it('is null when no passage answers or nothing is left', () => {
    expect(parseGrounded('NOT_IN_PASSAGE', passages)).toBeNull();
    expect(parseGrounded('SOURCE: 1', passages)).toBeNull();
  });
});
