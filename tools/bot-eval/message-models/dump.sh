#!/bin/bash
# dump.sh OUT.jsonl: the message-model features of every customer message of the labelled sets (the kept-back sets
# excluded). Run from the repository root.
set -euo pipefail
out=$1
# shellcheck disable=SC2046 # one word per path: the set files' names have no spaces
npx -y pnpm@10 -s message-features $(bash tools/bot-eval/labelledSets.sh) > "$out"
