import { describe, expect, it } from 'vitest';
import type { HandoffPackage } from '@baton/protocol';
import type { AgentRow } from './agentAuth.js';
import { withTransfer } from './agentActions.js';

const pkg = { summary: 'The customer asked to talk to a person; routed to Orders. The bot had not answered yet.', skill: 'orders', skillName: 'Orders', transfers: [] } as unknown as HandoffPackage;
const alex = { id: 'a1', name: 'Alex Rivera' } as AgentRow;
const names = (s: string) => ({ billing: 'Billing', orders: 'Orders' })[s] ?? s;

describe('withTransfer', () => {
  it('names the new team in the summary and records the move', () => {
    const out = withTransfer(pkg, alex, { kind: 'skill', skill: 'billing', name: 'Billing' }, 'double charge', new Date(0), names)!;
    expect(out).toMatchObject({ skill: 'billing', skillName: 'Billing' });
    expect(out.summary).toBe('The customer asked to talk to a person; routed to Billing. The bot had not answered yet.');
    expect(out.transfers?.[0]).toMatchObject({ from: 'Alex Rivera', toSkill: 'billing', note: 'double charge' });
  });
  it('keeps the summary for a transfer to a named agent, and when the new name would pass 400 characters', () => {
    const sam = { id: 'a2', name: 'Sam Lee' } as AgentRow;
    expect(withTransfer(pkg, alex, { kind: 'agent', agent: sam, name: 'Sam Lee' }, 'n', new Date(0), names)!.summary).toBe(pkg.summary);
    const long = { ...pkg, summary: `${'x'.repeat(380)}; routed to Orders.` } as HandoffPackage;
    expect(withTransfer(long, alex, { kind: 'skill', skill: 'billing', name: 'Billing' }, 'n', new Date(0), () => 'A team with a very long name')!.summary).toBe(long.summary);
  });
});
