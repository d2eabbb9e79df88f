/**
 * Everything the bot and the system say to a customer once the conversation has a language of its own (set at
 * escalation), in that language: the KB is English, but a customer handed to the Spanish-speaking team should not get
 * "How did we do?" in English after the agent wrote to them in Spanish (a newcomer found exactly that). Spanish uses
 * "tú", German "Sie", as a shop's chat usually does.
 */
import { baseLanguage } from '@baton/protocol';

export interface CustomerPhrases {
  imBot: string;
  connecting: (team: string) => string;
  queued: string;
  passed: (team: string) => string;
  nobody: (team: string) => string;
  backAt: (when: string) => string;
  leaveMessage: string;
  joined: (agent: string) => string;
  handback: (agent: string) => string;
  csatRequest: string;
  ratingLow: string;
  ratingMid: string;
  ratingHigh: (rating: number) => string;
  transferToTeam: (from: string, team: string) => string;
  /** Sent back to the team the chat is already with: someone else there takes over. */
  transferToColleague: (from: string, team: string) => string;
  transferToAgent: (from: string, to: string) => string;
  /** The agent in the chat went offline: the customer is back in line, in the place they had. */
  agentLeft: (from: string, team: string) => string;
  /** A transfer to a named colleague who declined, let it expire or went away: back in the team's line. */
  transferFellThrough: (to: string, team: string) => string;
  ticketPassed: (team: string, email: string) => string;
  /** Said once while queued to a customer writing in a language the bot cannot answer in. */
  stillQueued: string;
  /** When the team does not write in the customer's language: the languages it does, already named and joined. */
  teamWrites: (languages: string) => string;
  languageNames: Record<string, string>;
  and: string;
  /** The bot's own small talk and "not sure", for a customer whose conversation is in this language (after a hand-back). */
  hello: string;
  welcome: string;
  glad: string;
  notSure: string;
  /** A rating typed after the conversation was already rated ("5" after the stars). */
  alreadyRated: string;
}

export type CustomerLanguage = 'en' | 'es' | 'de';

