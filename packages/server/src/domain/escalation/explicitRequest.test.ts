import { describe, expect, it } from 'vitest';
import { detectExplicitRequest, findExplicitRequest } from './explicitRequest.js';

describe('explicit request for a human', () => {
  it.each([
    'can I talk to a person?',
    'Can I speak with someone from your team please',
    'is anyone real there?',
    'hello?? is anybody actually human on this chat',
    'can someone call me? 0612345678',
    'Can someone from billing look at this please?',
    'could somebody in the returns department check my return',
    'could somebody ring me back this afternoon',
    'let me speak to your manager',
    'I want a human',
    'get me an agent now',
    'agent',
    'Operator!!',
    'human please',
    'representative',
    'transfer me',
    'please connect me with customer service',
    'can you put me through to the billing team',
    'hook me up with someone in sales',
    'can a supervisor look at this?',
    'I need someone who can actually make a decision',
    'are you a real person?',
    // Chat spellings, the wanting verbs with any who, programs, pronoun-first Spanish.
    'can u put me thru to sum1 in orders',
    "I'd rather not fill in a form, I really need someone from your team",
    "Am I talking to an AI? I'd prefer somebody real",
    '¿me pasas con alguien de verdad?',
    // Polite, roundabout: whoever looks after it, a manager of a team, someone senior who would act.
    'Could you connect me with whoever looks after personal data?',
    "I'd be grateful if you could pass me on to your sales manager or whoever deals with club orders",
    'Is there a supervisor or someone senior who could look into this and get me back in?',
    'Is it possible to have a technician on the phone? I do not want to send the watch.',
    'Please, I want to write with the responsible person for data protection, not with a bot.',
    'Can I speak with a salesperson? Is easier for me on WhatsApp or phone.',
    'is there an actual person I can talk to about this? the bank told me to contact you',
    'can you transfer this to a real person please',
    'ok, could someone from sales email me a quote at j.okafor@example.com then?',
    'is there an actual employee i can sort this with rather than a bot?',
    "i don't want some generic download file. put me in touch with an actual person on your data protection team",
    'Could a real person telephone me instead? My number is 541-555-0187.',
    "It's been more than a week now. Is there someone who can actually chase DHL about it?",
    'Could one of your tech people phone me? My Pace 5 reboots itself every few minutes.',
    'Is there someone on your sales team I could talk to? We run a climbing gym.',
    "it's not in any list I can find. is there an actual person reading this or is it all bot?",
    "I'd like someone who is able to make an exception to look at it, please.",
    '¿Me puede atender alguien del equipo?',
    'hablar con una persona, por favor',
    'quiero hablar con un agente',
    '¿me pueden pasar con alguien?',
    'Ich möchte mit einem Mitarbeiter sprechen',
    'Können Sie mich bitte mit einem echten Menschen verbinden?',
    "why can't I talk to a human?",
    // Asking whether a person exists to talk to, asking who, routing to a team by name.
    'is there somebody I could phone about this?',
    'Is there a human I can actually speak with',
    'who can we talk to about a wrong invoice',
    'is there anyone here who knows about tents',
    'ok, put me through to billing then',
    'can I be transferred to the returns team',
    'could you get someone to check my order',
    'would it be possible for someone from your team to take a look',
    "honestly I'd rather deal with a real person",
    'could someone give me a buzz on 0161 496 0000 tonight?',
    'would it be possible for a member of your team to check this personally?',
  ])('recognises %j', (msg) => {
    expect(findExplicitRequest(msg)).not.toBeNull();
  });

  it.each([
    'no need for a human, just tell me the opening hours',
    "I'm already dealing with a person at the courier",
    // Team words that name a thing, third parties, someone to call someone else (review of the new patterns).
    'Please send this to the billing address instead of my home.',
    'will the parcel be forwarded to the returns depot if I am not home?',
    'is there someone I can call to install the pendant, like an electrician?',
    'is there anyone I can contact at DHL about the delivery?',
    'I need to deal with the person who delivered it, not you',
    'can anybody call the courier for me?',
    'is there anyone at the shop who can check the stock?',
    'the person who delivered it left it outside',
    'Hey, no need to pass me to anyone, I only need the Saturday hours',
    "I don't want to talk to a person, the article is fine",
    'my travel agent booked the trip',
    'my husband is an engineer, he will fix the lamp himself',
    'the responsible person for my order is my wife, she will pay',
    'Do I need a technician to replace the battery?',
    'I was talking to an engineer friend who said the cable is fine',
    'is it possible to get an expert opinion on which tent suits us?',
    'Should I wash it by hand instead of the machine?',
    "Could one of your delivery guys call me when they're outside? the bell is broken",
    'Is there anyone who can fix a broken zip near Utrecht?',
    'is there someone who can check the wiring if I buy the pendant?',
    'Is there an actual human-powered lantern in your range, one with a hand crank?',
    // Real customer messages from BANKING77 that the detector used to misread: money transfers, process questions.
    'Can I withdraw money from another bank and transfer it into my empty account?',
    'If I were to transfer it how long will it take to get to her?',
    'do i have to talk to someone to close an account or can i in the app',
    'Do I need to speak to a representative to change my pin?',
    'Is there an actual person limit for the 3-person tent, or is it just a guide?',
    "Could someone on the youth team check the order status with their own login? It's a club order.",
    'our real estate agent needs the invoice',
    'is the lamp human powered? lol',
    'when can I reach a real person? not now, just curious',
    'what time can I talk to someone on Saturday?',
    'your colleague at the store told me to ask the chat',
    'I talked to someone at the showroom yesterday and they said it ships today',
    'my sister said your support people were great',
    'sin necesidad de hablar con una persona, solo dime el horario',
    'how do I transfer my gift card balance to a new account?',
  ])('ignores %j', (msg) => {
    expect(findExplicitRequest(msg)).toBeNull();
  });

  it('hears a bare "put me through", a team lead and someone with the authority, not "put me through the wringer"', () => {
    for (const msg of [
      "Fine. I'd rather deal with one of your people directly for this return, please put me through.",
      'can you put me through?',
      'I want a team lead to review this, not another form.',
      "I'd like someone with the authority to make an exception to look at this.",
    ]) expect(findExplicitRequest(msg), msg).not.toBeNull();
    for (const msg of ['this order has put me through the wringer', 'the app put me through all the steps again', 'my team lead ordered the tents, where are they?', 'someone with the authority to sign for it will be home']) {
      expect(findExplicitRequest(msg), msg).toBeNull();
    }
  });

  it('hears "put me through to them" after the person it names, and discussing it with whoever is responsible at the shop', () => {
    for (const msg of [
      "Ten years for invoices? I'd like to discuss this with whoever is responsible for data protection at your company, please put me through to them.",
      "I'd like to discuss this with whoever is responsible for data protection.",
    ]) expect(findExplicitRequest(msg), msg).not.toBeNull();
    for (const msg of [
      'I need to discuss this with whoever is responsible for purchasing at my company first',
      "my friend said the manager was nice, I'll pass it to them",
      'please put them through the wash on 30',
      "The DHL team said they can't find my parcel and wouldn't put me through to them again. Where is my order?",
      'Our team leader asked me to order 30 headlamps, can you put us through to her for the quote?',
      'My husband is the manager of our hiking club, can you connect us with him about the invoice?',
      "I have to discuss this with whoever is paying, my partner, before I order",
      "I'd like to go over it with whoever is in charge of the club budget first",
      "I want to take up the matter with whoever is responsible for the delivery at DHL",
    ]) {
      expect(findExplicitRequest(msg), msg).toBeNull();
    }
  });

  it('reports the trigger with evidence', () => {
    const r = detectExplicitRequest('can I talk to a person?', 7);
    expect(r).toMatchObject({ trigger: 'explicit_request', evidenceSeq: 7 });
    expect(r!.confidence).toBeGreaterThan(0.5);
  });
});

