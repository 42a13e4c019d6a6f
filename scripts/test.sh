#!/usr/bin/env bash
# Installs what is missing, builds Kinsight and runs the whole test suite: the release build,
# then the PostgreSQL tests under a throw-away server, then the same suites under AddressSanitizer
# + UndefinedBehaviorSanitizer (skip that half with KINSIGHT_SKIP_SANITIZERS=1). Benchmarks are
# built, not run.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
export QT_QPA_PLATFORM=offscreen
build_preset default
ctest --preset default -j "$(nproc)"
# The PostgreSQL tests (label "pg") against a throw-away PostgreSQL 15 cluster: pg_virtualenv
# (postgresql-common) makes it in a temporary folder, runs the server as an unprivileged user when
# called as root, exports PGHOST/PGPORT/PGUSER/PGPASSWORD, and drops it when ctest ends, whether or
# not the tests passed. Skip with KINSIGHT_SKIP_PG=1.
if [ "${KINSIGHT_SKIP_PG:-0}" != "1" ]; then
  pg_virtualenv -v 15 ctest --test-dir "$KINSIGHT_ROOT/build/default" -L pg --output-on-failure
fi
# The long-running checks (label "slow") run too unless KINSIGHT_SKIP_SLOW=1.
if [ "${KINSIGHT_SKIP_SLOW:-0}" != "1" ]; then
  ctest --test-dir "$KINSIGHT_ROOT/build/default" -L slow --output-on-failure
fi
if [ "${KINSIGHT_SKIP_SANITIZERS:-0}" != "1" ]; then
  build_preset asan
  ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ctest --preset asan -j "$(nproc)"
fi
