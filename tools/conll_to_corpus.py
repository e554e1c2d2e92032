#!/usr/bin/env python3
"""Turn a CoNLL-2003 NER file into a folder of plain-text articles plus a gold
file of the PERSON names in each, so a person-name extractor can be scored on it
(gold format: tests/gold/README.md, section "Format").

Usage:
    python3 tools/conll_to_corpus.py CONLL_FILE OUT_DIR GOLD_JSON [--docs N]

CONLL_FILE  CoNLL-2003 format: one token per line (`token POS chunk NER` or
            `token NER`; the NER tag is the last column), a blank line between
            sentences, `-DOCSTART-` lines between documents (the first document
            may lack one).  IOB1 and IOB2 tags both work: a PER span starts at
            B-PER, or at I-PER after a non-PER tag.
OUT_DIR     receives NNN.txt per document (NNN = 0-based document index,
            zero-padded to 3): the first sentence (the headline), a blank line,
            then every following sentence as its own line, separated by blank
            lines (the dateline, e.g. `LONDON 1996-08-30`, is one such line).
GOLD_JSON   the gold file; write it outside OUT_DIR.
--docs N    convert only the first N documents (default: all).

People per article: the distinct PER span strings, detokenized like the text.
A one-word span equal (ignoring case) to the last or first word of a longer
span of the same article goes into that span's `also` (likewise a shorter
multi-word span equal to the last or first words of a longer one, e.g.
"Ramos Horta" of "Jose Ramos Horta").  If it fits several longer spans (two
people sharing a surname) it goes to the one named most often in full (ties:
the one named first) and the script prints a note.  `optional` stays empty.
Exact duplicates are merged; spans differing only in case (an all-capitals
headline form) are one person, named by the non-capitals form.

Standard library only.
"""

import argparse
import json
import os
import sys

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "'s", "n't", "%",
                   "'m", "'re", "'ve", "'ll", "'d"}  # CoNLL splits these off too
NO_SPACE_AFTER = {"(", "[", "$"}


def read_conll(path):
    """Return a list of documents; a document is a list of sentences; a
    sentence is a list of (token, tag)."""
    docs, doc, sent = [], [], []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            if line.startswith("-DOCSTART-"):
                if sent:
                    doc.append(sent)
                    sent = []
                if doc:
                    docs.append(doc)
                    doc = []
                continue
            parts = line.split()
            if not parts:
                if sent:
                    doc.append(sent)
                    sent = []
                continue
            tag = parts[-1] if len(parts) > 1 else "O"
            sent.append((parts[0], tag))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def detok(tokens, quote_open=False):
    """Join tokens with spaces, except: none before , . ; : ! ? ) ] 's n't %,
    none after ( [ $, none before a plural-possessive ' (after a word
    ending in s), and straight double quotes paired (opening: no space
    after; closing: no space before).  `quote_open` carries an open quote over
    from the previous sentence; returns (text, quote_open)."""
    out = []
    glue_next = False  # no space before the next token
    n = len(tokens)
    for i, tok in enumerate(tokens):
        space = bool(out) and not glue_next
        glue_next = False
        if tok == '"':
            if i == 0 and n > 1:
                opening = True          # a sentence starting with " opens
            elif i == n - 1 and n > 1:
                opening = False         # a sentence ending with " closes
            else:
                opening = not quote_open
            if opening:
                glue_next = True
                quote_open = True
            else:
                space = False
                quote_open = False
        elif tok.lower() in NO_SPACE_BEFORE:
            space = False
        elif (tok == "'" and i > 0 and tokens[i - 1][-1:] in ("s", "S")
              and (i + 1 == n or tokens[i + 1] != "'")):
            space = False               # plural possessive: "Leeds' striker"
        if tok in NO_SPACE_AFTER:
            glue_next = True
        if space:
            out.append(" ")
        out.append(tok)
    return "".join(out), quote_open


def per_spans(sent):
    """PER spans of a sentence as lists of tokens (IOB1, IOB2; also IOBES)."""
    spans, cur = [], None
    prev_per = False
    for tok, tag in sent:
        prefix, _, typ = tag.partition("-")
        is_per = typ == "PER"
        if not is_per:
            if cur:
                spans.append(cur)
            cur, prev_per = None, False
            continue
        if prefix in ("B", "S") or not prev_per or cur is None:
            if cur:
                spans.append(cur)
            cur = [tok]
        else:
            cur.append(tok)
        prev_per = True
        if prefix in ("E", "S"):
            spans.append(cur)
            cur, prev_per = None, False
    if cur:
        spans.append(cur)
    return spans


