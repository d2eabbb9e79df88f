import type { CustomerAttributes, EscalationReason } from '@baton/protocol';
import type { BotReply, SiteConfig, TranscriptEntry } from '../pipelineTypes.js';
import type { MessageModel } from './messageModel.js';
import { NO_NAMES, type SiteNames } from '../site/siteNames.js';

/** What one detector found. `null` from a detector means "no trigger". */
export interface DetectorResult {
  trigger: EscalationReason;
  confidence: number;
  /** Human-readable, shown to the agent as the reason detail. */
  reason: string;
  /** seq of the customer message that made the trigger true. */
  evidenceSeq: number;
  /** A rule may fix the queue (refund-over-200 → billing). */
  skill?: string;
  /** Extra words that steer the skill classifier ("product safety"). */
  skillHint?: string;
  /**
   * The words a team's description would use for this matter (a regex alternation, e.g. "safety"): when exactly
   * one skill's description says it owns it, the case goes there, whatever else the customer wrote about.
   */
  skillDuty?: string;
  /** 0 normal; higher is more urgent. */
  priority?: number;
}

/** Everything a detector may look at. Pure data. */
export interface DetectorContext {
  site: SiteConfig;
  customer: CustomerAttributes;
  /** Transcript so far; the last entry is the customer message being handled. */
  transcript: TranscriptEntry[];
  /** The customer message being handled. */
  current: TranscriptEntry;
  /** What the KB would reply to `current` (computed once by the pipeline). */
  answer: BotReply;
  /**
   * The question of the customer's previous message that the answer left open (the pipeline's `openQuestion`): the
   * message asked two things, the passage given settled one, and the KB has nothing on the other. Only looked for when
   * `answer` is no answer (the one case the repeated-failure detector reads it).
   */
  openQuestion?: string;
  /** The learned readings beside the patterns (messageModel.ts): high stakes, a request for a person, frustration; none in most unit tests. */
  highStakes?: MessageModel;
  personRequest?: MessageModel;
  frustration?: MessageModel;
  /** The site's own names the patterns read (site/siteNames.ts); without them, the shop's name alone. */
  names?: SiteNames;
}

/** The context's site names; a test's context without them still knows the shop's name. */
export function detectorNames(ctx: Pick<DetectorContext, 'site' | 'names'>): SiteNames {
  return ctx.names ?? { ...NO_NAMES, shop: ctx.site.name };
}

export function customerMessages(transcript: readonly TranscriptEntry[]): TranscriptEntry[] {
  return transcript.filter((e) => e.authorType === 'visitor');
}

/** The customer's message just before `seq`, if any. */
export function previousCustomerMessage(transcript: readonly TranscriptEntry[], seq: number): TranscriptEntry | undefined {
  return transcript.filter((e) => e.authorType === 'visitor' && e.seq < seq).at(-1);
}

/** The bot's last reply before `seq`, if any. */
export function lastBotReply(transcript: readonly TranscriptEntry[], seq: number): TranscriptEntry | undefined {
  return transcript.filter((e) => e.authorType === 'bot' && e.seq < seq).at(-1);
}

/** True when the bot replied at least once before `seq`: it has had a chance to help. */
export function botHasReplied(transcript: readonly TranscriptEntry[], seq: number): boolean {
  return transcript.some((e) => e.authorType === 'bot' && e.seq < seq && e.meta.kind !== 'handoff');
}
