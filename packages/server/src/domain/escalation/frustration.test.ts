import { describe, expect, it } from 'vitest';
import { detectFrustration, scoreFrustration } from './frustration.js';
import { alternatingTurns as ctx } from './testContext.js';
import type { DetectorContext } from './types.js';

describe('frustration', () => {
  it.each([
    // Sarcasm about an answer already tried; Spanish idioms of anger.
    ['the tent zip is stuck', 'oh sure, use some wax. why didnt I think of that, only did it like twenty times'],
    ['mi pedido no llega', '¡Me están tomando el pelo! Vaya servicio.'],
    ['how do I fix the flicker', 'yes i KNOW, I already read that. your lamp is garbage'],
    ['discount code not working', "it's on sale?? so your 'discount' doesn't work on discounted stuff. wow. what a scam"],
    ['where is my parcel', 'so nobody knows where my lamp is and my dinner party is ruined. fantastic. really great.'],
    ['I have to pay return postage?', "I'm supposed to pay 20 francs to send it back. amazing service, really"],
    ['refund still missing', 'are you even reading what i write?? TWELVE DAYS. i want my money'],
    ['tracking not moving', "that's the same article again 👏👏 super helpful"],
    ['code wont apply', "this site is a joke, i'll just buy it on amazon"],
    ['Wo ist mein Paket?', 'Ehrlich jetzt? Ich bekomme hier nur Textbausteine!!'],
    ['where is my order LL-123456', 'where is my order LL-123456'],
    // Sarcasm that needs no problem beside it, a reply shouted at the bot, a dismissive one-word reply.
    ['the bulb will not pair', 'wow. love that for me'],
    ['the bulb will not pair', 'reset it like three times already. so helpful 👏'],
    ['where is my parcel', 'I DID THAT ALREADY AND NOTHING HAPPENED'],
    ['the app crashes', 'whatever'],
    ['can you match this price?', "forget it, I'll buy it there. that's the last thing I'll ever buy from you"],
    // Anger that contains a phrase of acceptance ("got it", "makes sense") is still anger.
    ['where is my parcel', 'UNBELIEVABLE. THREE WEEKS AND I STILL HAVENT GOT IT'],
    ['where is my parcel', 'fed up 😡 none of this makes sense'],
  ])('fires after the bot had a chance: %j → %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });

  it.each([
    'ugh… lol fine, I will wait',
    'ok great, thanks!',
    // Grumbling, then taking the answer.
    'ugh seriously? 🙄 ok fine, I will order one more cushion. thx',
    'argh, 3 days?? fair enough',
    // Thanks that only sound like sarcasm, a polite "never mind", a question typed in capitals.
    'oh great, that worked, thanks!',
    'oh perfect, I see it now',
    'that is just perfect, thank you so much!',
    'how helpful is the app for a beginner?',
    'nevermind',
    'OK AND HOW LONG DO REFUNDS TAKE?',
    'Lovely, thanks.',
    'oh wow ok so you pair it in the app, not in settings. that worked 🙈',
    'great, and can I still change the colour?',
    'I know that the window is 30 days, but does it count from delivery?',
  ])('does not fire on mild or positive replies: %j', (msg) => {
    expect(detectFrustration(ctx('first question', msg))).toBeNull();
  });

  it('reads an eye-roll beside "generous" and a quoted bit of the answer with praise as sarcasm', () => {
    expect(scoreFrustration("wow ok so your 'price match promise' basically matches nothing. very generous 🙄 enjoy the empty checkout").labels).toContain('sarcasm');
    expect(scoreFrustration('that is very generous of you, thank you!').labels).not.toContain('sarcasm');
    const reply = 'Slow GPS fix: go outside, away from tall buildings, and stand still for 1–2 minutes.';
    expect(scoreFrustration("wow, 'go outside' again. genius. 299 euros for a watch that can't find the sky", [], false, '', reply).labels).toContain('sarcasm');
    // Quoting the answer and thanking for it is taking it.
    expect(scoreFrustration("'go outside' it is, genius tip, thanks!", [], false, '', reply).labels).not.toContain('sarcasm');
  });

  it('reads "do you people read…", "How marvellous." after a let-down, a polite "that\'s rather mean" and "scummy company"', () => {
    expect(scoreFrustration('Yes, I know about the 48 hours. It has been FIVE days. Do you people read your own rules? Unbelievable.').score).toBeGreaterThanOrEqual(1);
    expect(scoreFrustration("So three years of collecting points, and I can't use them on the one thing I actually wanted to buy. How marvellous. I don't like to make a fuss, but that's rather mean.").labels).toEqual(expect.arrayContaining(['sarcasm', 'complains']));
    expect(scoreFrustration('unreal. easy to sign up, impossible to leave. typical scummy company').labels).toContain('insult');
    // Sincere: praise with thanks, or with good news.
    expect(scoreFrustration('how lovely, thank you!').score).toBe(0);
    expect(scoreFrustration("it is a gift for my mum, how lovely. can't wait").score).toBe(0);
    expect(scoreFrustration('do you have a shady spot in the store to try the tent?').score).toBe(0);
  });

  it('needs a prior bot reply unless the opener is hostile', () => {
    expect(detectFrustration(ctx('WHY HAVE I BEEN CHARGED TWICE'))).toBeNull();
    expect(detectFrustration(ctx('so I have to pay the postage myself? lovely'))).toBeNull();
    expect(detectFrustration(ctx('You charged me twice, you useless scammers!! absolute garbage'))?.trigger).toBe('frustration');
    // Chasing plus an insult is a hostile opener; chasing alone is not.
    expect(detectFrustration(ctx('Third time writing about NW-129384. I filled in your warranty form 10 days ago and NOBODY has answered. Garbage.'))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('Third time writing about NW-129384, the warranty form was sent 10 days ago. Any news?'))).toBeNull();
    expect(detectFrustration(ctx("THIS IS THE THIRD TIME I'M WRITING. ORDER NW-390551 WAS DUE LAST WEEK AND THE TRACKING HASN'T MOVED IN 9 DAYS. WHERE IS IT???"))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('WHERE IS MY ORDER NW-390551??'))).toBeNull();
    expect(detectFrustration(ctx("Your garbage Lumen 900R won't switch on after two weeks. I paid €79 for a brick. What a joke of a company."))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('first question', 'A HOLD?? I NEED THAT MONEY FOR RENT THIS WEEK. 3-7 BUSINESS DAYS IS NOT OK'))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('first question', "did that. did it yesterday. have you got anything that isn't copy-pasted from the help page? this app is trash"))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('first question', "SO I HAVE TO SEND IT BACK, PAY AGAIN AND JUST HOPE IT'S IN STOCK SOMEDAY?? ARE YOU SERIOUS"))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('first question', "that's not what I asked. CAN YOU ENGRAVE IT OR NOT. yes or no"))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('first question', "'Temporary hold', sure. Both say BOOKED, not pending. Brilliant system you've got there, really top notch 🙄"))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('first question', "Whatever. Third shop this month where codes 'don't apply'. I'm deleting my account and buying from Bergfreunde instead."))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('first question', 'Whatever. I\'ll delete my account and order from Bergfreunde instead.'))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('first question', 'Dann lösche ich mein Konto und bestelle bei Bergfreunde.'))?.trigger).toBe('frustration');
    for (const fine of ["ok thanks, I'll order with PayPal instead then", "No worries, I'm ordering from your UK site instead, the shipping is cheaper", "I'm going to the Berlin shop instead to pick it up, thanks", "I'm closing my account with my old bank, so how do I change the card saved in my account?", 'haha my own fault 🙃 great, thanks for fixing it!']) {
      expect(detectFrustration(ctx('first question', fine))).toBeNull();
    }
    expect(detectFrustration(ctx('first question', 'Is the NW-123456 order shipped to the UK or EU? PAY-204 came up'))).toBeNull();
    // "really loving this … 🙃" about a problem is sarcasm; "an absolute shambles" an insult.
    expect(detectFrustration(ctx('first question', 'New batteries, cleaned the contacts. Still flickers. Fantastic, really loving this headlamp experience 🙃'))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('Your pathetic courier crushed my Summit Pro 2, order NW-662014, two poles snapped. Absolute shambles of a company.'))?.trigger).toBe('frustration');
    for (const fine of ['Thank you, really great service!', 'I was charged for the same thing twice', 'I never received my package. So if I could get my money back now that would be great.', 'perfect, thank you! such a lovely shop', "It's not in my inbox or junk folder either", 'found it, it was in my trash. thanks', 'I copy-pasted it exactly, with no spaces. still invalid']) {
      expect(detectFrustration(ctx('first question', fine))).toBeNull();
    }
  });

  it('reads German insults with their endings ("völlig nutzloser Chat")', () => {
    expect(detectFrustration(ctx('Trailsense update fails with E20', 'Der Akku ist bei 85 %!!! Das steht doch da. Völlig nutzloser Chat, ehrlich.'))?.trigger).toBe('frustration');
  });

  it('reads praise alone after the bot could not help as sarcasm, not after an answer', () => {
    const afterUnknown = (msg: string): DetectorContext => {
      const c = ctx('first question', msg);
      c.transcript[1]!.meta = { kind: 'unknown' };
      return c;
    };
    expect(detectFrustration(afterUnknown('great. really great.'))?.trigger).toBe('frustration');
    expect(detectFrustration(afterUnknown('brilliant'))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('first question', 'great. really great.'))).toBeNull();
    expect(detectFrustration(afterUnknown('great, thanks anyway'))).toBeNull();
    // After a hedged passage ("not sure this answers it, but the closest I found…"), "perfect" takes what it showed (fresh113).
    const afterHedge = ctx('when can i reach a real person? not now, just planning ahead. are you open saturdays?', 'perfect');
    afterHedge.transcript[1]!.meta = { kind: 'unknown', articleId: 'contact' };
    expect(detectFrustration(afterHedge)).toBeNull();
    expect(detectFrustration(ctx('first question', "so I'm just stuck with a €160 tent I can't use? brilliant."))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('first question', "Great. So I can't use it in the garden, do you have an outdoor version?"))).toBeNull();
    expect(detectFrustration(ctx('first question', "Perfect, thanks! I'm stuck with a small car though, how big is it packed?"))).toBeNull();
    expect(detectFrustration(ctx('first question', 'Danke! Haben Sie auch Ausrüstung für den Katastrophenfall?'))).toBeNull();
    expect(detectFrustration(ctx('first question', "great, so I'm locked out of my own account forever. brilliant. really great system you've got"))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('first question', "don't you dare send me the missing parcel form again, I filled it in on Tuesday"))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('first question', 'really great service in the Berlin store, thanks! one more question about sizes?'))).toBeNull();
  });
});

