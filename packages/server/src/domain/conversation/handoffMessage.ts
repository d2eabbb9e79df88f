import { baseLanguage } from '@baton/protocol';
import { phrasesFor } from './customerPhrases.js';

/**
 * What the bot says when it hands a customer to the team, in the customer's language (the bot serves English; the
 * team also takes Spanish and German): a newcomer got "Te paso con nuestro equipo… You're in the queue now…" in one
 * bubble. Honest when nobody can come: no "I'm connecting you" before "no one is available", and a way to leave a
 * message.
 */
/** The bot's hand-off reply as the pipeline gives it (before the queue is known). */
export function connectingText(team: string, language: string): string {
  return phrasesFor(language).connecting(team);
}

/**
 * The message stored when the conversation joins the queue. `nobody` when no one can take it now, with when the team
 * is back if its hours say so (as text).
 */
export function handoffText(team: string, language: string, nobody?: { backAt?: string }, askedIfBot = false, teamLanguages: readonly string[] = []): string {
  const p = phrasesFor(language);
  // "Are you a bot?" is answered, truthfully, before the hand-off it asks for (a newcomer got only "I'm connecting you").
  const yes = askedIfBot ? `${p.imBot} ` : '';
  // A German customer of a team that writes English and Spanish is told so before the wait, not by the first reply.
  const writes = teamWritesLine(language, teamLanguages);
  if (!nobody) return `${yes}${p.connecting(team)}${writes} ${p.queued}`;
  return `${yes}${p.passed(team)}${writes} ${p.nobody(team)}${nobody.backAt ? p.backAt(nobody.backAt) : ''} ${p.leaveMessage}`;
}

/** Whether the team (site.json `languages`) writes this language, regional variants included ("es-MX" is "es"). */
export function teamWrites(teamLanguages: readonly string[], language: string): boolean {
  return teamLanguages.some((l) => baseLanguage(l) === baseLanguage(language));
}

/** " Unser Team schreibt auf Englisch und Spanisch." when the team does not write the customer's language, else "". */
export function teamWritesLine(language: string, teamLanguages: readonly string[]): string {
  const team = [...new Set(teamLanguages.map((l) => baseLanguage(l)).filter((l): l is string => !!l))];
  if (!baseLanguage(language) || team.length === 0 || teamWrites(team, language)) return '';
  const p = phrasesFor(language);
  const names = team.map((l) => p.languageNames[l] ?? l.toUpperCase());
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${p.and} ${names.at(-1)!}`;
  return ` ${p.teamWrites(list)}`;
}

/** "Are you a bot?", "am I talking to a real person?", "¿eres un robot?", "Bist du ein Bot?": about who answers, nothing else. */
export function asksIfBot(message: string): boolean {
  const t = message.toLowerCase();
  return (
    /\b(?:are you|r u|is this|is that|am i (?:talking|chatting|speaking) (?:to|with))\s+(?:just\s+|actually\s+|really\s+)?(?:an?\s+)?(?:real\s+|actual\s+|live\s+)?(?:bot|robot|chatbot|ai|machine|human|person|automated(?:\s+\w+)?)\b/.test(t) ||
    /(?:^|\s|¿)(?:eres|es esto)\s+(?:un[a]?\s+)?(?:bot|robot|humano|persona(?: real)?|máquina|maquina)(?![\p{L}])/u.test(t) ||
    /\b(?:bist du|sind sie|ist das)\s+(?:ein(?:e)?\s+)?(?:echter?\s+)?(?:bot|roboter|mensch|person|automat)/.test(t)
  );
}
