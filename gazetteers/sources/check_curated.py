#!/usr/bin/env python3
"""Validate the hand-curated gazetteers: people.jsonl, organizations.jsonl and given_names.tsv.

Run from anywhere:  python3 gazetteers/sources/check_curated.py
Exit status 0 when clean, 1 when any error is found. Warnings (surface forms shared by two
entities) are printed but do not fail the check; pass --strict to make them fail too.
"""
import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # gazetteers/
PEOPLE = HERE / "people.jsonl"
ORGS = HERE / "organizations.jsonl"
GIVEN = HERE / "given_names.tsv"

ROLES = {
    "head_of_state", "head_of_government", "defence_minister", "foreign_minister",
    "deputy_defence_minister", "secretary_general", "deputy_secretary_general",
    "assistant_secretary_general", "high_representative", "commission_president",
    "council_president", "parliament_speaker", "commissioner", "chief_of_general_staff",
    "commander_in_chief", "intelligence_chief", "senator", "member_of_parliament",
    "deputy_head_of_government", "minister", "deputy_minister", "deputy_foreign_minister",
    "deputy_parliament_speaker", "governor", "mayor", "ambassador", "national_security_adviser",
    "military_commander", "chief_of_staff", "agency_head", "party_leader",
}
ORG_TYPES = {"international", "government", "ministry", "military", "intelligence",
             "parliament", "media", "company", "think_tank", "building"}
LANGS = {"en", "uk", "ru"}
PERSON_KEYS = {"id", "kind", "name", "wikidata", "gender", "names", "aliases", "surnames", "roles", "ambiguous"}
ORG_KEYS = {"id", "kind", "name", "wikidata", "type", "country", "names", "aliases", "context_aliases", "ambiguous"}
ROLE_KEYS = {"role", "of", "from", "to", "title"}

LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
ROMAN = re.compile(r"^[IVXLC]+$")
UK_ONLY = set("іїєґІЇЄҐ")
RU_ONLY = set("ыэъёЫЭЪЁ")
PERSON_ID = re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$")
ORG_ID = re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$")
ISO_ID = re.compile(r"^iso:[A-Z]{2}$")
QID = re.compile(r"^Q[1-9][0-9]*$")

errors = []
warnings = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def latin_words(s):
    return [w for w in s.split() if LATIN.search(w) and not ROMAN.match(w.strip(".,"))]


def check_string(where, s):
    if not isinstance(s, str):
        err(where, f"expected a string, got {type(s).__name__}")
        return False
    if not s.strip():
        err(where, "empty string")
        return False
    if s != s.strip() or "  " in s:
        err(where, f"stray whitespace in {s!r}")
    if unicodedata.normalize("NFC", s) != s:
        err(where, f"not NFC-normalised: {s!r}")
    return True


def check_list(where, lst, lang=None, script=True):
    if not isinstance(lst, list) or not lst:
        err(where, "expected a non-empty list")
        return
    seen = set()
    for s in lst:
        if not check_string(where, s):
            continue
        if s in seen:
            err(where, f"duplicate {s!r}")
        seen.add(s)
        if script and lang in ("uk", "ru"):
            if latin_words(s):
                err(where, f"Latin letters in a {lang} form: {s!r}")
            if not CYRILLIC.search(s):
                err(where, f"no Cyrillic in a {lang} form: {s!r}")
            bad = (RU_ONLY if lang == "uk" else UK_ONLY) & set(s)
            if bad:
                err(where, f"{''.join(sorted(bad))} in a {lang} form: {s!r}")
        if script and lang == "en" and CYRILLIC.search(s):
            err(where, f"Cyrillic in an en form: {s!r}")


def check_lang_map(where, m, script=True):
    if not isinstance(m, dict) or not m:
        err(where, "expected a non-empty object")
        return
    for lang, lst in m.items():
        if lang not in LANGS:
            err(where, f"unknown language {lang!r}")
        check_list(f"{where}.{lang}", lst, lang, script)


def parse_date(where, s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        err(where, f"date not YYYY-MM-DD: {s!r}")
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err(where, f"invalid date {s!r}")
        return None


def load(path):
    recs = []
    if not path.exists():
        err(str(path), "missing")
        return recs
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path.name}:{no}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, f"invalid JSON: {e}")
            continue
        if not isinstance(rec, dict):
            err(where, "not a JSON object")
            continue
        recs.append((where, rec))
    return recs


def check_sorted(path, recs):
    ids = [r.get("id", "") for _, r in recs]
    if ids != sorted(ids):
        err(path.name, "records are not sorted by id")


