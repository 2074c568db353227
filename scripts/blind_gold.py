#!/usr/bin/env python3
"""Builds and checks the gold of a development set written by hand (corpus/dev5, corpus/dev6).

    python3 scripts/blind_gold.py build corpus/dev6    # spec_a.py + spec_b.py -> the gold file
    python3 scripts/blind_gold.py check corpus/dev6    # self-check; writes systemcopy.jsonl

The folder holds the articles, the gold as written (`spec_a.py`, `spec_b.py`: compact alias lists,
affiliations and quote anchors; quote starts are cut from the text, six words after the opening mark, the whole quote when shorter) and
`gold_set.py`: GOLD (the gold file's name), NOT_LITERAL (aliases that are variants not written in the text),
ROLE_FROM_VERB (roles that are the noun of a verb in the text) and WORDS (the allowed article length).

The check: JSON valid and keys present; every alias occurs in its article (case-insensitive, curly quotes
made straight), except the listed variants; every quote start is the first words right after an opening
quotation mark; every affiliation person/org and every quote speaker is an alias list of a required entity
of the article; no normalized alias shared by two entities of one type; DATE names are ISO; header date
agrees. It also writes systemcopy.jsonl (first alias of each required entity, person, org and speaker; start
as text), which ../shared/eval/score.py scores at 1.000 against the gold, and prints totals.
"""
import importlib, json, os, re, sys, unicodedata
from collections import Counter

# Opening and closing quotation marks: straight, curly, guillemets, low-9 ("„…“" and "„…”").
OPEN = '"\u201c\u00ab\u201e'
CLOSE = '"\u201d\u00bb\u201c'


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


def build(gold):
    """Writes the gold file from the folder's spec_a.py and spec_b.py."""
    from spec_a import S as SA
    from spec_b import S as SB
    SPEC = {**SA, **SB}
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
    with open(gold, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} lines to {gold}")


