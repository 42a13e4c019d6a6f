#!/usr/bin/env bash
# Installs what is missing, builds Kinsight and runs the whole test suite: the release build,
# then the same suites under AddressSanitizer + UndefinedBehaviorSanitizer (skip that half with
# KINSIGHT_SKIP_SANITIZERS=1). Benchmarks are built, not run.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
export QT_QPA_PLATFORM=offscreen
build_preset default
ctest --preset default -j "$(nproc)"
# The long-running checks (label "slow") run too unless KINSIGHT_SKIP_SLOW=1.
if [ "${KINSIGHT_SKIP_SLOW:-0}" != "1" ]; then
  ctest --test-dir "$KINSIGHT_ROOT/build/default" -L slow --output-on-failure
fi
if [ "${KINSIGHT_SKIP_SANITIZERS:-0}" != "1" ]; then
  build_preset asan
  ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ctest --preset asan -j "$(nproc)"
fi
