import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { createBotPipeline } from '../pipeline.js';
import { asksIfBot, connectingText, handoffText, teamWritesLine } from './handoffMessage.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');

describe('handoff message', () => {
  it('speaks the customer’s language throughout, not Spanish then English', () => {
    const es = handoffText('Pedidos', 'es');
    expect(es).toMatch(/^Te paso con nuestro equipo de Pedidos\. Ya estás en la cola/);
    expect(es).not.toMatch(/You're|queue|I'm/);
    const de = handoffText('Bestellungen', 'de', { backAt: 'Mon, 01 Dec 2026 08:00 UTC' });
    expect(de).toMatch(/^Ich habe Ihr Gespräch an unser Team Bestellungen weitergegeben\. Gerade ist niemand/);
    expect(de).toContain('Mon, 01 Dec 2026 08:00 UTC');
    expect(de).not.toMatch(/team is back|No one/);
    expect(connectingText('Orders', 'fr')).toBe("I'm connecting you with our Orders team.");
  });

  it('never says "connecting you" when nobody can come', () => {
    const en = handoffText('Orders', 'en', {});
    expect(en).toMatch(/^I've passed your conversation to our Orders team\. No one from the Orders team is available right now\. You can stay in the queue or leave a message/);
    expect(en).not.toMatch(/connecting/);
    expect(handoffText('Orders', 'en')).toMatch(/^I'm connecting you with our Orders team\. You're in the queue now/);
  });

  it('answers "are you a bot?" before handing off, and only that question', () => {
    for (const q of ['are you a bot?', 'Am I talking to a real person?', 'is this an AI', '¿Eres un robot?', 'Bist du ein Bot?']) expect(asksIfBot(q), q).toBe(true);
    for (const q of ['can I talk to a person', 'my robot vacuum broke', 'are you open on sunday?', 'is this jacket real leather', 'Is this duvet cover machine washable? I want to talk to a person']) expect(asksIfBot(q), q).toBe(false);
    // Never a bare "Yes", which after "are you a real person?" reads as "yes, a person".
    expect(handoffText('Orders', 'en', undefined, true)).toMatch(/^I'm the shop's automated assistant, not a person\. I'm connecting you/);
    expect(handoffText('Pedidos', 'es', {}, true)).toMatch(/^Soy el asistente automático de la tienda, no una persona/);
    expect(handoffText('Bestellungen', 'de', undefined, true)).toMatch(/^Ich bin der automatische Assistent des Shops, kein Mensch/);
  });
});

describe('hand-off text: "are you a bot?" answer', () => {
  const reply = (q: string) => {
    const d = createBotPipeline(demo).handleTurn({ transcript: [{ seq: 1, authorType: 'visitor', body: q, meta: {} }], customer: {}, state: 'bot' }).escalation!;
    expect(d.reason).toBe('explicit_request');
    return handoffText('Orders', d.language, undefined, asksIfBot(d.evidence));
  };
  it('"Are you a real person?" is not answered "Yes, I\'m the shop\'s automated assistant."', () => {
    expect(reply('Are you a real person?')).not.toMatch(/^Yes,/);
    expect(reply('Sind Sie ein echter Mensch?')).not.toMatch(/^Ja,/);
  });
  it('a product question "Is this … machine washable?" gets no "Yes, I\'m the shop\'s automated assistant."', () => {
    expect(reply('Is this duvet cover machine washable? I want to talk to a person')).not.toMatch(/automated assistant/);
  });
});

describe('a customer whose language the team does not write', () => {
  it('is told which languages the team writes, in their own', () => {
    expect(handoffText('Orders', 'de', undefined, false, ['en', 'es'])).toMatch(/^Ich verbinde Sie mit unserem Team Orders\. Unser Team schreibt auf Englisch und Spanisch\. /);
    expect(teamWritesLine('es', ['en', 'de', 'fr'])).toBe(' Nuestro equipo escribe en inglés, alemán y francés.');
    expect(handoffText('Billing', 'de', {}, false, ['en'])).toContain('Unser Team schreibt auf Englisch.');
  });
  it('hears nothing of it when the team writes their language', () => {
    expect(teamWritesLine('es', ['en', 'es'])).toBe('');
    expect(teamWritesLine('en-GB', ['en'])).toBe('');
    expect(handoffText('Orders', 'es', undefined, false, ['en', 'es'])).not.toMatch(/escribe en/);
  });
});

describe("the bot's hand-off reply names the team as the customer reads it (site.json skills[].names)", () => {
  const handoff = (site: typeof demo, body: string, locale: string) =>
    createBotPipeline(site).handleTurn({ transcript: [{ seq: 1, authorType: 'visitor', body, meta: {} }], customer: { locale }, state: 'bot' });
  const spanish = 'Hola, mi pedido LL-204518 llegó roto. Quiero hablar con una persona por favor.';
  const german = 'Hallo, meine Bestellung LL-204518 ist kaputt angekommen. Ich möchte bitte mit einem Menschen sprechen.';

  it('in Spanish, the Spanish name', () => {
    const out = handoff(demo, spanish, 'es');
    expect(out.escalation).toMatchObject({ skill: 'orders', language: 'es' });
    expect(out.reply?.text).toBe('Te paso con nuestro equipo de Pedidos.');
  });

  it('in German, the German name', () => {
    const out = handoff(demo, german, 'de');
    expect(out.escalation).toMatchObject({ skill: 'orders', language: 'de' });
    expect(out.reply?.text).toBe('Ich verbinde Sie mit unserem Team Bestellungen.');
  });

  it('the site’s name when the team has none in that language', () => {
    const skills = demo.config.skills.map((s) => (s.id === 'orders' ? { ...s, names: { es: 'Pedidos' } } : s));
    const onlySpanish = { ...demo, config: { ...demo.config, skills } };
    expect(handoff(onlySpanish, german, 'de').reply?.text).toBe('Ich verbinde Sie mit unserem Team Orders.');
    expect(handoff(onlySpanish, spanish, 'es').reply?.text).toBe('Te paso con nuestro equipo de Pedidos.');
    expect(handoff(demo, 'The lamp shade from order LL-204518 arrived crushed. Can I talk to a person please?', 'en').reply?.text).toBe("I'm connecting you with our Orders team.");
  });
});
