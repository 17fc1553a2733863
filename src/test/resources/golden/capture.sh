#!/bin/sh
# Re-captures the golden outputs from the jar at target/aidsim.jar. Only for a deliberate change of output:
# GoldenOutputTest is the guard that the engine-core redesign (issue 9) changed nothing else.
set -e
cd "$(dirname "$0")/../../../.."
out=src/test/resources/golden
find scenarios -name '*.yaml' | LC_ALL=C sort | while read -r f; do
  mkdir -p "$out/run/$(dirname "$f")"
  ./aidsim run --format json "$f" > "$out/run/$f.json" || true
done
for f in scenarios/eu/ukraine-facility-2023-12.yaml scenarios/eu/macro-financial-assistance-qmv.yaml scenarios/nato/before-sweden.yaml; do
  n=$(basename "$f" .yaml)
  ./aidsim pivots --format json "$f" > "$out/pivots/$n.json" || true
done
./aidsim sweep --format json --samples 200 --seed 7 --prob HU=oppose:0.6,abstain:0.3 --prob PL=oppose:0.2 \
  scenarios/eu/ukraine-facility-2023-12.yaml > "$out/sweep/ukraine-facility-2023-12.json"
./aidsim sweep --format json --samples 200 --seed 7 --prob HU=support:0.5 --prob DE=oppose:0.3 --prob FR=oppose:0.3 \
  scenarios/eu/macro-financial-assistance-qmv.yaml > "$out/sweep/macro-financial-assistance-qmv.json"
./aidsim sweep --format json --vary TR,HU --over support,oppose scenarios/nato/before-sweden.yaml > "$out/sweep/before-sweden.json"