AMBIGUOUS = []


def is_caps(s):
    return s.upper() == s and s.lower() != s


def people_of(names):
    """names: PER span strings in order of appearance (with repeats).
    Returns (people, optional) as in the gold format."""
    # group exact duplicates and case variants
    groups, order, count = {}, [], {}
    for s in names:
        key = s.lower()
        count[key] = count.get(key, 0) + 1
        if key not in groups:
            groups[key] = []
            order.append(key)
        if s not in groups[key]:
            groups[key].append(s)
    entries = []
    for key in order:
        forms = groups[key]
        name = next((f for f in forms if not is_caps(f)), forms[0])
        entries.append({"key": key, "name": name,
                        "also": [f for f in forms if f != name],
                        "words": key.split(), "count": count[key]})
    people, optional = [], []
    # longest spans first, so that "Van Boxmeer" joins "Jean van Boxmeer"
    # before "Boxmeer" looks for a host
    for e in sorted(entries, key=lambda x: -len(x["words"])):
        w, n = e["words"], len(e["words"])
        hosts = [h for h in entries
                 if len(h["words"]) > n and not h.get("merged")
                 and (h["words"][-n:] == w or h["words"][:n] == w)]
        if hosts:
            # several hosts (two people sharing a surname): the one named
            # most often in full, ties going to the one named first
            hosts.sort(key=lambda h: -h["count"])   # stable: keeps mention order
            hosts[0]["also"].extend([e["name"]] + e["also"])
            e["merged"] = True
            if len(hosts) > 1:
                AMBIGUOUS.append((e["name"], [h["name"] for h in hosts]))
    for e in entries:
        if not e.get("merged"):
            also = []
            for a in e["also"]:
                if a not in also and a != e["name"]:
                    also.append(a)
            people.append({"name": e["name"], "also": also})
    return people, optional


def convert(conll, out_dir, gold_path, ndocs=None):
    docs = read_conll(conll)
    if ndocs is not None:
        docs = docs[:ndocs]
    os.makedirs(out_dir, exist_ok=True)
    articles = []
    for i, doc in enumerate(docs):
        fname = "%03d.txt" % i
        lines, names, q = [], [], False
        for j, sent in enumerate(doc):
            text, q = detok([t for t, _ in sent], q)
            lines.append(text)
            for span in per_spans(sent):
                names.append(detok(span)[0])
        body = lines[0] + "\n\n" + "\n\n".join(lines[1:]) + "\n" if len(lines) > 1 \
            else lines[0] + "\n"
        with open(os.path.join(out_dir, fname), "w", encoding="utf-8") as f:
            f.write(body)
        people, optional = people_of(names)
        for p in people:
            for form in [p["name"]] + p["also"]:
                if form not in body:
                    print("warning: %s: %r not found in text" % (fname, form),
                          file=sys.stderr)
        articles.append({"file": fname, "people": people, "optional": optional})
    gold = {"corpus": "conll2003-test", "guidelines": "CoNLL-2003 PER spans",
            "articles": articles}
    with open(gold_path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("conll")
    ap.add_argument("out_dir")
    ap.add_argument("gold_json")
    ap.add_argument("--docs", type=int, default=None)
    a = ap.parse_args()
    if os.path.commonpath([os.path.abspath(a.out_dir)]) == \
            os.path.commonpath([os.path.abspath(a.out_dir), os.path.abspath(a.gold_json)]):
        sys.exit("GOLD_JSON must be outside OUT_DIR")
    gold = convert(a.conll, a.out_dir, a.gold_json, a.docs)
    n_people = sum(len(x["people"]) for x in gold["articles"])
    for short, hosts in AMBIGUOUS:
        print("note: %r fits %s; put under %r" % (short, hosts, hosts[0]),
              file=sys.stderr)
    print("%d documents, %d people" % (len(gold["articles"]), n_people))


if __name__ == "__main__":
    main()
