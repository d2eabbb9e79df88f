#!/usr/bin/env python3
"""Trains the passage ranker (packages/server/src/domain/bot/passageRank.ts) from labelled answerable questions.

usage: train.py DUMP.jsonl OUT.json [--folds 5] [--hold SET,SET]
  DUMP  one line per question: its candidates' features and y (the passage holds an evidence phrase), from
        tools/bot-eval/ranker/dump.sh
  OUT   the ranker as JSON (trees, baseline, feature names), read by packages/server/src/site/botModels.ts
Prints, cross-validated by set (a set's questions are never scored by a model trained on them), how often the
answering passage comes first: by the fixed mix of confidence and BM25, and by the ranker. --hold leaves those
sets out of the model written (to measure the replies on them: answers.py --held). Needs python3-sklearn.
"""
import json, sys
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

# Positional arguments: not an option, nor an option's value.
args = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith('--') and not sys.argv[i - 1].startswith('--')]
folds = int(sys.argv[sys.argv.index('--folds') + 1]) if '--folds' in sys.argv else 5
dump, out = args[0], args[1]
hold = set(sys.argv[sys.argv.index('--hold') + 1].split(',')) if '--hold' in sys.argv else set()
questions = [json.loads(l) for l in open(dump, encoding='utf-8') if l.strip()]
questions = [q for q in questions if q['candidates']]
keys = sorted({k for q in questions for c in q['candidates'] for k in c['f']})
X, y, group, fold = [], [], [], []
sets = sorted({q['set'] for q in questions})
for qi, q in enumerate(questions):
    for c in q['candidates']:
        X.append([c['f'].get(k, 0.0) for k in keys]); y.append(c['y']); group.append(qi); fold.append(sets.index(q['set']) % folds)
X, y, group, fold = np.array(X), np.array(y), np.array(group), np.array(fold)
# More of the question in the passage, a higher BM25 or mix, the article named: never a lower score, all else equal.
# Unconstrained, the trees learnt short passages win where nothing else told an article's passages apart, and put
# "Split deliveries" above the opening paragraph for "How do I track my parcel?" on the demo site (CV 63.6 % -> 64.0 %).
MONOTONE = {'bm': 1, 'bmi': -1, 'd_bm': -1, 'conf': 1, 'd_conf': -1, 'pcov': 1, 'd_pcov': -1, 'hcov': 1, 'd_hcov': -1, 'code': 1, 'named': 1, 'boost': 1, 'mix': 1, 'd_mix': -1}
make = lambda: HistGradientBoostingClassifier(monotonic_cst=[MONOTONE.get(k, 0) for k in keys], max_iter=300, learning_rate=0.05, max_leaf_nodes=31, min_samples_leaf=40, early_stopping=False, random_state=0)
p = np.zeros(len(y))
for k in range(folds):
    p[fold == k] = make().fit(X[fold != k], y[fold != k]).predict_proba(X[fold == k])[:, 1]
mix = ranked = reachable = 0
for qi, q in enumerate(questions):
    idx = np.where(group == qi)[0]
    mix += q['candidates'][q['mixFirst']]['y'] if q['mixFirst'] >= 0 else 0
    ranked += y[idx[np.argmax(p[idx])]]
    reachable += y[idx].max()
n = len(questions)
print(f'{n} questions, answering passage among the candidates for {reachable}; first by the fixed mix {mix} ({mix / n:.3f}), '
      f'by the ranker (cross-validated by set, {folds} folds) {ranked} ({ranked / n:.3f})', file=sys.stderr)
keep = np.array([questions[g]['set'] not in hold for g in group])
model = make().fit(X[keep], y[keep])
trees = []
for predictors in model._predictors:
    nodes = predictors[0].nodes
    trees.append([[-1, 0, 0, 0, float(f"{n['value']:.6g}")] if n['is_leaf'] else [int(n['feature_idx']), float(f"{n['num_threshold']:.6g}"), int(n['left']), int(n['right']), 0] for n in nodes])
json.dump({'features': keys, 'baseline': float(np.ravel(model._baseline_prediction)[0]), 'trees': trees}, open(out, 'w'), separators=(',', ':'))
print(f'trained on {int(keep.sum())} candidates of {n - sum(q["set"] in hold for q in questions)} questions, {len(keys)} features, {len(trees)} trees -> {out}', file=sys.stderr)
