#!/usr/bin/env python3
"""Summarise out/*.score.json: Baton vs reference, with target misses flagged. usage: table.py OUT_DIR"""
import json, glob, os, sys
d = sys.argv[1] if len(sys.argv) > 1 else "out"
names = sorted({os.path.basename(p).split(".")[0] for p in glob.glob(f"{d}/*.baton.score.json")})
L = lambda n, k: json.load(open(f"{d}/{n}.{k}.score.json"))
print(f"| scenario | served/aband | Baton mean wait | ref mean wait (idle / recent tie) | Baton p90 | within | vs_ql | ref within / vs_ql | idle/viol/miss | misses |")
print("|---|---|---|---|---|---|---|---|---|---|")
vs, wi = [], []
for n in names:
    b, ri, rr = L(n, "baton"), L(n, "ref-idle"), L(n, "ref-recent")
    miss = []
    if b["missing"] or b["violations"] or b["idle_while_waiting"]:
        miss.append("idle/viol/missing")
    if b["vs_ql"] is None or b["vs_ql"] > 0.95:
        miss.append("vs_ql>0.95")
    if b["mean_wait"] > ri["mean_wait"] + 0.05:
        miss.append("wait>ref(idle)")
    if b["mean_wait"] > rr["mean_wait"] + 0.05:
        miss.append("wait>ref(recent)")
    vs.append(b["vs_ql"] or 0); wi.append(b["within"])
    print(f"| {n} | {b['served']}/{b['abandoned']} | {b['mean_wait']} | {ri['mean_wait']} / {rr['mean_wait']} | {b['p90_wait']} | {b['within']} | {b['vs_ql']} | {ri['within']} / {ri['vs_ql']} | {b['idle_while_waiting']}/{b['violations']}/{b['missing']} | {', '.join(miss) or '-'} |")
avs, awi = sum(vs) / len(vs), sum(wi) / len(wi)
print(f"\nAveraged: vs_ql {avs:.3f} (target <= 0.70{' MISS' if avs > 0.70 else ''}), within {awi:.3f} (target >= 0.85{' MISS' if awi < 0.85 else ''})")
