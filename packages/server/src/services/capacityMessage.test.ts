import { describe, expect, it } from 'vitest';
import { capacityMessage } from './agentActions.js';

describe('capacityMessage', () => {
  it('says offers keep slots, so an agent holding nothing is not told they hold three', () => {
    expect(capacityMessage(0, 3, 3)).toBe('Your 3 slots are taken: 3 chats offered to you keep a slot each. Accept or decline one first');
    expect(capacityMessage(2, 1, 3)).toBe('Your 3 slots are taken: you hold 2 chats and 1 chat offered to you keeps a slot. Accept or decline it first');
    expect(capacityMessage(0, 1, 1)).toBe('Your 1 slot is taken: 1 chat offered to you keeps a slot. Accept or decline it first');
  });

  it('without offers, the chats held', () => {
    expect(capacityMessage(3, 0, 3)).toBe('You already hold 3 of 3 conversations');
  });
});
