#!/usr/bin/env python3
"""Build gold-f6.jsonl from spec_a.py + spec_b.py (quote starts are cut from the article text)."""
import json, re, sys
from spec_a import S as SA
from spec_b import S as SB

SPEC = {**SA, **SB}
OPEN = '"\u201c'
CLOSE = '"\u201d'


def aliases(s):
    return s.split("|")


def quote_start(text, anchor, aid):
    hits = [m.start() for m in re.finditer(re.escape(anchor), text)]
    hits = [h for h in hits if h > 0 and text[h - 1] in OPEN]
    if len(hits) != 1:
        sys.exit(f"{aid}: anchor {anchor!r} found {len(hits)} times after a quotation mark")
    i = hits[0]
    j = i
    while j < len(text) and text[j] not in CLOSE and text[j] != "\n":
        j += 1
    words = text[i:j].split()
    return " ".join(words[:6])


def build():
    out = []
    for aid in sorted(SPEC):
        sp = SPEC[aid]
        text = open(f"{aid}.txt", encoding="utf-8").read()
        ents = []
        index = {}
        for key, typ, opt in [("P", "PERSON", False), ("O", "ORG", False), ("L", "PLACE", False), ("D", "DATE", False),
                              ("oP", "PERSON", True), ("oO", "ORG", True), ("oL", "PLACE", True), ("oD", "DATE", True)]:
            for s in sp.get(key, []):
                names = aliases(s)
                ents.append({"type": typ, "names": names, "optional": opt})
                if not opt:
                    index.setdefault(names[0], names)
        affs = []
        for p, o, r in sp["A"]:
            affs.append({"person": index[p], "org": index[o], "role": r})
        quotes = []
        for spk, anchor in sp["Q"]:
            spk = [spk] if isinstance(spk, str) else spk
            names = []
            for k in spk:
                names += index[k]
            quotes.append({"speaker": names, "start": quote_start(text, anchor, aid)})
        out.append({"id": aid, "date": sp["date"], "source_url": None,
                    "entities": ents, "affiliations": affs, "quotes": quotes})
    with open("gold-f6.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} lines to gold-f6.jsonl")


if __name__ == "__main__":
    build()
