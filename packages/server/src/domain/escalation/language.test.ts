import { describe, expect, it } from 'vitest';
import type { BotReply, SiteConfig, TranscriptEntry } from '../pipelineTypes.js';
import { conversationLanguage, detectLanguage, detectLanguageSwitch } from './language.js';

const site: SiteConfig = {
  name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en', 'es', 'de'],
  skills: [{ id: 'orders', name: 'Orders', description: '', examples: [] }], defaultSkill: 'orders', rules: [],
};
const answer: BotReply = { kind: 'unknown', text: '' };
const entry = (seq: number, body: string): TranscriptEntry => ({ seq, authorType: 'visitor', body, meta: {} });

describe('language', () => {
  it.each([
    ['hola! cuánto tarda el envío a valencia y cuánto cuesta?', 'es'],
    ['perdón, mejor en español. la lámpara no se enciende', 'es'],
    ['Guten Tag, meine Zahlung wurde abgelehnt. Was kann ich jetzt machen?', 'de'],
    ['sorry, mein Englisch ist nicht so gut. Kann ich das im Laden zurückgeben?', 'de'],
    ['Where can I download the invoice for my last order?', 'en'],
    // English pronouns Spanish shares ("he", "me") do not tip a short English remark into Spanish.
    ["ha, I'll tell him he owes me a beer then", 'en'],
    ['me ha llegado roto el pedido y no sé qué hacer', 'es'],
  ])('detects %j as %s', (text, lang) => {
    const g = detectLanguage(text);
    expect(g.language).toBe(lang);
    expect(g.substantive).toBe(true);
  });

  it.each(['gracias!!', 'danke', 'Hallo!', 'super, danke!'])('does not treat %j as a switch', (text) => {
    expect(detectLanguage(text).substantive).toBe(false);
  });

  it('escalates when the team speaks the language and the KB does not', () => {
    const t = [entry(1, 'hola, quiero devolver la lámpara que compré la semana pasada')];
    expect(detectLanguageSwitch({ site, customer: {}, transcript: t, current: t[0]!, answer })?.trigger).toBe('language');
    const noSpanishTeam = { ...site, languages: ['en', 'de'] };
    expect(detectLanguageSwitch({ site: noSpanishTeam, customer: {}, transcript: t, current: t[0]!, answer })).toBeNull();
  });

  it('ignores a locale-only signal: English text stays English', () => {
    const t = [entry(1, 'how much is shipping to austria?'), entry(3, 'super, danke!')];
    expect(detectLanguageSwitch({ site, customer: { locale: 'de' }, transcript: t, current: t[1]!, answer })).toBeNull();
    expect(conversationLanguage(t, 'en')).toBe('en');
  });

  it('continues in the language of the last substantive message', () => {
    const t = [entry(1, 'hello my watch wont pair'), entry(3, 'perdón, mejor en español. el reloj no aparece en la app')];
    expect(conversationLanguage(t, 'en')).toBe('es');
  });
});

describe('conversationLanguage: a switch within a message', () => {
  const t = (bodies: string[]) => bodies.map((body, i) => ({ seq: i + 1, authorType: 'visitor' as const, body, meta: {} }));
  it('goes on in the language the last message ends in', () => {
    expect(conversationLanguage(t(['Hi, the reset link says invalid.', 'I requested a new one three times now. Das ist doch lächerlich, ich komme seit zwei Tagen nicht in mein Konto!']), 'en')).toBe('de');
    expect(conversationLanguage(t(['My order has not arrived yet and I am worried about it. Gracias amigo!']), 'en')).toBe('en');
  });
});

describe('detectLanguageSwitch: a message that switches part-way', () => {
  const one = (body: string) => {
    const t = [entry(1, 'Hello, my Pace 5 shows E12 when I try to sync.'), entry(3, body)];
    return detectLanguageSwitch({ site, customer: {}, transcript: t, current: t[1]!, answer });
  };
  it('is a switch when it goes on substantively in the team language', () => {
    expect(one('Sorry, my English is not so good, I write in German. Ich habe die App geschlossen und die Uhr neu gestartet, aber E12 kommt immer wieder. Was kann ich noch machen?')).toMatchObject({ trigger: 'language' });
  });
  it('is not for a closing word or two', () => {
    expect(one('I closed the app and restarted the watch but the error is still there. Vielen Dank!')).toBeNull();
    expect(one('My order has not arrived yet and I am worried about it. Gracias amigo!')).toBeNull();
    // A quote in Spanish inside an English message is no switch.
    expect(one("Hi, I ordered the lamp last week and got a text from my bank I don't understand. It says: su pago no se ha podido procesar, por favor contacte con la tienda.")).toBeNull();
  });
});
