#!/usr/bin/env bash
# usage: tools/queue-eval/run.sh SCENARIO_DIR OUT_DIR SCORE_PY
# Baton's `sim` and the plain reference replay (both tie rules) on every scenario, each scored by SCORE_PY
# (the eval material's queue/score.py); then `table.py OUT_DIR` summarises.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
SD=$(realpath "$1"); OD=$(realpath -m "$2"); SCORE=$(realpath "$3"); mkdir -p "$OD"
for f in "$SD"/*.json; do
  n=$(basename "$f" .json)
  (cd "$here/../.." && npx -y pnpm@10 -s sim "$f" > "$OD/$n.baton.jsonl")
  python3 "$here/reference.py" "$f" --tie idle > "$OD/$n.ref-idle.jsonl"
  python3 "$here/reference.py" "$f" --tie recent > "$OD/$n.ref-recent.jsonl"
  for k in baton ref-idle ref-recent; do python3 "$SCORE" "$f" "$OD/$n.$k.jsonl" > "$OD/$n.$k.score.json"; done
done
