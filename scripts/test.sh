#!/usr/bin/env bash
# Installs what is missing, builds Kinsight and runs every check:
#   1. the source format check (clang-format over every tracked C++ file);
#   2. the developer build (preset default, warnings are errors) and its suites, then the
#      PostgreSQL suites (label "pg") against a throw-away server;
#   3. the plain Release build a packager runs (no preset, no -Werror, no tests): it must compile
#      without a single warning;
#   4. the threaded core suites (label "threads") under ThreadSanitizer (preset tsan; only those
#      test targets are built);
#   5. every suite under AddressSanitizer + UndefinedBehaviorSanitizer with leak detection.
# Skip parts with KINSIGHT_SKIP_SLOW=1 (the label "slow"), KINSIGHT_SKIP_PG=1 (the label "pg"),
# KINSIGHT_SKIP_RELEASE=1 (3),
# KINSIGHT_SKIP_TSAN=1 (4), KINSIGHT_SKIP_SANITIZERS=1 (5). Benchmarks are built, not run.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
export QT_QPA_PLATFORM=offscreen
started=$SECONDS
step() { echo "== $* ($((SECONDS - started)) s)" >&2; }

step "format check"
bash "$KINSIGHT_ROOT/scripts/format.sh" --check

step "developer build (preset default)"
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

if [ "${KINSIGHT_SKIP_RELEASE:-0}" != "1" ]; then
  step "plain Release build, as a packager runs it"
  release="$KINSIGHT_ROOT/build/release"
  cmake -S "$KINSIGHT_ROOT" -B "$release" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DKINSIGHT_BUILD_TESTS=OFF -DKINSIGHT_BUILD_BENCHMARKS=OFF >/dev/null
  # Rebuild from clean so that every warning shows (ccache replays a cached compiler's output).
  cmake --build "$release" --target clean >/dev/null
  log="$release/build.log"
  cmake --build "$release" -j "$(nproc)" 2>&1 | tee "$log" | grep -E '^(FAILED|.*(warning|error):)' || true
  if [ "${PIPESTATUS[0]}" -ne 0 ] || grep -q 'warning:' "$log"; then
    echo "kinsight: the plain Release build failed or warned (see $log)" >&2
    exit 1
  fi
fi

if [ "${KINSIGHT_SKIP_TSAN:-0}" != "1" ]; then
  step "threaded suites under ThreadSanitizer (preset tsan)"
  tsan="$KINSIGHT_ROOT/build/tsan"
  cmake --preset tsan >/dev/null
  mapfile -t threaded < <(ctest --test-dir "$tsan" -N -L threads | sed -n 's/^ *Test *#[0-9]*: *//p')
  cmake --build "$tsan" -j "$(nproc)" --target "${threaded[@]}"
  ctest --preset tsan -j "$(nproc)"
fi

if [ "${KINSIGHT_SKIP_SANITIZERS:-0}" != "1" ]; then
  step "every suite under ASan + UBSan (preset asan)"
  build_preset asan
  # With leak detection: the few leaks that belong to the system libraries are listed, each with
  # its reason, in scripts/lsan.supp; a leak of Kinsight's own fails the run.
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" LSAN_OPTIONS="suppressions=$KINSIGHT_ROOT/scripts/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" ctest --preset asan -j "$(nproc)"
fi
step "all checks passed"
