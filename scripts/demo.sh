#!/usr/bin/env bash
# Installs what is missing, builds Kinsight and opens the dashboard on the built-in demo
# community (created on first use in your data folder, kept afterwards).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
build_preset default
kinsight="$KINSIGHT_ROOT/build/default/app/kinsight"
if "$kinsight" --help | grep -q '^  gui ' && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$kinsight" gui "$@"
fi
# No window system here: show the demo community in the terminal instead.
data="${XDG_DATA_HOME:-$HOME/.local/share}/Kinsight/kinsight"
db="$data/demo.db"
mkdir -p "$data"
[ -f "$db" ] || "$kinsight" demo --db "$db"
echo "No display found, so here is the demo community ($db) in the terminal."
echo "On a desktop, the same command opens the dashboard."
for command in funnel tiers; do
  if "$kinsight" --help | grep -q "^  $command "; then
    echo; echo "== kinsight $command"; "$kinsight" "$command" --db "$db"
  fi
done