const PHRASES: Record<CustomerLanguage, CustomerPhrases> = {
  en: {
    imBot: "I'm the shop's automated assistant, not a person.",
    connecting: (team) => `I'm connecting you with our ${team} team.`,
    queued: "You're in the queue now and I'll tell you as soon as someone joins. Meanwhile I'm still here if you want to ask me anything.",
    passed: (team) => `I've passed your conversation to our ${team} team.`,
    nobody: (team) => `No one from the ${team} team is available right now.`,
    backAt: (when) => ` The team is back ${when}.`,
    leaveMessage: "You can stay in the queue or leave a message with your e-mail, and the team will get back to you. Meanwhile I'm still here if you want to ask me anything.",
    joined: (agent) => `${agent} has joined the conversation.`,
    handback: (agent) => `${agent} has marked this conversation as resolved, and I'm back with you. If there's anything else, just ask — I can bring a person back in any time.`,
    csatRequest: 'How did we do? Please rate this conversation from 1 (poor) to 5 (great).',
    ratingLow: "Thank you for telling us, and I'm sorry we didn't help enough this time. If anything is still open, ask for a person here and I'll bring one back in.",
    ratingMid: 'Thanks for your rating. If anything is still open, just ask here.',
    ratingHigh: (rating) => `Thanks for rating us ${rating}/5!`,
    transferToTeam: (from, team) => `${from} is transferring you to the ${team} team.`,
    transferToColleague: (from, team) => `${from} is passing you to a colleague in the ${team} team.`,
    transferToAgent: (from, to) => `${from} is transferring you to ${to}.`,
    agentLeft: (from, team) => `${from} had to leave. You're back in line for the ${team} team, in the place you had.`,
    transferFellThrough: (to, team) => `${to} couldn't take your chat after all. You're back in line for the ${team} team, in the place you had.`,
    ticketPassed: (team, email) => `Thanks, I've passed your message to the ${team} team. They'll reply to ${email}. You can keep your place in the queue too: if someone becomes free, they'll join this chat.`,
    stillQueued: "You're still in the queue, and the team will read everything you write here.",
    teamWrites: (languages) => `Our team writes in ${languages}.`,
    languageNames: { en: 'English', es: 'Spanish', de: 'German', fr: 'French', it: 'Italian', nl: 'Dutch', pt: 'Portuguese' },
    and: 'and',
    hello: 'Hi! What can I help you with?',
    welcome: "You're welcome! Anything else I can help with?",
    glad: 'Glad to hear it. Anything else I can help with?',
    notSure: "I'm not sure I can answer that. Ask for a person any time if you'd like someone from the team.",
    alreadyRated: 'Thanks, we already have your rating. Anything else I can help with?',
  },
  es: {
    imBot: 'Soy el asistente automático de la tienda, no una persona.',
    connecting: (team) => `Te paso con nuestro equipo de ${team}.`,
    // The bot answers only in the KB's language: the team, not the bot, is who reads on.
    queued: 'Ya estás en la cola y te aviso en cuanto se una alguien. Mientras tanto, puedes seguir escribiendo aquí: el equipo lo leerá todo.',
    passed: (team) => `He pasado tu conversación a nuestro equipo de ${team}.`,
    nobody: (team) => `Ahora mismo no hay nadie disponible en el equipo de ${team}.`,
    backAt: (when) => ` El equipo vuelve el ${when}.`,
    leaveMessage: 'Puedes seguir en la cola o dejar un mensaje con tu e-mail y el equipo te responderá. Mientras tanto, puedes seguir escribiendo aquí: el equipo lo leerá todo.',
    joined: (agent) => `${agent} se ha unido a la conversación.`,
    handback: (agent) => `${agent} ha marcado esta conversación como resuelta y vuelvo a estar contigo. Si necesitas algo más, pregúntame: puedo volver a traer a una persona cuando quieras.`,
    csatRequest: '¿Qué tal lo hemos hecho? Valora esta conversación de 1 (mal) a 5 (muy bien).',
    ratingLow: 'Gracias por decírnoslo, y siento que esta vez no te hayamos ayudado lo suficiente. Si queda algo pendiente, pide aquí una persona y la traigo de vuelta.',
    ratingMid: 'Gracias por tu valoración. Si queda algo pendiente, pregunta aquí.',
    ratingHigh: (rating) => `¡Gracias por tu valoración de ${rating}/5!`,
    transferToTeam: (from, team) => `${from} te está pasando al equipo de ${team}.`,
    transferToColleague: (from, team) => `${from} te está pasando a otra persona del equipo de ${team}.`,
    transferToAgent: (from, to) => `${from} te está pasando con ${to}.`,
    agentLeft: (from, team) => `${from} ha tenido que irse. Vuelves a la cola del equipo de ${team}, en el puesto que tenías.`,
    transferFellThrough: (to, team) => `${to} no ha podido atender tu chat. Vuelves a la cola del equipo de ${team}, en el puesto que tenías.`,
    ticketPassed: (team, email) => `Gracias, he pasado tu mensaje al equipo de ${team}. Te responderán a ${email}. También puedes mantener tu puesto en la cola: si alguien queda libre, se unirá a este chat.`,
    stillQueued: 'Sigues en la cola. El equipo leerá todo lo que escribas aquí y te responderá en español en cuanto alguien esté libre.',
    teamWrites: (languages) => `Nuestro equipo escribe en ${languages}.`,
    languageNames: { en: 'inglés', es: 'español', de: 'alemán', fr: 'francés', it: 'italiano', nl: 'neerlandés', pt: 'portugués' },
    and: 'y',
    hello: '¡Hola! ¿En qué te puedo ayudar?',
    welcome: '¡De nada! ¿Te puedo ayudar en algo más?',
    glad: 'Me alegro. ¿Te puedo ayudar en algo más?',
    // The KB is English: the bot cannot answer in Spanish, the team can.
    notSure: 'No estoy seguro de poder responder a eso: mis artículos de ayuda están solo en inglés. Pide una persona cuando quieras y traeré a alguien del equipo.',
    alreadyRated: 'Gracias, ya tenemos tu valoración. ¿Te puedo ayudar en algo más?',
  },
  de: {
    imBot: 'Ich bin der automatische Assistent des Shops, kein Mensch.',
    connecting: (team) => `Ich verbinde Sie mit unserem Team ${team}.`,
    queued: 'Sie sind jetzt in der Warteschlange, und ich sage Ihnen Bescheid, sobald jemand dazukommt. Bis dahin können Sie hier gern weiterschreiben; das Team liest alles mit.',
    passed: (team) => `Ich habe Ihr Gespräch an unser Team ${team} weitergegeben.`,
    nobody: (team) => `Gerade ist niemand aus dem Team ${team} erreichbar.`,
    backAt: (when) => ` Das Team ist ab ${when} wieder da.`,
    leaveMessage: 'Sie können in der Warteschlange bleiben oder eine Nachricht mit Ihrer E-Mail-Adresse hinterlassen; das Team meldet sich dann bei Ihnen. Bis dahin können Sie hier gern weiterschreiben; das Team liest alles mit.',
    joined: (agent) => `${agent} ist dem Gespräch beigetreten.`,
    handback: (agent) => `${agent} hat dieses Gespräch als gelöst markiert, und ich bin wieder für Sie da. Wenn noch etwas offen ist, fragen Sie einfach – ich kann jederzeit wieder einen Menschen dazuholen.`,
    csatRequest: 'Wie waren wir? Bitte bewerten Sie dieses Gespräch von 1 (schlecht) bis 5 (sehr gut).',
    ratingLow: 'Danke für Ihre Rückmeldung, und es tut mir leid, dass wir diesmal nicht genug helfen konnten. Wenn noch etwas offen ist, bitten Sie hier um einen Menschen, und ich hole jemanden dazu.',
    ratingMid: 'Danke für Ihre Bewertung. Wenn noch etwas offen ist, fragen Sie einfach hier.',
    ratingHigh: (rating) => `Danke für Ihre Bewertung mit ${rating}/5!`,
    transferToTeam: (from, team) => `${from} leitet Sie an das Team ${team} weiter.`,
    transferToColleague: (from, team) => `${from} übergibt Sie an eine andere Person im Team ${team}.`,
    transferToAgent: (from, to) => `${from} leitet Sie an ${to} weiter.`,
    agentLeft: (from, team) => `${from} musste gehen. Sie sind wieder in der Warteschlange des Teams ${team}, an Ihrem bisherigen Platz.`,
    transferFellThrough: (to, team) => `${to} konnte Ihren Chat leider nicht übernehmen. Sie sind wieder in der Warteschlange des Teams ${team}, an Ihrem bisherigen Platz.`,
    ticketPassed: (team, email) => `Danke, ich habe Ihre Nachricht an das Team ${team} weitergegeben. Es antwortet Ihnen an ${email}. Ihren Platz in der Warteschlange behalten Sie trotzdem: Sobald jemand frei wird, kommt er in diesen Chat.`,
    stillQueued: 'Sie sind weiter in der Warteschlange. Das Team liest alles, was Sie hier schreiben, und antwortet Ihnen auf Deutsch, sobald jemand frei ist.',
    teamWrites: (languages) => `Unser Team schreibt auf ${languages}.`,
    languageNames: { en: 'Englisch', es: 'Spanisch', de: 'Deutsch', fr: 'Französisch', it: 'Italienisch', nl: 'Niederländisch', pt: 'Portugiesisch' },
    and: 'und',
    hello: 'Hallo! Wobei kann ich Ihnen helfen?',
    welcome: 'Gern geschehen! Kann ich Ihnen sonst noch helfen?',
    glad: 'Das freut mich. Kann ich Ihnen sonst noch helfen?',
    notSure: 'Ich bin nicht sicher, ob ich das beantworten kann: Meine Hilfeartikel gibt es nur auf Englisch. Bitten Sie jederzeit um einen Menschen, dann hole ich jemanden aus dem Team dazu.',
    alreadyRated: 'Danke, Ihre Bewertung haben wir schon. Kann ich Ihnen sonst noch helfen?',
  },
};

/** The conversation's language as one we have phrases for; anything else (or none yet) is English, the KB's language. */
export function customerLanguage(language: string | null | undefined): CustomerLanguage {
  const base = baseLanguage(language);
  return base === 'es' || base === 'de' ? base : 'en';
}

export function phrasesFor(language: string | null | undefined): CustomerPhrases {
  return PHRASES[customerLanguage(language)];
}