describe('frustration: giving up, switching shops, chasing in other words', () => {
  it.each([
    "So I pay again, wait for a refund, and hope you restock? Honestly I'm done, I'll buy from Globetrotter next time.",
    "did all that, like I did last week and the week before. honestly about to send it back and get a garmin, I'm done",
  ])('after an answer: %s', (message) => {
    expect(detectFrustration(ctx('my watch shows E12 again', message))).toMatchObject({ trigger: 'frustration' });
  });

  it('counts a chasing, disappointed opener as hostile', () => {
    expect(detectFrustration(ctx('I am writing third time in this chat today. My order arrived with tent poles broken, I send photos 5 days ago and nobody answer me. This is very bad service, I am very disappointed.'))).toMatchObject({ trigger: 'frustration' });
  });

  it.each([
    "ok I'm done with the form, thanks",
    'not bad service at all, thanks',
    "I'll buy the tent from you next time I'm in Berlin",
    "I'll send it back and get a refund then",
  ])('not frustration: %s', (message) => {
    expect(detectFrustration(ctx('how do returns work?', message))).toBeNull();
  });
});

describe('frustration: review of the new phrasings', () => {
  it.each([
    "Honestly, I'm done with this.",
    "Extremely bad customer service, I'm very disappointed.",
    'What bad customer service',
  ])('after an answer: %s', (message) => {
    expect(detectFrustration(ctx('how do returns work?', message))).toMatchObject({ trigger: 'frustration' });
  });

  it.each([
    "I'll return it and order a size M",
    "I'll return them and buy a pair in blue instead",
    "I'll order with express shipping next time",
    "I'll buy with PayPal next time, it's easier",
    "Makes sense, I'll order at least two weeks ahead next time",
    "I'll shop at the Berlin store next time",
    "Great, I'll order from Northwind again next time",
    'I never had bad service from you before, just curious about the delay',
    "I wasn't complaining about bad service, just asking",
    "My watch had poor service in the valley so it didn't sync",
    "Next time I'm buying from Bergfreunde",
  ])('not frustration on its own: %s', (message) => {
    expect(detectFrustration(ctx('how do returns work?', message))).toBeNull();
  });
});

