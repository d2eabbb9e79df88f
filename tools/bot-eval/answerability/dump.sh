#!/bin/bash
# dump.sh OUT.jsonl: the answerability features of every labelled set's turns (the kept-back sets excluded), in one
# process. Run from the repository root; the dev set is read from ../shared/eval/conversations when it is there.
set -euo pipefail
out=$1
site=../shared/eval/conversations/site
inputs=()
for f in ../shared/eval/conversations/dev.jsonl tools/bot-eval/hard.jsonl tools/bot-eval/fresh*.jsonl; do
  set_name=$(basename "$f" .jsonl)
  case " fresh58 fresh62 fresh67 fresh75 fresh85 fresh92 fresh98 fresh99 fresh103 fresh106 fresh108 " in *" $set_name "*) continue ;; esac
  [ -f "$f" ] && inputs+=(--input "$f")
done
npx -y pnpm@10 -s answerability-features --site "$site" "${inputs[@]}" > "$out"
