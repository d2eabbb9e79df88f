import { describe, expect, it } from 'vitest';
import { conversationIdFromHash, hashForConversation } from './locationHash';

describe('location hash', () => {
  it('round-trips ids', () => {
    expect(conversationIdFromHash(hashForConversation('conv 1/x'))).toBe('conv 1/x');
    expect(hashForConversation(null)).toBe('');
  });

  it('ignores unrelated or broken hashes', () => {
    expect(conversationIdFromHash('')).toBeNull();
    expect(conversationIdFromHash('#other=1')).toBeNull();
    expect(conversationIdFromHash('#c=%E0%A4%A')).toBeNull();
  });
});
