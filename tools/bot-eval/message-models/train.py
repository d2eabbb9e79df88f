"""Trains a message model (packages/server/src/domain/escalation/messageModel.ts) for one escalation reason.

  python3 train.py FEATURES.jsonl --reason explicit_request|frustration --out MODEL.json [--hold-out SETS.txt]
                   [--keep 6000] [--C 30] [--threshold 0.7]

FEATURES.jsonl is what dump.sh writes: every customer message of the labelled sets, with the features of the message
and of each of its sentences. Labels come from the sets' `expect`: the message at `earliest` of a conversation with
this reason does it; every message before the first trigger does not, nor the trigger message of a conversation whose
reason ranks below (by the labelling precedence it would otherwise be this one); the trigger message of a reason
ranked above may or may not, and is left out, as is everything after it. For frustration, the first message of a
frustration conversation is left out (it may already be angry, and is labelled later only because the bot had not had
its chance), and so is a trigger message that repeats an earlier one (word overlap >= 0.4): a repeat is read in
context by the patterns, and as bare words it teaches the model that "where is my order" is anger. A message that does
not do it gives its sentences as further negatives. With --hold-out, the listed sets are left out of training and
the model is scored on them (per message: the highest of the message and its sentences).
"""
import argparse, json, math, os, re
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from scipy.sparse import hstack

ap = argparse.ArgumentParser()
ap.add_argument('features')
ap.add_argument('--out')
ap.add_argument('--hold-out')
ap.add_argument('--keep', type=int, default=6000, help='features kept per block (by weight) in the exported model')
ap.add_argument('--C', type=float, default=30)
ap.add_argument('--threshold', type=float, default=0.7)
ap.add_argument('--reason', required=True, choices=['high_stakes', 'explicit_request', 'frustration'])
a = ap.parse_args()

here = os.path.dirname(os.path.abspath(__file__))
def set_file(s):
    if s == 'dev': return os.path.join(here, '../../../../shared/eval/conversations/dev.jsonl')
    return os.path.join(here, '..', s + '.jsonl')

ORDER = ['high_stakes', 'rule', 'explicit_request', 'frustration', 'repeated_failure', 'language']
LOWER = ORDER[ORDER.index(a.reason) + 1:]

def words(t): return set(re.findall(r'[a-z0-9]+', t.lower()))

def repeats(turns, i):
    cur = words(turns[i])
    return any(len(cur & words(turns[j])) / max(1, len(cur | words(turns[j]))) >= 0.4 for j in range(i))
labels = {}
def label_set(s):
    for l in open(set_file(s)):
        if not l.strip(): continue
        d = json.loads(l); e = d['expect']
        for i in range(len(d['turns'])):
            n = i + 1
            if not e['escalate']: labels[(s, d['id'], n)] = 0
            elif n < e['earliest']:
                if not (a.reason == 'frustration' and e['reason'] == 'frustration' and n == 1): labels[(s, d['id'], n)] = 0
            elif n == e['earliest']:
                if e['reason'] == a.reason:
                    if not (a.reason == 'frustration' and repeats(d['turns'], i)): labels[(s, d['id'], n)] = 1
                elif e['reason'] in LOWER: labels[(s, d['id'], n)] = 0

rows = [json.loads(l) for l in open(a.features)]
for s in sorted({r['set'] for r in rows}): label_set(s)
held = set(open(a.hold_out).read().split()) if a.hold_out else set()
train = [r for r in rows if (r['set'], r['id'], r['turn']) in labels and r['set'] not in held]
test = [r for r in rows if (r['set'], r['id'], r['turn']) in labels and r['set'] in held]

def units(rs):
    X, y = [], []
    for r in rs:
        lab = labels[(r['set'], r['id'], r['turn'])]
        X.append(r['units'][0]); y.append(lab)
        if lab == 0:
            for u in r['units'][1:]: X.append(u); y.append(0)
    return X, np.array(y)

def fit(X, y, vocab_w=None, vocab_c=None):
    vw = TfidfVectorizer(analyzer=lambda u: u['words'], sublinear_tf=True, min_df=1 if vocab_w else 2, vocabulary=vocab_w)
    vc = TfidfVectorizer(analyzer=lambda u: u['chars'], sublinear_tf=True, min_df=1 if vocab_c else 3, vocabulary=vocab_c)
    M = hstack([vw.fit_transform(X), vc.fit_transform(X)]).tocsr()
    m = LogisticRegression(C=a.C, max_iter=5000).fit(M, y)
    return vw, vc, m

def top(v, coef, k):
    names = v.get_feature_names_out()
    order = np.argsort(-np.abs(coef))[:k]
    return sorted(names[i] for i in order)

X, y = units(train)
vw, vc, m = fit(X, y)
nw = len(vw.vocabulary_)
vw, vc, m = fit(X, y, top(vw, m.coef_[0][:nw], a.keep), top(vc, m.coef_[0][nw:], a.keep))
nw = len(vw.vocabulary_)
print(f'trained on {len(train)} messages ({int(sum(labels[(r["set"], r["id"], r["turn"])] for r in train))} positive), {len(X)} units; kept {nw} word and {len(vc.vocabulary_)} character features')

def export():
    wn = vw.get_feature_names_out(); cn = vc.get_feature_names_out(); coef = m.coef_[0]
    return {
        'words': {f: [round(float(vw.idf_[i]), 6), round(float(coef[i]), 6)] for i, f in enumerate(wn)},
        'chars': {f: [round(float(vc.idf_[i]), 6), round(float(coef[nw + i]), 6)] for i, f in enumerate(cn)},
        'intercept': round(float(m.intercept_[0]), 6),
        'threshold': a.threshold,
    }

model = export()
def prob(u):
    z = model['intercept']
    for block, feats in (('words', u['words']), ('chars', u['chars'])):
        counts = {}
        for f in feats:
            if f in model[block]: counts[f] = counts.get(f, 0) + 1
        vals = [((1 + math.log(c)) * model[block][f][0], model[block][f][1]) for f, c in counts.items()]
        norm = math.sqrt(sum(v * v for v, _ in vals))
        if norm > 0: z += sum(v * w for v, w in vals) / norm
    return 1 / (1 + math.exp(-z))

if test:
    p = np.array([max(prob(u) for u in r['units']) for r in test])
    yt = np.array([labels[(r['set'], r['id'], r['turn'])] for r in test])
    for t in (0.3, 0.5, 0.6, 0.7, 0.8, 0.9):
        print(f'held out ({len(test)} messages, {int(yt.sum())} positive): threshold {t} recall {((p >= t) & (yt == 1)).sum() / yt.sum():.3f}, false {((p >= t) & (yt == 0)).sum()} of {int((yt == 0).sum())}')

if a.out:
    # A few training messages with the probability this exporter computes (the highest over the message and its
    # sentences, before the vetoes): the server's unit test checks it computes the same from the same weights.
    positive = [r for r in train if labels[(r['set'], r['id'], r['turn'])] == 1]
    other = [r for r in train if labels[(r['set'], r['id'], r['turn'])] == 0]
    model['checks'] = [[r['text'], round(max(prob(u) for u in r['units']), 6)] for r in positive[:5] + positive[-5:] + other[:5] + other[-5:]]
    with open(a.out, 'w') as f: json.dump(model, f, separators=(',', ':'), ensure_ascii=False)
    print('wrote', a.out, os.path.getsize(a.out), 'bytes')
