/**
 * Session 45's blind sets (fresh127: pasted receipts and cases; fresh128: mixed questions and amounts; fresh129:
 * code-switching; fresh130: mentions of people; fresh131: phone typing): the misses they showed, each read as the
 * general case it is, with negatives beside.
 */
import { describe, expect, it } from 'vitest';
import { findExplicitRequest } from './explicitRequest.js';
import { detectFrustration, scoreFrustration } from './frustration.js';
import { findHighStakes } from './highStakes.js';
import { afterReplies, alternatingTurns, answeredReply, runRules, testSite, unknownReply } from './testContext.js';
import { detectRepeatedFailure } from './repeatedFailure.js';

describe('high stakes in Spanish and German, and in a second language', () => {
  it.each([
    ['Hilfe! Jemand hat in meinem Konto die Bestellung NW-902113 aufgegeben, die ich nicht gemacht habe.', 'security'],
    ['Alguien hizo un pedido NW-902113 con mi cuenta que yo no hice.', 'security'],
    ['Mi hijo se quemó la mano con el frontal Lumen 900R. Se puso muy caliente mientras se cargaba.', 'safety'],
    ['Ay no... ya metí los datos de mi tarjeta en ese enlace ayer por la noche.', 'security'],
    ['Ich habe meine Kartendaten auf der Seite aus der SMS eingegeben.', 'security'],
    ['Tomorrow I open a case by PayPal, then we will see.', 'dispute'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m)?.kind).toBe(kind));
  it('a case pasted from PayPal that the customer says they opened is a dispute', () => {
    const pasted = 'This is what PayPal shows:\n\nCase ID: PP-D-66718204\nStatus: Open – waiting for seller response\nAmount: €89,90\n\nI opened it because the jacket from NW-118547 never arrived.';
    expect(findHighStakes(pasted)?.kind).toBe('dispute');
  });
  it.each([
    'Ich habe die Bestellung NW-1 gestern gemacht, wann kommt sie?',
    'Me quemé con el sol en la travesía, ¿la chaqueta tiene protección UV?',
    '¿Dónde meto los datos de mi tarjeta al pagar?',
    'I opened it and the case was cracked, I paid with PayPal',
  ])('%j is not', (m) => expect(findHighStakes(m)).toBeNull());
});

describe('frustration said to the shop, and the same answer again', () => {
  it('an opener that calls the shop scammers, with the facts, is hostile', () => {
    expect(detectFrustration(alternatingTurns('¡Sois unos estafadores! Pedido NW-935206, pagué 149 € y me llegó la caja VACÍA.'))).not.toBeNull();
    expect(detectFrustration(alternatingTurns('You are scammers! Order NW-935206, I paid 149 and the box came empty.'))).not.toBeNull();
  });
  it('a question about a scam is not', () => {
    expect(detectFrustration(alternatingTurns('I got a text about customs fees, is this a scam?'))).toBeNull();
  });
  it('"Immer die gleiche Antwort", "always the same answer" reject the answer', () => {
    expect(scoreFrustration('Ernsthaft?? Immer die gleiche Antwort. Ich warte seit 2 Wochen!!', [], false, 'Shop').labels).toContain('rejects the answer');
    expect(scoreFrustration('Always the same answer. The parcel is still not here.', [], false, 'Shop').labels).toContain('rejects the answer');
    expect(scoreFrustration('Is it always the same size chart for every jacket?', [], false, 'Shop').labels).not.toContain('rejects the answer');
  });
});

describe('a person asked for, then put off in the next sentence', () => {
  it('is no request now', () => {
    expect(findExplicitRequest('Is there a possibility to speak with somebody by telephone? Not now, I am at work. Only I want to know the number.')).toBeNull();
  });
  it('a request followed by something else is still one', () => {
    expect(findExplicitRequest('Can I speak to a person? Now please.')).not.toBeNull();
    expect(findExplicitRequest('Can I speak to a person? It is about my order. Not a bot please.')).not.toBeNull();
  });
});

