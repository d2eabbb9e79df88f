/**
 * The widget's own words in the customer's language. A Spanish customer handed to the Spanish-speaking team read
 * "Waiting for the Orders team", "Leave a message" and "Tap a star" in English under Spanish messages. The language
 * is the conversation's once the server has set it (at escalation), else the browser's; English otherwise.
 */
import { baseLanguage } from '@baton/protocol';

export type WidgetLanguage = 'en' | 'es' | 'de';

export interface WidgetStrings {
  locale: WidgetLanguage;
  closeChat: string;
  agentJoined: (name: string | null) => string;
  /** Header while the agent with the chat is Away, and the line under it that says what that means for the customer. */
  agentAway: (name: string | null) => string;
  agentAwayNote: string;
  connectingHeader: string;
  /** Header while queued with nobody available now. */
  waitingHeader: string;
  assistantReplies: string;
  talkToPerson: string;
  connecting: string;
  waitingForTeam: string;
  waitingFor: (team: string) => string;
  waitingForAgent: (name: string) => string;
  position: (n: number) => string;
  /** Offered to an agent right now: first in line, and someone is being asked to take it. */
  pickingUp: string;
  estimatedWait: (estimate: string) => string;
  lessThanMinute: string;
  aboutMin: (n: number) => string;
  aboutMinUpTo: (n: number, high: number) => string;
  aboutMinBetween: (n: number, low: number, high: number) => string;
  nobody: (team: string) => string;
  closedNow: string;
  backToday: (time: string) => string;
  backOn: (weekday: string, time: string) => string;
  /** Said after the time when it is the customer's own clock, not the team's (the bot's message names the team's zone). */
  yourTime: string;
  keepPlace: (position: string) => string;
  leaveMessage: string;
  hideForm: string;
  answerByEmail: (hours?: string) => string;
  yourEmail: string;
  yourMessage: string;
  howCanWeHelp: string;
  sendMessage: string;
  sending: string;
  ticketThanks: (email: string) => string;
  invalidEmail: string;
  emptyMessage: string;
  rateConversation: string;
  tapAStar: string;
  outOfFive: (n: number) => string;
  assistant: string;
  assistantWhileWaiting: string;
  agent: string;
  isTyping: (name: string) => string;
  messageLabel: string;
  typeMessage: string;
  tooLong: (max: number) => string;
  cannotSend: string;
  notSent: (why: string) => string;
  retry: string;
  from: (title: string) => string;
  reconnecting: string;
  offline: string;
  noAnswer: string;
  chatUnavailable: string;
  dismiss: string;
  conversation: string;
  queueStatus: string;
  poweredBy: string;
  newConversation: string;
  leftQueue: string;
  /** Day names and "closed" in the site's hours ("mon-fri 09:00-18:00, sun closed"). */
  hoursWords: Record<string, string>;
  tooManyTickets: string;
  rateLimited: string;
}

