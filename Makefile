# Makefile — the project's entry points. README: `make serve` and `make test`.
# Every target that needs tools runs tools/setup.sh first (fast when all is there).
# PATH puts cargo-installed tools (trunk, wasm-bindgen) and npm's binaries
# (binaryen's wasm-opt, which trunk's offline mode picks up from PATH) first.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: help setup serve test build inspect eval e2e single-file clean bench bench-engine fuzz lighthouse

help:
	@echo "make serve   - dev server at http://$(HOST):$(PORT)"
	@echo "make test    - every check: fmt, clippy, cargo test, wasm tests, release build, e2e"
	@echo "make build   - trunk build --release (dist/, incl. dist/explorer.html)"
	@echo "make inspect - print what the corpus extraction found"
	@echo "make eval    - score extraction on ../shared/eval (EVAL_DIR=…; SPACY=1 adds spaCy beside it)"
	@echo "make e2e     - release build, then the Playwright browser tests"
	@echo "make bench   - delivery beside Pagefind: BBC and 20,000 synthetic articles (BENCH_BIG=1 adds 100,000)"
	@echo "make bench-engine - engine queries beside MiniSearch and ItemsJS, start-up, keystrokes (BENCH_ARGS=…)"
	@echo "make fuzz    - long property-test run over ingestion and URL decoding (FUZZ_CASES=20000)"
	@echo "make lighthouse - Lighthouse scores (mobile and desktop) of the served release build"

setup:
	@tools/setup.sh

serve: setup
	trunk serve --address $(HOST) --port $(PORT)

test: setup
	tools/test.sh

build: setup
	trunk build --release

inspect:
	cargo run --release -p explorer-extract --bin corpus -- inspect

# Extraction quality on the public development corpora (README, "Quality on public
# corpora"): people against the wire's tags and our hand annotations (tests/gold),
# publication dates, the top values of every facet. SPACY=1 runs spaCy's small English
# model over the same text first (tools/spacy_eval.py, its own venv in target/).
EVAL_DIR ?= ../shared/eval
EVAL_TOP ?= 40
eval:
	cargo build --release -p explorer-extract --bin corpus
	@set -e; for c in reuters-dev bbc-dev; do \
	  gold=""; cmp=""; \
	  [ -f "$(EVAL_DIR)/$$c.tsv" ] && gold="$(EVAL_DIR)/$$c.tsv"; \
	  for g in tests/gold/$$c.hand.json tests/gold/$$c.check*.hand.json; do \
	    if [ -f "$$g" ]; then gold="$$gold $$g"; fi; \
	  done; \
	  if [ "$${SPACY:-0}" = 1 ]; then \
	    python3 tools/spacy_eval.py --setup "$(EVAL_DIR)/$$c" "target/spacy-$$c.json"; \
	    cmp="--compare target/spacy-$$c.json"; \
	  fi; \
	  echo "==================== $$c"; \
	  target/release/corpus eval "$(EVAL_DIR)/$$c" $$gold $$cmp --top $(EVAL_TOP) $(EVAL_ARGS); \
	done

e2e: build
	node --test --test-timeout=120000 tests/e2e/

# Not part of `make test` (README, Benchmark). The delivery benchmark of issue 17: ours
# (single and chunked builds) beside Pagefind on the BBC collection and 20,000 synthetic
# articles, BENCH_BIG=1 adds 100,000 (20–35 minutes more). Builds, corpora and pages
# are kept in BENCH_WORK and reused (BENCH_ARGS=--rebuild builds again); set
# CARGO_TARGET_DIR to keep its builds apart. Pagefind is installed only here, unsaved.
BENCH_WORK ?= target/bench-delivery
bench: setup
	[ -d node_modules/pagefind ] || npm install --no-save --no-audit --no-fund pagefind@1.6.0 </dev/null
	node tools/bench-delivery.mjs --suite --work $(BENCH_WORK) $(if $(filter 1,$(BENCH_BIG)),--big) $(BENCH_ARGS)

# The engine benchmark: e.g. make bench-engine BENCH_ARGS="--generate 2000".
bench-engine: setup
	node tools/bench.mjs $(BENCH_ARGS)

# Not part of `make test`: Lighthouse is large, so it is installed only here (not saved
# in package.json); 12.x because 13 needs a newer node than Debian's.
lighthouse: build
	npm install --no-save --no-audit --no-fund lighthouse@12.8.2 </dev/null
	node tools/lighthouse.mjs $(LIGHTHOUSE_ARGS)

# Property tests with many more cases than `cargo test` runs (256).
fuzz:
	PROPTEST_CASES=$${FUZZ_CASES:-20000} cargo test --release --test fuzz

clean:
	rm -rf dist
