import { describe, expect, it } from 'vitest';
import type { BotReply, SiteConfig, TranscriptEntry } from '../pipelineTypes.js';
import { decide, dutySkill, namedTeam, pickTrigger, PRECEDENCE, skillText, topicalSentences } from './decide.js';
import { currentTopic } from './currentTopic.js';
import { buildSkillClassifier, type SkillClassifier } from './skill.js';
import type { DetectorResult } from './types.js';

const site: SiteConfig = {
  name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en', 'es'],
  skills: [
    { id: 'orders', name: 'Orders', description: 'Shipping, delivery, tracking, returns, damaged items', examples: ['where is my parcel', 'i want to send it back'] },
    { id: 'billing', name: 'Billing', description: 'Payments, charges, refunds, invoices, chargebacks', examples: ['i was charged twice', 'where is my refund'] },
    { id: 'technical', name: 'Technical', description: 'Product safety, lamps that do not work, login problems', examples: ['the lamp flickers', 'cannot log in'] },
    { id: 'privacy', name: 'Privacy', description: 'Data deletion and access requests', examples: ['delete my data'] },
  ],
  defaultSkill: 'orders',
  rules: [{ id: 'refund-over-200', when: { topic: 'refund', amountOver: 200 }, action: 'escalate', skill: 'billing' }],
};
const classifier = buildSkillClassifier(site);
const unknown: BotReply = { kind: 'unknown', text: '' };

function ctx(messages: string[], answer: BotReply = unknown, botKinds: string[] = []) {
  const transcript: TranscriptEntry[] = [];
  let seq = 0;
  messages.forEach((body, i) => {
    transcript.push({ seq: ++seq, authorType: 'visitor', body, meta: {} });
    if (i < messages.length - 1) transcript.push({ seq: ++seq, authorType: 'bot', body: 'reply', meta: { kind: botKinds[i] ?? 'answer' } });
  });
  return { site, customer: {}, transcript, current: transcript[transcript.length - 1]!, answer };
}

const result = (trigger: DetectorResult['trigger']): DetectorResult => ({ trigger, confidence: 0.9, reason: trigger, evidenceSeq: 1 });

describe('decide', () => {
  it('documents the precedence', () => {
    expect(PRECEDENCE).toEqual(['high_stakes', 'rule', 'explicit_request', 'frustration', 'repeated_failure', 'language']);
  });

  it('picks by precedence, not by order or confidence', () => {
    expect(pickTrigger([result('language'), result('frustration'), result('explicit_request')])?.trigger).toBe('explicit_request');
    expect(pickTrigger([result('repeated_failure'), result('high_stakes'), result('rule')])?.trigger).toBe('high_stakes');
    expect(pickTrigger([])).toBeNull();
  });

  it('high stakes beats an explicit request in the same message', () => {
    const d = decide(ctx(['the lamp started smoking, get me a human now']), classifier);
    expect(d).toMatchObject({ reason: 'high_stakes', skill: 'technical', priority: 2 });
  });

  it('a Spanish chargeback threat is high stakes, continued in Spanish, routed to billing', () => {
    const d = decide(ctx(['me habéis cobrado dos veces el pedido!! o me lo devolvéis hoy o llamo al banco para anular los cargos']), classifier);
    expect(d).toMatchObject({ reason: 'high_stakes', language: 'es', skill: 'billing' });
  });

  it('a rule beats an explicit request and fixes the skill', () => {
    const d = decide(ctx(['I want my refund of €349 for the lamp, let me talk to a person']), classifier);
    expect(d).toMatchObject({ reason: 'rule', skill: 'billing' });
  });

  it('an explicit request beats frustration', () => {
    const d = decide(ctx(['where is my parcel', 'this is a joke. let me speak to your manager']), classifier);
    expect(d).toMatchObject({ reason: 'explicit_request', skill: 'orders' });
  });

  it('frustration beats repeated failure and language', () => {
    const d = decide(ctx(['wo ist mein paket', 'Ehrlich jetzt? Ich bekomme hier nur Textbausteine. Wo ist mein Paket?'], unknown, ['unknown']), classifier);
    expect(d?.reason).toBe('frustration');
  });

  it('returns null when nothing fires', () => {
    expect(decide(ctx(['how long does shipping take?'], { kind: 'answer', text: 'x' }), classifier)).toBeNull();
  });
});