const en: WidgetStrings = {
  locale: 'en',
  closeChat: 'Close chat',
  agentJoined: (name) => `${name ?? 'An agent'} has joined`,
  agentAway: (name) => `${name ?? 'Your agent'} stepped away for a moment`,
  agentAwayNote: "They'll read what you write here when they're back.",
  connectingHeader: 'Connecting you to a person…',
  waitingHeader: 'Waiting for the team',
  assistantReplies: 'Our assistant replies right away',
  talkToPerson: 'Talk to a person',
  connecting: 'Connecting…',
  waitingForTeam: 'Waiting for our team',
  waitingFor: (team) => `Waiting for the ${team} team`,
  waitingForAgent: (name) => `Waiting for ${name} to join`,
  position: (n) => `You are number ${n} in line`,
  pickingUp: "You're next: someone from the team is being asked to take your chat now",
  estimatedWait: (e) => `Estimated wait: ${e}`,
  lessThanMinute: 'less than a minute',
  aboutMin: (n) => `about ${n} min`,
  aboutMinUpTo: (n, high) => `about ${n} min (up to ${high} min)`,
  aboutMinBetween: (n, low, high) => `about ${n} min (between ${low} and ${high} min)`,
  nobody: (team) => `No one from the ${team} team is available right now`,
  closedNow: 'We are closed right now.',
  backToday: (time) => `We're back today at ${time}.`,
  backOn: (weekday, time) => `We're back ${weekday} at ${time}.`,
  yourTime: ' (your time)',
  keepPlace: (position) => `${position} and keep your place.`,
  leaveMessage: 'Leave a message',
  hideForm: 'Hide the form',
  answerByEmail: (hours) => `We'll answer by e-mail.${hours ? ` Our hours: ${hours}.` : ''}`,
  yourEmail: 'Your e-mail',
  yourMessage: 'Your message',
  howCanWeHelp: 'How can we help?',
  sendMessage: 'Send message',
  sending: 'Sending…',
  ticketThanks: (email) => `Thanks, we got your message and will reply to ${email}.`,
  invalidEmail: 'Please enter a valid e-mail address.',
  emptyMessage: 'Please write a short message.',
  rateConversation: 'Rate this conversation',
  tapAStar: 'Tap a star: 1 (poor) to 5 (great)',
  outOfFive: (n) => `${n} out of 5`,
  assistant: 'Assistant',
  assistantWhileWaiting: 'Assistant (while you wait)',
  agent: 'Agent',
  isTyping: (name) => `${name} is typing…`,
  messageLabel: 'Message',
  typeMessage: 'Type your message…',
  tooLong: (max) => `Messages can be up to ${max} characters.`,
  cannotSend: 'This message cannot be sent.',
  notSent: (why) => `Not sent: ${why}`,
  retry: 'Retry',
  from: (title) => `From: ${title}`,
  reconnecting: 'Reconnecting…',
  offline: 'You are offline. Try again in a moment.',
  noAnswer: 'No answer from the chat service. Please try again.',
  chatUnavailable: 'Chat is not available',
  dismiss: 'Dismiss',
  conversation: 'Conversation',
  queueStatus: 'Queue status',
  poweredBy: 'Powered by Baton',
  newConversation: 'New conversation',
  leftQueue: 'You left the queue, so this chat was closed. Write again any time.',
  hoursWords: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  tooManyTickets: "You've left several messages already; the team will answer them.",
  rateLimited: 'Too many messages at once. Please wait a moment.',
};

function esAbout(n: number): string {
  return n === 1 ? 'alrededor de 1' : `unos ${n}`;
}

