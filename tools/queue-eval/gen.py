#!/usr/bin/env python3
"""Seeded generator of held-out queue scenarios for Baton's `sim` (same format as the eval material's queue/*.json).

Statistics copied from the dev scenarios:
  * horizon 14400 s, ~400-550 customers, 5-10 agents, capacity 2 unless the shape says otherwise;
  * arrivals: (non-homogeneous) Poisson, interarrival CV ~1;
  * handle times: log-normal with mean = the skill's AHT (orders 300, billing 420, technical 600, sales 360,
    privacy 480) and log-sd 0.7 (dev: 0.62-0.73), rounded to 0.1 s;
  * patience (when present): exponential, mean ~470 s (dev "impatient": deciles 48..1131 s);
  * vip share ~15 % (dev "vip-priority": 68/463);
  * proficiencies 1.0 for main skills, 0.5-0.8 for secondary ones (dev "multi-skill-overlap").
Offered load is set from the *planned* staffing (slots on shift, smoothed over an hour, as a workforce plan
would), so hand-over gaps, breaks and overload periods are real, temporary under-staffing.

Shapes (2 seeds each by default):
  shift-change   staggered early / mid / late shifts with jittered boundaries, a split shift (break), a
                 hand-over where only 1-2 agents are on while the queue holds customers
  three-per-agent  capacity 3 (seed 2: mixed 2/3), some agents on part-day shifts
  scarce-language  orders/billing generalists + 1-2 'es' agents + 1 'de' agent (with a break or a shorter
                 shift); ~10 % of customers need [skill, 'es'], ~5 % [skill, 'de']
  mix-vip-impatient-shift  vip 15 % + patience on ~70 % + shift change + a 45-60 min overload period
  mix-lang-cap3-overload   scarce languages + mixed capacity 2/3 + shift change + overload period

usage: gen.py OUTDIR [--seeds 1 2]   (writes OUTDIR/<shape>-s<seed>.json, prints a summary per file)
"""
import json
import math
import os
import random
import sys

H = 14400
AHT = {"billing": 420, "orders": 300, "technical": 600, "sales": 360, "privacy": 480}
SIGMA = 0.7


def r1(x):
    return round(x * 10) / 10


def snap(x, step=300):
    return int(round(x / step) * step)