def main():
    strict = "--strict" in sys.argv
    people = load(PEOPLE)
    orgs = load(ORGS)
    check_sorted(PEOPLE, people)
    check_sorted(ORGS, orgs)

    ids = {}
    for where, r in people + orgs:
        i = r.get("id")
        if not isinstance(i, str):
            err(where, "missing id")
            continue
        if i in ids:
            err(where, f"duplicate id {i} (also {ids[i]})")
        ids[i] = where
    org_ids = {r["id"] for _, r in orgs if isinstance(r.get("id"), str)}

    qids = {}
    for where, r in people + orgs:
        q = r.get("wikidata")
        if q is not None:
            if not isinstance(q, str) or not QID.match(q):
                err(where, f"bad wikidata {q!r}")
            elif q in qids:
                err(where, f"wikidata {q} also used at {qids[q]}")
            else:
                qids[q] = where

    for where, r in people:
        where = f"{where} {r.get('id')}"
        for k in r:
            if k not in PERSON_KEYS:
                err(where, f"unknown field {k!r}")
        if not PERSON_ID.match(str(r.get("id", ""))):
            err(where, "id must be person:ascii-slug")
        if r.get("kind") != "person":
            err(where, "kind must be person")
        if check_string(f"{where}.name", r.get("name")) and CYRILLIC.search(r["name"]):
            err(where, "name must be the English title")
        if r.get("gender") not in ("m", "f"):
            err(where, "gender must be m or f")
        if "names" in r:
            check_lang_map(f"{where}.names", r["names"])
        if "aliases" in r:
            check_list(f"{where}.aliases", r["aliases"], script=False)
        if "surnames" in r:
            check_lang_map(f"{where}.surnames", r["surnames"])
        roles = r.get("roles", [])
        if not isinstance(roles, list):
            err(where, "roles must be a list")
            roles = []
        for n, role in enumerate(roles):
            rw = f"{where}.roles[{n}]"
            if not isinstance(role, dict):
                err(rw, "not an object")
                continue
            for k in role:
                if k not in ROLE_KEYS:
                    err(rw, f"unknown field {k!r}")
            if role.get("role") not in ROLES:
                err(rw, f"unknown role {role.get('role')!r}")
            of = role.get("of")
            if not isinstance(of, str) or not (ISO_ID.match(of) or of in org_ids):
                err(rw, f"'of' is neither iso:XX nor a known org id: {of!r}")
            start = parse_date(f"{rw}.from", role.get("from"))
            end = parse_date(f"{rw}.to", role["to"]) if "to" in role else None
            if start and end and start > end:
                err(rw, f"from {start} is after to {end}")
            if "title" in role:
                check_string(f"{rw}.title", role["title"])

    for where, r in orgs:
        where = f"{where} {r.get('id')}"
        for k in r:
            if k not in ORG_KEYS:
                err(where, f"unknown field {k!r}")
        if not ORG_ID.match(str(r.get("id", ""))):
            err(where, "id must be org:ascii-slug")
        if r.get("kind") != "organization":
            err(where, "kind must be organization")
        check_string(f"{where}.name", r.get("name"))
        if "type" in r and r["type"] not in ORG_TYPES:
            err(where, f"unknown type {r['type']!r}")
        if "country" in r and not (isinstance(r["country"], str) and re.fullmatch(r"[A-Z]{2}", r["country"])):
            err(where, f"bad country {r.get('country')!r}")
        if "names" in r:
            check_lang_map(f"{where}.names", r["names"])
        if "aliases" in r:
            check_list(f"{where}.aliases", r["aliases"], script=False)
        if "context_aliases" in r:
            check_lang_map(f"{where}.context_aliases", r["context_aliases"])
        if "ambiguous" in r and not isinstance(r["ambiguous"], bool):
            err(where, "ambiguous must be true or false")
        if "names" not in r and "aliases" not in r:
            warn(where, "only the canonical name can match")

    # surface forms shared by two entities (after case folding) are worth a look
    owner = {}
    for _, r in people + orgs:
        forms = {r.get("name", "")}
        for lst in r.get("names", {}).values():
            forms.update(lst)
        forms.update(r.get("aliases", []))
        for f in forms:
            key = unicodedata.normalize("NFKD", f).casefold()
            key = "".join(c for c in key if not unicodedata.combining(c)).replace("ʼ", "'").replace("’", "'")
            other = owner.setdefault(key, r.get("id"))
            if other != r.get("id"):
                warn(r.get("id"), f"surface form {f!r} also names {other}")

    # given names
    if not GIVEN.exists():
        err(GIVEN.name, "missing")
    else:
        lines = GIVEN.read_text(encoding="utf-8").splitlines()
        if not lines or lines[0] != "# name\tgender\tlang":
            err(f"{GIVEN.name}:1", "header must be '# name<TAB>gender<TAB>lang'")
        seen = {}
        for no, line in enumerate(lines[1:], 2):
            where = f"{GIVEN.name}:{no}"
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                err(where, f"expected 3 tab-separated fields: {line!r}")
                continue
            name, gender, lang = parts
            if not check_string(where, name):
                continue
            if " " in name:
                err(where, f"one word expected: {name!r}")
            if gender not in ("m", "f", "u"):
                err(where, f"gender must be m, f or u: {gender!r}")
            if lang not in LANGS:
                err(where, f"lang must be en, uk or ru: {lang!r}")
            if lang == "en" and CYRILLIC.search(name):
                err(where, f"Cyrillic name tagged en: {name!r}")
            if lang in ("uk", "ru"):
                if LATIN.search(name):
                    err(where, f"Latin name tagged {lang}: {name!r}")
                bad = (RU_ONLY if lang == "uk" else UK_ONLY) & set(name)
                if bad:
                    err(where, f"{''.join(sorted(bad))} in a {lang} name: {name!r}")
            if not name[0].isupper():
                err(where, f"must start with a capital: {name!r}")
            key = (name, lang)
            if key in seen:
                err(where, f"duplicate of line {seen[key]}")
            seen[key] = no

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    n_people, n_orgs = len(people), len(orgs)
    n_given = sum(1 for l in GIVEN.read_text(encoding="utf-8").splitlines()[1:] if l.strip() and not l.startswith("#")) if GIVEN.exists() else 0
    print(f"{n_people} people, {n_orgs} organisations, {n_given} given names; "
          f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors or (strict and warnings) else 0


if __name__ == "__main__":
    sys.exit(main())
