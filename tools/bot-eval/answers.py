#!/usr/bin/env python3
"""Scores the bot's ANSWERS (not its handoffs) on labelled turns.

usage: answers.py LABELS.jsonl KB_DIR 'OUT_PATTERN' [--held SET,SET] [--misses]
  LABELS       answers.jsonl: one line per customer turn of a conversation that should NOT be handed off:
               {set, id, turn, kind: question|smalltalk, article, evidence: [phrases copied from the article]}
  KB_DIR       the site's kb/ folder (maps "(From: Title)" back to an article)
  OUT_PATTERN  replay output per set, e.g. '/tmp/ev/now/{set}.out' (the `replies` field is read)
A question is answered when the reply contains one of its evidence phrases (markdown and case ignored);
"article only" when the reply cites the right article but not the answering passage; "unknown" when the bot
said it is not sure. Small talk is right when the bot replied with small talk. Sets in --held get their own line.
"""
import collections, glob, json, os, re, sys

args = [a for a in sys.argv[1:] if not a.startswith('--')]
held = set()
if '--held' in sys.argv:
    held = set(sys.argv[sys.argv.index('--held') + 1].split(','))
    args.remove(sys.argv[sys.argv.index('--held') + 1])
labels_path, kb_dir, pattern = args[:3]
titles = {open(f, encoding='utf-8').readline().lstrip('#').strip(): os.path.basename(f)[:-3] for f in glob.glob(os.path.join(kb_dir, '*.md'))}
norm = lambda s: re.sub(r'\s+', ' ', re.sub(r'[*#`_]', '', s)).strip().lower()
UNKNOWN = "i'm not sure i can answer"
SMALL = ("you're welcome", 'glad to hear it', 'hi! what can i help')
outs, counts, misses = {}, collections.defaultdict(collections.Counter), []
for line in open(labels_path, encoding='utf-8'):
    if not line.strip():
        continue
    d = json.loads(line)
    s = d['set']
    if s not in outs:
        p = pattern.replace('{set}', s)
        outs[s] = {json.loads(x)['id']: json.loads(x) for x in open(p, encoding='utf-8') if x.strip()} if os.path.exists(p) else None
    if outs[s] is None or d['id'] not in outs[s]:
        continue
    o = outs[s][d['id']]
    replies, t = o['replies'], d['turn']
    if t > len(replies) or (o.get('escalate') and o.get('atTurn') == t):
        cat = 'handed off'
    else:
        r = norm(replies[t - 1])
        m = re.search(r'\(From: ([^)]*)\)\s*$', replies[t - 1])
        cited = titles.get(m.group(1).strip()) if m else None
        small = any(r.startswith(x) for x in SMALL)
        if d['kind'] == 'smalltalk':
            cat = 'small talk ok' if small else 'small talk missed'
        elif d['article'] is None:
            continue
        elif r.startswith(UNKNOWN):
            cat = 'unknown'
        elif small:
            cat = 'taken for small talk'
        elif any(norm(e) in r for e in d['evidence']):
            cat = 'answered'
        elif cited == d['article']:
            cat = 'article only'
        else:
            cat = 'wrong passage'
    counts['held out' if s in held else 'tuned on'][cat] += 1
    if cat not in ('answered', 'small talk ok'):
        misses.append(f"{s} {d['id']} turn {t}: {cat} (want {d['article']})")
if '--misses' in sys.argv:
    print('\n'.join(misses))
for group, c in counts.items():
    q = sum(v for k, v in c.items() if k in ('answered', 'article only', 'wrong passage', 'unknown', 'taken for small talk'))
    st = c['small talk ok'] + c['small talk missed']
    share = lambda k: f"{c[k] / q:.3f}" if q else '-'
    print(f"{group}: questions={q} answered={share('answered')} article_only={share('article only')} wrong_passage={share('wrong passage')} "
          f"unknown={share('unknown')} taken_for_small_talk={share('taken for small talk')} small_talk={st} small_talk_ok={c['small talk ok'] / st if st else 0:.3f} handed_off={c['handed off']}")