describe('frustration: praise of the past is sincere', () => {
  it('does not read "it was brilliant, but…" as sarcasm, and still reads "brilliant." after a problem', () => {
    expect(detectFrustration(ctx("So I've had my stormshell for two winters, it was brilliant, but on Saturday the sleeves went dark and soggy looking, even though I wasn't wet underneath?? is it broken?"))).toBeNull();
    expect(detectFrustration(ctx('how do I seal the seams?', 'the tent leaked all night?? brilliant.'))).toMatchObject({ trigger: 'frustration' });
  });
});

describe('frustration: pressing after "not sure"', () => {
  it('is not frustration to say the reply did not answer when the bot said it could not', () => {
    const c = ctx('where are your servers?', "right but that doesn't answer it. which country is the data stored in?");
    c.transcript[1]!.meta = { kind: 'unknown' };
    expect(detectFrustration(c)).toBeNull();
    expect(detectFrustration(ctx('how do I reset the watch?', "that doesn't answer my question at all"))).toMatchObject({ trigger: 'frustration' });
  });
});

describe('frustration: the same message again', () => {
  it('is a repeat right after, not after the customer said thanks or that it worked', () => {
    expect(detectFrustration(ctx('How long does a refund take?', 'How long does a refund take?'))).not.toBeNull();
    // A newcomer asked it again much later, after "Thanks, that helps!", and was handed off as frustrated.
    expect(detectFrustration(ctx('How long does a refund take?', 'Thanks, that helps!', 'do you ship to Belgium?', 'How long does a refund take?'))).toBeNull();
    // "no" or "ok" in between is no thanks: still a repeat (a review found these reset the count).
    expect(detectFrustration(ctx('How long does a refund take?', 'no', 'How long does a refund take?'))).not.toBeNull();
    expect(detectFrustration(ctx('Where is my order?', 'ok', 'Where is my order?'))).not.toBeNull();
  });
});