describe('skillText', () => {
  it('leaves out the sentences that ask for a person: they name no team', () => {
    const text = skillText(['Am I chatting with a program? I would honestly prefer to speak to a human. The tent has a 10cm tear in the floor.', 'order NW-1234']);
    expect(text).not.toMatch(/program|human/);
    expect(text).toContain('tear in the floor');
    expect(text).toContain('order NW-1234');
  });

  it('cuts only the words that ask, keeping what the matter is', () => {
    const text = skillText(['hello', 'is there someone I can talk to about a double charge on my card']);
    expect(text).toContain('double charge');
    expect(text).not.toContain('someone');
  });

  it('keeps everything when every sentence is a request', () => {
    expect(skillText(['agent please', 'can I talk to a human?'])).toBe('agent please\ncan I talk to a human?');
  });
});

describe('namedTeam', () => {
  it('routes a request for a person to the team it names, as a team', () => {
    expect(namedTeam(site, 'ok, put me through to billing please')).toBe('billing');
    expect(namedTeam(site, "I'd prefer one of your technical people to take this on")).toBe('technical');
    // The teams' usual names in German and Spanish.
    expect(namedTeam(site, 'Können Sie mich bitte mit jemandem aus der Buchhaltung verbinden?')).toBe('billing');
    expect(namedTeam(site, '¿Me pasas con alguien de facturación?')).toBe('billing');
    // Session 49: the data protection officer asked for by title, "mit Ihrem …".
    expect(namedTeam(site, 'Ich möchte mit Ihrem Datenschutzbeauftragten sprechen.')).toBe('privacy');
    expect(namedTeam(site, "I need to speak to a person, I can't log in to the accounts page")).toBeNull();
    expect(namedTeam(site, 'Is there someone on your data team I could speak with? I want my guest orders removed.')).toBe('privacy');
    expect(decide(ctx(['my lamp arrived broken', 'can I talk to someone from billing about it?']), classifier)?.skill).toBe('billing');
  });

  it('ignores a team word used as a word, two teams, or a sentence that does not ask', () => {
    expect(namedTeam(site, 'is there somebody I could speak to who deals with big orders?')).toBeNull();
    expect(namedTeam(site, 'connect me to billing or to orders, whoever is free')).toBeNull();
    expect(namedTeam(site, 'the billing team charged me twice. can I talk to a person?')).toBeNull();
  });
});

describe('dutySkill', () => {
  it('routes a case to the one team whose description names its duty', () => {
    expect(dutySkill(site, 'safety')).toBe('technical');
    expect(dutySkill(site, 'chargebacks?|disputes?')).toBe('billing');
    // Nobody, or more than one team, names it: the classifier decides.
    expect(dutySkill(site, 'legal')).toBeNull();
    expect(dutySkill({ ...site, skills: [...site.skills, { id: 'safety', name: 'Safety', description: 'Product safety recalls', examples: [] }] }, 'safety')).toBeNull();
  });

  it('sends an injury to the team that owns product safety, whatever else the message is about', () => {
    const d = decide(ctx(['The pole snapped while we were pitching the new tent and cut my daughter\'s hand open, she needed three stitches. I want a refund.']), classifier);
    expect(d).toMatchObject({ reason: 'high_stakes', skill: 'technical' });
  });
});

