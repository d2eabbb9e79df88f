import { describe, expect, it } from 'vitest';
import { transferMessage } from './transferTargets.js';

describe('transferMessage', () => {
  const billing = { kind: 'skill' as const, skill: 'billing', name: 'Billing' };

  it('another team: the customer reads where they go', () => {
    expect(transferMessage('Alex Rivera', billing, 'en', 'orders')).toBe('Alex Rivera is transferring you to the Billing team.');
  });

  it('back to the team the chat is with: a colleague there, not a transfer to where they already are', () => {
    expect(transferMessage('Alex Rivera', billing, 'en', 'billing')).toBe('Alex Rivera is passing you to a colleague in the Billing team.');
    expect(transferMessage('Alex Rivera', { ...billing, name: 'Facturación' }, 'es', 'billing')).toBe('Alex Rivera te está pasando a otra persona del equipo de Facturación.');
  });
});
