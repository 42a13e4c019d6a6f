#!/usr/bin/env python3
"""Reference EASE (Steck 2019, "Embarrassingly Shallow Autoencoders for Sparse Data"), written
from the paper's closed form in plain Python with exact fractions, independent of the C++ code:

    G = XᵀX,  P = (G + λI)⁻¹,  B = I − P · diag(1 / diag(P))   (so B_jj = 0),
    scores of a member = x · B.

Writes ease_reference.csv (kept in the repository; tst_methods compares the C++ model with it):
one row per (i, j) of B, then one row per member's scores. Not part of the build; run it by hand
after changing the fixture below:  python3 ease_reference.py > ease_reference.csv
"""
from fractions import Fraction

MEMBERS = 8
PRODUCTS = 6
LAMBDA = Fraction(2)
# (member, product) pairs, 0-based; the same list is in tst_methods.cpp (easeMatchesReference).
PAIRS = [
    (0, 0), (0, 1), (0, 2),
    (1, 0), (1, 1),
    (2, 1), (2, 2), (2, 3),
    (3, 3), (3, 4),
    (4, 0), (4, 4), (4, 5),
    (5, 2), (5, 5),
    (6, 0), (6, 1), (6, 3), (6, 5),
    (7, 4),
]


def inverse(a):
    """Gauss–Jordan elimination with exact fractions."""
    n = len(a)
    m = [row[:] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(a)]
    for c in range(n):
        pivot = next(r for r in range(c, n) if m[r][c] != 0)
        m[c], m[pivot] = m[pivot], m[c]
        p = m[c][c]
        m[c] = [v / p for v in m[c]]
        for r in range(n):
            if r != c and m[r][c] != 0:
                f = m[r][c]
                m[r] = [v - f * w for v, w in zip(m[r], m[c])]
    return [row[n:] for row in m]


def main():
    x = [[Fraction(0)] * PRODUCTS for _ in range(MEMBERS)]
    for u, i in PAIRS:
        x[u][i] = Fraction(1)
    g = [[sum(x[u][i] * x[u][j] for u in range(MEMBERS)) for j in range(PRODUCTS)] for i in range(PRODUCTS)]
    for i in range(PRODUCTS):
        g[i][i] += LAMBDA
    p = inverse(g)
    b = [[Fraction(0) if i == j else -p[i][j] / p[j][j] for j in range(PRODUCTS)] for i in range(PRODUCTS)]
    print("kind,row,column,value")
    for i in range(PRODUCTS):
        for j in range(PRODUCTS):
            print(f"b,{i},{j},{float(b[i][j])!r}")
    for u in range(MEMBERS):
        for j in range(PRODUCTS):
            s = sum(x[u][i] * b[i][j] for i in range(PRODUCTS))
            print(f"score,{u},{j},{float(s)!r}")


if __name__ == "__main__":
    main()