QMAP = {0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"', 0x00AB: '"', 0x00BB: '"', 0x201E: '"'}


def straight(s):
    return unicodedata.normalize("NFC", s).translate(QMAP)


def norm(s):
    s = " ".join(straight(s).casefold().split()).strip(" .,;:!?\"'()")
    if s.startswith("the "):
        s = s[4:]
    return s

def check(gold_set):
    """Self-check of the folder's gold against its articles; exits 1 on any error."""
    errors = []
    rows = []
    with open(gold_set.GOLD, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON {e}")

    tot = Counter()
    words_total = 0
    per_article = []
    for r in rows:
        aid = r["id"]
        for k in ("id", "date", "source_url", "entities", "affiliations", "quotes"):
            if k not in r:
                errors.append(f"{aid}: missing key {k}")
        raw = open(f"{aid}.txt", encoding="utf-8").read()
        text = straight(raw)
        low = text.casefold()
        has_header = raw.startswith(" date ")
        if has_header:
            hdr = raw[6:16]
            if r["date"] != hdr:
                errors.append(f"{aid}: gold date {r['date']} != header {hdr}")
            body = raw[17:]
        else:
            if r["date"] is not None:
                errors.append(f"{aid}: no header but date {r['date']}")
            body = raw
        nw = len(body.split())
        words_total += nw
        if not gold_set.WORDS[0] <= nw <= gold_set.WORDS[1]:
            errors.append(f"{aid}: {nw} words")
        required = []
        seen = {}
        for e in r["entities"]:
            if e["type"] not in ("PERSON", "ORG", "PLACE", "DATE"):
                errors.append(f"{aid}: bad type {e['type']}")
            for a in e["names"]:
                if e["type"] == "DATE":
                    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", a) and not (e["optional"] and re.fullmatch(r"\d{4}s", a)):
                        errors.append(f"{aid}: DATE name not ISO {a}")
                elif straight(a).casefold() not in low and (aid, a) not in gold_set.NOT_LITERAL:
                    errors.append(f"{aid}: alias not in text: {a!r}")
                key = (e["type"], norm(a))
                if key in seen and seen[key] is not e:
                    errors.append(f"{aid}: alias {a!r} shared by two {e['type']} entities")
                seen[key] = e
            if not e["optional"]:
                required.append(e)
            tot[(e["type"], "opt" if e["optional"] else "req")] += 1
        req_lists = [e["names"] for e in required]
        for a in r["affiliations"]:
            if a["person"] not in [e["names"] for e in required if e["type"] == "PERSON"]:
                errors.append(f"{aid}: affiliation person not an entity: {a['person']}")
            if a["org"] not in [e["names"] for e in required if e["type"] == "ORG"]:
                errors.append(f"{aid}: affiliation org not an entity: {a['org']}")
            if a["role"] is not None and straight(a["role"]).casefold() not in low and (aid, a["role"]) not in gold_set.ROLE_FROM_VERB:
                errors.append(f"{aid}: role not in text: {a['role']!r}")
            tot["aff"] += 1
            if a["role"] is None:
                tot["aff_null"] += 1
        pairs = Counter((a["person"][0], a["org"][0]) for a in r["affiliations"])
        for p, c in pairs.items():
            if c > 1:
                errors.append(f"{aid}: duplicate affiliation {p}")
        spk_ok = {norm(x) for e in required if e["type"] in ("PERSON", "ORG") for x in e["names"]}
        for q in r["quotes"]:
            if not q["speaker"] or any(norm(s) not in spk_ok for s in q["speaker"]):
                errors.append(f"{aid}: quote speaker not an entity alias: {q['speaker']}")
            st = straight(q["start"])
            pos = [m.start() for m in re.finditer(re.escape(st), text)]
            starts = [p for p in pos if p > 0 and text[p - 1] == '"']
            if not starts:
                errors.append(f"{aid}: quote start not right after a quotation mark: {q['start']!r}")
            # Six words, or the whole quote when it is shorter ("No," she said).
            quote_words = len(text[starts[0]:].split('"')[0].split("\n")[0].split()) if starts else 6
            if len(q["start"].split()) != min(6, quote_words):
                errors.append(f"{aid}: quote start has {len(q['start'].split())} words: {q['start']!r}")
            tot["quotes"] += 1
        n_req = sum(1 for e in r["entities"] if not e["optional"])
        n_opt = sum(1 for e in r["entities"] if e["optional"])
        per_article.append((aid, nw, n_req, n_opt, len(r["affiliations"]), len(r["quotes"])))

    # system-form copy
    with open("systemcopy.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({
                "id": r["id"], "date": r["date"],
                "entities": [{"type": e["type"], "name": e["names"][0]} for e in r["entities"] if not e["optional"]],
                "affiliations": [{"person": a["person"][0], "org": a["org"][0], "role": a["role"]} for a in r["affiliations"]],
                "quotes": [{"speaker": q["speaker"][0], "text": q["start"]} for q in r["quotes"]],
            }, ensure_ascii=False) + "\n")

    print(f"articles: {len(rows)}, words (header line prefix not counted): {words_total}")
    for t in ("PERSON", "ORG", "PLACE", "DATE"):
        print(f"  {t:<7} required {tot[(t, 'req')]:>4}  optional {tot[(t, 'opt')]:>3}")
    print(f"  required entities {sum(v for k, v in tot.items() if isinstance(k, tuple) and k[1] == 'req')}, "
          f"optional {sum(v for k, v in tot.items() if isinstance(k, tuple) and k[1] == 'opt')}")
    print(f"  affiliations {tot['aff']} (role null {tot['aff_null']}), quotes {tot['quotes']}")
    print("| id | words | required entities | optional | affiliations | quotes |")
    print("|---|---|---|---|---|---|")
    for row in per_article:
        print("| " + " | ".join(str(x) for x in row) + " |")
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("build", "check"):
        sys.exit("usage: blind_gold.py build|check FOLDER")
    os.chdir(sys.argv[2])
    sys.path.insert(0, os.getcwd())
    gold_set = importlib.import_module("gold_set")
    if sys.argv[1] == "build":
        build(gold_set.GOLD)
    else:
        check(gold_set)
