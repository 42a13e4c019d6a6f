# Shared by demo.sh and test.sh: install what is missing (Debian 12 packages), then build.
set -euo pipefail

KINSIGHT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KINSIGHT_ROOT

KINSIGHT_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev
  libeigen3-dev libboost-graph-dev libsqlite3-dev sqlite3 libxlsxwriter-dev zlib1g-dev libzip-dev libuchardet-dev libbenchmark-dev libxxhash-dev
  libpq-dev libssl-dev postgresql-15 postgresql-common
  fonts-noto-cjk poppler-utils appstream dpkg-dev file xauth xvfb
  clang-format
)

install_missing_packages() {
  local missing=()
  for p in "${KINSIGHT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if ((${#missing[@]})); then
    echo "kinsight: installing ${missing[*]}" >&2
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# build PRESET [extra cmake args...]: configure once, then build incrementally (ccache helps a
# fresh clone on the same machine).
build_preset() {
  local preset="$1"; shift
  export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
  export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
  # Paths relative to the checkout, so that a fresh clone elsewhere hits the same cache.
  export CCACHE_BASEDIR="$KINSIGHT_ROOT"
  export CCACHE_NOHASHDIR=1
  cd "$KINSIGHT_ROOT"
  cmake --preset "$preset" "$@" >/dev/null
  cmake --build --preset "$preset" -j "$(nproc)"
}
