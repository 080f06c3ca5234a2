#!/usr/bin/env python3
"""Prints psql \\set lines with the parameters CandidateFinder binds for a claim: everyTerm, someTerms, rareTerms,
useSome, anyTerm. Like the app, term groups are ordered by PostgreSQL's row estimate, the rare ones (< 5,000
rows) are OR-ed and the "about half" search uses only the uncommon ones (< 20,000 rows), if at least two; unlike the app, each group is the word alone (the app adds lemmas and WordNet synonyms).
The organisation's own claims are filtered with "+ 0" when it holds at least a tenth of all claims, as in the app.
Environment: PG_PORT, PG_DB, PG_PASSWORD (the benchmark server), ORG (the organisation id)."""
import itertools, json, os, re, subprocess, sys

STOP = set("""a an the and or but of in on at to for by with from as is are was were be been has have had it its
this that these those than then there their they he she his her says said say claim claimed""".split())
RARE_ROWS, COMMON_ROWS, RAREST = 5000, 20000, 4


def estimate(term, condition="c.search_vector @@ to_tsquery('english', '%s')"):
    sql = "explain (format json) select 1 from claim c where " + (condition % term if "%s" in condition else condition)
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
uncommon = [g for g in groups if rows[g] < COMMON_ROWS][:RAREST]
share = estimate(None, "c.organisation_id = %d" % int(os.environ.get("ORG", "1"))) / max(1, estimate(None, "true"))
print("\\set orgPlus '%s'" % ("+ 0" if share >= 0.1 else ""))
use_some = len(uncommon) > 2 or len(uncommon) == 2 and len(groups) > 2
for name, value in (("everyRarest", " & ".join(groups[:3])), ("everyTerm", " & ".join(groups)), ("someTerms", some_of(uncommon) if use_some else ""),
                    ("useSome", "true" if use_some else "false"), ("rareTerms", rare),
                    ("anyTerm", " | ".join(groups))):
    print("\\set %s '%s'" % (name, value))
