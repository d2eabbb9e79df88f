import { z } from 'zod';

// Branded ids: a ConversationId can never be passed where an AgentId is expected.
export const SiteId = z.string().min(1).max(64).brand<'SiteId'>();
export type SiteId = z.infer<typeof SiteId>;
export const ConversationId = z.string().min(1).max(64).brand<'ConversationId'>();
export type ConversationId = z.infer<typeof ConversationId>;
export const VisitorId = z.string().min(1).max(64).brand<'VisitorId'>();
export type VisitorId = z.infer<typeof VisitorId>;
export const AgentId = z.string().min(1).max(64).brand<'AgentId'>();
export type AgentId = z.infer<typeof AgentId>;
export const MessageId = z.string().min(1).max(64).brand<'MessageId'>();
export type MessageId = z.infer<typeof MessageId>;
/** Client-generated id that makes message sends idempotent. */
export const ClientMsgId = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/).brand<'ClientMsgId'>();
export type ClientMsgId = z.infer<typeof ClientMsgId>;