describe('explicit request: senior staff, Spanish and German indirect asks', () => {
  it.each([
    'I already appealed with a video, rejected again. Is there anybody senior who can actually review it properly?',
    '¿Hay alguien de verdad ahí que pueda revisar esto? El código termina en 4471.',
    'Der Artikel ist nicht reduziert. Kann sich das bitte jemand vom Kundenservice anschauen?',
    'Kann mich jemand zurückrufen?',
  ])('%s', (message) => {
    expect(findExplicitRequest(message)).not.toBeNull();
  });

  it.each([
    'Kann ich das selbst anschauen?',
    'hay alguien que sepa si es impermeable?',
    'Is there anyone senior at the Portland store on Sundays?',
  ])('not a request: %s', (message) => {
    expect(findExplicitRequest(message)).toBeNull();
  });
});

describe('explicit request: review of the new phrasings', () => {
  it.each([
    'Kann mir jemand weiterhelfen?',
    'Kann das bitte jemand nachsehen?',
    'Könnte mich bitte jemand kontaktieren?',
    '¿Hay alguien ahí?',
    '¿Puede alguien revisar esto?',
    'Is there a supervisor who can review it?',
    'Is there anybody senior who could take a look at my claim?',
    'Could someone senior review my claim?',
  ])('%s', (message) => {
    expect(findExplicitRequest(message)).not.toBeNull();
  });

  it.each([
    'Kann sich jemand das Zelt im Laden anschauen, bevor er es kauft?',
    '¿Hay alguien de verdad que lo haya probado en la nieve?',
    'Is there anyone who can review it on YouTube? I want to see it set up before buying',
  ])('not a request: %s', (message) => {
    expect(findExplicitRequest(message)).toBeNull();
  });
});

