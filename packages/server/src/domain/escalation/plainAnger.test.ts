import { describe, expect, it } from 'vitest';
import { detectFrustration, scoreFrustration } from './frustration.js';
import { alternatingTurns as ctx } from './testContext.js';

// Written by a review helper (session 34) as frustration the patterns missed, and as near misses.
describe('anger said plainly', () => {
  it.each([
    "that's the same nothing I got from the email. I am genuinely furious at this point",
    "I'm honestly at the end of my rope with this order.",
    "I'm so done arguing with this company.",
    'this is maddening',
    "I'm about to snap.",
    'This is getting on my last nerve.',
    "I'm giving up, you can keep your jacket.",
    'I feel absolutely cheated.',
    "I'm absolutely raging.",
    'no. not good enough.',
    'i want to scream',
    "I'm rather losing my rag.",
    "After this, I'm telling everyone I know to avoid you.",
    // A second review helper's, written without seeing the patterns (session 34).
    "Every answer you give is a canned one. It's infuriating.",
    "that's completely irrelevant to my problem",
    'Your answer is wrong, the code isn’t expired, it says valid till December.',
    'Dear Sir/Madam, I find your response entirely inadequate. I have been a loyal customer for many years.',
    "I've been more than patient but this is taking the mickey.",
    'are you kidding me????',
    "for fuck's sake, it's been a month",
    'Honestly, the more I talk to you the angrier I get.',
    'talking to a wall would be more useful',
    'ugh this bot is so dumb',
    'honestly i give up. i’ve tried everything on that list twice.',
    "Forget it. I'll just eat the cost I guess. Lesson learned, won't be back.",
    'Going straight on Reddit with this, people should know how you treat customers.',
    // Session 34's third review helper, written blind: anger the patterns still missed (session 35).
    "I'm beyond frustrated with this.",
    'Fuming.',
    'Honestly this is driving me insane.',
    "I'm at breaking point with this order.",
    'Brilliant. Just brilliant. Thanks a lot.',
    'Absolutely livid!',
    'your tracking page is driving me up the wall',
    // A blind set's (fresh111).
    'sent the screenshot through the billing form like the bot said. a week ago. nothing. absolutely shocking service, genuinely',
  ])('fires after the bot had a chance: %j', (text) => {
    expect(detectFrustration(ctx('where is my parcel NW-123456?', text))?.trigger).toBe('frustration');
  });

  it.each([
    "I was furious with the airline but that's sorted now. Is the Lumen 400 waterproof?",
    'My kids drive me mad when they lose their headlamps, lol. Do you sell spares?',
    'Is the Stormshell not good enough for winter?',
    "I'm angry with myself for forgetting the code. Can I still use it?",
    'Haha I’m so mad I missed the sale lol',
    "Is it normal that I'm mad about how good this tent is?",
    "I'm giving up smoking so I'll be hiking more, any watch tips?",
    "I feel cheated by the other shop, that's why I'm here. Do you price match?",
    "I've typed my card in three times, it's starting to get on my nerves a bit",
    // Found by a review helper among the patterns' own false alarms (session 33).
    'I read the article, very clear, thanks',
    'Are you kidding?! 50 points just for a review? Love that.',
    "Fucking brilliant tent, can't wait to take it out. Is there a footprint for it?",
    "I'll be back next week for the jacket, will it still be on sale?",
    'Is this answer the same for the Pace 5?',
    'my kids are driving me mad, need a tent that pitches fast',
    "I'm beyond happy with the jacket",
    'Great. Just great, thanks, that sorted it',
    'The pole is at breaking point, is that covered?',
    'Perfect. Really perfect fit, thanks!',
    'He was livid with the airline, but anyway is the Pace 5 waterproof?',
    // What the customer tried did not help much: no verdict on the bot (fresh111).
    "Aye, I've washed it with a tech wash and tumbled it, twice. Didn't help much. Do you lot offer a re-proofing service? Happy to post it to you",
    'The phone signal is shocking here, service in the hills is poor',
  ])('does not fire on a near miss: %j', (text) => {
    expect(detectFrustration(ctx('where is my parcel NW-123456?', text))).toBeNull();
  });
});

describe('an insult aimed at someone else', () => {
  it.each([
    'Figures. The airline was absolutely useless about it too. Ok I will claim with them.',
    'My bank is honestly the worst, they block every online payment.',
    'My current one from another brand is rubbish, dies in 40 min. So the 900R it is?',
    'Ah, it was a marketplace seller. Those guys are a total scam anyway. No problem.',
    "My friend says the Pace 5 is a rip-off compared to the Trailsense, is that fair? Which has better battery?",
    'My old jacket was like wearing a garbage bag, hence the question haha.',
    "The reviews on another site said 'worst poles ever' about a different brand so I want to be careful.",
  ])('is not aimed at the shop: %j', (text) => {
    expect(scoreFrustration(text).labels).not.toContain('insult');
  });

  it.each([
    'My bank says your charge is a scam.',
    'My bank confirmed it. This shop is a joke.',
    'My parcel is lost and your tracking is useless.',
    'What a rip-off, my friend paid half for the same watch.',
  ])('still is when the shop is named or nobody else is: %j', (text) => {
    expect(scoreFrustration(text).labels).toContain('insult');
  });
});
