#!/usr/bin/env bash
# Crash trials: trains a small WGAN-GP on the ring without interruption, then N times kills the same
# training with kill -9 at a random moment (checkpoints are written every 10 steps), resumes it with
# `gan4j train --resume` until it completes, and checks that the resumed run's final weights are
# byte-identical to the uninterrupted run's. Prints one line per trial and the tally.
#   scripts/crash-trials.sh [N=20] [STEPS=300]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-20}"
steps="${2:-300}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
args=(train wgan-gp-ring --quiet --set "train.steps=$steps" --set train.checkpoint_every=10 --set log.report=false
      --set log.eval_every=100 --set log.every=10 --set log.snapshots=0 --set "threads={intra_op: 1, blas: 1}"
      --set model.generator.width=64 --set model.discriminator.width=64)
"$here/gan4j" "${args[@]}" --out "$work/whole" >/dev/null
want="$(sha256sum < "$work/whole/generator.safetensors" | cut -c1-64)"
same=0
for i in $(seq 1 "$n"); do
  run="$work/trial-$i"
  "$here/gan4j" "${args[@]}" --out "$run" >/dev/null 2>&1 &
  pid=$!
  # a random moment after the natives are loaded and some checkpoints are written: 3.5 to 6.5 s
  sleep "$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.2f", 3.5 + 3 * rand() }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  killed_at="$(ls "$run/checkpoints" 2>/dev/null | tail -1)"
  resumes=0
  while [ ! -f "$run/summary.json" ] || grep -q '"stopped_at"' "$run/summary.json"; do
    resumes=$((resumes + 1))
    if [ ! -f "$run/config.yaml" ] || [ -z "$(ls "$run/checkpoints" 2>/dev/null)" ]; then
      rm -rf "$run"   # killed before its first checkpoint: nothing to resume, start again
      "$here/gan4j" "${args[@]}" --out "$run" >/dev/null 2>&1
    else
      "$here/gan4j" train --resume "$run" --quiet >/dev/null 2>&1
    fi
  done
  got="$(sha256sum < "$run/generator.safetensors" | cut -c1-64)"
  verdict="different"
  if [ "$got" = "$want" ]; then verdict="identical"; same=$((same + 1)); fi
  echo "trial $i: killed with newest checkpoint ${killed_at:-none}, $resumes resume(s), final weights $verdict"
  rm -rf "$run"
done
echo "crash trials: $same of $n resumed runs ended with weights byte-identical to the uninterrupted run ($steps steps)"
[ "$same" = "$n" ]
