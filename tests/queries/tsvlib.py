"""Shared helpers for building and validating the kbbot evaluation query sets.

The query sets are written as Python data (so multi-line pastes stay readable) and
emitted as TSV with `\\n`, `\\t`, `\\\\` escaped, one query per line.
"""
import collections, os, sys

HEADER = "id\tlang\tquery\texpected\tkind\tsource"
LANGS = ("en", "fr", "nl", "sv", "it")
KINDS = ("bare", "smtp", "log", "fence", "chatter", "quote", "crosslang", "negative", "multi", "id")


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "")


def write(path, prefix, rows):
    """rows: (lang, kind, expected, source, query). ids are prefix-lang-NNN."""
    counters = collections.Counter()
    out = [HEADER]
    for lang, kind, expected, source, query in rows:
        counters[lang] += 1
        qid = "%s-%s-%03d" % (prefix, lang, counters[lang])
        q = query.strip("\n")
        out.append("\t".join([qid, lang, esc(q), expected, kind, source]))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return len(rows)
