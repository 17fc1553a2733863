#!/usr/bin/env bash
# Cold-start figures of this checkout against another (an older commit, built in a folder of its own), measured by
# alternating the two in one session: each round runs, in each checkout and through its own ./aidsim, --version, a
# cold run and a cold pivots of an EU-27 package (compiled-rules caches warm), then prints the medians and ratios.
# Usage: bench/cold-start-versus.sh OTHER_CHECKOUT [ROUNDS] (default 7), e.g. after
#   mkdir /tmp/before && git archive main | tar -x -C /tmp/before
# On a busy machine (Linux, as root) the figures come closer to a quiet machine's when the script runs in a session
# of its own with a raised scheduling share: setsid bash -c 'echo -20 > /proc/self/autogroup; exec bench/cold-start-versus.sh ...'
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
other="$(cd "${1:?usage: bench/cold-start-versus.sh OTHER_CHECKOUT [ROUNDS]}" && pwd)"
rounds="${2:-7}"
run_scenario=scenarios/eu/ukraine-facility-2023-12.yaml
pivots_scenario=scenarios/eu/macro-financial-assistance-qmv.yaml

. "$here/bench/timing.sh"  # ms, median

for dir in "$other" "$here"; do  # builds each jar and archive if needed, and leaves each cache warm
  (cd "$dir" && ./aidsim --version && ./aidsim run "$run_scenario" && ./aidsim pivots "$pivots_scenario") >/dev/null
done
declare -A times
for i in $(seq "$rounds"); do
  for dir in "$other" "$here"; do
    cd "$dir"
    times[$dir,version]+="$(ms ./aidsim --version) "
    times[$dir,run]+="$(ms ./aidsim run "$run_scenario") "
    times[$dir,pivots]+="$(ms ./aidsim pivots "$pivots_scenario") "
  done
done
echo "medians of $rounds alternating rounds, load average now $(cut -d' ' -f1-3 /proc/loadavg)"
for dir in "$other" "$here"; do
  v=$(printf '%s\n' ${times[$dir,version]} | median)
  r=$(printf '%s\n' ${times[$dir,run]} | median)
  p=$(printf '%s\n' ${times[$dir,pivots]} | median)
  awk -v d="$dir" -v v="$v" -v r="$r" -v p="$p" 'BEGIN {
    printf "%s: --version %d ms, cold run %d ms, cold pivots %d ms; run / --version %.2f (target at most 2.0), pivots %.2f s (target under 0.8 s)\n", d, v, r, p, r / v, p / 1000 }'
done