describe('frustration: sarcastic turns of phrase, quoting the answer back, fed up with the shop', () => {
  it.each([
    ['my parcel is lost', "let me guess, I need to fill in another form"],
    ['the strap broke', 'what would we do without your FAQ pages'],
    ['return label?', "Great, exactly how I wanted to spend my evening: printing labels for your mistake."],
    ['the zip broke', 'Oh, of course there is a form.'],
    ['is a torn seam covered?', 'So the warranty covers every seam except the ones that actually tear. How generous.'],
    ['return shipping from Oslo?', 'Paying twice to send back your jacket. What a racket.'],
    ['paket fehlt', 'Langsam reicht es mir mit euch.'],
    ['the app will not sync', "honestly I'm sick of you and your app"],
  ])('%j → %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });

  it.each([
    'let me know if you need the order number',
    'of course, thanks, that helps',
    'Of course there is a warranty card in the box, right?',
    'That is very generous of you, thank you!',
    'I bought a tennis racket from you last year and it was great',
    'I am tired of carrying batteries, is there a rechargeable one?',
    'danke, das reicht mir als Antwort',
  ])('not frustration: %j', (second) => {
    expect(detectFrustration(ctx('a question', second))).toBeNull();
  });

  it('reads an echo of the reply with praise as sarcasm, and the same with thanks as taking it', () => {
    const reply = 'Wait 48 hours: carriers sometimes scan a parcel as delivered shortly before it arrives.';
    expect(scoreFrustration('Wait 48 hours. For a parcel marked delivered yesterday. Genius.', [], false, '', reply).labels).toContain('sarcasm');
    expect(scoreFrustration('Wait 48 hours, brilliant, thanks!', [], false, '', reply).labels).not.toContain('sarcasm');
    expect(scoreFrustration('Genius idea, the 48 hour wait!', [], false, '', 'Check with your neighbours first.').labels).not.toContain('sarcasm');
  });
});

describe("frustration: blaming the shop's system", () => {
  it('counts with another sign, not alone', () => {
    expect(detectFrustration(ctx('PAY-101 at checkout?', "wow, so it's my bank's fault. the card works everywhere else. your checkout is obviously broken 🙄"))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('the app will not log me in', 'I think your app is broken on Android 14, it closes at once'))).toBeNull();
  });
});

