/**
 * What the bot says when it hands a customer to the team, in the customer's language (the bot serves English; the
 * team also takes Spanish and German): a newcomer got "Te paso con nuestro equipo… You're in the queue now…" in one
 * bubble. Honest when nobody can come: no "I'm connecting you" before "no one is available", and a way to leave a
 * message.
 */
interface Phrases {
  imBot: string;
  connecting: (team: string) => string;
  queued: string;
  passed: (team: string) => string;
  nobody: (team: string) => string;
  backAt: (when: string) => string;
  leaveMessage: string;
}

const PHRASES: Record<'en' | 'es' | 'de', Phrases> = {
  en: {
    imBot: "I'm the shop's automated assistant, not a person.",
    connecting: (team) => `I'm connecting you with our ${team} team.`,
    queued: "You're in the queue now and I'll tell you as soon as someone joins. Meanwhile I'm still here if you want to ask me anything.",
    passed: (team) => `I've passed your conversation to our ${team} team.`,
    nobody: (team) => `No one from the ${team} team is available right now.`,
    backAt: (when) => ` The team is back ${when}.`,
    leaveMessage: "You can stay in the queue or leave a message with your e-mail, and the team will get back to you. Meanwhile I'm still here if you want to ask me anything.",
  },
  es: {
    imBot: 'Soy el asistente automático de la tienda, no una persona.',
    connecting: (team) => `Te paso con nuestro equipo de ${team}.`,
    queued: 'Ya estás en la cola y te aviso en cuanto se una alguien. Mientras tanto, sigo aquí si quieres preguntarme algo.',
    passed: (team) => `He pasado tu conversación a nuestro equipo de ${team}.`,
    nobody: (team) => `Ahora mismo no hay nadie disponible en el equipo de ${team}.`,
    backAt: (when) => ` El equipo vuelve el ${when}.`,
    leaveMessage: 'Puedes seguir en la cola o dejar un mensaje con tu e-mail y el equipo te responderá. Mientras tanto, sigo aquí si quieres preguntarme algo.',
  },
  de: {
    imBot: 'Ich bin der automatische Assistent des Shops, kein Mensch.',
    connecting: (team) => `Ich verbinde Sie mit unserem Team ${team}.`,
    queued: 'Sie sind jetzt in der Warteschlange, und ich sage Ihnen Bescheid, sobald jemand dazukommt. Bis dahin bin ich weiter für Ihre Fragen da.',
    passed: (team) => `Ich habe Ihr Gespräch an unser Team ${team} weitergegeben.`,
    nobody: (team) => `Gerade ist niemand aus dem Team ${team} erreichbar.`,
    backAt: (when) => ` Das Team ist ab ${when} wieder da.`,
    leaveMessage: 'Sie können in der Warteschlange bleiben oder eine Nachricht mit Ihrer E-Mail-Adresse hinterlassen; das Team meldet sich dann bei Ihnen. Bis dahin bin ich weiter für Ihre Fragen da.',
  },
};

function phrasesFor(language: string): Phrases {
  return language === 'es' || language === 'de' ? PHRASES[language] : PHRASES.en;
}

/** The bot's hand-off reply as the pipeline gives it (before the queue is known). */
export function connectingText(team: string, language: string): string {
  return phrasesFor(language).connecting(team);
}

/**
 * The message stored when the conversation joins the queue. `nobody` when no one can take it now, with when the team
 * is back if its hours say so (as text).
 */
export function handoffText(team: string, language: string, nobody?: { backAt?: string }, askedIfBot = false): string {
  const p = phrasesFor(language);
  // "Are you a bot?" is answered, truthfully, before the hand-off it asks for (a newcomer got only "I'm connecting you").
  const yes = askedIfBot ? `${p.imBot} ` : '';
  if (!nobody) return `${yes}${p.connecting(team)} ${p.queued}`;
  return `${yes}${p.passed(team)} ${p.nobody(team)}${nobody.backAt ? p.backAt(nobody.backAt) : ''} ${p.leaveMessage}`;
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
