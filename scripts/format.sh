#!/usr/bin/env bash
# clang-format over every tracked C++ source (the style is .clang-format).
#   bash scripts/format.sh          reformat in place
#   bash scripts/format.sh --check  list the files that differ and fail (scripts/test.sh runs this)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else # an exported tree (git archive)
  mapfile -t files < <(find app core ui resources tests \( -name '*.cpp' -o -name '*.h' \) | sort)
fi
if [ "${1:-}" = "--check" ]; then
  bad=()
  for f in "${files[@]}"; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
  done
  if ((${#bad[@]})); then
    printf 'kinsight: not clang-formatted (run bash scripts/format.sh): %s\n' "${bad[@]}" >&2
    exit 1
  fi
  echo "kinsight: ${#files[@]} files clang-formatted" >&2
else
  clang-format -i "${files[@]}"
fi