describe('explicit request: "could someone from your team just call me"', () => {
  it('allows "just" before the call', () => {
    expect(findExplicitRequest('this is getting complicated, could someone from your team just call me and sort it?')).not.toBeNull();
  });
});

describe('explicit request: typos of the words a request is built from', () => {
  it.each(['can i speek to a real persn abt my refund for NW-503318', 'i want a humna', 'get me an agnet please', 'can i talk to somone'])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });

  it.each(['can I cook a steak on the camping stove?', 'the parson at our church recommended you', 'quiero hablar con una persona'])('"%s" keeps its own words', (m) => {
    // The Spanish one is a request in its own right; the point is it is not rewritten into English first.
    const found = findExplicitRequest(m);
    if (m.startsWith('quiero')) expect(found?.text).toMatch(/persona/);
    else expect(found).toBeNull();
  });
});

describe('explicit request: a team member named by their team', () => {
  it.each(['can a sales person contact me?', 'could your billing team email me about it', 'would a customer service rep call us back'])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it('"can a sales person tell me the price?" asks a question, not for contact', () => {
    expect(findExplicitRequest('can a sales person tell me the price?')).toBeNull();
  });
});

describe('explicit request: chat spellings and "write with"', () => {
  it.each(['nvm lemme chat w staff then', 'can i talk w/ someone pls', 'i wanna speak to a human', 'Please I want to write with a real employee, not a robot.'])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each(['I will write to my bank first', 'talk w the app support? no, it is fine'])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('explicit request: staff as the subject, whoever is in charge, someone with a pulse', () => {
  it.each([
    'I would be most grateful if a member of your staff could telephone me on 020 7946 0000.',
    'It would help if one of your colleagues could ring me tomorrow morning.',
    'Would you have one of your team call me back about it?',
    'Please get somebody to phone me, the form keeps failing.',
    "I'd like whoever deals with complaints to review this personally.",
    'We would like someone from your billing team to check this invoice.',
    'Could you pass this on to the people who handle warranty claims?',
    'please forward my case to the colleagues that deal with invoices',
    "Honestly I'd rather be typing with a real member of staff now.",
    "I'd feel better talking this through with a real person.",
    'I would prefer to go through this with someone from your team.',
    'is there anyone with a pulse on this chat?',
    'Could someone from the sales team get in touch with me at club@example.org?',
    '¿Hay alguna persona de carne y hueso con la que pueda hablar?',
    'Gibt es bei euch noch Menschen aus Fleisch und Blut?',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each([
    'The courier could ring me when he is outside, can you tell them?',
    'my colleague could call me about it later, she ordered it',
    "I'd like my husband to look at the tent before we decide",
    'I went through this with someone at my bank already',
    'I was texting with a friend who has the same watch',
    'no need for a member of your staff to call me, the article covers it',
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('explicit request: someone above the chat', () => {
  it('hears "is there somebody above the chat who can see which order it was redeemed on?"', () => {
    expect(findExplicitRequest('right but someone used it and it wasnt me. is there somebody above the chat who can see which order it was redeemed on?')).not.toBeNull();
  });
  it('not "is there anyone who can see the northern lights from the tent?"', () => {
    expect(findExplicitRequest('is there a tent where you can see the stars above the bed?')).toBeNull();
  });
});

describe('explicit request: fresh35 (a set written to break keyword rules)', () => {
  it.each([
    "Am I just typing into a script here? I'd like an actual conversation with your support team about this, not links.",
    "No. Where's your complaints department? I want this logged there.",
  ])('%s', (message) => expect(findExplicitRequest(message)).not.toBeNull());
  it.each(['Is the conversation with the app private?', 'How do I file a complaint about a late delivery in the form?'])('not: %s', (message) => expect(findExplicitRequest(message)).toBeNull());
});

describe('explicit request: asking how to write to the complaints team is a question', () => {
  it('not "How do I contact the complaints team by post?"', () => {
    expect(findExplicitRequest('How do I contact the complaints team by post?')).toBeNull();
  });
});

describe('explicit request: fresh37 (phone-typed chats)', () => {
  it.each([
    'pls pass me to your team, need the company name changed on the invoice for NW-227451',
    'is there someone who could actually look at this? like a tech person',
    'is there someone on the privacy side who can fix it? i cant edit it anywhere',
  ])('%s', (message) => expect(findExplicitRequest(message)).not.toBeNull());
  it.each([
    'can you pass this on to your team, the app is great',
    'no need to pass me to your team, the article did it',
    'is there someone at the Berlin store who could look at it if I bring it in?',
    'could you look at this photo of the tent, is that normal?',
  ])('not: %s', (message) => expect(findExplicitRequest(message)).toBeNull());
});

describe('explicit request: the team named by what they know', () => {
  it.each(['can i talk to one of your product people before i spend 400 on this?', "I'd like to speak with one of your warranty people", 'let me talk to a gear specialist'])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each(['my product arrived broken', 'I talked to the product page for ages'])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('explicit request: someone on the team who acts on it (session 17)', () => {
  it.each([
    "I was in hospital for two weeks, that's why I'm late. can a supervisor make an exception?",
    "I'd like someone from your tech team who actually knows these lamps to take a look.",
    'Could one of your staff handle this? I need our VAT number added to the invoice',
    'ok, just get me someone from the team who can check this please',
    "is there anybody over there who isn't reading off a script?",
    "I'd rather have a real person deal with it over email than fill in a form",
    'Could somebody from your billing side ring me on +49 171 5550 3382?',
    'Is there someone in your accounts team I could speak with on the phone?',
    'tried a different cable and plug too. pls just connect me to a technician',
    // fresh47 (understated): the person named through a clause.
    'Would it be possible to put this in front of whoever looks after data protection on your side?',
    "I'd still appreciate it if someone with a bit of discretion could have a look.",
    'so perhaps someone who can actually see the payment could check it for me?',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each([
    'could a technician fix it if I send it in?',
    'my travel agent will handle this',
    "no need to get someone from your team involved, I'll sort it",
    'can a staff member at the Berlin store help me try it on?',
    'maybe someone I know could check it for me',
    "what's your phone number for the US? my mom prefers talking to people over chatting, she'll call you on monday",
    'My husband always insists on speaking to a human about everything, but I would rather sort this out here',
    "I'll pass it to my brother",
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('explicit request: questions a review of session 17 found among the new patterns', () => {
  it.each([
    'Can I send it to someone else as a gift?',
    "can you send it to someone in Austria? it's a birthday present",
    'Can your staff help me pick a tent when I visit the Berlin store on Saturday?',
    'Will a specialist look at my jacket when I send it in for repair?',
    'will someone from your delivery team ring me before they come?',
  ])('"%s" is not a request', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
  it.each(["my dad wants to speak to someone about his order, can you call him?", 'my husband hates chatbots so can I talk to a real person'])('"%s" still is', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
});

describe('explicit request: blind sets fresh48/49', () => {
  it.each([
    'Understood, that\'s the policy. Is there a manager who could make an exception? It\'s unworn, tags still on.',
    'Is there a supervisor or someone in accounts who can reissue the invoice?',
    'Is there someone on your team who could go through this with me? I\'m fine waiting for an email reply.',
    "Hello, I'd appreciate it if an actual member of your team could look at order NW-827153.",
    'is there anyone who could approve this?',
    "DHL's redirect page won't take the new address. Could somebody on your side take this up with DHL directly?",
    'i clicked download my data 2 days ago and nothing came. is there a human on the privacy side i can write to directly?',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each([
    'Is there a manager discount for staff?',
    'is there a manager at the Berlin store on Saturdays?',
    'Is there an app that could go through my workouts with me?',
    'is there a form on the returns page i can write to?',
    "I'd appreciate it if the parcel could arrive before Friday",
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('explicit request: review of session 18 patterns', () => {
  it.each([
    'Is there a manager discount that can be combined with the sale price?',
    "Is there a supervisor mode that can lock the kids' watch settings?",
    'Is there a team leader account that could see all our orders for the company?',
    "If I'm not home, can someone take it up to my flat on the 3rd floor?",
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('explicit request: asking for someone to talk it over with, in German and Spanish', () => {
  it.each([
    'Gibt es jemanden, mit dem ich das telefonisch klären kann?',
    'Gibt es bei Ihnen eine Ansprechpartnerin, mit der ich darüber sprechen kann?',
    'Ich hätte gern jemanden von Ihnen am Telefon, die Rechnung stimmt nicht.',
    'Ich möchte das bitte direkt mit einem Mitarbeiter klären.',
    '¿Hay alguien con quien pueda hablar por teléfono?',
    'Quisiera hablar por teléfono con una persona, por favor.',
    '¿Habría alguien con quien pueda hablar?',
    'Necesito hablar con un ser humano, no con una máquina.',
  ])('%s', (message) => {
    expect(findExplicitRequest(message)).not.toBeNull();
  });

  it.each([
    'Gibt es jemanden im Laden, der das Zelt aufbauen kann?',
    'Ich möchte das selbst klären, danke.',
    'Mein Mann hat das mit einem Mitarbeiter im Laden besprochen, er sagt 30 Tage.',
    'hay alguien con quien compartir la tienda, somos dos',
    'Ich hätte gern die Uhr am Telefon gekoppelt.',
    // From a review of the first version: a product feature, someone else's wish, a plan, the boss.
    '¿Con el reloj se puede hablar por teléfono con una persona desde la muñeca?',
    'Mi madre prefiere hablar por teléfono con una persona, ¿le doy vuestro número?',
    'Hago rutas sola y me gusta saber que hay alguien con quien puedo hablar en caso de emergencia: ¿el reloj tiene SOS?',
    'Ich muss das erst mit dem Chef besprechen, dann bestelle ich die 10 Jacken für unser Team.',
    'Das werde ich beim nächsten Besuch in Ihrer Filiale mit einem Mitarbeiter klären, danke für den Hinweis!',
    'Mit der Uhr möchte ich im Notfall jemanden am Telefon erreichen können – geht das?',
  ])('not a request: %s', (message) => {
    expect(findExplicitRequest(message)).toBeNull();
  });
});

describe('explicit request: someone with a say, or the team, asked to act (session 21)', () => {
  it.each([
    'tried, it says i cannot because an order is still open. can a manager override that?',
    'I do not think a chatbot can sort this one out. Could a member of your team get in touch at club@example.org?',
    'could you flag this to your accounts team and have them email me? paypal insists it is on your side',
  ])('%s', (message) => {
    expect(findExplicitRequest(message)).not.toBeNull();
  });
  it.each(['can a manager override the sale price in store, or is it the same everywhere?', 'my manager has to approve the purchase first', 'I will flag this to our accounts team and have them pay the invoice'])('not a request: %s', (message) => {
    expect(findExplicitRequest(message)).toBeNull();
  });
});

describe('explicit request: passing it on, getting someone to act (session 21)', () => {
  it.each([
    "ok I'll do the form. but honestly I'd feel better if somebody heard about this. can you pass it to a real person?",
    'is there any way to get someone to actually chase DHL on this rather than me waiting on forms?',
  ])('%s', (message) => {
    expect(findExplicitRequest(message)).not.toBeNull();
  });
  it.each(['can you pass it to the courier, he is at the door', 'is there any way to get the tent to actually stay up in wind?'])('not a request: %s', (message) => {
    expect(findExplicitRequest(message)).toBeNull();
  });
});

describe('explicit request: from a review of the session-21 patterns (sincere messages)', () => {
  it.each([
    'Can the manager just approve it from her own login, or does the person paying need to do it?',
    'My boss asked: can a manager approve this on our side before it ships?',
    "I'll forward it to the finance team and have them email me the PO number.",
    'Would a member of your team get in touch when the Summit 2 is back in stock, or do I sign up for the alert myself?',
    "It's a gift, I'll pass it on to someone who actually hikes - can you add a gift receipt?",
    'Can I get someone to check my size in the Berlin store if I come by on Saturday?',
    'Could a colleague reach out to you about a bulk order for our running club?',
  ])('not a request: %s', (message) => {
    expect(findExplicitRequest(message)).toBeNull();
  });
});
