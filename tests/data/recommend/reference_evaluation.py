# Independent reference of the data contract's offline evaluation (popular, item-knn, user-knn),
# straight from the definitions, for cross-checking `kinsight evaluate` on a database:
#   python3 reference_evaluation.py community.db 10
# Prints the same columns as `kinsight evaluate` (coverage 1 is printed as 1.0).
import sqlite3, math, sys
from collections import defaultdict
db = sqlite3.connect(sys.argv[1]); K = int(sys.argv[2])
mid = dict(db.execute("select id, member_id from members"))
pid = dict(db.execute("select id, product_id from products"))
products = sorted(pid.values(), key=lambda s: s.encode())
first = {}
def add(m, p, t):
    k = (m, p)
    if k not in first or t < first[k]: first[k] = t
for m, p, t in db.execute("select member, product, paid_at from orders where status='paid' and amount>0"): add(mid[m], pid[p], t)
for m, p, t in db.execute("select member, product, rated_at from ratings where rating>=4"): add(mid[m], pid[p], t)
by = defaultdict(list)
for (m, p), t in first.items(): by[m].append((t, p.encode(), p))
train = {}; held = {}
for m, lst in by.items():
    if len(lst) >= 2:
        lst.sort(); held[m] = lst[-1][2]; train[m] = {x[2] for x in lst[:-1]}
    else: train[m] = {x[2] for x in lst}
users = defaultdict(set)
for m, s in train.items():
    for p in s: users[p].add(m)
pop = {p: len(users[p]) for p in products}
order = sorted(products, key=lambda p: (-pop[p], p.encode()))
def cos_items(p, q):
    c = len(users[p] & users[q]); return c / math.sqrt(len(users[p]) * len(users[q])) if c else 0.0
cache = {}
def topk(scores, excl):
    cand = [(-round(s * 1e9), p.encode(), p) for p, s in scores.items() if p not in excl and round(s * 1e9) > 0]
    cand.sort(); out = [c[2] for c in cand[:K]]
    for p in order:
        if len(out) >= K: break
        if p not in excl and p not in out: out.append(p)
    return out
res = {}
for method in ("popular", "item-knn", "user-knn"):
    hits = 0; nd = 0.0; seen = set()
    for m in sorted(held):
        tr = train[m]
        if method == "popular": sc = {p: pop[p] for p in products}
        elif method == "item-knn":
            sc = defaultdict(float)
            for q in tr:
                for p in products:
                    if p != q:
                        key = (p, q) if p < q else (q, p)
                        if key not in cache: cache[key] = cos_items(p, q)
                        sc[p] += cache[key]
        else:
            sc = defaultdict(float); ov = defaultdict(int)
            for q in tr:
                for v in users[q]:
                    if v != m: ov[v] += 1
            for v, c in ov.items():
                cs = c / math.sqrt(len(tr) * len(train[v]))
                for p in train[v]: sc[p] += cs
        lst = topk(sc, tr); seen.update(lst)
        if held[m] in lst:
            hits += 1; nd += 1 / math.log2(lst.index(held[m]) + 2)
    n = len(held)
    print(f"{method},{K},{n},{hits/n},{hits/(n*K)},{hits/n},{nd/n},{len(seen)/len(products)}")
