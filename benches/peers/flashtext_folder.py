#!/usr/bin/env python3
"""flashtext over a folder with gazette's own alias list, for the folder comparison.

    extract --list-aliases > aliases.tsv
    python3 flashtext_folder.py aliases.tsv DIR

Prints the build time and the scan throughput (all *.txt files under DIR, read,
lower-cased by flashtext itself, keywords extracted). Cyrillic letters and
apostrophes are added to flashtext's word characters, else "Київ" would match
inside "Київська" (see DATA-SOURCES.md, §6).
"""
import sys
import time
from pathlib import Path

from flashtext import KeywordProcessor


def main():
    aliases, folder = sys.argv[1], Path(sys.argv[2])
    t0 = time.perf_counter()
    kp = KeywordProcessor(case_sensitive=False)
    cyrillic = {chr(c) for c in range(0x0400, 0x0530)}
    kp.set_non_word_boundaries(kp.non_word_boundaries | cyrillic | {"'", "’"})
    n = 0
    for line in open(aliases, encoding="utf-8"):
        alias, _kind, ident = line.rstrip("\n").split("\t")
        kp.add_keyword(alias, ident)
        n += 1
    build = time.perf_counter() - t0
    files = sorted(folder.rglob("*.txt"))
    t0 = time.perf_counter()
    size = found = 0
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        size += len(text.encode("utf-8"))
        found += len(kp.extract_keywords(text))
    scan = time.perf_counter() - t0
    print(f"flashtext: {n} aliases, build {build:.2f} s; {len(files)} files, "
          f"{size / 1e6:.1f} MB in {scan:.2f} s = {size / 1e6 / scan:.2f} MB/s; {found} matches")


if __name__ == "__main__":
    main()
