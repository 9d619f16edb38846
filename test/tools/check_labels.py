#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the labels of a held-out set (test/heldout5, test/heldout6, …) without running any parser.

1. Every line of gold.jsonl parses, has exactly the fields of a heldout gold record, the right
   types, and an `<id>.txt` beside it (and every `.txt` has a record).
2. Every verbatim label occurs in its document as whole words, after folding Arabic ي/ك to
   ی/ک, removing ZWNJ, and collapsing whitespace (markdown pipes and tabs count as whitespace):
   resolutions (text_start, responsible, deadline, supervisor), commitments (text_start,
   parties, amounts, deadline, supervisor), top-level amounts, and speakers' names and roles.
3. Conventions of the set: every resolution (minutes, and the «مقرر شد» decisions reported in news)
   is also a commitment with the same text_start, parties = responsible and the same deadline;
   `supervisor` on resolutions appears only in documents with «ناظر:» lines and then on all of them; commitment text_starts follow
   document order; every commitment amount is listed in the record's amounts.

The approach (folding, whole-word match) follows ../shared/corpus/tools/validate_commitments.py.

Usage: python3 test/tools/check_labels.py test/heldout6      (exit status 0 when clean)
"""
import json
import os
import re
import sys

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else sys.exit("usage: check_labels.py <set dir>")
TOP = ["id", "kind", "date_jalali", "organisations", "province", "counties", "speakers",
       "resolutions", "banks_funds", "amounts", "commitments"]
COMMIT = ["text_start", "parties", "amounts", "deadline", "supervisor"]
_WS = re.compile(r"\s+")


def norm(s):
    s = s.replace("\u064a", "\u06cc").replace("\u0643", "\u06a9").replace("\u200c", "")
    s = s.replace("|", " ").replace("\t", " ")
    return _WS.sub(" ", s).strip()


def find_word(doc, s, start=0):
    """First whole-word occurrence of s in doc at or after start, or -1."""
    i = doc.find(s, start)
    while i >= 0:
        j = i + len(s)
        left_ok = not (s[0].isalnum() and i > 0 and doc[i - 1].isalnum())
        right_ok = not (s[-1].isalnum() and j < len(doc) and doc[j].isalnum())
        if left_ok and right_ok:
            return i
        i = doc.find(s, i + 1)
    return -1


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(v, str) and v.strip() for v in x)


def check_record(rec, problems, warnings, stats):
    rid = rec.get("id")
    tag = "%s/%s" % (os.path.basename(HERE), rid)
    if list(rec.keys()) != TOP:
        problems.append("%s: fields must be %s, got %s" % (tag, TOP, list(rec.keys())))
        return
    path = os.path.join(HERE, "%s.txt" % rid)
    if not os.path.exists(path):
        problems.append("%s: no document %s" % (tag, path))
        return
    doc = norm(open(path, encoding="utf-8").read())
    if rec["kind"] not in ("minutes", "news"):
        problems.append("%s: kind %r" % (tag, rec["kind"]))
    d = rec["date_jalali"]
    if d is not None and not re.fullmatch(r"1[34]\d\d/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])", d):
        problems.append("%s: date_jalali %r is not YYYY/MM/DD" % (tag, d))
    for f in ("organisations", "counties", "banks_funds", "amounts"):
        if not is_str_list(rec[f]):
            problems.append("%s: %s must be a list of non-empty strings" % (tag, f))
    if rec["province"] is not None and not isinstance(rec["province"], str):
        problems.append("%s: province must be a string or null" % tag)

    verbatim = []  # (field, value)
    for k, sp in enumerate(rec["speakers"]):
        if not isinstance(sp, dict) or list(sp.keys()) != ["name", "role"]:
            problems.append("%s: speaker #%d must be {name, role}" % (tag, k))
            continue
        if sp["name"] is None and sp["role"] is None:
            problems.append("%s: speaker #%d has neither name nor role" % (tag, k))
        stats["speakers_named" if sp["name"] else "speakers_unnamed"] += 1
        for f in ("name", "role"):
            if sp[f] is not None:
                verbatim.append(("speaker " + f, sp[f]))
    for a in rec["amounts"]:
        verbatim.append(("amounts", a))

    for k, r in enumerate(rec["resolutions"]):
        keys = list(r.keys()) if isinstance(r, dict) else None
        if keys not in (["text_start", "responsible", "deadline"],
                        ["text_start", "responsible", "deadline", "supervisor"]):
            problems.append("%s: resolution #%d fields %s" % (tag, k, keys))
            continue
        stats["resolutions"] += 1
        if not is_str_list(r["responsible"]) or not is_str_list(r.get("supervisor", [])):
            problems.append("%s: resolution #%d responsible/supervisor not string lists" % (tag, k))
        verbatim.append(("resolution text_start", r["text_start"]))
        verbatim += [("responsible", x) for x in r["responsible"]]
        verbatim += [("resolution supervisor", x) for x in r.get("supervisor", [])]
        if r["deadline"] is not None:
            verbatim.append(("resolution deadline", r["deadline"]))

    last = -1
    for k, c in enumerate(rec["commitments"]):
        if not isinstance(c, dict) or list(c.keys()) != COMMIT:
            problems.append("%s: commitment #%d fields must be %s" % (tag, k, COMMIT))
            continue
        stats["commitments"] += 1
        for f in ("parties", "amounts", "supervisor"):
            if not is_str_list(c[f]):
                problems.append("%s: commitment #%d %s not a string list" % (tag, k, f))
        if not c["parties"]:
            warnings.append("%s: commitment #%d has no party (a party-less resolution)" % (tag, k))
        if len(c["text_start"].split()) < 6:
            warnings.append("%s: commitment #%d text_start under six words" % (tag, k))
        i = find_word(doc, norm(c["text_start"]))
        if 0 <= i < last:
            problems.append("%s: commitment #%d out of document order" % (tag, k))
        last = max(last, i)
        for a in c["amounts"]:
            if a not in rec["amounts"]:
                problems.append("%s: commitment #%d amount %r missing from amounts" % (tag, k, a))
        verbatim.append(("commitment text_start", c["text_start"]))
        verbatim += [("parties", x) for x in c["parties"]]
        verbatim += [("commitment amounts", x) for x in c["amounts"]]
        verbatim += [("commitment supervisor", x) for x in c["supervisor"]]
        if c["deadline"] is not None:
            verbatim.append(("commitment deadline", c["deadline"]))

    sup_keys = {"supervisor" in r for r in rec["resolutions"] if isinstance(r, dict)}
    if len(sup_keys) > 1:
        problems.append("%s: supervisor labelled on some resolutions but not all" % tag)
    if rec["resolutions"]:
        by_start = {c["text_start"]: c for c in rec["commitments"] if isinstance(c, dict)}
        for k, r in enumerate(rec["resolutions"]):
            c = by_start.get(r.get("text_start"))
            if c is None:
                problems.append("%s: resolution #%d has no commitment with its text_start" % (tag, k))
            elif c["parties"] != r["responsible"] or c["deadline"] != r["deadline"]:
                problems.append("%s: resolution #%d and its commitment disagree" % (tag, k))

    for f, v in verbatim:
        stats["strings"] += 1
        if not isinstance(v, str) or not v.strip():
            problems.append("%s: %s is empty or not a string: %r" % (tag, f, v))
        elif find_word(doc, norm(v)) < 0:
            problems.append("%s: %s not found as whole words: %r" % (tag, f, v))


def main():
    problems, warnings = [], []
    stats = dict(docs=0, minutes=0, news=0, resolutions=0, commitments=0,
                 speakers_named=0, speakers_unnamed=0, strings=0)
    ids = []
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append("gold.jsonl line %d does not parse: %s" % (n, e))
                continue
            stats["docs"] += 1
            stats[rec.get("kind")] = stats.get(rec.get("kind"), 0) + 1
            ids.append(rec.get("id"))
            check_record(rec, problems, warnings, stats)
    txts = sorted(x[:-4] for x in os.listdir(HERE) if x.endswith(".txt"))
    if sorted(ids) != txts or len(set(ids)) != len(ids):
        problems.append("ids %s do not match documents %s" % (ids, txts))
    print(", ".join("%s %d" % kv for kv in stats.items()))
    for w in warnings:
        print("WARNING " + w)
    for p in problems:
        print("PROBLEM " + p)
    print("OK" if not problems else "%d problem(s)" % len(problems))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
