#!/bin/bash
# dump.sh OUT.jsonl: the answerability features of every labelled set's turns (the kept-back sets excluded), in one
# process. Run from the repository root.
set -euo pipefail
out=$1
site=../shared/eval/conversations/site
# shellcheck disable=SC2046 # one word per path: the set files' names have no spaces
npx -y pnpm@10 -s answerability-features --site "$site" $(bash tools/bot-eval/labelledSets.sh) > "$out"
