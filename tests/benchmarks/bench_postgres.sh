#!/usr/bin/env bash
# Import into a PostgreSQL database beside `psql \copy` of the same file, and loading from it:
#   bash tests/benchmarks/bench_postgres.sh BUILD [ROWS]
# BUILD is the build folder (build/default). The files are bench_import's (ROWS members, orders
# and events, default 1,000,000; events in time order across members, as a platform exports
# them). Runs in a throw-away PostgreSQL 15 cluster (pg_virtualenv) unless PGHOST is set.
# Figures (wall time, with the machine's load average beside each):
#   - members + products imported (setting up the community);
#   - events.csv imported by Kinsight (validated, de-duplicated, one transaction; the command
#     end to end, snapshot included) against `psql \copy` into a plain table of text columns
#     without keys or indexes, in the same run;
#   - a report on a machine with nothing cached (the copy read with COPY TO, then loaded), and
#     again with the local copy and snapshot current.
set -euo pipefail
build="$(cd "$1" && pwd)"; rows="${2:-1000000}"
if [ -z "${PGHOST:-}" ]; then
  exec pg_virtualenv -v 15 bash "$0" "$@"
fi
kinsight="$build/app/kinsight"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$build/tests/benchmarks/bench_import" --rows "$rows" --dir "$work" --files-only 1 > /dev/null
createdb kinsight_bench
uri="postgresql:///kinsight_bench"
export KINSIGHT_CACHE_DIR="$work/cache"
seconds() { awk -v a="$(date +%s.%N)" -v b="$1" 'BEGIN { printf "%.3f", a - b }'; }
line() { printf "%-58s %8.3f s   [load %s]\n" "$1" "$2" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

t=$(date +%s.%N); "$kinsight" import --db "$uri" "$work/members.csv" "$work/products.csv" > /dev/null
line "kinsight import members.csv + products.csv ($rows members)" "$(seconds "$t")"

t=$(date +%s.%N); "$kinsight" import --db "$uri" "$work/events.csv" > /dev/null
k=$(seconds "$t"); line "kinsight import events.csv ($rows rows)" "$k"

psql -q -d kinsight_bench -c "CREATE TABLE plain_events (member_id text, occurred_at text, type text, product_id text, value text)"
t=$(date +%s.%N); psql -q -d kinsight_bench -c "\\copy plain_events FROM '$work/events.csv' WITH (FORMAT csv, HEADER true)"
p=$(seconds "$t"); line "psql \\copy events.csv into a plain table" "$p"
awk -v p="$p" -v k="$k" 'BEGIN { printf "ratio (psql \\copy time / kinsight time)                    %8.2f\n", p / k }'

rm -rf "$KINSIGHT_CACHE_DIR"
t=$(date +%s.%N); "$kinsight" funnel --db "$uri" > /dev/null
line "kinsight funnel, nothing cached (COPY TO, load, snapshot)" "$(seconds "$t")"
t=$(date +%s.%N); "$kinsight" funnel --db "$uri" > /dev/null
line "kinsight funnel, copy and snapshot cached" "$(seconds "$t")"