class Gen:
    def __init__(self, name, seed):
        self.name = name
        self.rnd = random.Random(f"{name}:{seed}")
        self.agents = []

    def jit(self, spread=600, step=300):
        return snap(self.rnd.uniform(-spread, spread), step)

    def agent(self, skills, capacity, shifts):
        aid = f"a{len(self.agents) + 1:02d}"
        shifts = [[max(0, int(s)), min(H, int(e))] for s, e in shifts if e > s]
        self.agents.append({"id": aid, "skills": skills, "capacity": capacity, "shifts": shifts})
        return aid

    def slots_at(self, t):
        return sum(a["capacity"] for a in self.agents if any(s <= t < e for s, e in a["shifts"]))

    def planned_slots(self, t, window=3600):
        # the plan: staffing smoothed over an hour (hand-over gaps and breaks are not in the plan)
        pts = [t + window * (k / 24 - 0.5) for k in range(25)]
        return sum(self.slots_at(min(H - 1, max(0, p))) for p in pts) / len(pts)

    def customers(self, rho, mix, vip=0.0, patience_share=0.0, patience_mean=470.0, overload=None,
                  block_noise=0.12, handle_scale=1.0):
        """mix: list of (weight, skills list). overload: (start, end, factor) multiplies the rate."""
        rnd = self.rnd
        wsum = sum(w for w, _ in mix)
        mean_handle = sum(w * AHT[s[0]] for w, s in mix) / wsum * handle_scale
        noise = [math.exp(rnd.gauss(0, block_noise)) for _ in range(H // 1800 + 1)]

        def rate(t):
            lam = rho * self.planned_slots(t) / mean_handle * noise[int(t // 1800)]
            if overload and overload[0] <= t < overload[1]:
                lam *= overload[2]
            return lam

        lam_max = max(rate(t) for t in range(0, H, 60)) * 1.05
        out = []
        t = 0.0
        while True:
            t += rnd.expovariate(lam_max)
            if t >= H:
                break
            if rnd.random() > rate(t) / lam_max:
                continue
            x = rnd.random() * wsum
            for w, sk in mix:
                x -= w
                if x <= 0:
                    break
            mu = math.log(AHT[sk[0]] * handle_scale) - SIGMA * SIGMA / 2
            c = {
                "id": f"c{len(out) + 1:04d}",
                "arrival": r1(t),
                "skills": list(sk),
                "handle": r1(max(15.0, math.exp(mu + SIGMA * rnd.gauss(0, 1)))),
                "tier": "vip" if rnd.random() < vip else "standard",
            }
            if patience_share and rnd.random() < patience_share:
                c["patience"] = r1(max(0.1, rnd.expovariate(1 / patience_mean)))
            out.append(c)
        return out

    def scenario(self, custs):
        return {"name": self.name, "horizon": H, "agents": self.agents, "customers": custs}


GEN_MIX = [(0.55, ["orders"]), (0.45, ["billing"])]


def shift_change(seed):
    g = Gen(f"shift-change-s{seed}", seed)
    j = g.jit
    ob = {"orders": 1.0, "billing": 1.0}
    if seed % 2 == 1:
        # early team to ~2 h, late team from 10-20 min later: only the two mid agents bridge the hand-over
        early_end = 7200 + j(300)
        late_start = early_end + g.rnd.choice([600, 900, 1200])
        for k in range(4):
            g.agent(dict(ob), 2, [[0, early_end]])
        g.agent({"orders": 1.0, "billing": 0.7}, 2, [[0, 5400 + j(300)], [6600 + j(300), 10800 + j(600)]])  # split shift
        g.agent({"billing": 1.0, "orders": 0.8}, 2, [[1800 + j(300), 12600 + j(600)]])
        for k in range(4):
            g.agent(dict(ob), 2, [[late_start + (300 if k == 3 else 0), H]])
        rho = 0.9
    else:
        # staggered ends and starts; two early agents leave at the same time and the next one starts
        # 10-15 min later (a thin hand-over); one early agent leaves after 1.5 h without cover
        gap = g.rnd.choice([600, 900])
        g.agent({"orders": 1.0, "billing": 0.6}, 2, [[0, H]])
        g.agent(dict(ob), 2, [[0, 5400 + j(300)]])
        g.agent(dict(ob), 2, [[0, 7200]])
        g.agent({"orders": 1.0, "billing": 0.6}, 2, [[0, 7200]])
        g.agent(dict(ob), 2, [[0, 8100 + j(300)]])
        g.agent(dict(ob), 2, [[1800 + j(300), H]])
        g.agent({"orders": 1.0, "billing": 0.6}, 2, [[4500 + j(300), H]])
        g.agent(dict(ob), 2, [[7200 + gap, H]])
        g.agent(dict(ob), 2, [[8100 + j(300), H]])
        g.agent(dict(ob), 2, [[9000 + j(300), H]])
        rho = 0.84
    return g.scenario(g.customers(rho, GEN_MIX))


def three_per_agent(seed):
    g = Gen(f"three-per-agent-s{seed}", seed)
    j = g.jit
    if seed % 2 == 1:
        g.agent({"orders": 1.0, "billing": 1.0}, 3, [[0, H]])
        g.agent({"orders": 1.0, "billing": 1.0}, 3, [[0, H]])
        g.agent({"orders": 1.0, "sales": 0.7}, 3, [[0, H]])
        g.agent({"billing": 1.0, "orders": 0.8}, 3, [[0, 9000 + j(600)]])
        g.agent({"sales": 1.0, "orders": 0.7, "billing": 0.7}, 3, [[3600 + j(600), H]])
        mix = [(0.5, ["orders"]), (0.35, ["billing"]), (0.15, ["sales"])]
        rho = 0.88
    else:
        g.agent({"orders": 1.0, "billing": 1.0}, 3, [[0, H]])
        g.agent({"orders": 1.0, "billing": 1.0}, 3, [[0, 7200 + j(600)]])
        g.agent({"orders": 1.0, "billing": 0.8}, 2, [[0, H]])
        g.agent({"billing": 1.0, "technical": 0.8}, 3, [[0, H]])
        g.agent({"technical": 1.0, "billing": 0.6}, 2, [[1800 + j(600), H]])
        g.agent({"orders": 1.0, "billing": 1.0}, 3, [[7200 + j(600), H]])
        mix = [(0.45, ["orders"]), (0.4, ["billing"]), (0.15, ["technical"])]
        rho = 0.87
    return g.scenario(g.customers(rho, mix, handle_scale=1.1))  # more concurrent chats: each a bit slower


def scarce_language(seed):
    g = Gen(f"scarce-language-s{seed}", seed)
    j = g.jit
    ob = {"orders": 1.0, "billing": 1.0}
    for k in range(5):
        g.agent(dict(ob), 2, [[0, H]] if k < 3 else ([[0, 9000 + j(600)]] if k == 3 else [[3600 + j(600), H]]))
    if seed % 2 == 1:
        g.agent({"orders": 1.0, "billing": 0.8, "es": 1.0}, 2, [[0, H]])
        g.agent({"orders": 0.8, "billing": 1.0, "es": 1.0}, 2, [[0, 7200 + j(600)]])
        g.agent({"billing": 1.0, "orders": 1.0, "de": 1.0}, 2, [[0, 6000 + j(600)], [6900 + j(300), H]])  # break
        es_share, de_share = 0.11, 0.05
    else:
        g.agent({"orders": 1.0, "billing": 1.0, "es": 0.9}, 2, [[0, 10800 + j(600)]])
        g.agent({"billing": 1.0, "orders": 0.7, "de": 1.0, "es": 0.6}, 2, [[1800 + j(600), H]])
        es_share, de_share = 0.09, 0.06
    mix = [(0.55 * (1 - es_share - de_share), ["orders"]), (0.45 * (1 - es_share - de_share), ["billing"]),
           (es_share * 0.6, ["orders", "es"]), (es_share * 0.4, ["billing", "es"]),
           (de_share * 0.4, ["orders", "de"]), (de_share * 0.6, ["billing", "de"])]
    return g.scenario(g.customers(0.84, mix))


def mix_vip_impatient_shift(seed):
    g = Gen(f"mix-vip-impatient-shift-s{seed}", seed)
    j = g.jit
    obs = {"orders": 1.0, "billing": 1.0, "sales": 1.0}
    early_end = 7200 + j(600)
    for k in range(5):
        g.agent(dict(obs) if k else {"orders": 1.0, "billing": 0.7, "sales": 1.0}, 2, [[0, early_end + (300 if k == 0 else 0)]])
    g.agent({"orders": 1.0, "billing": 0.7, "sales": 0.7}, 2, [[2700 + j(300), 10800 + j(300)]])
    for k in range(4):
        g.agent(dict(obs), 2, [[early_end + g.rnd.choice([300, 600, 900]) + (600 if k == 3 else 0), H]])
    ov_start = g.rnd.choice([3600, 5400, 9000]) + j(300)
    overload = (ov_start, ov_start + g.rnd.choice([2700, 3600]), 1.6)
    mix = [(0.5, ["orders"]), (0.3, ["billing"]), (0.2, ["sales"])]
    return g.scenario(g.customers(0.85, mix, vip=0.15, patience_share=0.7, patience_mean=520, overload=overload))


def mix_lang_cap3_overload(seed):
    g = Gen(f"mix-lang-cap3-overload-s{seed}", seed)
    j = g.jit
    early_end = 7200 + j(600)
    if seed % 2 == 1:
        g.agent({"orders": 1.0, "billing": 1.0}, 3, [[0, H]])
        g.agent({"orders": 1.0, "billing": 1.0}, 3, [[0, early_end]])
        g.agent({"orders": 1.0, "billing": 0.8}, 2, [[0, early_end]])
        g.agent({"orders": 1.0, "billing": 1.0}, 3, [[early_end + 600, H]])
        g.agent({"billing": 1.0, "orders": 0.8}, 2, [[early_end + 300, H]])
        g.agent({"orders": 1.0, "billing": 0.8, "es": 1.0}, 3, [[0, 9000 + j(600)]])
        g.agent({"billing": 1.0, "orders": 0.8, "de": 1.0, "es": 0.7}, 2, [[1800 + j(600), H]])
    else:
        g.agent({"orders": 1.0, "billing": 1.0}, 3, [[0, H]])
        g.agent({"orders": 1.0, "billing": 1.0}, 2, [[0, early_end]])
        g.agent({"orders": 1.0, "billing": 1.0, "de": 0.8}, 3, [[0, early_end]])  # the only German speaker early on
        g.agent({"orders": 1.0, "billing": 1.0}, 3, [[early_end + 900, H]])
        g.agent({"billing": 1.0, "orders": 0.8, "es": 1.0}, 3, [[0, 5400 + j(300)], [6300 + j(300), H]])  # break
        g.agent({"orders": 1.0, "billing": 0.8, "es": 0.9, "de": 1.0}, 2, [[early_end + 600, H]])
    ov_start = g.rnd.choice([2700, 4500, 9900]) + j(300)
    overload = (ov_start, ov_start + 3600, 1.5)
    mix = [(0.47, ["orders"]), (0.38, ["billing"]), (0.06, ["orders", "es"]), (0.04, ["billing", "es"]),
           (0.02, ["orders", "de"]), (0.03, ["billing", "de"])]
    return g.scenario(g.customers(0.82, mix, vip=0.08, patience_share=0.4, patience_mean=600, overload=overload,
                                  handle_scale=1.05))


SHAPES = {
    "shift-change": shift_change,
    "three-per-agent": three_per_agent,
    "scarce-language": scarce_language,
    "mix-vip-impatient-shift": mix_vip_impatient_shift,
    "mix-lang-cap3-overload": mix_lang_cap3_overload,
}


def summary(sc):
    cs = sc["customers"]
    from collections import Counter
    sk = Counter("+".join(c["skills"]) for c in cs)
    work = sum(c["handle"] for c in cs)
    slot_s = sum(a["capacity"] * sum(e - s for s, e in a["shifts"]) for a in sc["agents"])
    return (f'{sc["name"]}: {len(cs)} customers, {len(sc["agents"])} agents, offered/slot-time {work / slot_s:.2f}, '
            f'vip {sum(c["tier"] == "vip" for c in cs)}, patience {sum("patience" in c for c in cs)}, skills {dict(sk)}')


def main():
    args = sys.argv[1:]
    out = args[0] if args else "scenarios"
    seeds = [1, 2]
    if "--seeds" in args:
        seeds = [int(x) for x in args[args.index("--seeds") + 1:]]
    os.makedirs(out, exist_ok=True)
    for shape, fn in SHAPES.items():
        for s in seeds:
            sc = fn(s)
            p = os.path.join(out, f"{sc['name']}.json")
            with open(p, "w") as f:
                json.dump(sc, f, indent=1)
            print(summary(sc))


if __name__ == "__main__":
    main()
