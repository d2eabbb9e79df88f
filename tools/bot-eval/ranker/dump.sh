#!/bin/bash
# dump.sh OUT.jsonl: the ranking features of every labelled answerable question (tools/bot-eval/answers.jsonl) of
# the sets it labels (the dev set, read from ../shared/eval/conversations when it is there, and the fresh sets; the
# kept-back sets have no labels there). Run from the repository root.
set -euo pipefail
out=$1
site=../shared/eval/conversations/site
inputs=()
for f in ../shared/eval/conversations/dev.jsonl tools/bot-eval/fresh*.jsonl; do [ -f "$f" ] && inputs+=(--input "$f"); done
npx -y pnpm@10 -s rank-features --site "$site" --labels tools/bot-eval/answers.jsonl "${inputs[@]}" > "$out"
