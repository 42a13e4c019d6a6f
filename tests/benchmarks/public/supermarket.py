#!/usr/bin/env python3
"""Turns Weka's public market-basket data set into Kinsight import files.

The data set is supermarket.arff from Debian's `weka` package (/usr/share/doc/weka/examples/):
4,627 shopping baskets of a New Zealand supermarket over 216 departments, each attribute 't' when
the basket held something from that department (the last attribute, 'total', is the basket's
value class and is not a product). Each basket becomes a member, each department a product and
each 't' a paid order of 1.00 for that (basket, department) pair. The data set has no times, so
each basket's departments are put in a random order (seeded, the same every run) one minute
apart: the contract's leave-latest-out split then holds out a random department of each basket,
the usual leave-one-out protocol for basket data. (Giving all pairs one time would hold out the
department with the greatest id, by the contract's tie rule, and validation would then hold out
the second greatest: a shift between validation and test that says nothing about the methods.)

    python3 supermarket.py ARFF OUTDIR      writes OUTDIR/members.csv, products.csv, orders.csv
"""
import csv
import os
import random
import sys


def main():
    arff, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    names, rows, in_data = [], [], False
    with open(arff, encoding="latin-1") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("%"):
                continue
            if not in_data:
                lower = line.lower()
                if lower.startswith("@attribute"):
                    name = line.split(None, 1)[1].rsplit("{", 1)[0].strip().strip("'")
                    names.append(name)
                elif lower.startswith("@data"):
                    in_data = True
                continue
            rows.append(line.split(","))
    departments = [i for i, n in enumerate(names) if n != "total"]
    with open(os.path.join(out, "products.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["product_id", "title", "kind"])
        for i in departments:
            w.writerow(["d%03d" % i, names[i], "other"])
    with open(os.path.join(out, "members.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["member_id", "joined_at"])
        for b in range(len(rows)):
            w.writerow(["b%04d" % b, "2020-01-01 09:00"])
    pairs = 0
    shuffle = random.Random(42)
    with open(os.path.join(out, "orders.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "member_id", "product_id", "paid_at", "amount"])
        for b, row in enumerate(rows):
            bought = [i for i in departments if i < len(row) and row[i].strip() == "t"]
            shuffle.shuffle(bought)
            for minute, i in enumerate(bought):
                pairs += 1
                at = "2020-01-01 %02d:%02d" % (10 + minute // 60, minute % 60)
                w.writerow(["o%06d" % pairs, "b%04d" % b, "d%03d" % i, at, "1.00"])
    print("%d baskets, %d departments, %d pairs" % (len(rows), len(departments), pairs))


if __name__ == "__main__":
    main()
