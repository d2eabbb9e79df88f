import { EscalationReason, type ActorType, type ControlEventKind, type ControlState, type Sentiment } from '@baton/protocol';

const REASONS: Record<EscalationReason, string> = {
  explicit_request: 'Asked for a person',
  frustration: 'Customer is frustrated',
  repeated_failure: 'Bot could not answer',
  rule: 'Matched a routing rule',
  high_stakes: 'High-stakes topic',
  language: 'Language the bot does not cover',
};

export function reasonLabel(reason: EscalationReason | null | undefined): string {
  return reason ? REASONS[reason] : 'No escalation';
}

/** Timeline reasons are free text, but often an escalation reason code: label those. */
export function eventReasonLabel(reason: string): string {
  const parsed = EscalationReason.safeParse(reason);
  return parsed.success ? reasonLabel(parsed.data) : reason;
}

const STATES: Record<ControlState, string> = {
  bot: 'Bot',
  queued: 'Waiting',
  offered: 'Offered',
  human: 'With agent',
  closed: 'Closed',
};

export function stateLabel(state: ControlState): string {
  return STATES[state];
}

const KINDS: Record<ControlEventKind, string> = {
  escalated: 'Escalated',
  offered: 'Offered',
  offer_declined: 'Offer declined',
  offer_expired: 'Offer expired',
  accepted: 'Accepted',
  transferred: 'Transferred',
  resolved: 'Resolved',
  handed_back: 'Handed back to bot',
  cancelled: 'Cancelled',
  abandoned: 'Abandoned',
};

export function eventKindLabel(kind: ControlEventKind): string {
  return KINDS[kind];
}

const SENTIMENTS: Record<Sentiment, string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
  very_negative: 'Very negative',
};

export function sentimentLabel(s: Sentiment): string {
  return SENTIMENTS[s];
}

export function actorLabel(actorType: ActorType, actorName: string | null): string {
  if (actorName) return actorName;
  switch (actorType) {
    case 'bot':
      return 'Bot';
    case 'visitor':
      return 'Customer';
    case 'agent':
      return 'Agent';
    case 'system':
      return 'System';
  }
}

/** "en" → "English"; falls back to the code when Intl has no name for it. */
export function languageName(code: string, displayLocale = 'en'): string {
  if (!code) return 'Unknown';
  try {
    const name = new Intl.DisplayNames([displayLocale], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** "order_number" → "Order number". */
export function humanizeKey(key: string): string {
  const spaced = key.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return spaced ? spaced[0]!.toUpperCase() + spaced.slice(1) : key;
}
