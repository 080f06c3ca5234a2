#!/usr/bin/env python3
"""Prints psql \\set lines with the parameters CandidateFinder binds for a claim: everyTerm, someTerms, rareTerms,
anyTerm. Like the app, term groups are ordered by PostgreSQL's row estimate and the rare ones (< 5,000 rows)
are OR-ed; unlike the app, each group is the word alone (the app adds lemmas and WordNet synonyms).
Environment: PG_PORT, PG_DB, PG_PASSWORD (the benchmark server)."""
import itertools, json, os, re, subprocess, sys

STOP = set("""a an the and or but of in on at to for by with from as is are was were be been has have had it its
this that these those than then there their they he she his her says said say claim claimed""".split())
RARE_ROWS, RAREST = 5000, 4


def estimate(term):
    sql = ("explain (format json) select 1 from claim c where c.search_vector @@ to_tsquery('english', '%s')"
           % term)
    out = subprocess.run(["psql", "-X", "-tA", "-h", "127.0.0.1", "-p", os.environ.get("PG_PORT", "55432"),
                          "-U", "factdesk", "-d", os.environ.get("PG_DB", "factdesk"), "-c", sql],
                         env=dict(os.environ, PGPASSWORD=os.environ.get("PG_PASSWORD", "factdesk")),
                         capture_output=True, text=True, check=True).stdout
    return int(json.loads(out)[0]["Plan"]["Plan Rows"])


def some_of(groups):
    k = len(groups) if len(groups) <= 2 else max(2, (len(groups) + 1) // 2)
    return " | ".join("(" + " & ".join(c) + ")" for c in itertools.combinations(groups, k))


words = [w for w in re.findall(r"[a-z0-9]+", sys.argv[1].lower()) if len(w) > 1 and w not in STOP]
groups = ["(" + w + ")" for w in dict.fromkeys(words)]
rows = {g: estimate(g) for g in groups}
groups.sort(key=lambda g: rows[g])
rare = " | ".join(g for g in groups if rows[g] < RARE_ROWS) or groups[0]
for name, value in (("everyTerm", " & ".join(groups)), ("someTerms", some_of(groups[:RAREST])),
                    ("rareTerms", rare), ("anyTerm", " | ".join(groups))):
    print("\\set %s '%s'" % (name, value))
