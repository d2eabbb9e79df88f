/**
 * Language detection by function words (en/es/de) plus a few orthographic hints, and
 * the language trigger: a customer writing substantively in a language the team
 * speaks but the KB (and so the bot) doesn't. Single words ("gracias!!", "danke",
 * "Hallo!") are not a switch: a message needs several function-word hits.
 */
import type { TranscriptEntry } from '../pipelineTypes.js';
import { normalise } from '../bot/text.js';
import { detectSmallTalk } from '../bot/smallTalk.js';
import { customerMessages, type DetectorContext, type DetectorResult } from './types.js';

const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set('the a an and or but is are was were be been have has had do does did i you he she it we they my your our this that these those what which who when where why how not no can could would should will with for from of to in on at by about there here just please thanks its im dont cant me him her them us then so if all tell get got'.split(' ')),
  es: new Set('el la los las un una unos unas y o pero es son era fue ser estar esta estoy estan hay he ha han tengo tiene tienen que de del al en con por para sin sobre mi mis tu su sus nuestro yo usted ustedes me te se lo le les nos no si ya muy mas como cuando donde porque pero tambien hola gracias quiero puedo puede necesito favor esto eso este ese cuanto cuanta cuantos tarda cuesta mejor perdon todavia nada algo funciona pedido paquete envio pago cuenta reloj talla semana semanas dias llega llego cabe personas ayer hoy manana siempre tiempo nuevo nueva nuevas roto rota dinero todo todos todas otro otra otros dos tres vez veces ahora aqui entonces hace hacer teneis tienes podeis puedes hacen aceptais aceptan haceis enviais envios descuento devolucion reembolso factura tarjeta saldo envio'.split(' ')),
  de: new Set('der die das den dem des ein eine einen einem einer und oder aber ist sind war waren sein haben hat hatte habe ich du er sie es wir ihr mein meine meinen meinem mit fur von zu zum zur auf aus bei nach uber unter nicht kein keine ja nein auch noch schon nur sehr wie wo wann warum was wer kann konnen mochte will wurde bitte danke hallo gut mehr jetzt hier dass wenn weil ob bestellung mir mich dich euch ihnen uns geht gehts funktioniert klappt tun gibt gibts zahlung paket lieferung rechnung konto uhr handy farbe grosse woche wochen tage zeit ganze ganzen immer seit heute gestern neu neue neuen kaputt leider geld zeigt zeigen heisst steht startet blinkt ladt laedt geladen verbindet kommt kam bekomme brauche doch alle alles andere anderen dann denn diese dieser dieses etwas sich wieder zwei drei viele wirklich bin bist wird werden eure euren eurem ihre ihren ihrem lange dauert kostet kosten viel wieviel gibt moglich ruckerstattung ruckgabe versand habt seid liefert verschickt akzeptiert nehmt bietet gebt konnt macht'.split(' ')),
};

/** Words that make a short question of nothing: "¿Qué tal?", "¿Y ahora?", "Und jetzt?". */
const SHORT_FILLER = new Set('y e o u und oder pues bueno vale entonces also na que tal ahora jetzt dann hola hallo gracias danke bitte como wie was so si ja nein no ok okay perdon verdad echt wirklich ya eso esto das'.split(' '));

export interface LanguageGuess {
  language: string;
  confidence: number;
  /** Enough text in that language to count as "writing in it", not a single word. */
  substantive: boolean;
}

export function detectLanguage(text: string, fallback = 'en'): LanguageGuess {
  const raw = text.toLowerCase();
  const normalised = normalise(text);
  const tokens = normalised.match(/[a-z]+/g) ?? [];
  const scores: Record<string, number> = { en: 0, es: 0, de: 0 };
  for (const t of tokens) for (const lang of Object.keys(FUNCTION_WORDS)) if (FUNCTION_WORDS[lang]!.has(t)) scores[lang]! += 1;
  // "meine Pace 5 zeigt E20 an": a German separable prefix ends the sentence; English "an" never does.
  if (/\ban\W*$/.test(normalised)) {
    scores.en! -= 1;
    scores.de! += 1;
  }
  // "Habt ihr PayPal?", "Liefert ihr in die Schweiz?": a German question opens with its verb and a pronoun.
  if (/^\W*(habt|seid|liefert|verschickt|versendet|akzeptiert|nehmt|bietet|macht|gebt|konnt|verkauft|gibt|kann|muss|darf|ist|sind) (ihr|es|man|ich)\b/.test(normalised)) scores.de! += 1;
  // Orthography is a strong hint that survives short messages.
  scores.es! += ((raw.match(/[ñ¿¡]/g) ?? []).length + (raw.match(/[áéíóú]/g) ?? []).length * 0.5);
  scores.de! += ((raw.match(/[äöüß]/g) ?? []).length * 0.75);
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [bestLang, best] = ranked[0]!;
  const second = ranked[1]![1];
  if (best < 1 || best === second) return { language: fallback, confidence: 0.3, substantive: false };
  const margin = (best - second) / best;
  // Session 53: "¿Aceptáis PayPal?": a short question wholly in one language, its own punctuation and verb, asks for help.
  // (Review: "¿Hacéis envíos a Canarias?": a place's "a" is no English in it; "¿Qué tal?", "¿Y ahora?" ask nothing yet.)
  const substantive = (tokens.length >= 4 && best >= 3 && best >= second * 1.5) || (tokens.length >= 2 && best >= 2.5 && best >= second * 3 && /\?\s*$/.test(raw) && tokens.some((t) => !SHORT_FILLER.has(t)));
  return { language: bestLang, confidence: Math.min(0.99, 0.5 + margin / 2), substantive };
}

