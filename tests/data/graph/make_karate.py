#!/usr/bin/python3
# Writes the Zachary karate club fixture and its reference values with NetworkX (the published
# reference implementation of these metrics). Run once by hand; the tests never call Python:
#   /usr/bin/python3 tests/data/graph/make_karate.py   (Debian's python3-networkx 2.8.8)
# Members n00..n33 are NetworkX's nodes 0..33 (zero-padded so id order is node order).
# Every club tie is written as two interactions, one each way, with Zachary's tie strength as the
# weight (nx.karate_club_graph()'s 'weight'), so the directed graph is the symmetric one NetworkX
# uses for an undirected graph's PageRank.
import csv, os
import networkx as nx

here = os.path.dirname(os.path.abspath(__file__))
G = nx.karate_club_graph()
assert G.number_of_nodes() == 34 and G.number_of_edges() == 78
name = lambda v: 'n%02d' % v

with open(os.path.join(here, 'karate_members.csv'), 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['member_id', 'joined_at', 'club'])
    for v in sorted(G.nodes()):
        w.writerow([name(v), '2026-01-01', G.nodes[v]['club']])

with open(os.path.join(here, 'karate_interactions.csv'), 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['from_member_id', 'to_member_id', 'occurred_at', 'type', 'weight'])
    for a, b, d in sorted(G.edges(data=True)):
        w.writerow([name(a), name(b), '2026-02-01', 'reply', d['weight']])
        w.writerow([name(b), name(a), '2026-02-01', 'reply', d['weight']])

dc = nx.degree_centrality(G)
cl = nx.clustering(G)
pr_w = nx.pagerank(G, alpha=0.85, tol=1e-15, max_iter=10000)
pr_u = nx.pagerank(G, alpha=0.85, tol=1e-15, max_iter=10000, weight=None)
bc = nx.betweenness_centrality(G, normalized=True)
core = nx.core_number(G)
with open(os.path.join(here, 'karate_expected.csv'), 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['member_id', 'degree', 'degree_centrality', 'clustering', 'pagerank_weighted',
                'pagerank_unweighted', 'betweenness', 'core_number'])
    for v in sorted(G.nodes()):
        w.writerow([name(v), G.degree(v), repr(dc[v]), repr(cl[v]), repr(pr_w[v]), repr(pr_u[v]),
                    repr(bc[v]), core[v]])
print('networkx', nx.__version__)
print('average_clustering', repr(nx.average_clustering(G)))
print('transitivity', repr(nx.transitivity(G)))
print('density', repr(nx.density(G)))
