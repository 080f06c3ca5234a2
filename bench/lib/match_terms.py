#!/usr/bin/env python3
"""The OR-ed tsquery the matcher builds from a claim's content words (approximation of TermExtractor without
lemmas and synonyms): prints e.g. "governor | joblessness | ohio | dropped"."""
import re, sys

STOP = set("""a an the and or but of in on at to for by with from as is are was were be been has have had it its
this that these those than then there their they he she his her says said say claim claimed""".split())
words = [w for w in re.findall(r"[a-z0-9]+", sys.argv[1].lower()) if len(w) > 1 and w not in STOP]
print(" | ".join(dict.fromkeys(words)))