describe('frustration: reading from a script, not reading at all', () => {
  it.each([
    "yes i wiped the contacts. yes its the cable it came with. yes its dry. anything else on the script? 🙄",
    "i DID unsubscribe, last week. i still get 'your order has shipped' emails. i said STOP. do you people even read",
  ])('%s', (message) => {
    expect(detectFrustration(ctx('my trailsense stopped charging', message))).toMatchObject({ trigger: 'frustration' });
  });
  it.each(['do you even read reviews before stocking a product? curious', "what's on the script for the store demo day?"])('not: %s', (message) => {
    expect(detectFrustration(ctx('hi', message))).toBeNull();
  });
});

describe('frustration: fresh35 (a set written to break keyword rules)', () => {
  it.each([
    'Wow, a form. Truly groundbreaking stuff. I\'ll just wait another week then, shall I?',
    'Oh fantastic, up to ten business days. Love how fast you are at taking money and how slow at giving it back. Really impressive.',
    "3 to 7 business days of my money sitting in limbo. Right. That's the last order I place with you, Globetrek it is.",
    'So I fill in a form and wait a business day to maybe save €40. Cool cool cool. Very customer-centric.',
    'Am I just typing into a script here?',
  ])('after an answer: %s', (message) => {
    expect(detectFrustration(ctx('where is my parcel?', message))).toMatchObject({ trigger: 'frustration' });
  });
  it('an opener that insults and orders is hostile: "This is a joke. … Sort it out."', () => {
    expect(detectFrustration(ctx('This is a joke. NW-771203 turned up with two poles snapped clean in half and your damage form just spins forever. Sort it out.'))).toMatchObject({ trigger: 'frustration' });
  });
  it.each([
    "Oh brilliant, the forecast says rain every single day of my trip, love that for me 🙃 Anyway, my Stormshell's outer fabric goes dark and soggy now. What do I do?",
    'Can you sort it out for me if I send the order number?',
  ])('not: %s', (message) => {
    expect(detectFrustration(ctx(message))).toBeNull();
  });
});

describe('frustration: sincere messages a review found among the new sarcasm patterns', () => {
  it.each([
    "Cool cool cool, thanks! That's exactly what I needed.",
    "That's very customer friendly of you, thank you!",
    'The new Lumen 900 design is really innovative, does it come in black?',
    'I love how easy it is to set up and how fast it packs away.',
    "I'll just send you the photos then, shall I?",
    'OK done step 3, what else is on the checklist?',
    "I'm reading off the script on the box, it says E12",
  ])('%s', (message) => {
    expect(detectFrustration(ctx('where is my parcel?', message))).toBeNull();
  });
});

