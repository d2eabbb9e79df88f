import { describe, expect, it } from 'vitest';
import { EscalationReason, ControlEventKind } from '@baton/protocol';
import { actorLabel, eventReasonLabel, eventKindLabel, humanizeKey, languageName, reasonLabel, stateLabel } from './labels';

describe('labels', () => {
  it('has a human label for every escalation reason and event kind', () => {
    expect(reasonLabel('explicit_request')).toBe('Asked for a person');
    for (const r of EscalationReason.options) expect(reasonLabel(r)).not.toMatch(/_/);
    for (const k of ControlEventKind.options) expect(eventKindLabel(k)).not.toMatch(/_/);
    expect(reasonLabel(null)).toBe('No escalation');
    expect(eventReasonLabel('frustration')).toBe('Customer is frustrated');
    expect(eventReasonLabel('offer timed out')).toBe('offer timed out');
  });

  it('labels states and actors', () => {
    expect(stateLabel('queued')).toBe('Waiting');
    expect(actorLabel('agent', 'Grace')).toBe('Grace');
    expect(actorLabel('system', null)).toBe('System');
  });

  it('names languages and falls back to the code', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('zz-not-a-language!')).toBe('zz-not-a-language!');
  });

  it('humanizes attribute keys', () => {
    expect(humanizeKey('order_number')).toBe('Order number');
    expect(humanizeKey('planName')).toBe('Plan name');
  });
});
