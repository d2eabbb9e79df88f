/**
 * Session 62 (helper V2): a Spanish request for a person with the helper named after the verb ("¿Puede ayudarme alguien
 * en español?"), or opening the question ("¿Alguien me puede ayudar?"), or a speaker of a language asked for ("¿Hay
 * alguien que hable español?"): an explicit request, which outranks the language switch. With the look-alikes asked of
 * the bot, or told.
 */
import { describe, expect, it } from 'vitest';
import { detectExplicitRequest, findExplicitRequest } from './explicitRequest.js';
import { pickTrigger } from './decide.js';

const asks = (m: string) => findExplicitRequest(m, 'Northwind Gear') !== null;

describe('a Spanish request for someone, the helper after the verb', () => {
  it.each([
    'Es que no entiendo bien el inglés del sistema. ¿Puede ayudarme alguien en español? No sé dónde está el paquete.',
    '¿Me puede ayudar alguien con la devolución, por favor?',
    '¿Alguien me puede ayudar? El reloj no se empareja.',
    '¿Hay alguien que hable español? Mi pedido no ha llegado.',
    '¿Podría atenderme una persona? Tengo un problema con el cobro.',
    'Hola, ¿me pueden echar una mano alguien del equipo?',
  ])('%j', (m) => expect(asks(m)).toBe(true));
  it.each([
    '¿Me puede ayudar con mi pedido? No sé dónde está.',
    '¿Puede ayudarme a encontrar el número de seguimiento?',
    'Mi vecino dice que alguien me puede ayudar en la tienda.',
    'No hay alguien que hable inglés en mi casa, por eso escribo en español.',
    'Alguien de mi familia puede recoger el paquete?',
  ])('%j is not', (m) => expect(asks(m)).toBe(false));
});

describe('the request outranks the language', () => {
  it('explicit_request is picked over language', () => {
    const request = detectExplicitRequest('¿Puede ayudarme alguien en español?', 3, undefined, 'Northwind Gear');
    expect(request).not.toBeNull();
    const language = { trigger: 'language' as const, confidence: 0.9, reason: 'es', evidenceSeq: 3 };
    expect(pickTrigger([language, request!])?.trigger).toBe('explicit_request');
  });
});

describe('hostile input (session 62, V2)', () => {
  it('the request patterns return on a long repeated string', () => {
    for (const s of ['a '.repeat(2000), '1'.repeat(4000), '!?'.repeat(2000), '¿puede ayudarme '.repeat(250), 'alguien me puede '.repeat(240), 'hay alguien que '.repeat(250)]) {
      expect(typeof asks(s)).toBe('boolean');
    }
  });
});
