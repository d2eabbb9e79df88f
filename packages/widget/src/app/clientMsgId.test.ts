import { describe, expect, it } from 'vitest';
import { ClientMsgId } from '@baton/protocol';
import { newClientMsgId } from './clientMsgId';

describe('newClientMsgId', () => {
  it('produces unique ids the protocol accepts', () => {
    const ids = new Set(Array.from({ length: 200 }, newClientMsgId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(ClientMsgId.safeParse(id).success).toBe(true);
  });
});
