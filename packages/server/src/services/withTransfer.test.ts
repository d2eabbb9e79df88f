import { describe, expect, it } from 'vitest';
import type { HandoffPackage } from '@baton/protocol';
import type { AgentRow } from './agentAuth.js';
import { withTransfer } from './agentActions.js';

const pkg = { summary: 'The customer asked to talk to a person; routed to Orders. The bot had not answered yet.', skill: 'orders', skillName: 'Orders', transfers: [] } as unknown as HandoffPackage;
const alex = { id: 'a1', name: 'Alex Rivera' } as AgentRow;
const names = (s: string) => ({ billing: 'Billing', orders: 'Orders' })[s] ?? s;

describe('withTransfer', () => {
  it('records the move and the new team; the summary is left to the rebuild', () => {
    const out = withTransfer(pkg, alex, { kind: 'skill', skill: 'billing', name: 'Billing' }, 'double charge', new Date(0), names)!;
    expect(out).toMatchObject({ skill: 'billing', skillName: 'Billing', summary: pkg.summary });
    expect(out.transfers).toEqual([{ from: 'Alex Rivera', fromAgentId: 'a1', to: 'Billing', toSkill: 'billing', toAgentId: null, note: 'double charge', at: new Date(0).toISOString() }]);
  });
  it('keeps the team for a transfer to a named agent', () => {
    const sam = { id: 'a2', name: 'Sam Lee' } as AgentRow;
    const out = withTransfer(pkg, alex, { kind: 'agent', agent: sam, name: 'Sam Lee' }, 'n', new Date(0), names)!;
    expect(out).toMatchObject({ skill: 'orders', skillName: 'Orders' });
    expect(out.transfers?.[0]).toMatchObject({ to: 'Sam Lee', toSkill: null, toAgentId: 'a2' });
  });
});
