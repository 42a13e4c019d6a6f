#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS (default 600),
# seeding the corpora from the test fixtures. Crashes land in build/fuzz/crashes/.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
KINSIGHT_PACKAGES+=(clang libclang-rt-dev)
install_missing_packages
seconds="${1:-600}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(csvreader import encoding parsers snapshot)
build_preset fuzz
root="$KINSIGHT_ROOT/build/fuzz"
mkdir -p "$root/crashes"
for t in "${targets[@]}"; do
  corpus="$root/corpus/$t"
  mkdir -p "$corpus"
  case "$t" in
    csvreader|encoding) find "$KINSIGHT_ROOT/tests/data" -name '*.csv' -exec cp {} "$corpus/" \; ;;
    import) for f in "$KINSIGHT_ROOT"/tests/data/import/basic/*.csv; do
              # The first byte picks the kind (see fuzz_import.cpp).
              case "$(basename "$f")" in members*) k=0;; products*) k=1;; orders*) k=2;; events*) k=3;; ratings*) k=4;; *) k=5;; esac
              { printf "\\x$(printf %02x $k)"; cat "$f"; } > "$corpus/$(basename "$f")"
            done ;;
    snapshot) printf "\\x00" > "$corpus/empty"; printf "\\x01" > "$corpus/valid" ;;
    parsers) printf '2026-01-01' > "$corpus/d"; printf '2026-01-01T08:30:15.250+08:00' > "$corpus/iso"; printf '12.30' > "$corpus/m" ;;
  esac
  echo "== fuzz_$t for ${seconds}s (corpus $(ls "$corpus" | wc -l) files)"
  "$root/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -artifact_prefix="$root/crashes/$t-" -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
done
