#!/usr/bin/env bash
# Cold-start ratios of ./aidsim, measured by alternating the commands in one session so that a busy machine
# slows them alike: each round runs --version, a cold run of the shipped rules (their executable model, built into
# the jar), a cold run of an edited copy of them (read from the compiled-rules cache), the same run with the cache
# off (AIDSIM_RULES_CACHE=off: a cold run as before any cache), a cold pivots of the shipped rules, and a run right
# after a rules edit (the cache misses: the DRL is compiled and the entry written after the output).
# Prints medians and the ratios issue 13 sets targets for. Usage: bench/cold-start.sh [ROUNDS] (default 9).
# Rules are edited in a copy (target/cold-start/rules), never in rules/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
rounds="${1:-9}"
run_scenario=scenarios/eu/ukraine-facility-2023-12.yaml
pivots_scenario=scenarios/eu/macro-financial-assistance-qmv.yaml
copy=target/cold-start/rules

./aidsim --version >/dev/null                      # builds the jar and the class-data archive if needed
rm -rf "$copy" && mkdir -p "$(dirname "$copy")" && cp -r rules "$copy"

. "$here/bench/timing.sh"  # ms, median

printf '\n// cold-start edit\n' >> "$copy/consensus/tally.drl"
./aidsim run --rules "$copy" "$run_scenario" >/dev/null  # leaves the cache of the edited copy warm (MVEL actions)
./aidsim pivots --rules "$copy" "$pivots_scenario" >/dev/null  # and for Java actions

version=() run=() cached=() uncached=() pivots=() edited=() rss=() rss_uncached=()
for i in $(seq "$rounds"); do
  version+=("$(ms ./aidsim --version)")
  run+=("$(ms ./aidsim run "$run_scenario")")
  cached+=("$(ms ./aidsim run --rules "$copy" "$run_scenario")")
  uncached+=("$(ms env AIDSIM_RULES_CACHE=off ./aidsim run --rules "$copy" "$run_scenario")")
  pivots+=("$(ms ./aidsim pivots "$pivots_scenario")")
  # a real edit: the content changes, so the cache entries keyed by the files' content are stale
  printf '\n// cold-start edit %s %s\n' "$i" "$(date +%s%N)" >> "$copy/consensus/tally.drl"
  edited+=("$(ms ./aidsim run --rules "$copy" "$run_scenario")")
  ./aidsim pivots --rules "$copy" "$pivots_scenario" >/dev/null  # rebuilds the Java-actions entry, not timed
  rss+=("$( { /usr/bin/time -f '%M' ./aidsim run "$run_scenario" >/dev/null; } 2>&1 | tail -1)")
  rss_uncached+=("$( { AIDSIM_RULES_CACHE=off /usr/bin/time -f '%M' ./aidsim run --rules "$copy" "$run_scenario" >/dev/null; } 2>&1 | tail -1)")
done

v=$(printf '%s\n' "${version[@]}" | median)
r=$(printf '%s\n' "${run[@]}" | median)
c=$(printf '%s\n' "${cached[@]}" | median)
u=$(printf '%s\n' "${uncached[@]}" | median)
p=$(printf '%s\n' "${pivots[@]}" | median)
e=$(printf '%s\n' "${edited[@]}" | median)
m=$(printf '%s\n' "${rss[@]}" | median)
mu=$(printf '%s\n' "${rss_uncached[@]}" | median)
echo "medians of $rounds alternating rounds (ms): --version $v, cold run $r, of edited rules from the cache $c, without the cache $u, cold pivots $p, run after a rules edit $e"
awk -v v="$v" -v r="$r" -v c="$c" -v u="$u" -v p="$p" -v e="$e" -v m="$m" -v mu="$mu" 'BEGIN {
  printf "cold run / --version                     %.2f   (target at most 2.0; edited rules from the cache %.2f, without the cache %.2f)\n", r / v, c / v, u / v
  printf "cold run / cold run without the cache    %.2f\n", r / u
  printf "cold pivots of an EU-27 package          %.2f s (target under 0.8 s)\n", p / 1000
  printf "peak memory of a cold run                %.0f MiB (target under 100 MiB; without the cache %.0f MiB)\n", m / 1024, mu / 1024
  printf "run after a rules edit / cold run before %.2f   (target at most 1.1: the cold run without the cache)\n", e / u
}'
