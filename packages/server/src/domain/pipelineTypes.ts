/**
 * The contract between the services layer and the bot/handoff intelligence.
 * Pure data in, pure data out: no I/O, no clock reads (callers pass `now`).
 */
import type { AuthorType, CustomerAttributes, EscalationReason, HandoffPackage, Sentiment, TransferRecord } from '@baton/protocol';

/** One message of the transcript as the domain sees it. */
export interface TranscriptEntry {
  seq: number;
  authorType: AuthorType;
  body: string;
  meta: {
    articleId?: string;
    articleTitle?: string;
    confidence?: number;
    kind?: string;
    whileQueued?: boolean;
  };
}

export interface SkillConfig {
  id: string;
  name: string;
  /** The name customers read in other languages ({"es": "Pedidos"}); agents see `name`. */
  names?: Record<string, string>;
  description: string;
  examples: string[];
  /** The team's own opening hours (humanSupportHours format); the site's apply when absent. */
  hours?: Record<string, string>;
}

export interface RuleConfig {
  id: string;
  when: { customerTier?: string; topic?: string; amountOver?: number };
  action: 'escalate' | 'escalate-on-first-unresolved';
  skill?: string;
  priority?: 'normal' | 'high';
  description?: string;
}

export interface SiteConfig {
  name: string;
  description?: string;
  greeting: string;
  /** The greeting in other languages, by code. */
  greetings?: Record<string, string>;
  /** Host-page origins allowed to embed the widget ("*" allows any; the demo uses its own). */
  allowedOrigins: string[];
  kb: { dir: string; language: string };
  /** Languages the human team speaks. */
  languages: string[];
  skills: SkillConfig[];
  defaultSkill: string;
  rules: RuleConfig[];
  humanSupportHours?: Record<string, string>;
}

export interface Article {
  id: string; // file name without .md
  title: string; // from the first "# " line
  body: string; // markdown without the title line
}

export interface SiteContent {
  key: string;
  config: SiteConfig;
  articles: Article[];
}

export interface BotReply {
  text: string;
  kind: 'answer' | 'unknown' | 'handoff' | 'info';
  articleId?: string;
  articleTitle?: string;
  confidence?: number;
  /**
   * For an answer: the best passages, the quoted one first (at most 5). An optional LLM answers from all of
   * them, since the passage that answers is among the top five far more often than it is the top one (README).
   */
  passages?: GroundingPassage[];
  /** Lines of `text` that are section headings of the article quoted (clients may set them apart). */
  headings?: string[];
  /** Set on the bot's small talk (a greeting, thanks, an acknowledgement answered as such). */
  smallTalk?: 'greeting' | 'thanks' | 'ack';
}

export interface GroundingPassage {
  articleId: string;
  articleTitle: string;
  text: string;
}

export interface EscalationDecision {
  reason: EscalationReason;
  reasonDetail: string;
  /** The customer message that made it true. */
  evidence: string;
  evidenceSeq: number;
  skill: string;
  language: string;
  /** 0 normal, higher is more urgent (high stakes, VIP, rule priority). */
  priority: number;
  confidence: number;
}

export interface TurnInput {
  /** Full transcript so far, including the customer message just received (last entry). */
  transcript: TranscriptEntry[];
  customer: CustomerAttributes;
  /** Control state when the message arrived. Only 'bot' may escalate; 'queued'/'offered' get KB help marked as such. */
  state: 'bot' | 'queued' | 'offered';
  /** The conversation's language once set (at a hand-off): the bot's own lines follow it while the customer writes in it. */
  language?: string | null;
}

export interface TurnOutput {
  /** The bot's reply, or null when it should stay silent. */
  reply: BotReply | null;
  /** Set when the conversation should be handed to a human now. */
  escalation: EscalationDecision | null;
}

export interface PackageInput {
  transcript: TranscriptEntry[];
  customer: CustomerAttributes;
  decision: EscalationDecision;
  nowIso: string;
  /** Transfers so far (a rebuilt package): the summary says who sent it on and quotes what the customer told them. */
  transfers?: TransferRecord[];
}

export type { HandoffPackage, Sentiment };
