import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { BotReply, TranscriptEntry } from '../pipelineTypes.js';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from '../summary/entities.js';
import { asksAboutPacking } from './packing.js';
import { currentTopic } from './currentTopic.js';
import { detectFrustration } from './frustration.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { alternatingTurns, answeredReply, runRules, testSite } from './testContext.js';

// Session 35: a review helper's own messages around the session's new patterns (the refund summed over several
// messages, declining the money, the matter at hand, anger, a silent source, presents, new handoff facts), half of them
// near misses; 28 of them failed on the first version of those patterns.
const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const R = (msgs: string[], want: boolean) => expect(runRules(msgs) !== null, JSON.stringify(msgs)).toBe(want);
const F = (first: string, msg: string, want: boolean, hedged?: boolean) => {
  const c = alternatingTurns(first, msg);
  if (hedged !== undefined) c.transcript[1]!.meta = hedged ? { kind: 'unknown', articleId: 'contact' } : { kind: 'unknown' };
  expect(detectFrustration(c) !== null, msg).toBe(want);
};
const RF = (asked: string, msg: string, kind: string, answer: BotReply, want: boolean, articleId?: string) => {
  const t: TranscriptEntry[] = [
    { seq: 1, authorType: 'visitor', body: asked, meta: {} },
    { seq: 2, authorType: 'bot', body: "I'm not sure this answers it…", meta: articleId ? { kind, articleId } : { kind } },
    { seq: 3, authorType: 'visitor', body: msg, meta: {} },
  ];
  expect(detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer }) !== null, msg).toBe(want);
};
const T = (bodies: string[], want: number) => expect(bodies.length - currentTopic(bodies).length, bodies.at(-1)).toBe(want);
const P = (msg: string, want: boolean) => expect(asksAboutPacking(msg), msg).toBe(want);
const E = (msg: string, want: Record<string, string | null>) => {
  const got: Record<string, string> = Object.fromEntries(extractFacts(msg, demo).map((f) => [f.value, f.kind]));
  for (const [k, v] of Object.entries(want)) expect(got[k] ?? null, `${msg}: ${k}`).toBe(v);
};