describe('refunds over the amount, pasted or counted', () => {
  it('reads a pasted receipt: the total paid, not the shipping line above its label', () => {
    const pasted = "Order confirmation (copied from my email):\n\nOrder NW-615502\n1 x Summit Pro 2 tent – €379,00\nShipping – €0,00\nTotal paid: €379,00\n\nThe tent is too heavy. I'd like to send it back and get a refund please.";
    expect(runRules([pasted])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(runRules(['Order NW-1\n1 x lamp – €39,00\nShipping – €0,00\nTotal paid: €39,00\nPlease refund it.'])).toBeNull();
  });
  it('counts the items named as going back, whatever else is kept', () => {
    expect(runRules(["Order NW-527730 was €412,40. I'm keeping the tent but returning the two Stormshells (€109,95 each). Refund to PayPal please."])).toMatchObject({ trigger: 'rule' });
    expect(runRules(["I'm keeping the tent but returning the two lamps (€49,95 each). Refund to PayPal please."])).toBeNull();
  });
});

describe('sarcasm and a shop that never replied', () => {
  it('"Really classy." is sarcasm', () => {
    expect(scoreFrustration("Three months of 'exciting new gear' emails after deleting everything. Really classy.", [], false, 'Shop').labels).toContain('sarcasm');
    expect(scoreFrustration('the jacket looks really classy, does it come in navy?', [], false, 'Shop').labels).not.toContain('sarcasm');
  });
  it('"no answer" to a form sent is no rejected answer of the bot', () => {
    expect(scoreFrustration('filled in the missing parcel form 2 wks ago, no answer', [], false, 'Shop').labels).not.toContain('rejects the answer');
    expect(scoreFrustration('that is no answer to my question', [], false, 'Shop').labels).toContain('rejects the answer');
  });
});

describe('a request for a person taken back at once', () => {
  it('is none', () => {
    expect(findExplicitRequest("can I talk to someone about a payment issue? actually no, let me try you first. I've had PAY-310 three times now")).toBeNull();
    expect(findExplicitRequest('ok, I do want a person now please')).not.toBeNull();
  });
});

describe('a request put off is none, whatever the learned model reads', () => {
  it('the model is not asked when the words were said and put off', async () => {
    const { personRequestModel } = await import('../../site/botModels.js');
    const { detectExplicitRequest } = await import('./explicitRequest.js');
    const m = 'Is there a possibility to speak with somebody by telephone? Not now, I am at work. Only I want to know the number and until what hour you are there.';
    expect(detectExplicitRequest(m, 1, personRequestModel)).toBeNull();
    expect(detectExplicitRequest('Is there a possibility to speak with somebody by telephone today?', 1, personRequestModel)).not.toBeNull();
  });
});

describe('refund prices with cents, one of them with a price word', () => {
  it('"jacket was 159,95 and the headlamp 64,95" are two prices, told before "wheres my refund"', () => {
    expect(runRules(['so i returned 2 things from NW-487720', 'jacket was 159,95 and the headlamp 64,95', 'wheres my refund'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(runRules(['so i returned the tent from NW-487720', 'it was 159,95, dropped at the post office at 10.30', 'wheres my refund'])).toBeNull();
  });
});

describe('"great. really great." after copy-pasted answers is sarcasm', () => {
  it('with what went wrong, not alone', () => {
    expect(scoreFrustration('omg ur just copy pasting. great. really great.', [], false, 'Shop').labels).toContain('sarcasm');
    expect(scoreFrustration('Arrived on time. Great. Really great.', [], false, 'Shop').labels).not.toContain('sarcasm');
  });
});

describe('after an answer, the trouble still there is a failed attempt', () => {
  const rf = (m: string) => {
    const t = afterReplies(['answer'], m);
    return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[t.length - 1]!, answer: { ...answeredReply, articleId: 'a' } });
  };
  it.each(['still happening, every single time. iphone 13 on ios 17', 'reinstalled it too. why does it keep logging me out', 'still no answer on maps then'])('%j', (m) => expect(rf(m)).not.toBeNull());
  it.each(['it still works fine, thanks', 'ok, still happy with it', 'are you still there?'])('%j is not', (m) => expect(rf(m)).toBeNull());
});

describe('fresh132-136: reports of a fix, a ruled-out dispute, a plan thanked for', () => {
  const rfAfterMiss = (m: string) => {
    const t = afterReplies(['unknown', 'answer'], m);
    return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[t.length - 1]!, answer: { kind: 'unknown', text: 'x' } });
  };
  it.each([
    "cotton bud + a bit of scrubbing and it's rock solid now. there was green gunk on the contacts, gross",
    "walked to the park and stood still, took maybe 4 minutes but it's locked on now. patience i guess",
    'ok, warm them up in my jacket first and charge on something hard, not on the sleeping bag. got it',
  ])('%j reports it fixed or taken: no failed attempt', (m) => expect(rfAfterMiss(m)).toBeNull());
  it.each(['it was working again for a day but now it flickers again', 'still not working, got it?'])('%j is one', (m) => expect(rfAfterMiss(m)).not.toBeNull());
  it('a chargeback ruled out is no dispute; one announced is', () => {
    expect(findHighStakes("Not planning a chargeback or anything dramatic, just checking: the refund for NW-118903 has said 'Refund issued' for 4 business days.")).toBeNull();
    expect(findHighStakes("I'm not going to wait any longer, I'm filing a chargeback")?.kind).toBe('dispute');
  });
  it('"worst case" is no insult', () => {
    expect(scoreFrustration('ok so worst case about three weeks. thanks!', [], false, 'Shop').labels).toEqual([]);
    expect(scoreFrustration('worst service ever', [], false, 'Shop').labels).toContain('insult');
  });
  it("a VIP's own next step, thanked for, is no question to settle", () => {
    const plan = 'I cleaned the contacts as you suggested and it is still dead, so I will fill in the warranty form and attach the receipt. Thank you.';
    expect(runRules(['Is my watch still under guarantee?', plan], { tier: 'vip', answer: unknownReply })).toBeNull();
    expect(runRules(['Is my watch still under guarantee?', 'It is still dead. Can you send me a new one?'], { tier: 'vip', answer: unknownReply })).toMatchObject({ trigger: 'rule' });
  });
});

