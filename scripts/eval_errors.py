#!/usr/bin/env python3
"""List the entity and affiliation errors behind `newsdex eval`'s counts, article by article.

usage: eval_errors.py GOLD.jsonl SYSTEM.jsonl [--score PATH/TO/score.py]

Uses the matching of the reference scorer (../shared/eval/score.py) so that every line printed is one
of the fp/fn it counts. A development aid for error analysis; prints `FP TYPE name` / `FN TYPE names`.
"""
import argparse, importlib.util, json, os, sys

def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("gold"); ap.add_argument("system")
    ap.add_argument("--score", default=os.path.join(here, "..", "..", "shared", "eval", "score.py"))
    args = ap.parse_args()
    s = load_scorer(args.score)
    read = lambda p: {o["id"]: o for o in (json.loads(l) for l in open(p, encoding="utf-8") if l.strip())}
    gold, system = read(args.gold), read(args.system)
    for doc_id, g in gold.items():
        sys_doc = system.get(doc_id, {"entities": [], "affiliations": []})
        lines = []
        for t in s.ENTITY_TYPES:
            req = [e for e in g["entities"] if e.get("type") == t and not e.get("optional", False)]
            opt = set()
            for e in g["entities"]:
                if e.get("type") == t and e.get("optional", False):
                    opt |= s._aliases(e.get("names", e.get("name")))
            aliases = [s._aliases(e.get("names", e.get("name"))) for e in req]
            preds = [e.get("name") for e in sys_doc["entities"] if e.get("type") == t]
            m = s.max_matching(len(preds), len(req), lambda i, j: s.norm_name(preds[i]) in aliases[j])
            for i, name in enumerate(preds):
                if i not in m and s.norm_name(name) not in opt:
                    lines.append(f"  FP {t:6} {name}")
            matched = set(m.values())
            for j, e in enumerate(req):
                if j not in matched:
                    lines.append(f"  FN {t:6} {' | '.join(e.get('names', [e.get('name')]))}")
        ga, sa = g.get("affiliations", []), sys_doc.get("affiliations", [])
        gp = [s._aliases(a.get("person")) for a in ga]; go = [s._aliases(a.get("org")) for a in ga]
        m = s.max_matching(len(sa), len(ga), lambda i, j: s.norm_name(sa[i].get("person")) in gp[j] and s.norm_name(sa[i].get("org")) in go[j])
        for i, a in enumerate(sa):
            if i not in m:
                lines.append(f"  FP AFFIL  {a.get('person')} / {a.get('role')} / {a.get('org')}")
        for j, a in enumerate(ga):
            if j not in set(m.values()):
                lines.append(f"  FN AFFIL  {a.get('person')} / {a.get('role')} / {a.get('org')}")
        if lines:
            print(doc_id); print("\n".join(lines))

if __name__ == "__main__":
    sys.exit(main())
