#!/usr/bin/env bash
# Every recommendation method and auto on a public implicit-feedback data set: Weka's
# supermarket.arff (market baskets), shipped in Debian's `weka` package. The package is fetched
# and unpacked in a temporary folder (`apt-get download` + `dpkg -x`; nothing is installed), the
# baskets become import files (supermarket.py), and `kinsight evaluate` runs each method.
#   bash tests/benchmarks/public/bench_supermarket.sh KINSIGHT [K]
set -euo pipefail
kinsight="$(realpath "$1")"; k="${2:-10}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download weka >/dev/null
dpkg -x weka_*.deb weka
python3 "$here/supermarket.py" weka/usr/share/doc/weka/examples/supermarket.arff data
"$kinsight" import --db data/supermarket.kinsight --timezone UTC \
  data/members.csv data/products.csv data/orders.csv >/dev/null
echo "method,k,members,hit_rate,precision,recall,ndcg,coverage"
for m in popular item-knn user-knn hybrid content als ease sequential social; do
  "$kinsight" evaluate --db data/supermarket.kinsight --k "$k" --method "$m" 2>/dev/null | tail -1
done
"$kinsight" evaluate --db data/supermarket.kinsight --k "$k" --method auto 2>&1 >/dev/null
