#!/usr/bin/env python3
"""Plain reference replay of a queue scenario (Baton eval format).

Discrete-event simulation on a virtual clock (integer ms, same event order as Baton's sim:
completion < shift boundary < arrival < abandonment at equal times, then insertion order):
  * routing: waiting customers by priority (vip first) then arrival (FIFO) then id; each goes to the
    least-loaded eligible agent (all required skills, on shift at that instant, a free slot);
    ties: longest since last assignment, then agent id. Work-conserving: a dispatch round runs after
    every arrival, completion and shift boundary.
  * agents take no new conversation at/after a shift end but finish those they hold.
  * customers with `patience` abandon if not assigned within it.
  * estimate (told at arrival, before dispatch): textbook queue-length estimate
        max(0, n + 1 - free) / (s * mu)
    n = waiting customers who arrived earlier (--ahead fifo, default; --ahead queue: ahead in queue order,
    i.e. higher priority or same priority and earlier) that some eligible on-shift agent could serve, free = free slots among those agents, s = their total capacity,
    1/mu = mean handle time (see --mu). No eligible agent on shift: 3600 s.

Prints one JSON line per customer: id, enqueuedAt, estimate, estimateLow, estimateHigh, assignedAt,
abandonedAt, agentId (seconds, 0.1 s resolution), i.e. what score.py reads.

usage: reference.py SCENARIO.json [--mu aht|learned] [--tie idle|recent] [--ahead fifo|queue] > OUT.jsonl
  --tie idle    (default) equal load: longest since last assignment, then id (Baton's own tie rule)
  --tie recent  equal load: most recently assigned first (closest to the README table on multi-skill-overlap)
  --mu aht      (default) per-skill AHT table of score.py (billing 420, orders 300, technical 600, ...)
  --mu learned  running mean of handle times finished so far for the customer's primary skill (prior 300 s)
"""
import heapq
import json
import sys

AHT = {"billing": 420, "orders": 300, "technical": 600, "sales": 360, "privacy": 480}
COMPLETE, SHIFT, ARRIVE, ABANDON = 0, 1, 2, 3
TIER_PRIORITY = {"vip": 10}


def ms(s):
    return int(round(s * 1000))


def sec(m):
    return round(m / 100) / 10


def replay(sc, mu_mode="aht", tie="idle", ahead_mode="fifo"):
    agents = sc["agents"]
    custs = sc["customers"]
    A = len(agents)
    shifts = [[(ms(s), ms(e)) for s, e in a["shifts"]] for a in agents]
    cap = [a["capacity"] for a in agents]
    load = [0] * A
    last = [float("-inf")] * A
    skills = [set(a["skills"]) for a in agents]
    rows = [
        {"id": c["id"], "enqueuedAt": sec(ms(c["arrival"])), "estimate": 0, "estimateLow": 0, "estimateHigh": 0,
         "assignedAt": None, "abandonedAt": None, "agentId": None}
        for c in custs
    ]
    req = [set(c["skills"]) for c in custs]
    prio = [TIER_PRIORITY.get(c.get("tier", "standard"), 0) for c in custs]
    elig = [[a for a in range(A) if req[i] <= skills[a]] for i in range(len(custs))]
    waiting = {}  # idx -> queuedAt ms
    fin_sum, fin_n = {}, {}

    heap = []
    seq = 0

    def push(t, kind, ref):
        nonlocal seq
        heapq.heappush(heap, (t, kind, seq, ref))
        seq += 1

    for i, c in enumerate(custs):
        push(ms(c["arrival"]), ARRIVE, i)
        if c.get("patience") is not None:
            push(ms(c["arrival"]) + ms(c["patience"]), ABANDON, i)
    for a in range(A):
        for s, e in shifts[a]:
            push(s, SHIFT, a)
            push(e, SHIFT, a)

    def tiekey(a):
        # least load first; ties: longest idle (as Baton's planOffers) or most recently assigned ("recent")
        return (load[a], -last[a] if tie == "recent" else last[a], agents[a]["id"])

    def on_shift(a, t):
        return any(s <= t < e for s, e in shifts[a])

    def qkey(i):
        return (-prio[i], waiting[i], custs[i]["id"])

    def dispatch(now):
        if not waiting:
            return
        avail = [a for a in range(A) if load[a] < cap[a] and on_shift(a, now)]
        if not avail:
            return
        for i in sorted(waiting, key=qkey):
            best = None
            for a in elig[i]:
                if load[a] >= cap[a] or a not in avail:
                    continue
                if best is None or tiekey(a) < tiekey(best):
                    best = a
            if best is None:
                continue
            del waiting[i]
            load[best] += 1
            last[best] = now
            rows[i]["assignedAt"] = sec(now)
            rows[i]["agentId"] = agents[best]["id"]
            push(now + ms(custs[i]["handle"]), COMPLETE, (i, best))

    def mean_handle(i):
        k = custs[i]["skills"][0]
        if mu_mode == "learned":
            return (fin_sum.get(k, 0.0) + 300.0) / (fin_n.get(k, 0) + 1)
        return AHT.get(k, 300)

    def estimate(i, now):
        el = [a for a in elig[i] if on_shift(a, now)]
        if not el:
            return 3600.0
        slots = sum(cap[a] for a in el)
        free = sum(cap[a] - load[a] for a in el)
        mine = qkey(i) if ahead_mode == "queue" else (waiting[i], custs[i]["id"])
        n = 0
        for j in waiting:
            kj = qkey(j) if ahead_mode == "queue" else (waiting[j], custs[j]["id"])
            if j != i and kj < mine and any(req[j] <= skills[a] for a in el):
                n += 1
        return max(0, n + 1 - free) * mean_handle(i) / slots

    while heap:
        now, kind, _, ref = heapq.heappop(heap)
        if kind == COMPLETE:
            i, a = ref
            load[a] -= 1
            k = custs[i]["skills"][0]
            fin_sum[k] = fin_sum.get(k, 0.0) + custs[i]["handle"]
            fin_n[k] = fin_n.get(k, 0) + 1
        elif kind == ARRIVE:
            waiting[ref] = now
            est = estimate(ref, now)
            r = rows[ref]
            r["estimate"] = round(est)
            r["estimateLow"] = round(est * 0.5)
            r["estimateHigh"] = round(est * 1.5)
        elif kind == ABANDON:
            if ref in waiting:
                del waiting[ref]
                rows[ref]["abandonedAt"] = sec(now)
            continue
        dispatch(now)
    return rows


def main():
    args = sys.argv[1:]
    opt = {"--mu": "aht", "--tie": "idle", "--ahead": "fifo"}
    rest = []
    i = 0
    while i < len(args):
        if args[i] in opt:
            opt[args[i]] = args[i + 1]
            i += 2
        else:
            rest.append(args[i])
            i += 1
    sc = json.load(open(rest[0]))
    out = sys.stdout
    for r in replay(sc, opt["--mu"], opt["--tie"], opt["--ahead"]):
        out.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
