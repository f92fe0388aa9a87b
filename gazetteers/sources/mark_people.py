#!/usr/bin/env python3
"""Mark people whose surname alone is unsafe as "ambiguous" in people.jsonl.

A person is marked when a surname of theirs (the `surnames` field, else the last word of
each name) is
  - a given name in gazetteers/given_names.tsv ("Antony", "Bohdan", "Michel"), or
  - a common lower-case word in an English or Ukrainian word list ("brown", "коваль"),
    unless the person has been a head of state or government: news calls them by the
    surname alone ("Trump", "Tusk"), and readers know who is meant.
The surname alone then names them only where the article names them in full.
Marks already in the file are kept. The word lists are read at build time only and
nothing of them is shipped (see sources/README.md for the packages).

Run from the repository root:
  python3 gazetteers/sources/mark_people.py \
      --english /tmp/gzdeb/x/usr/share/dict/american-english \
      --ukrainian /tmp/gzdeb/x/usr/share/dict/ukrainian
"""
import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
LEADER = {"head_of_state", "head_of_government"}


def surnames(r):
    out = set()
    for lang, names in [("en", [r["name"]])] + list(r.get("names", {}).items()):
        given = r.get("surnames", {}).get(lang)
        if given:
            out |= {(lang, s) for s in given}
            continue
        for n in names:
            words = n.split()
            if len(words) >= 2:
                out.add((lang, words[-1]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--english", required=True)
    ap.add_argument("--ukrainian", required=True)
    a = ap.parse_args()
    given = set()
    for line in (HERE / "given_names.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            given.add(line.split("\t")[0].casefold())
    words = {
        "en": {w for w in Path(a.english).read_text(encoding="utf-8").split() if w.islower()},
        "uk": {w for w in Path(a.ukrainian).read_text(encoding="utf-8").split() if w.islower()},
    }
    path = HERE / "people.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    out, marked = [], 0
    for line in lines:
        if not line.strip() or line.startswith("#"):
            out.append(line)
            continue
        r = json.loads(line)
        if not r.get("ambiguous"):
            leader = any(x["role"] in LEADER for x in r.get("roles", []))
            for lang, s in sorted(surnames(r)):
                f = s.casefold()
                if f in given or (not leader and f in words.get(lang, ())):
                    r["ambiguous"] = True
                    marked += 1
                    break
            line = json.dumps(r, ensure_ascii=False, separators=(",", ":"))
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"marked {marked} more people ambiguous")


if __name__ == "__main__":
    main()