it('session 35 review: refunds, declining, the matter at hand, anger, silent sources, presents and facts', () => {
    R(['need a refund on the stormshell vest, €119', 'also the trekking poles from the same order, €59 - please refund those too', 'and the dry bag, €44.90. refund all three'], true);
    R(['I returned the €259 tent three weeks ago. If the refund doesn\'t show up this week, can I get my bank involved?'], true);
    R(['I sent the €259 tent back two weeks ago', "if the refund doesn't arrive by friday, can i get my bank to do a chargeback?"], true);
    R(["I didn't want a refund at first, but now I do: the €229 jacket from NW-123456, please refund it"], true);
    R(["I don't want a refund of €50, I want the whole €240 back for the tent I returned"], true);
    R(["I don't need the money back right away, but the €260 refund for NW-123456 is now three weeks late"], true);
    R(['refund on the pace 5 please, $199', 'when will it reach my card', 'oh and the strap too, $29, same order'], true);
    R(['I want a refund on order NW-128457, the vest was €119', 'plus the poles, €59', 'and the bag, €44.90'], true);
    R(['refund for the €150 tent please', 'how long will it take', 'also ordered the Lumen 900R for €79 last night, hope it ships soon'], false);
    R(['refund for the €150 tent please', 'how long will it take', 'One more thing about that order: the €79 lamp also arrived scratched, I would like a replacement for it.'], false);
    R(['I want a refund for the tent, €150', 'and the tent was €159 actually, not €150, sorry'], false);
    R(["I don't want the money back, just swap the €229 jacket for an M"], false);
    R(['if the summit pro 2 (€449) turns out too heavy can i send it back?'], false);
    R(['the stormshell is €229. if it does not fit can we return it for the money?'], false);
    R(['refund on the vest please, €119', 'also the poles from the same order, €59, so with the vest that comes to €178'], false);
    T(['refund for the vest, €119', 'also the poles from the same order, €59'], 0);
    T(['where is my order NW-1?', 'thanks. also, is the same order eligible for the loyalty points?'], 0);
    T(['where is my order NW-1?', 'Thanks! Different question about that order: can I get a VAT invoice for it?'], 1);
    T(['I need a refund for the tent', 'thanks. also, unrelated: does that delivery company deliver on Sundays? I have a new order coming'], 1);
    T(['my lamp flickers', 'Also, separate issue: my other order arrived in the same box as my neighbour\'s'], 1);
    F('where is my parcel NW-123456?', 'The wait is driving me crazy, I am so excited to try it!', false);
    F('where is my parcel NW-123456?', 'The tent poles were at breaking point in the wind last weekend, is that covered?', false);
    F('where is my parcel NW-123456?', 'Perfect! Just perfect! It arrived a day early, thank you so much', false);
    F('do you have stiff hiking boots?', 'The Ridge boots give dreadful support, do you have a stiffer model?', false);
    F('where is my parcel NW-123456?', 'my daughter is beyond excited, when will it come?', false);
    F('where is my parcel NW-123456?', 'we are beyond fed up with this, three weeks now', true);
    F('where is my parcel NW-123456?', 'This chat is driving me round the bend', true);
    F('where is my parcel NW-123456?', 'Seething.', true);
    F('where is my parcel NW-123456?', 'Your answer didn\'t help much, honestly. Useless.', true);
    F('where is my parcel NW-123456?', 'that didn\'t help much', true);
    F('when can i reach a real person?', 'perfect', false, true);
    F('when can i reach a real person?', 'brilliant.', true, false);
    RF('in which country are your servers?', "I've read your privacy page, it doesn't mention it. Where are the servers?", 'unknown', answeredReply, true, 'privacy');
    RF('do you ship to norway?', "I've read the shipping page and it doesn't cover Norway. Do you ship there or not?", 'unknown', answeredReply, true, 'shipping');
    RF('do you ship to norway?', "Read the shipping page, it doesn't mention Norway but that's fine, I'll use a forwarder. Different question: do you price match?", 'unknown', answeredReply, false, 'shipping');
    RF('is the pace 5 waterproof?', 'I need a straight answer for my boss: can I get a VAT invoice with our company name?', 'answer', answeredReply, false);
    RF('can i get a price adjustment?', "so no adjustment then? I just want a clear answer", 'answer', answeredReply, true);
    P('It was delivered to my mum by mistake and the invoice in the parcel has the wrong VAT number', false);
    P('Please ship to my dad, he is paying me back, so put the invoice in the box for him', false);
    P('This is going straight to my niece, please leave the price slip out of the parcel', true);
    P('Sending it directly to my husband, can you leave the receipt out?', true);
    E('The Visa ending in 4471 was charged twice', { '4471': 'last_digits' });
    E('my warranty ends in 2026, is the battery still covered?', { '2026': null });
    E('the deal ends in 120 days apparently', { '120': null });
    E('updated the watch to firmware 2.1.14 and now GPS is broken', { '2.1.14': null });
    E('we need 1,000 Lumen 400 headlamps for a corporate order', { '1,000 Lumen': null });
    E('please call me on 15/07/2025 any time after 10', { '15/07/2025': 'date' });
    E('the screenshot is IMG_2034.jpg, seller is outdoor_deals_24', { outdoor_deals_24: 'reference' });
    E('it charges at 65w max?', { '65w': 'quantity' });
    E('Ich brauche die Jacke in größe M', { 'größe M': 'size' });
    E('Der Rucksack wiegt 1.200 Gramm, passt das?', { '1.200 Gramm': 'quantity' });
    R(['need a refund on the stormshell vest, €119', 'also the trekking poles from the same order, €59 - please refund those too', 'and the dry bag, €149. refund all three'], true);
    R(['I want a refund for the tent, €150', 'and the tent was €159 actually, sorry'], false);
    R(['I sent back the jacket, €120, refund please', 'and the €89 boots? they went in the same parcel'], true);
    R(["I'm returning the Stormshell, it was €189", 'the Lumen 400 from the same order too, €34.95, refund both please'], true);
    R(['La chaqueta de 229 € me queda grande. No quiero un reembolso, solo cambiarla por una talla M.'], false);
    R(['Ich will kein Geld zurück, nur die Jacke (229 €) in M statt L.'], false);
    R(["I'm not after a refund for the shipping, just the €229 for the jacket I sent back"], true);
    R(['refund on the tent please, €150', 'my husband is driving me mad about it', 'plus he says the €60 lamp should go back as well'], true);
    F('where is my parcel NW-123456?', 'my husband is driving me mad asking when it arrives, any news?', false);
    F('where is my parcel NW-123456?', 'the tracking is driving me crazy, it has not moved in 5 days', true);
    F('where is my parcel NW-123456?', 'this app is driving me insane', true);
    F('where is my parcel NW-123456?', 'you are driving me mad lol, jk, thanks for checking', false);
    F('where is my parcel NW-123456?', "I'm at breaking point with this delivery", true);
    T(['refund on the vest, €119', 'how long?', 'oh and the poles too, same parcel, €59'], 0);
    RF('do you repair zips?', 'Specifically, I mean the main zip on the Stormshell. Can you replace it?', 'unknown', answeredReply, true, 'repairs');
    P('Sending it directly to my husband for his birthday, can you leave the receipt out?', true);
    P('send it straight to my grandma please and keep the prices out of the parcel', true);
    E('la tarjeta termina en 4471', { '4471': 'last_digits' });
    E('la oferta termina en 2025, ¿verdad?', { '2025': null });
    E('Meine Karte endet auf 8832', { '8832': 'last_digits' });
    E('Podéis llamarme al 612 345 789 por la tarde', { '612 345 789': 'phone' });
    E('Bitte zurückrufen unter 089 / 12 34 56', { '089 / 12 34 56': 'phone' });
    E("I've asked 1,000 times already", { '1,000 times': null });
    E('the last four digits are 0156 and it was declined', { '0156': 'last_digits' });
    E('I am 180 cm and 75 kg, which size?', { '180 cm': 'quantity', '75 kg': 'quantity' });
    E('My date of birth is 3.4.1990', { '3.4.1990': 'date' });
    E('the tent is 2,5 kg, is that right?', { '2,5 kg': 'quantity' });
});
