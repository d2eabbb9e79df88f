/** Explicit-request phrasings from session 19's blind sets (fresh50–53) and the review of their patterns. */
import { describe, expect, it } from 'vitest';
import { findExplicitRequest } from './explicitRequest.js';

describe('explicit request: blind sets fresh50/51 (session 19)', () => {
  it.each([
    'Is there any chance a person could ring me on 0151 555 0102 to sort the fee out?',
    'Could somebody walk me through it on a call?',
    "I'd like somebody from your data team to tell me where you got my address.",
    'Can a real person double-check the address on NW-907153 before it ships?',
    'Guten Tag, ich hätte gern direkt einen Mitarbeiter, keinen Bot.',
    'checked spam too, nothing. can someone actually phone me about it?',
    'We need 40 headlamps for a school trip. Please put me through to your business sales team.',
    'Please pass me to one of your team. I ordered twenty minutes ago and need the jacket in L.',
    'The ID is valid, I checked it on VIES myself just now: DK29384756. Rep please.',
    'Could a supervisor perhaps have a look and waive the postage this once?',
    'She is 78, so would it be possible for one of your team to give her a quick ring on 07700 900418?',
    'Kann ein Mitarbeiter die Punkte bitte nachträglich buchen? Kassenbon vom 14. Mai.',
    'Could I be passed to your invoicing people so this gets corrected?',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each([
    'Is there any chance the courier could ring the bell next time?',
    'Could the app walk me through the pairing?',
    "I'd like the parcel to arrive before Friday, can it?",
    'Can the watch double-check my heart rate against a chest strap?',
    'Ich hätte gern direkt die Rechnung als PDF.',
    'Our business sales team wants a quote by email, where do they send the request?',
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('explicit request: review of session 19 patterns', () => {
  it.each([
    'Is there any way someone could call me when the parcel is 10 minutes away? The driver never finds our farm.',
    'Can someone talk me through how to re-proof my Stormshell? Is there a video?',
    'Can anyone walk me through pairing the Pace 5 with my new iPhone?',
    'will you actually contact us when the Summit 2P is back in stock?',
    'Would your team really call me if the parcel is delayed, or is it just email?',
    "I'd like someone at home to confirm the delivery, can the courier text my wife instead?",
    'Ich möchte einfach einen Mitarbeiter loben: Frau Schulz war super hilfsbereit.',
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
  it('"Ich hätte lieber direkt eine Person am Telefon." is one', () => {
    expect(findExplicitRequest('Ich hätte lieber direkt eine Person am Telefon.')).not.toBeNull();
  });
});

describe('explicit request: blind sets fresh66/68 (session 23)', () => {
  it.each([
    'well it went from $79 to $59 on the Lumen 900R, order NW-228460. who can I actually talk to about this, a manager or someone?',
    'Who do I speak to about a school account or a group price? A phone call would be easiest: 07700 900412.',
    'I would be grateful to be put in touch with a member of staff.',
    "Can I ring somebody so they can check it's really me? My number is +1 971 555 0187",
    'did the 15 second restart and updated the firmware last night. same thing this morning. is there a tech person i could talk to about it?',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each([
    'who do I talk to at DHL about this?',
    'who should I speak to at my bank?',
    'can I call someone to collect the tent?',
    'can I call somebody from the courier?',
    "I don't know who to talk to",
    "Not looking to talk to anyone today, just planning ahead: if I ever need a real person, what hours are they around? I'm in Seattle.",
    'in case we ever need a human, is there a phone line?',
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
  it('a request now is one even after an "if"', () => {
    expect(findExplicitRequest('if I need a real person, can you connect me?')).not.toBeNull();
  });
});

describe('explicit request: review of the session 23 patterns', () => {
  it.each([
    'who do I talk to about this, my bank or the courier?',
    'who do I speak to at Klarna about changing the instalments?',
    'who would I speak to at Hermes, they have my tent',
    'who do we talk to at our bank to get the card unblocked?',
    'who do I talk to, DHL or you? the parcel says delivered',
    'my bank says I will get put in touch with someone from their fraud team. meanwhile can you tell me if order NW-448120 went through?',
    'can I call someone if I have problems setting up the tent next weekend?',
    'can I call someone local to re-proof the jacket or does it have to go to you?',
    'could I call a tech guy near me to replace the strap or does that void the warranty?',
    'if I ever need to talk to a person, is there a phone number?',
    'whenever I need a real person, what are your hours?',
    'in future if I need to talk to someone about the warranty, who do I ask?',
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
  it.each([
    'who do I need to talk to about a price match on the Lumen 900R?',
    'who is the right person to talk to about a corporate order of 40 headlamps?',
    'who would be the best person to speak to about a team order?',
    'can I phone somebody about order NW-228460?',
    'can I call somebody from your returns team?',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
});

describe('explicit request: blind sets fresh69-71 (session 23)', () => {
  it.each([
    'L shows as in stock on the product page though?? is there someone on your team who could ring me and sort it, 07700 900461',
    'skip the bot and put a staff member on pls',
    "I'd like this looked at by somebody with the authority to actually overturn it, not another help article.",
    "your price match form throws an error every time I paste the link. honestly it'd be easier if someone just phoned me, I'm on 0176 4455 9081",
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each([
    'is there someone at DHL who could ring me about the delivery slot?',
    "I'd like this looked at by a tailor before I decide",
    'it would be easier if someone just told me the packed weight',
    'can you put a person on the gift note, like "from Grandma"?',
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('explicit request: review of the fresh69-71 patterns (session 23)', () => {
  it.each([
    'Before I order: is there someone who can call me if I get stuck setting it up, or is support chat only?',
    'Is there anyone who can phone us on weekends, or only Mon-Fri?',
    "The driver can't find our farm. Is there someone who could ring me when the van is close?",
    "I'd like it looked at by a specialist tailor near me. Does that void the warranty?",
    "I'd like it looked at by someone who knows tents first – my uncle is coming Saturday",
    "It'd be easier if someone just rang me when they're outside",
    'It would be better if someone called me before delivery, can I add a phone number for the courier?',
    'Is the Ridgeline 3P wide enough to put a person on each side of the door?',
    'We put an employee on every school trip with a GPS watch, do you do bulk pricing?',
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
  it.each([
    'I want my warranty claim looked at by a real person, not rejected automatically.',
    "I'd like the decision reviewed by a manager please.",
    "I'd appreciate it if this was looked at by a human.",
    "It'd be easier if you just called me.",
    'Please put a human on this.',
    'Can you put someone on who can actually help?',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
});

describe('explicit request: a call asked for in Spanish and German (session 24)', () => {
  it.each([
    '¿Sería posible que alguien de su equipo me llamara para solucionarlo?',
    'si alguien de vuestro equipo me pudiera llamar, mejor',
    'Wäre es möglich, dass mich jemand aus Ihrem Team anruft?',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each([
    'Mi hermano dice que alguien me llamará de DHL para la entrega.',
    'No quiero que alguien me llame, prefiero el chat.',
    'Ich will nicht, dass mich jemand anruft.',
    'Mir wurde gesagt, dass mich jemand von DHL anruft.',
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('explicit request: blind sets fresh72–78 (session 24)', () => {
  it.each([
    'can u get someone from billing to check ur side? its a 640 order',
    'can u connect me w someone who can reset the 2fa on my acct?',
    'I wonder whether, given the circumstances, someone on your staff might be able to look at order NW-557302 personally?',
    "I'd prefer it if you could pass me straight to a colleague who can change the address on their side.",
    "I'd like this handled by an actual person on your billing team please, rather than through the help centre form.",
    'Would it be possible for someone from your business or sales team to contact me to discuss it?',
    'Is it possible that somebody of your team calls me? My number is +34 612 48 93 07.',
    "I'd like this handled by whoever is responsible for data protection at your company, not a chatbot.",
    'Is there a technician or someone on the product side who could look at the sync logs?',
    "Who is your data protection person? I'd like to be passed to them directly, today if possible.",
    "look I'm 78 and I don't want to keep typing all this out, can I have a human being please",
    'my window closes on friday and i dont want to lose it plz transfer me to somone who can actually see the store system',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each([
    'no please dont transfer me to an agent',
    "I don't want to talk to a person, just tell me the return window.",
    'Can I have a person collect it from my house?',
    'Is it possible that somebody of the courier calls me before the delivery arrives?',
    'Do you ship to the U.S. from the EU site?',
    'I wonder whether the Pace 5 could look at my heart rate at night?',
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('explicit request: review of the session-24 patterns', () => {
  it.each([
    "I don't want to call and speak to someone, can you just tell me the return window?",
    'Is there a way to return it without having to call and talk to someone?',
    'im not so keen on talking to a person, just answer here',
    "I'd rather not chat with a bot and then talk to a person, I just want the tracking link",
    'can I have the operator manual for the Ember 2 bulb?',
    'Can I have an agent code for the affiliate programme?',
    'can we get a rep discount as interior designers?',
    'is it possible that someone calls me from DHL before they come? I work nights',
    'Is it possible that someone calls me pretending to be you? I got a weird call asking for my card',
    "My bank's fraud team flagged the payment. I'd like to be put through to them.",
    "I'd like this handled by whoever handles returns at DHL, your label didnt scan",
    'Si alguien me llamara pidiendo mis datos bancarios, ¿sois vosotros?',
    '¿Es normal que alguien me llame de vuestra tienda para pedir el PIN?',
    'Me da miedo que alguien me llame haciéndose pasar por vosotros',
    'Ist es normal, dass mich jemand anruft und nach meiner PIN fragt?',
    'DHL hat geschrieben, dass mich jemand anruft, bevor das Paket kommt.',
    'Ich möchte vermeiden, dass mich jemand anruft, ich bin im Büro.',
    'Could anyone check your website? the checkout is broken',
    'my husband wants to talk to a manager but I just need the tracking link',
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
  it.each([
    "I don't speak Dutch so can someone call me in English?",
    'can u hook me up w a human',
    'could u connect me with sb from billing',
    'can I have a word with a human',
    'Is it possible that a colleague of yours calls me back?',
    'I was wondering whether somebody on your staff could give me a quick call?',
    'Who handles refunds there? Please put me through to them.',
    'Your returns team had my lamp for two weeks. I would like to be put through to them directly.',
    'Espero que alguien de su equipo me llame hoy, es urgente.',
    '¿Alguien de vuestro equipo me puede llamar?',
    'Wäre es möglich, dass sich jemand aus Ihrem Team bei mir meldet?',
    'Es wäre schön, wenn mich jemand anrufen könnte.',
    'Kann ich bitte einen Menschen sprechen?',
    'Könnten Sie veranlassen, dass mich jemand zurückruft?',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
});

describe('explicit request: asking when someone is there (session 24)', () => {
  it('"is anyone there on Saturdays?" asks the hours; "hello? is anyone there?" asks for someone', () => {
    expect(findExplicitRequest("What's the US number, and is anyone there on Saturdays?")).toBeNull();
    expect(findExplicitRequest('is anybody there at 8 in the morning?')).toBeNull();
    expect(findExplicitRequest('hello? is anyone there?')).not.toBeNull();
  });
});

describe('explicit request: someone on a side, able to call, to hear it from (session 24, second pass)', () => {
  it.each([
    'Is there somebody on the billing side who could actually look at the Klarna plan?',
    'Could a supervisor or someone on your business side have a look at this?',
    'Would a person be able to telephone me to go over it?',
    "Honestly I'd rather hear it from someone who has actually pitched these in a gale.",
    'Does anyone on your team do gear advice by phone or video?',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each(["I'd rather hear it from someone else at the store, my friend works there", 'Would a person be able to carry the Summit Pro 2 alone?'])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('explicit request: the understated way of asking (session 29)', () => {
  it.each([
    "Yes, I'm aware points take 30 days. I suspect this needs someone with access to the actual account rather than the help pages.",
    'So no. I suspect this needs someone who can actually see the account and check I am who I say I am.',
    "I think I've reached the limit of what can be done from this end; perhaps it's time for a colleague of yours with slightly more than a help article.",
    "I imagine someone on your side could fix it in about eight seconds, if you could point me in their direction.",
    'Would a supervisor be able to take a second look?',
    'Might I ask someone in your accounts department to look at it all the same?',
    'Is there any chance of someone ringing me at some point this week? 07700 900412.',
    'Is there anyone in your sales team I could have a proper chat with about pricing and sizing?',
  ])('"%s" asks for a person', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each([
    'The Ridgeline needs two people to pitch it, or can one person manage?',
    'The parcel needs someone to sign for it, can I leave a note?',
    "My colleague of ten years recommended the Pace 5, is it waterproof?",
    'Is there any chance of someone ringing me when the courier is on the way?',
    'Might I ask whether the Lumen 400 is waterproof?',
    'It is time for a new tent, which one sleeps three?',
    'Would a beginner be able to take the Pace 5 on a marathon?',
  ])('"%s" does not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('explicit request: review of the session-29 patterns', () => {
  it.each([
    "What's the delivery time for a person in Austria ordering from the EU site?",
    "It's leaving time for a colleague of mine next week, do you sell gift cards I can email?",
    'A colleague of yours in the Berlin store said the jacket could be reproofed, how do I do that at home?',
    'A colleague of yours told me on the phone that I can return it after 30 days, is that right?',
    'I live in a flat which needs someone with access to the building to let the courier in. Can I add a door code?',
    'The headlamp is for my dad, it needs someone who can see well to read that tiny display.',
    "If I'm away, can I ask someone to check the parcel locker for me with the code?",
    'Could I ask someone to ring the doorbell when they deliver?',
    'Would a colleague be able to take the parcel in for me at the office reception?',
    "If I send a gift card, would the person be able to check the balance online?",
    'Might a person be able to take the VoltPack 20000 on a plane in hand luggage?',
    'Is there any chance of someone ringing me when the Stormshell is back in stock?',
    'Any chance of someone e-mailing me the size chart?',
    "Could you point me in their direction? I mean the Berlin store, what's the address?",
  ])('"%s" does not ask for a person', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
  it.each([
    'I suspect this needs a human.',
    'I think this is one for a human.',
    'Would one of your colleagues be able to look at this, please?',
    'Might I ask a member of your team to take a look at it?',
    'Any chance of someone from your billing team getting in touch with me?',
  ])('"%s" does', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
});

describe('explicit request: second review of the session-29 patterns', () => {
  it.each([
    'I guess it needs somebody at home to sign for it?',
    'I think it needs someone to hold the poles, can one person pitch the Ridgeline alone?',
    'I imagine it requires a person over 18 to sign for a power bank delivery?',
    'I think this is a question for a colleague of mine who runs marathons.',
    "I guess it's one for a person with smaller wrists, is the Pace 5 strap adjustable?",
    "It's time for a colleague's leaving present. Can I send an e-gift card?",
    "It's about time for a human powered torch in my kit, do you sell wind-up ones?",
    'Any chance of someone getting back to me with the size chart?',
    'Any chance of someone phoning me to say the click and collect order is ready, instead of an email?',
    'Is there anyone I could have a chat with who already owns the Ridgeline? Like a customer forum?',
  ])('"%s" does not ask for a person', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
  it.each(['I think this is one for your billing team.', "It's time for a human to take over."])('"%s" does', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
});
