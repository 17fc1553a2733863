#!/usr/bin/env bash
# Compares commands by alternating them in one session, so that a busy machine slows them alike: each round runs
# every command once, in the order given, under /usr/bin/time; then prints, per command, the medians of wall time,
# CPU (user + system) and peak memory (resident set), and every round's wall time. Output of the commands is
# discarded; a command that fails is reported with its exit code and the first lines of its standard error.
# Usage: bench/alternate.sh ROUNDS NAME 'COMMAND' [NAME 'COMMAND' ...]
# e.g. the JVM flags of issue 13's round 7 (docs/notes/issue-13-cold-start.md):
#   J=target/aidsim.jar; F=scenarios/eu/ukraine-facility-2023-12.yaml
#   bench/alternate.sh 7 plain "java -cp $J org.aidsim.cli.Main run $F" \
#                        noperf "java -XX:-UsePerfData -cp $J org.aidsim.cli.Main run $F"
set -euo pipefail

rounds="${1:?usage: bench/alternate.sh ROUNDS NAME 'COMMAND' [NAME 'COMMAND' ...]}"
shift
if [ $# -lt 2 ] || [ $(($# % 2)) -ne 0 ]; then
  echo "usage: bench/alternate.sh ROUNDS NAME 'COMMAND' [NAME 'COMMAND' ...]" >&2
  exit 2
fi
names=() commands=()
while [ $# -gt 0 ]; do names+=("$1"); commands+=("$2"); shift 2; done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for round in $(seq "$rounds"); do
  for i in "${!names[@]}"; do
    if ! /usr/bin/time -f '%e %U %S %M' -o "$scratch/time" bash -c "${commands[$i]}" >/dev/null 2>"$scratch/err"; then
      echo "${names[$i]}: round $round: $(head -1 "$scratch/time")" >&2   # "Command exited with non-zero status N"
      head -3 "$scratch/err" >&2
    fi
    echo "${names[$i]} $(tail -1 "$scratch/time")" >>"$scratch/all"
  done
done

echo "medians of $rounds alternating rounds, load average now $(cut -d' ' -f1-3 /proc/loadavg)"
. "$(dirname "${BASH_SOURCE[0]}")/timing.sh"  # median
column() { # NAME COLUMN: the median of that column of NAME's rounds (cpu: user + system)
  awk -v n="$1" -v c="$2" '$1 == n { print (c == "cpu") ? $3 + $4 : $c }' "$scratch/all" | median
}
for name in "${names[@]}"; do
  awk -v n="$name" -v w="$(column "$name" 2)" -v c="$(column "$name" cpu)" -v p="$(column "$name" 5)" \
      -v walls="$(awk -v n="$name" '$1 == n { printf " %s", $2 }' "$scratch/all")" \
      'BEGIN { printf "%-24s wall %.2f s   cpu %.2f s   peak %.1f MiB   walls%s\n", n, w, c, p / 1024, walls }'
done
