#!/usr/bin/env bash
# Each headless command end to end on one database, under /usr/bin/time -v: wall time and peak
# memory, with the machine's load average beside each figure (the machine may be shared).
#   bash tests/benchmarks/bench_commands.sh KINSIGHT DB [COMMAND...]
# KINSIGHT is the built binary (build/default/app/kinsight), DB a database made by
# `kinsight demo --members 1000000` (rows in time order across members). The commands start from
# the persisted snapshot file; the first command builds it when it is missing.
set -euo pipefail
kinsight="$1"; db="$2"; shift 2
commands=("$@"); [ ${#commands[@]} -gt 0 ] || commands=(tiers funnel retention engagement graph)
out="$(mktemp -d)"
for c in "${commands[@]}"; do
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -v "$kinsight" "$c" --db "$db" > "$out/$c.out" 2> "$out/$c.err" || { echo "$c failed:"; tail -5 "$out/$c.err"; continue; }
  wall="$(grep 'Elapsed (wall clock)' "$out/$c.err" | awk '{print $NF}')"
  rss="$(grep 'Maximum resident set size' "$out/$c.err" | awk '{print $NF}')"
  cpu="$(grep 'Percent of CPU' "$out/$c.err" | awk '{print $NF}')"
  printf "%-12s wall %10s   peak %6d MiB   CPU %5s   rows %8d   [load before %s, after %s]\n" \
    "$c" "$wall" $((rss / 1024)) "$cpu" "$(($(wc -l < "$out/$c.out") - 1))" "$load" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
rm -rf "$out"