describe('frustration: fresh37 (phone-typed chats)', () => {
  it.each([
    ['my return label expired?? i only made it 2 weeks ago', 'oh great so i have to make a whole new one. fantastic system, really 🙃 post office was shut all week'],
    ['the app wont sync my hike, E12', 'this app is an absolute joke. 3 hikes gone now'],
  ])('after an answer: %s → %s', (first, second) => {
    expect(detectFrustration(ctx(first, second))).not.toBeNull();
  });
  it('a hostile Spanish opener with two insults counts on the first message', () => {
    expect(detectFrustration(ctx('esto es una vergüenza. 3 semanas esperando el reembolso del pedido NW-530762, 89 euros. sois unos estafadores'))).not.toBeNull();
    // One insult alone on the first message is not yet hostile enough.
    expect(detectFrustration(ctx('3 semanas esperando el reembolso del pedido NW-530762, es una vergüenza'))).toBeNull();
  });
  it.each(['perfect, thanks 🙃', 'brilliant system, thanks so much 🙃', 'the new returns process is fantastic, really.'])('not: %s', (message) => {
    expect(detectFrustration(ctx('how do I return a jacket?', message))).toBeNull();
  });
});

describe('frustration: in German and Spanish', () => {
  it.each([
    ['my reset link has expired', 'Na toll, echt hilfreich. Ich habe den Link jetzt dreimal angefordert und keiner funktioniert!!'],
    ['the code does not apply', 'Keiner dieser Gründe trifft zu. Dann kaufe ich eben woanders, echt ärgerlich.'],
    ['klarna wants the money for my return', 'Trotzdem kommt eine Mahnung! Das ist doch ein schlechter Witz.'],
    ['my order is late', 'Das ist doch nicht zu fassen. Schon wieder dieselben Standardsätze. Toller Service, wirklich.'],
    ['do you price match?', 'Ah claro, eso no cuenta. Qué casualidad. Muy bonito todo, de verdad 👏'],
    ['why was my Affirm payment declined', 'Tres intentos, tres rechazos. Vaya chiste de tienda. Me lo compro en otro sitio y listo.'],
    ['where is my parcel', 'Por tercera vez: ¡me dais la misma respuesta automática y el paquete sigue sin llegar!'],
  ])('fires after the bot had a chance: %j → %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });

  it('a hostile German opener that chases and insults', () => {
    const score = scoreFrustration('ZUM DRITTEN MAL: Meine Bestellung NW-908214 hängt seit zehn Tagen. Jedes Mal bekomme ich dieselbe automatische Antwort. Das ist wirklich eine Frechheit!');
    expect(score.score).toBeGreaterThanOrEqual(1.3);
  });

  it.each([
    ['how long is the warranty?', 'Toll, danke! Das war sehr hilfreich.'],
    ['do you ship to Austria?', 'Super, danke. Dann bestelle ich heute noch.'],
    ['can I return a jacket?', 'Ich habe die Jacke letztes Jahr woanders gekauft, geht das trotzdem?'],
    ['what payment methods do you have', 'Genial, muchas gracias. Lo compro hoy mismo.'],
    ['how do I wash the jacket', 'Ok, lo compré en otra tienda pero es el mismo modelo. ¿Vale igual?'],
    ['is the tent waterproof', 'Zum zweiten Mal gekauft, immer zufrieden. Passt die neue Version in denselben Packsack?'],
    // From a review of the first version: praise, habits and plans, the same e-mail twice, fun at the campsite.
    ['where is my order', 'Super Service, wirklich! Das Paket war nach einem Tag da.'],
    ['do you have it in green', 'Muy amable, de verdad. Lo pido ahora mismo.'],
    ['is the tent big enough', 'Normalerweise bestelle ich woanders, aber Ihre Beratung war super. Passt das Zelt in einen Kofferraum?'],
    ['do you ship gas canisters', 'Gaskartuschen kaufe ich dann woanders, weil Sie die nicht versenden, oder?'],
    ['hi', 'Antes solía comprar en otra tienda, pero desde que os descubrí solo pido aquí. ¡Genial!'],
    ['where is my order', 'Ich habe dieselbe Mail zweimal bekommen – die Bestellbestätigung. Ist die Bestellung jetzt doppelt?'],
    ['can I pay with Bizum', 'Pregunté lo mismo por teléfono y me dieron la misma respuesta, así que todo claro. ¿Puedo pagar con Bizum?'],
    ['where is my order', 'Zum dritten Mal bestellt und es ist nicht zu fassen, wie schnell ihr liefert!'],
    ['how was the tent', 'Menudo cachondeo pasamos en la acampada con la tienda nueva, ¡nos encantó!'],
  ])('not frustration: %j → %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});

describe('frustration: session 21 blind sets, in other words', () => {
  it.each([
    ['i unsubscribed 5 days ago and still get them', "yeah i know, 48 hours. it's been FIVE DAYS and three more emails since. do you people just ignore consent?"],
    ['my friend wants to return a gift', "wow, so after 5 weeks it's basically worthless. lovely way to treat people who buy gifts. never again"],
    ['is black friday matched?', "so you 'price match' except when prices are actually low. what a gimmick. unsubscribing and buying it there"],
    ['the reset email never arrives', "oh wow, check my spam folder, never would've thought of that 🙃 third reset today. it's not there either."],
    ['why is the charge still there?', 'Das haben Sie mir schon geschrieben. Es sind jetzt 12 Werktage und das Geld ist immer noch nicht da! Unglaublich!'],
  ])('fires after the bot had a chance: %j → %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
  it.each([
    ['do you have gift boxes?', 'Lovely way to treat a friend, I will take the gift box then. Thanks!'],
    ['how do I unsubscribe?', 'Done, thanks. Never again will I forget to untick that box at checkout, lesson learned'],
    ['is the price match a gimmick?', 'Ok so it is not a gimmick, good to know, I will send the link.'],
  ])('not frustration: %j → %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});

describe('frustration: contempt in one word, giving up (session 21)', () => {
  it('"you\'re kidding … classy. i\'ll just not bother then"', () => {
    expect(detectFrustration(ctx('the code needs €75', "you're kidding. one euro short and you won't count the shipping. classy. i'll just not bother then"))?.trigger).toBe('frustration');
  });
  it.each([['what should I wear to the wedding?', 'The Stormshell in navy looks classy, I will take it. Thanks!'], ['do I need a receipt?', "ok then I won't bother printing it, thanks"]])('not frustration: %j → %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});

describe('frustration: from a review of the session-21 patterns (sincere messages)', () => {
  it.each([
    ['is there gift wrap?', 'It arrived today in the gift box with a handwritten note. Very classy. Thank you!'],
    ['which bezel is nicer?', 'Ooh, the walnut bezel. So classy! Adding it to my basket now.'],
    ['how do I fix a sticky zip?', 'Rub a candle on it! Never would have thought of that, thanks.'],
    ['can I wash the down jacket?', 'Ha, I washed my last one with fabric softener and it went completely flat. Never again!'],
    ['are heated gloves any good?', 'Honestly I thought heated gloves were just a gimmick but my friend loves hers, so I will order a pair in M.'],
  ])('not frustration: %j → %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});

describe('frustration: final review of session 21', () => {
  it('"Zum dritten Mal!" and "Por tercera vez:" announce chasing', () => {
    expect(scoreFrustration('Zum dritten Mal! Wo ist mein Paket?').labels).toContain('chasing');
    expect(scoreFrustration('Por tercera vez: ¿dónde está mi pedido?').labels).toContain('chasing');
  });
  it.each([['how fast is delivery?', 'Unglaublich schnell geliefert, danke!'], ['any tips for the campfire?', 'Ich kann einen Witz erzählen, aber brauche ich Heringe?']])('not frustration: %j → %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});
