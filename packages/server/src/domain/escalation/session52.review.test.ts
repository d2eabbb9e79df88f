/**
 * Review of session 52: probe conversations written for the review, read wrong before its fixes; each with look-alikes
 * that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { detectHighStakes, detectLearnedHighStakes, findHighStakes } from './highStakes.js';
import { detectExplicitRequest } from './explicitRequest.js';
import { scoreFrustration } from './frustration.js';
import { detectLanguage } from './language.js';
import { refundAmount } from './refundAmount.js';
import { highStakesModel, personRequestModel } from '../../site/botModels.js';

const frustrated = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear').strongest;
const highStakes = (m: string) => detectHighStakes(m, 1) ?? detectLearnedHighStakes(m, 1, highStakesModel);

describe('high stakes: disputes asked about in theory, ruled out, or with another shop; scares already dealt with', () => {
  it.each([
    'What happens to my order if I do a chargeback by mistake? just asking hypothetically',
    'last year I had a paypal dispute with another shop, it got resolved. Do you accept PayPal?',
    "I won't file a chargeback, don't worry, I just want to know when my refund for the returned jacket arrives",
    "How do I complain to a data protection authority? I'm writing an essay on GDPR for my course",
    'The power bank was smoking a bit last month but you already replaced it, thanks. Now how do I return the old cable?',
  ])('%j is no incident', (m) => expect(highStakes(m)).toBeNull());
  it.each([
    ["I won't file a chargeback unless the refund arrives by Friday", 'dispute'],
    ["Hypothetically, if I filed a chargeback today would you cancel my account? Because I'm about to", 'dispute'],
    ["I won't wait any longer, I'm filing a chargeback", 'dispute'],
    ['The power bank was smoking last month, you replaced it, and now the new one is smoking too', 'safety'],
    ['My VoltPack 20000 got really hot and started hissing while charging last night', 'safety'],
  ])('%j stays %s', (m, kind) => expect(findHighStakes(m)?.kind).toBe(kind));
  it('card details typed into a fake page in German are the money team’s fraud case', () => {
    expect(detectHighStakes('Ich habe meine Kartendaten auf einer gefälschten Northwind-Seite eingegeben!!', 1)?.skillDuty).toBe('fraud\\w*');
    expect(detectHighStakes('Jemand hat mein Passwort geändert, ich komme nicht mehr rein', 1)?.skillDuty).not.toBe('fraud\\w*');
  });
});

describe('explicit request: a person asked about for later', () => {
  it('"no rush, not now" after the question is no request', () => {
    expect(detectExplicitRequest('when can I talk to a real person? no rush, not now, just want to know the hours', 1, personRequestModel)).toBeNull();
  });
  it.each(['is anyone actually real on the other end?', 'get me a human, NOW. not tomorrow', 'Representative please. Order NW-883104 never arrived.'])('%j still asks', (m) => {
    expect(detectExplicitRequest(m, 1, personRequestModel)).not.toBeNull();
  });
});

describe('frustration: praise at one more hoop, money gone', () => {
  it.each(['Oh perfect, another form. Just perfect. Exactly what I needed.', 'Wow, great, so my money is just gone. Fantastic service.'])('%j is sarcasm', (m) => expect(frustrated(m)).toBeGreaterThanOrEqual(1));
  it.each(['Oh great, another form, thanks, filled it in', 'the stain is gone, great!', 'Great, so the money is gone from my card as a hold, got it, thanks', 'oh great, another Stormshell colour, love it'])('%j is not', (m) => expect(frustrated(m)).toBeLessThan(1));
});

describe('language: short German and Spanish questions', () => {
  it.each([
    ['wie lange dauert die Rückerstattung?', 'de'],
    ['¿Tenéis descuento para estudiantes?', 'es'],
    ['ok und wie viel kostet Express?', 'de'],
  ])('%j is substantive %s', (m, lang) => expect(detectLanguage(m)).toMatchObject({ language: lang, substantive: true }));
  it.each(['How long does the Lumen die on high? is the battery long lasting', 'the Stormshell comes in viel colours?', 'Do you sell the Stormshell in Kinder sizes?', 'danke'])('%j is no switch', (m) => {
    const g = detectLanguage(m);
    expect(g.language === 'en' || !g.substantive).toBe(true);
  });
});

describe('refund amount: one currency after a sum of numbers', () => {
  it.each([
    ['returned items worth 150 + 75 EUR from NW-929292, when will the refund arrive?', 225],
    ['returned a jacket and a lamp, 150 and 75 euros', 225],
    ['returned 100 + 50 + 75 EUR of stuff', 225],
  ])('%j totals %d', (m, total) => expect(refundAmount(m).total).toBe(total));
  it.each([
    ['returned NW-929292 and 75 EUR is missing', 75],
    ['2 tents and 75 euros', 75],
  ])('%j totals %d', (m, total) => expect(refundAmount(m).total).toBe(total));
});