const es: WidgetStrings = {
  locale: 'es',
  closeChat: 'Cerrar el chat',
  agentJoined: (name) => `${name ?? 'Un agente'} se ha unido`,
  agentAway: (name) => `${name ?? 'Tu agente'} se ha ausentado un momento`,
  agentAwayNote: 'Leerá lo que escribas aquí en cuanto vuelva.',
  connectingHeader: 'Te estamos pasando con una persona…',
  waitingHeader: 'Esperando al equipo',
  assistantReplies: 'Nuestro asistente responde al momento',
  talkToPerson: 'Hablar con una persona',
  connecting: 'Conectando…',
  waitingForTeam: 'Esperando a nuestro equipo',
  waitingFor: (team) => `Esperando al equipo de ${team}`,
  waitingForAgent: (name) => `Esperando a que ${name} se una`,
  pickingUp: 'Eres el siguiente: ahora mismo se está pidiendo a alguien del equipo que atienda tu chat',
  position: (n) => `Eres el número ${n} de la cola`,
  estimatedWait: (e) => `Espera estimada: ${e}`,
  lessThanMinute: 'menos de un minuto',
  // "unos 1 min" is not Spanish: one minute is "alrededor de 1 min".
  aboutMin: (n) => `${esAbout(n)} min`,
  aboutMinUpTo: (n, high) => `${esAbout(n)} min (hasta ${high} min)`,
  aboutMinBetween: (n, low, high) => `${esAbout(n)} min (entre ${low} y ${high} min)`,
  nobody: (team) => `Ahora mismo no hay nadie disponible en el equipo de ${team}`,
  closedNow: 'Ahora mismo estamos cerrados.',
  backToday: (time) => `Volvemos hoy a las ${time}.`,
  backOn: (weekday, time) => `Volvemos el ${weekday} a las ${time}.`,
  yourTime: ' (hora local)',
  keepPlace: (position) => `${position} y mantienes tu puesto.`,
  leaveMessage: 'Dejar un mensaje',
  hideForm: 'Ocultar el formulario',
  answerByEmail: (hours) => `Te responderemos por e-mail.${hours ? ` Nuestro horario: ${hours}.` : ''}`,
  yourEmail: 'Tu e-mail',
  yourMessage: 'Tu mensaje',
  howCanWeHelp: '¿En qué podemos ayudarte?',
  sendMessage: 'Enviar mensaje',
  sending: 'Enviando…',
  ticketThanks: (email) => `Gracias, hemos recibido tu mensaje y te responderemos a ${email}.`,
  invalidEmail: 'Escribe una dirección de e-mail válida.',
  emptyMessage: 'Escribe un mensaje breve.',
  rateConversation: 'Valora esta conversación',
  tapAStar: 'Toca una estrella: de 1 (mal) a 5 (muy bien)',
  outOfFive: (n) => `${n} de 5`,
  assistant: 'Asistente',
  assistantWhileWaiting: 'Asistente (mientras esperas)',
  agent: 'Agente',
  isTyping: (name) => `${name} está escribiendo…`,
  messageLabel: 'Mensaje',
  typeMessage: 'Escribe tu mensaje…',
  tooLong: (max) => `Los mensajes pueden tener hasta ${max} caracteres.`,
  cannotSend: 'Este mensaje no se puede enviar.',
  notSent: (why) => `No enviado: ${why}`,
  retry: 'Reintentar',
  from: (title) => `Fuente: ${title}`,
  reconnecting: 'Reconectando…',
  offline: 'No tienes conexión. Inténtalo de nuevo en un momento.',
  noAnswer: 'El chat no responde. Inténtalo de nuevo.',
  chatUnavailable: 'El chat no está disponible',
  dismiss: 'Cerrar',
  conversation: 'Conversación',
  queueStatus: 'Estado de la cola',
  poweredBy: 'Con tecnología de Baton',
  newConversation: 'Nueva conversación',
  leftQueue: 'Saliste de la cola y este chat se cerró. Escríbenos cuando quieras.',
  hoursWords: { mon: 'lun', tue: 'mar', wed: 'mié', thu: 'jue', fri: 'vie', sat: 'sáb', sun: 'dom', closed: 'cerrado' },
  tooManyTickets: 'Ya nos has dejado varios mensajes; el equipo los responderá.',
  rateLimited: 'Demasiados mensajes seguidos. Espera un momento.',
};

