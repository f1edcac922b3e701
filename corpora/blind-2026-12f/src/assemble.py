"""Assemble the hand-written rows of src/guard.txt and src/inbox.txt into JSON lines.

Only assembles and checks (fields, ids, counts, JSON); it writes no text of its own.
"""
import json, collections, pathlib

here = pathlib.Path(__file__).resolve().parent
out = here.parent
GLANG = {"id": "id", "en": "en", "mix": "mix"}

def sections(path):
    head = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("## "):
            head = [p.strip() for p in line[3:].split("|")]
            continue
        yield head, line

guard = []
for head, line in sections(here / "guard.txt"):
    lang, kind, paid, text = line.split("|", 3)
    family, expect = head[0], head[1]
    assert lang in GLANG and kind in "pr" and paid in "tf", line
    guard.append({
        "id": f"g{len(guard)+1:03d}", "split": "blind8", "lang": lang,
        "kind": "post" if kind == "p" else "reply", "paid": paid == "t",
        "text": text.strip(),
        "expect": sorted(e for e in expect.split(",") if e), "family": family,
    })

inbox = []
STYLE_LANG = {"id": "id", "slang": "id", "en": "en", "mixed": "mixed"}
for head, line in sections(here / "inbox.txt"):
    style, text = line.split("|", 1)
    family, urgency, sentiment = head
    assert style in STYLE_LANG and urgency in ("high", "normal", "low"), line
    assert sentiment in ("positive", "neutral", "negative"), line
    inbox.append({
        "id": f"m{len(inbox)+1:03d}", "text": text.strip(), "lang": STYLE_LANG[style],
        "style": style, "urgency": urgency, "family": family, "sentiment": sentiment,
    })

for rows in (guard, inbox):
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows), "duplicate text"

(out / "guard.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in guard), encoding="utf-8")
(out / "inbox.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in inbox), encoding="utf-8")

for p in ("guard.jsonl", "inbox.jsonl"):
    for l in (out / p).read_text(encoding="utf-8").splitlines():
        json.loads(l)

print("guard", len(guard))
c = collections.defaultdict(collections.Counter)
for r in guard:
    c[r["family"]][r["lang"]] += 1
for f, k in c.items():
    print(f"  {f:18} {sum(k.values()):3}  id {k['id']:2} en {k['en']:2} mix {k['mix']:2}")
print("  lang", collections.Counter(r["lang"] for r in guard))
print("  kind", collections.Counter(r["kind"] for r in guard), "paid", sum(r["paid"] for r in guard),
      "paid partnership", sum(r["paid"] for r in guard if r["family"] == "partnership"))
print("  flagged", sum(1 for r in guard if r["expect"]), "clean", sum(1 for r in guard if not r["expect"]))
print("  per rule", collections.Counter(e for r in guard for e in r["expect"]))
print("inbox", len(inbox))
c = collections.defaultdict(collections.Counter)
for r in inbox:
    c[(r["family"], r["urgency"], r["sentiment"])][r["style"]] += 1
for f, k in c.items():
    print(f"  {str(f):45} {sum(k.values()):3}  id {k['id']:2} slang {k['slang']:2} en {k['en']:2} mixed {k['mixed']:2}")
print("  urgency", collections.Counter(r["urgency"] for r in inbox))
print("  lang", collections.Counter(r["lang"] for r in inbox), "style", collections.Counter(r["style"] for r in inbox))
high = [r for r in inbox if r["urgency"] == "high"]
print("  high lang", collections.Counter(r["style"] for r in high))
