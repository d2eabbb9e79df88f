/**
 * A question whether the chat is a bot ("r u a bot?", "am I talking to a machine?", "is this even a real person?"): it
 * asks about the chat, not something for the help articles to settle, so rules.ts reads it as part of asking for a person.
 */
export const ASKS_IF_BOT = /\b(?:(?:are|r) (?:you|u|ya)|is (?:this|that|it)|am i (?:talking|chatting|speaking|writing) (?:to|with)|(?:im|i am) (?:talking|chatting|speaking) (?:to|with)) (?:even |just |actually |really |only |still )?(?:an? )?(?:bot|robot|chat ?bot|machine|ai|program|computer|auto ?reply|automated( reply| system| thing)?|real( person| human)?|human|person|live( person| agent)?)(?: or (?:an? )?(?:real )?(?:person|human|bot|machine|ai))?\s*\?+/g;