const de: WidgetStrings = {
  locale: 'de',
  closeChat: 'Chat schließen',
  agentJoined: (name) => `${name ?? 'Ein Mitarbeiter'} ist dabei`,
  agentAway: (name) => `${name ?? 'Ihr Ansprechpartner'} ist kurz nicht am Platz`,
  agentAwayNote: 'Was Sie schreiben, bleibt hier und wird nach der Rückkehr gelesen.',
  connectingHeader: 'Wir verbinden Sie mit einem Menschen…',
  waitingHeader: 'Warten auf das Team',
  assistantReplies: 'Unser Assistent antwortet sofort',
  talkToPerson: 'Mit einem Menschen sprechen',
  connecting: 'Verbinde…',
  waitingForTeam: 'Warten auf unser Team',
  waitingFor: (team) => `Warten auf das Team ${team}`,
  waitingForAgent: (name) => `Warten, bis ${name} dazukommt`,
  pickingUp: 'Sie sind als Nächstes dran: Gerade wird jemand aus dem Team gebeten, Ihren Chat zu übernehmen',
  position: (n) => `Sie sind Nummer ${n} in der Warteschlange`,
  estimatedWait: (e) => `Geschätzte Wartezeit: ${e}`,
  lessThanMinute: 'weniger als eine Minute',
  aboutMin: (n) => `etwa ${n} Min.`,
  aboutMinUpTo: (n, high) => `etwa ${n} Min. (bis zu ${high} Min.)`,
  aboutMinBetween: (n, low, high) => `etwa ${n} Min. (zwischen ${low} und ${high} Min.)`,
  nobody: (team) => `Gerade ist niemand aus dem Team ${team} erreichbar`,
  closedNow: 'Wir sind gerade nicht erreichbar.',
  backToday: (time) => `Wir sind heute ab ${time} Uhr wieder da.`,
  backOn: (weekday, time) => `Wir sind am ${weekday} ab ${time} Uhr wieder da.`,
  yourTime: ' (Ihre Ortszeit)',
  keepPlace: (position) => `${position} und behalten Ihren Platz.`,
  leaveMessage: 'Nachricht hinterlassen',
  hideForm: 'Formular ausblenden',
  answerByEmail: (hours) => `Wir antworten per E-Mail.${hours ? ` Unsere Zeiten: ${hours}.` : ''}`,
  yourEmail: 'Ihre E-Mail-Adresse',
  yourMessage: 'Ihre Nachricht',
  howCanWeHelp: 'Wie können wir helfen?',
  sendMessage: 'Nachricht senden',
  sending: 'Wird gesendet…',
  ticketThanks: (email) => `Danke, wir haben Ihre Nachricht erhalten und antworten an ${email}.`,
  invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
  emptyMessage: 'Bitte schreiben Sie eine kurze Nachricht.',
  rateConversation: 'Gespräch bewerten',
  tapAStar: 'Tippen Sie auf einen Stern: 1 (schlecht) bis 5 (sehr gut)',
  outOfFive: (n) => `${n} von 5`,
  assistant: 'Assistent',
  assistantWhileWaiting: 'Assistent (während Sie warten)',
  agent: 'Mitarbeiter',
  isTyping: (name) => `${name} schreibt…`,
  messageLabel: 'Nachricht',
  typeMessage: 'Nachricht schreiben…',
  tooLong: (max) => `Nachrichten dürfen höchstens ${max} Zeichen lang sein.`,
  cannotSend: 'Diese Nachricht kann nicht gesendet werden.',
  notSent: (why) => `Nicht gesendet: ${why}`,
  retry: 'Erneut senden',
  from: (title) => `Quelle: ${title}`,
  reconnecting: 'Verbindung wird wiederhergestellt…',
  offline: 'Sie sind offline. Versuchen Sie es gleich noch einmal.',
  noAnswer: 'Der Chat antwortet nicht. Bitte versuchen Sie es noch einmal.',
  chatUnavailable: 'Der Chat ist nicht verfügbar',
  dismiss: 'Schließen',
  conversation: 'Gespräch',
  queueStatus: 'Status der Warteschlange',
  poweredBy: 'Bereitgestellt von Baton',
  newConversation: 'Neues Gespräch',
  leftQueue: 'Sie haben die Warteschlange verlassen, daher wurde dieser Chat geschlossen. Schreiben Sie uns jederzeit wieder.',
  hoursWords: { mon: 'Mo', tue: 'Di', wed: 'Mi', thu: 'Do', fri: 'Fr', sat: 'Sa', sun: 'So', closed: 'geschlossen' },
  tooManyTickets: 'Sie haben uns schon mehrere Nachrichten hinterlassen; das Team beantwortet sie.',
  rateLimited: 'Zu viele Nachrichten auf einmal. Bitte warten Sie einen Moment.',
};

const TABLE: Record<WidgetLanguage, WidgetStrings> = { en, es, de };

/** The conversation's language when set, else the first of the browser's languages we speak, else English. */
export function widgetLanguage(conversationLanguage: string | null | undefined, browserLanguages: readonly string[]): WidgetLanguage {
  for (const tag of [conversationLanguage, ...(conversationLanguage ? [] : browserLanguages)]) {
    const base = baseLanguage(tag);
    if (base === 'en' || base === 'es' || base === 'de') return base;
  }
  return 'en';
}

/** The site's hours as the server writes them ("mon-fri 09:00-18:00, sun closed (CET)") in the widget's language. */
export function localizeHours(hours: string, t: WidgetStrings): string {
  return hours.replace(/\b(mon|tue|wed|thu|fri|sat|sun|closed)\b/gi, (w) => t.hoursWords[w.toLowerCase()] ?? w);
}

/** A server refusal the customer can do something about, in their language; other messages as sent. */
export function errorText(code: string, message: string, t: WidgetStrings): string {
  if (code === 'too_many_tickets') return t.tooManyTickets;
  if (code === 'rate_limited') return t.rateLimited;
  return message;
}

/** The site's greeting in the widget's language when the site gives one, else its own. */
export function greetingFor(site: { greeting: string; greetings?: Record<string, string> }, language: WidgetLanguage): string {
  return site.greetings?.[language] ?? site.greeting;
}

export function stringsFor(language: WidgetLanguage): WidgetStrings {
  return TABLE[language];
}