/** The last sentences of a message, at least six words of them, when there is more before them. */
function messageTail(body: string): string | null {
  const parts = body.match(/[^.!?]+[.!?]*/g) ?? [];
  // Count words part by part and join once: re-joining and re-counting the whole tail at every part is quadratic
  // ("1.1.1.…" is 2,000 parts of no words).
  let words = 0;
  for (let i = parts.length - 1; i > 0; i--) {
    words += (parts[i]!.match(/\p{L}+/gu) ?? []).length;
    if (words >= 6) return `${parts.slice(i).join(' ')} `;
  }
  return null;
}

/**
 * The language to continue in: that of the customer's last substantive message
 * (walking back), else the KB language.
 */
export function conversationLanguage(transcript: readonly TranscriptEntry[], kbLanguage: string): string {
  return statedLanguage(transcript, kbLanguage) ?? kbLanguage;
}

/** The language of the customer's last substantive words, or null when they have written none ("gracias 🙏", "ok"). */
export function statedLanguage(transcript: readonly TranscriptEntry[], kbLanguage: string): string | null {
  const msgs = customerMessages(transcript);
  for (let i = msgs.length - 1; i >= 0; i--) {
    const guess = detectLanguage(msgs[i]!.body, kbLanguage);
    // "I requested a new one three times. Das ist doch lächerlich, ich komme nicht in mein Konto!": the customer
    // switched within the message, and goes on in the language it ends in.
    const tail = messageTail(msgs[i]!.body);
    const ending = tail ? detectLanguage(tail, kbLanguage) : null;
    if (ending?.substantive && (ending.language !== guess.language || !guess.substantive)) return ending.language;
    if (guess.substantive) return guess.language;
  }
  return null;
}

export function detectLanguageSwitch(ctx: DetectorContext): DetectorResult | null {
  let guess = detectLanguage(ctx.current.body, ctx.site.kb.language);
  // "Sorry, my English is not so good, I write in German. Ich habe die App geschlossen…": the message switches
  // part-way and goes on in the language it ends in, though its English opening outweighs it overall.
  if (!guess.substantive || guess.language === ctx.site.kb.language) {
    const tail = messageTail(ctx.current.body);
    const ending = tail ? detectLanguage(tail, ctx.site.kb.language) : null;
    // Not a quote ("it says: su pago no se ha podido procesar…"), and the switch is most of what they wrote.
    const before = tail ? ctx.current.body.slice(0, ctx.current.body.lastIndexOf(tail.trim())) : '';
    const share = tail ? (tail.match(/\p{L}+/gu) ?? []).length / Math.max(1, (ctx.current.body.match(/\p{L}+/gu) ?? []).length) : 0;
    if (ending?.substantive && share >= 0.5 && !/[:"“'‘«]\s*$/.test(before)) guess = ending;
  }
  if (!guess.substantive || guess.language === ctx.site.kb.language) return null;
  if (!ctx.site.languages.includes(guess.language)) return null;
  // "Vale, gracias, ya funciona", "Alles klar, danke, geht jetzt": thanks in another language asks for no help.
  // (Short ones only: "gracias. otra cosa: mi código…" goes on to ask. Read last: it runs only on a switch.)
  const talk = detectSmallTalk(ctx.current.body);
  if ((talk === 'thanks' || talk === 'greeting') && (ctx.current.body.match(/\p{L}+/gu) ?? []).length <= 6) return null;
  return {
    trigger: 'language',
    confidence: guess.confidence,
    reason: `Customer writes in ${guess.language.toUpperCase()}; the knowledge base is ${ctx.site.kb.language.toUpperCase()}-only`,
    evidenceSeq: ctx.current.seq,
  };
}