describe('decide: a question before buying goes to the pre-sales team, not the troubleshooters', () => {
  const shop: SiteConfig = {
    ...site,
    skills: [
      ...site.skills.filter((s) => s.id !== 'technical'),
      { id: 'technical', name: 'Technical', description: 'Product troubleshooting, lamps that do not work, login problems', examples: ['the lamp flickers', 'the lamp app will not connect', 'cannot log in'] },
      { id: 'sales', name: 'Sales', description: 'Pre-sales product questions and specs, bulk orders', examples: ['do you have business accounts'] },
    ],
  };
  const shopClassifier = buildSkillClassifier(shop);
  const decideIn = (messages: string[]) => decide({ ...ctx(messages), site: shop }, shopClassifier);
  it('routes by whether they have one yet', () => {
    expect(decideIn(['Thinking of buying the desk lamp. Does it have an app I can use to dim it? Let me talk to a person'])?.skill).toBe('sales');
    expect(decideIn(['My desk lamp app will not connect. Let me talk to a person'])?.skill).toBe('technical');
  });
});

describe('decide: a bare request for a person', () => {
  it("goes to the site's default team, whatever the classifier would guess from the request's words", () => {
    for (const m of ['Can I speak to someone please?', 'agent', 'I would like to talk to a person.']) {
      expect(decide(ctx([m]), classifier), m).toMatchObject({ reason: 'explicit_request', skill: 'orders' });
    }
    const other = { ...site, defaultSkill: 'billing' };
    expect(decide({ ...ctx(['Can I speak to someone please?']), site: other }, buildSkillClassifier(other))?.skill).toBe('billing');
    // With a matter named, the classifier decides.
    expect(decide(ctx(['I was charged twice. Can I speak to someone please?']), classifier)?.skill).toBe('billing');
  });

  it('keeps the matter of a sentence whose request for a person has a typo ("transfer me to somone")', () => {
    const kept = topicalSentences(['need to cancel NW-708233 placed last nite, transfer me to somone pls']).join(' ');
    expect(kept).toContain('cancel');
    expect(kept).toContain('nw-708233');
    expect(kept).not.toContain('transfer');
  });

  it('after a hand-back, routes a request for a person by what came since, not by the matter the agent closed', () => {
    const c = ctx(['I was charged twice, where is my refund?', '5', 'How do I send a lamp back?', 'can I talk to a person please?'], unknown, ['handoff', 'answer', 'answer']);
    // The agent's chat and the hand-back between the first matter and the rest.
    const back = c.transcript.findIndex((e) => e.body === '5');
    c.transcript.splice(back, 0, { seq: 100, authorType: 'agent', body: 'Refunded the duplicate charge.', meta: {} }, { seq: 101, authorType: 'bot', body: 'Back to me.', meta: { kind: 'handback' } });
    expect(decide(c, classifier)).toMatchObject({ reason: 'explicit_request', skill: 'orders' });
    // With nothing new said since, the matter is still the one before.
    const same = ctx(['I was charged twice, where is my refund?', 'can I talk to a person again?'], unknown, ['handoff']);
    same.transcript.splice(2, 0, { seq: 101, authorType: 'bot', body: 'Back to me.', meta: { kind: 'handback' } });
    expect(decide(same, classifier)).toMatchObject({ skill: 'billing' });
  });

  it('routes by the matter at hand: from the message that says a new one starts', () => {
    expect(currentTopic(['Do you have a store in Munich?', 'Only Berlin then. Opening hours on Saturday?', 'ok thanks', 'Noch etwas: ich möchte die Schuhe zurückgeben.'])).toEqual(['Noch etwas: ich möchte die Schuhe zurückgeben.']);
    expect(currentTopic(['Do you have a store in Munich?', 'ok thanks', 'Can I return the boots in Berlin?'])).toHaveLength(3);
    expect(currentTopic(['What time does Berlin close?', 'Thanks. Also, parcel NW-774102 has no tracking update', 'love this for me'])).toEqual(['Thanks. Also, parcel NW-774102 has no tracking update', 'love this for me']);
    // Without a new matter said, the whole conversation is the matter ("also" inside a sentence is no new one).
    expect(currentTopic(['Do you rent tents?', 'I also tried the Portland store', 'so no rental anywhere?'])).toHaveLength(3);
  });

  it('reads no e-mail address as a sentence of its own ("c.oduya@example.com" is not "c." and "com.")', () => {
    const kept = topicalSentences(['My login is c.oduya@example.com. The reset link says it is invalid.']);
    expect(kept).toHaveLength(2);
    expect(kept.join(' ')).not.toMatch(/example|com\b/);
  });
});

