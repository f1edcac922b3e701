#!/usr/bin/env python3
# Assembles hand-written batch files (one message per line: "U family S lang style | text")
# into train7a-inbox.jsonl and validates fields; it never generates text.
import json, glob, sys, collections, os
here = os.path.dirname(os.path.abspath(__file__))
U = {"H": "high", "N": "normal", "L": "low"}
S = {"+": "positive", "0": "neutral", "-": "negative"}
LANGS = {"id", "en", "mix"}; STYLES = {"id", "en", "slang", "mixed"}
rows, seen = [], set()
for f in sorted(glob.glob(os.path.join(here, "batch*.txt"))):
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"): continue
        head, text = line.split(" | ", 1)
        u, fam, s, lang, style = head.split()
        assert u in U and s in S and lang in LANGS and style in STYLES, (f, n, line)
        text = text.strip(); assert text, (f, n)
        key = text.lower()
        if key in seen: sys.exit(f"duplicate text {f}:{n}: {text}")
        seen.add(key)
        rows.append({"text": text, "lang": lang, "style": style, "urgency": U[u], "family": fam, "sentiment": S[s]})
out = os.path.join(here, "..", "train7a-inbox.jsonl")
with open(out, "w", encoding="utf-8") as o:
    for i, r in enumerate(rows, 1):
        o.write(json.dumps({"id": f"t7a-{i:03d}", **r}, ensure_ascii=False) + "\n")
c = collections.Counter((r["urgency"], r["family"]) for r in rows)
print(len(rows), "rows"); print(collections.Counter(r["urgency"] for r in rows))
print(collections.Counter(r["lang"] for r in rows)); print(collections.Counter(r["sentiment"] for r in rows))
for k in sorted(c): print(k, c[k])