describe('a data-protection authority mentioned, not threatened', () => {
  it.each([
    "Your privacy page says I can complain to a data protection authority. Not planning to, everything's fine! I just want to reach your data protection officer.",
    'Ha, professional curiosity as someone who works at a data protection authority: how long do you take to wipe everything?',
  ])('%j', (m) => expect(findHighStakes(m)).toBeNull());
  it('a complaint announced still is one', () => expect(findHighStakes('I will complain to the data protection authority. Today.')?.kind).toBe('legal'));
});

describe('fresh133-134: sarcasm met with a "wow", wishes that count for little, refunds asked in other words', () => {
  it('frustration', () => {
    expect(scoreFrustration("'we aren't told the reason' wow so helpful. your checkout is clearly broken. tried 5 times", [], false, 'Shop').labels).toContain('sarcasm');
    expect(scoreFrustration('wow so helpful, thank you!', [], false, 'Shop').labels).not.toContain('sarcasm');
    expect(scoreFrustration('It has been nine weeks. Evidently my wishes count for very little at Northwind Gear.', [], false, 'Shop').labels).toContain('feels ignored');
  });
  it('"how long before the money is back on my American Express?" after a return over the amount', () => {
    expect(runRules(['I returned a Summit Pro 2 tent from order NW-119843, €399,00. The warehouse confirmed receipt yesterday. How long before the money is back on my American Express?'])).toMatchObject({ trigger: 'rule' });
  });
});

describe('an old thing that still works is no fix reported', () => {
  it('"my old pace 3 still works fine, I just want some credit off the new one" after a miss is a second attempt', () => {
    const t = afterReplies(['unknown'], 'my old pace 3 still works fine, I just want some credit off the new one');
    expect(detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[t.length - 1]!, answer: { kind: 'unknown', text: 'x' } })).not.toBeNull();
  });
});

describe('items priced one message at a time, the money asked for all of them', () => {
  const start = ['hi, I sent back part of order NW-480213 on monday. how long does the refund usually take?'];
  it('sums every item of the matter over the amount', () => {
    expect(runRules([...start, "ok. the lumen 900r was €119, that one's definitely in the parcel", 'and the gaiters, €34.50', 'oh wait, the Stormshell jacket from the same order went in that box too, that one was €149. so when do I get the money for all three?'])).toMatchObject({ trigger: 'rule' });
  });
  it('and not under it', () => {
    expect(runRules([...start, 'ok. the lumen 400 was €39', 'and the gaiters, €34.50, so when do I get the money for both of them?'])).toBeNull();
  });
});

describe('pressing after an answer that did not settle it (fresh135, fresh136)', () => {
  const rf = (m: string) => {
    const t = afterReplies(['answer'], m);
    return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[t.length - 1]!, answer: { ...answeredReply, articleId: 'a' } });
  };
  it.each(['ok so is it possible or not', 'So what do I do without backup codes? Is there some other way to prove it is me?', "so there's no way to fix a code that applied wrong?"])('%j', (m) => expect(rf(m)).not.toBeNull());
  it.each(['so what do I do now? thanks anyway', 'ok so I just wait. fine'])('%j is not', (m) => expect(rf(m)).toBeNull());
});

