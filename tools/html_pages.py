#!/usr/bin/env python3
"""Lay out a folder of saved article pages for `corpus eval-html`.

`corpus eval-html DIR` reads DIR/NAME.html (the page) beside DIR/NAME.txt (the
article's body as plain text, marked by hand by whoever made the test set). This
script builds such a folder from test sets published by other extractors, downloaded
by you outside this repository (no third-party page goes into the repository):

  tools/html_pages.py newspaper4k SRC OUT   # SRC = newspaper4k's tests/data
                                            # (html/X.html + txt/X.txt)
  tools/html_pages.py readability SRC OUT   # SRC = Readability's test/test-pages
                                            # (X/source.html + X/expected.html)

Readability's expected output is HTML; its text (block elements on their own lines,
scripts and styles dropped) becomes NAME.txt. Pages without an expected body are
skipped. Names are prefixed with the source (`n4k-`, `rdb-`).
"""

import html.parser
import pathlib
import sys

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
          "tr", "br", "section", "article", "figcaption", "dd", "dt", "table"}


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BLOCKS:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(markup: str) -> str:
    p = _Text()
    p.feed(markup)
    lines = (" ".join(l.split()) for l in "".join(p.out).split("\n"))
    return "\n".join(l for l in lines if l) + "\n"


def newspaper4k(src: pathlib.Path, out: pathlib.Path) -> int:
    n = 0
    for page in sorted((src / "html").glob("*.html")):
        txt = src / "txt" / (page.stem + ".txt")
        if not txt.exists() or not txt.read_text(errors="replace").strip():
            continue
        (out / f"n4k-{page.stem}.html").write_bytes(page.read_bytes())
        (out / f"n4k-{page.stem}.txt").write_text(txt.read_text(errors="replace"))
        n += 1
    return n


def readability(src: pathlib.Path, out: pathlib.Path) -> int:
    n = 0
    for d in sorted(p for p in src.iterdir() if p.is_dir()):
        source, expected = d / "source.html", d / "expected.html"
        if not source.exists() or not expected.exists():
            continue
        text = html_text(expected.read_text(errors="replace"))
        if not text.strip():
            continue
        (out / f"rdb-{d.name}.html").write_bytes(source.read_bytes())
        (out / f"rdb-{d.name}.txt").write_text(text)
        n += 1
    return n


def main() -> int:
    if len(sys.argv) != 4 or sys.argv[1] not in ("newspaper4k", "readability"):
        print(__doc__, file=sys.stderr)
        return 2
    src, out = pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    n = {"newspaper4k": newspaper4k, "readability": readability}[sys.argv[1]](src, out)
    print(f"{n} pages written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
