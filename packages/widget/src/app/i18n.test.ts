import { describe, expect, it } from 'vitest';
import { errorText, greetingFor, localizeHours, stringsFor, widgetLanguage, type WidgetStrings } from './i18n';

describe('widgetLanguage', () => {
  it("follows the conversation's language once the server has set it, over the browser's", () => {
    expect(widgetLanguage('es', ['en-US'])).toBe('es');
    expect(widgetLanguage('de', ['es-ES', 'en'])).toBe('de');
  });

  it("before that, takes the first browser language it speaks (region ignored), else English", () => {
    expect(widgetLanguage(null, ['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(widgetLanguage(null, ['es_MX'])).toBe('es');
    expect(widgetLanguage(null, ['fr', 'it'])).toBe('en');
    expect(widgetLanguage(null, [])).toBe('en');
  });

  it('a conversation in a language the widget has no words for stays English, not the browser language', () => {
    expect(widgetLanguage('fr', ['de-DE'])).toBe('en');
  });
});

describe('the string tables', () => {
  it('every language fills every entry (no English left in a Spanish or German widget)', () => {
    const shape = (t: WidgetStrings) => Object.keys(t).sort();
    const en = stringsFor('en');
    for (const lang of ['es', 'de'] as const) {
      const t = stringsFor(lang);
      expect(shape(t)).toEqual(shape(en));
      for (const key of Object.keys(en) as (keyof WidgetStrings)[]) {
        if (key === 'locale' || key === 'poweredBy') continue;
        const a = en[key];
        const b = t[key];
        const sample = (v: unknown) => (typeof v === 'function' ? (v as (...x: unknown[]) => string)('X', 2, 3) : v);
        expect(sample(b), `${lang}.${key}`).not.toBe(sample(a));
      }
    }
  });
});

describe('localizeHours and errorText', () => {
  it("writes the site's hours in the customer's language", () => {
    const hours = 'mon-fri 09:00-18:00, sat 10:00-14:00, sun closed (CET)';
    expect(localizeHours(hours, stringsFor('es'))).toBe('lun-vie 09:00-18:00, sáb 10:00-14:00, dom cerrado (CET)');
    expect(localizeHours(hours, stringsFor('de'))).toBe('Mo-Fr 09:00-18:00, Sa 10:00-14:00, So geschlossen (CET)');
    expect(localizeHours(hours, stringsFor('en'))).toBe('Mon-Fri 09:00-18:00, Sat 10:00-14:00, Sun closed (CET)');
    expect(localizeHours('Mon-Fri 09:00-18:00, Sun Closed (CET)', stringsFor('es'))).toBe('lun-vie 09:00-18:00, dom cerrado (CET)');
  });

  it('translates the refusals a customer can act on, and passes others through', () => {
    expect(errorText('too_many_tickets', 'Too many tickets', stringsFor('es'))).toMatch(/^Ya nos has dejado varios mensajes/);
    expect(errorText('storage_unavailable', 'Try again', stringsFor('de'))).toBe('Try again');
  });
});

describe('Spanish estimates and refusals', () => {
  it('says "alrededor de 1 min", not "unos 1 min", and refuses a long message in the language', () => {
    const es = stringsFor('es');
    expect(es.aboutMin(1)).toBe('alrededor de 1 min');
    expect(es.aboutMinUpTo(1, 6)).toBe('alrededor de 1 min (hasta 6 min)');
    expect(es.aboutMin(4)).toBe('unos 4 min');
    expect(es.tooLong(4000)).toMatch(/^Los mensajes pueden tener hasta 4000/);
    expect(stringsFor('de').cannotSend).toMatch(/Nachricht/);
  });
});

describe('greetingFor', () => {
  it("shows the site's greeting in the widget's language when the site gives one", () => {
    const site = { greeting: 'Hi!', greetings: { es: '¡Hola!' } };
    expect(greetingFor(site, 'es')).toBe('¡Hola!');
    expect(greetingFor(site, 'de')).toBe('Hi!');
    expect(greetingFor({ greeting: 'Hi!' }, 'es')).toBe('Hi!');
  });
});
