#!/bin/bash
# labelledSets.sh: "--input FILE" for every labelled set the offline models train on — the dev set (read from
# ../shared/eval/conversations when it is there), hard and the fresh sets — the kept-back sets excluded, which only
# ever score. Run from the repository root.
for f in ../shared/eval/conversations/dev.jsonl tools/bot-eval/hard.jsonl tools/bot-eval/fresh*.jsonl; do
  set_name=$(basename "$f" .jsonl)
  case " fresh58 fresh62 fresh67 fresh75 fresh85 fresh92 fresh98 fresh99 fresh103 fresh106 fresh108 fresh110 fresh152 fresh153 fresh154 fresh155 fresh156 fresh169 fresh170 fresh174 fresh180 fresh183 fresh188 fresh195 fresh199 fresh203 fresh207 fresh211 fresh215 fresh219 fresh223 fresh227 fresh230 fresh234 fresh238 fresh242 fresh246 fresh250 fresh254 fresh258 fresh261 fresh265 fresh269 fresh273 fresh277 fresh281 fresh285 fresh289 fresh293 fresh297 fresh301 fresh305 fresh309 fresh313 fresh317 fresh321 fresh325 fresh329 fresh333 fresh337 " in *" $set_name "*) continue ;; esac
  [ -f "$f" ] && echo "--input $f"
done
