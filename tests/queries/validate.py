#!/usr/bin/env python3
"""Validate the query sets: header, 6 fields, unique ids, known langs/kinds, expected ids exist.

usage: python3 validate.py [bundled.tsv kb-real.tsv seeds.tsv]   (default: all three)
Prints counts per lang, kind and expected id.
"""
import collections, glob, os, re, sys
from tsvlib import HEADER, LANGS, KINDS

SHARED = os.environ.get("KBBOT_SHARED", "/work/shared")
BUNDLED_IDS = {"KA-22154", "KA-21165"} | {"KB-%04d" % i for i in range(1, 17)}
SEED_IDS = {"KA-22154", "KA-21165"}  # article-number of the 5 seed files


def kb_real_ids():
    ids = set()
    for p in glob.glob(os.path.join(SHARED, "kb-real", "*", "**", "*.md"), recursive=True):
        with open(p, encoding="utf-8", errors="replace") as f:
            head = f.read(6000)
        m = re.search(r"^exl-id:\s*['\"]?([0-9a-f-]{36})", head, re.M)
        if m:
            ids.add(m.group(1))
    return ids


def check(path, valid):
    errs = []
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if lines[0] != HEADER:
        errs.append("bad header: %r" % lines[0])
    seen = set()
    by_lang, by_kind, by_exp, neg_lang = (collections.Counter() for _ in range(4))
    for n, line in enumerate(lines[1:], 2):
        f = line.split("\t")
        if len(f) != 6:
            errs.append("line %d: %d fields" % (n, len(f)))
            continue
        qid, lang, q, exp, kind, src = f
        if qid in seen:
            errs.append("line %d: duplicate id %s" % (n, qid))
        seen.add(qid)
        if lang not in LANGS:
            errs.append("line %d: bad lang %s" % (n, lang))
        if kind not in KINDS:
            errs.append("line %d: bad kind %s" % (n, kind))
        if not q.strip():
            errs.append("line %d: empty query" % n)
        if len(q) > 4500:
            errs.append("line %d: query %d chars" % (n, len(q)))
        if "\r" in q:
            errs.append("line %d: raw CR" % n)
        if not src:
            errs.append("line %d: empty source" % n)
        if exp == "NONE":
            if kind != "negative":
                errs.append("line %d: NONE but kind %s" % (n, kind))
            neg_lang[lang] += 1
        else:
            if kind == "negative":
                errs.append("line %d: kind negative but expected %s" % (n, exp))
            for e in exp.split("|"):
                if e not in valid:
                    errs.append("line %d: unknown expected id %s" % (n, e))
                by_exp[e] += 1
        by_lang[lang] += 1
        by_kind[kind] += 1
    print("== %s: %d queries" % (os.path.basename(path), len(lines) - 1))
    print("  lang:", dict(sorted(by_lang.items())))
    print("  kind:", dict(sorted(by_kind.items())))
    print("  negatives per lang:", dict(sorted(neg_lang.items())), "total", sum(neg_lang.values()))
    print("  distinct expected ids:", len(by_exp))
    return errs, by_exp


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    files = sys.argv[1:] or [os.path.join(here, x) for x in ("bundled.tsv", "kb-real.tsv", "seeds.tsv")]
    real = None
    bad = 0
    for p in files:
        if not os.path.exists(p):
            print("missing", p); continue
        if os.path.basename(p).startswith("kb-real"):
            real = real or kb_real_ids()
            valid = real
        elif os.path.basename(p).startswith("seeds"):
            valid = SEED_IDS
        else:
            valid = BUNDLED_IDS
        errs, by_exp = check(p, valid)
        if valid is BUNDLED_IDS or valid is SEED_IDS:
            print("  per article:", dict(sorted(by_exp.items())))
            missing = BUNDLED_IDS - set(by_exp)
            if missing and "bundled" in p:
                errs.append("articles not covered: %s" % sorted(missing))
        for e in errs:
            print("  ERROR", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