describe('fresh133-136 in Spanish, German and plain English', () => {
  it.each([
    ['Kann ich bitte mit einem Mitarbeiter sprechen? In meinem Konto ist eine Bestellung NW-534781, die ich nie aufgegeben habe.', 'security'],
    ['¿Puedo hablar con una persona? Alguien ha cambiado el correo de mi cuenta y ya no puedo entrar.', 'security'],
    ['Hilfe!! Hab auf einen SMS-Link geklickt wegen angeblicher Zollgebühren von Northwind und meine Kreditkartendaten eingegeben.', 'security'],
    ['mi hijo me dice que si no lo solucionan esta semana debo pedir al banco que anule el cargo.', 'dispute'],
    ['mei Bua hat si beim Aufbaun in die Hand gschnitten, hat gnäht werdn müssn.', 'injury'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m)?.kind).toBe(kind));
  it.each(['¿Dónde cambio el correo de mi cuenta?', 'Ich habe mein Passwort geändert, jetzt geht es wieder.'])('%j is not', (m) => expect(findHighStakes(m)).toBeNull());
  it('asks for a technician in Spanish, and a manager to approve', () => {
    expect(findExplicitRequest('ya, mejor pásame con un técnico porfa, no le entiendo nada a esto')).not.toBeNull();
    expect(findExplicitRequest("can a manager approve something? we'd be spending over €1,500")).not.toBeNull();
    expect(findExplicitRequest('my manager approved the purchase, can I pay by invoice?')).toBeNull();
  });
  it('what came back is part of the refund, not another item', () => {
    expect(runRules(['Your refund email says €124.90 but only €84.90 arrived on my card.'])).toBeNull();
    expect(runRules(['Your refund email says €224.90 but only €84.90 arrived on my card.'])).toMatchObject({ trigger: 'rule' });
  });
});

describe('another way asked for, and the answer said to be missing, are a second attempt, not anger (fresh132)', () => {
  const rf = (m: string) => {
    const t = afterReplies(['answer'], m);
    return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[t.length - 1]!, answer: { ...answeredReply, articleId: 'a' } });
  };
  it.each(["i don't have backup codes, never saved them when i set it up. how else do i get in?", 'ok so no answer on sleep tracking then', 'is there some other option?'])('%j', (m) => expect(rf(m)).not.toBeNull());
  it('"so no answer on X then" is not frustration; "no answer again" is', () => {
    expect(scoreFrustration('ok so no answer on sleep tracking then', [], false, 'Shop').labels).toEqual([]);
    expect(scoreFrustration('no answer again', [], false, 'Shop').labels).toContain('rejects the answer');
  });
});

describe("review of session 45's patterns: sincere messages they must not take", () => {
  it('a request followed by a complaint is still one', () => {
    expect(findExplicitRequest('I want to speak to a person. Actually no one has answered my emails.')).not.toBeNull();
  });
  it('a parcel opened is no dispute; a threat backed up is not taken back', () => {
    expect(findHighStakes('I opened it and the lid was cracked, in case no one told you')).toBeNull();
    expect(findHighStakes('I opened it, strap snapped – my claim number from returns is 55123')).toBeNull();
    expect(findHighStakes("I'm filing a chargeback. I won't wait any longer.")?.kind).toBe('dispute');
  });
  it('"immer die gleiche Größe", sincere "wow, really helpful", a classy box are no frustration', () => {
    expect(scoreFrustration('Ich bestelle immer die gleiche Größe, passt M?', [], false, 'Shop').labels).toEqual([]);
    expect(scoreFrustration('Wow, really helpful, it paired right away 😊', [], false, 'Shop').labels).not.toContain('sarcasm');
    expect(scoreFrustration('Just got the watch, the box is really classy.', [], false, 'Shop').labels).not.toContain('sarcasm');
    expect(scoreFrustration('Perfect. Really perfect, not a single leak all trip!', [], false, 'Shop').labels).not.toContain('sarcasm');
  });
  it('stability in the past, or the same result noted, is no fix reported', () => {
    const rfAfterMiss = (m: string) => {
      const t = afterReplies(['unknown', 'answer'], m);
      return detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[t.length - 1]!, answer: { kind: 'unknown', text: 'x' } });
    };
    expect(rfAfterMiss('GPS was rock solid before the update, now it drops every 5 minutes')).not.toBeNull();
    expect(rfAfterMiss('Tried the reset twice, same result. Noted.')).not.toBeNull();
  });
});