describe('decide: corrections for a customer who already bought', () => {
  const shop: SiteConfig = {
    ...site,
    skills: [
      ...site.skills,
      { id: 'sales', name: 'Sales', description: 'Pre-sales product questions and specs, bulk orders', examples: ['which tent is lighter'] },
      { id: 'warranty', name: 'Orders', description: 'Returns, exchanges, damaged items and warranty claims', examples: ['my zip broke'] },
    ].filter((s) => s.id !== 'orders'),
  };
  // The classifier's pick is fixed, so what is tested is the correction on top of it.
  const picks = (skill: string): SkillClassifier => ({ site: shop, classify: () => ({ skill, confidence: 0.5 }) });
  const decideIn = (messages: string[], skill: string) => decide({ ...ctx(messages), site: shop }, picks(skill))?.skill;

  it('sends a customer chasing the money of a return to the team that owns refunds', () => {
    expect(decideIn(["I sent the boots back two weeks ago and the refund still isn't on my card. Can I talk to a person?"], 'warranty')).toBe('billing');
    expect(decideIn(['How do I send the boots back? Can I talk to a person?'], 'warranty')).toBe('warranty');
  });

  it('sends the pre-sales pick for an item to return or claim on to the team that owns warranty claims', () => {
    expect(decideIn(['A pole on my tent cracked the first night. Can I talk to a person?'], 'sales')).toBe('warranty');
    expect(decideIn(['I snapped a pole myself, can I buy a spare section? Can I talk to a person?'], 'sales')).toBe('sales');
  });

  it("sends the troubleshooters' pick for an item to return or claim on to that team, but not a fault or a paid repair", () => {
    expect(decideIn(["I bought the jacket two weeks ago and it doesn't fit. Can I return it? Can I talk to a person?"], 'technical')).toBe('warranty');
    expect(decideIn(["My lamp won't charge anymore. Can I talk to a person?"], 'technical')).toBe('technical');
    expect(decideIn(["My lamp won't charge. I know it's out of warranty, can you repair it? Can I talk to a person?"], 'technical')).toBe('technical');
  });

  it("sends the billing pick for a price match or a volume deal to the pre-sales team", () => {
    expect(decideIn(["It's €50 cheaper in your own sale now, can I get the difference back? Can I talk to a person?"], 'billing')).toBe('sales');
    expect(decideIn(['I was charged twice. Can I talk to a person?'], 'billing')).toBe('billing');
    expect(decideIn(['We need 18 headlamps for the club, is there a group price? Can I talk to a person?'], 'technical')).toBe('sales');
    expect(decideIn(['18 of our club headlamps keep flickering. Can I talk to a person?'], 'technical')).toBe('technical');
  });

  it('sends the returns pick for a restock or a spec to the pre-sales team, but not a customer exchanging what they have', () => {
    expect(decideIn(['When will the tent be back in stock in olive? Can I talk to a person?'], 'warranty')).toBe('sales');
    expect(decideIn(['How heavy is the tent packed? Can I talk to a person?'], 'warranty')).toBe('sales');
    expect(decideIn(["There's no exchange button. So I send it back and hope it comes back in stock? Can I talk to a person?"], 'warranty')).toBe('warranty');
    expect(decideIn(['Before I order: can you gift-wrap it? Can I talk to a person?'], 'warranty')).toBe('warranty');
  });

  it('reads a capability question asked earlier, when the customer asks it again', () => {
    const d = decide({ ...ctx(['Does the Lumen 900R have a red light mode?', 'Like a red LED for reading maps at night?', 'ok last try: red or not?']), site: shop }, picks('technical'));
    expect(d).toMatchObject({ reason: 'repeated_failure', skill: 'sales' });
  });
});
