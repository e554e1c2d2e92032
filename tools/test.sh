#!/usr/bin/env bash
# tools/test.sh — run every check the project has, in order, stopping at the first failure.
#
# Why: one command (`make test`, and CI's .ci/run) must cover formatting, lints, the
# native unit tests, the wasm tests in a real headless Chromium, the release build
# (which also writes dist/explorer.html) and the Playwright end-to-end tests against
# that build. Each stage gets a header and a timing; the last line is the summary
# "N passed, M failed" that CI reads (N = stages passed).
# Run tools/setup.sh first (make test does) so the tools are installed.
#
# Usage: tools/test.sh [STAGE...]   with STAGE among fmt clippy unit scale wasm build e2e
#        (no argument: all of them, in that order).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
HOME=${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}
export HOME
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

passed=0
failed=0
total_start=$SECONDS
timings=()

ALL_STAGES=(fmt clippy unit scale wasm build e2e)
if [ "$#" -gt 0 ]; then
  for s in "$@"; do
    [[ " ${ALL_STAGES[*]} " == *" $s "* ]] || { echo "unknown stage '$s' (stages: ${ALL_STAGES[*]})" >&2; exit 2; }
  done
  SELECTED=" $* "
else
  SELECTED=" ${ALL_STAGES[*]} "
fi

run_stage() {
  local key=$1 name=$2
  shift 2
  [[ "$SELECTED" == *" $key "* ]] || return 0
  local start=$SECONDS
  printf '\n==================== %s ====================\n' "$name"
  printf '$ %s\n' "$*"
  if "$@"; then
    local took=$((SECONDS - start))
    passed=$((passed + 1))
    timings+=("$(printf '  ok    %-28s %4ds' "$name" "$took")")
    printf -- '---- %s: ok (%ds)\n' "$name" "$took"
  else
    local rc=$?
    local took=$((SECONDS - start))
    failed=1
    timings+=("$(printf '  FAIL  %-28s %4ds (exit %d)' "$name" "$took" "$rc")")
    printf -- '---- %s: FAILED with exit code %d (%ds)\n' "$name" "$rc" "$took"
    summary
    exit 1
  fi
}

summary() {
  printf '\n==================== summary (%ds) ====================\n' "$((SECONDS - total_start))"
  printf '%s\n' "${timings[@]}"
  printf '%d passed, %d failed\n' "$passed" "$failed"
}

wasm_tests() {
  CHROMEDRIVER=/usr/bin/chromedriver \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown --test wasm
}

e2e_tests() {
  node --test --test-timeout=120000 tests/e2e/ &&
  # The chunked build shows the same DOM as the single one in every listed state.
  E2E_DIST=dist-chunked node --test --test-timeout=120000 tests/e2e/dom-states.test.mjs
}

# The app's code for chunked builds (cfg(chunked), set by build.rs) is only compiled
# when the build is chunked: lint it too.
clippy_all() {
  cargo clippy --workspace --all-targets --all-features -- -D warnings &&
  EXPLORER_BUILD=chunked cargo clippy --target wasm32-unknown-unknown -p news-explorer -- -D warnings
}

# The seeds as a single build (dist/) and, forced, as a chunked one (dist-chunked/),
# which tests/e2e/chunked.test.mjs opens served and from file://.
builds() {
  trunk build --release &&
  EXPLORER_BUILD=chunked trunk build --release --dist dist-chunked
}

run_stage fmt    "cargo fmt"              cargo fmt --all --check -- --color=never
run_stage clippy "cargo clippy"           clippy_all
run_stage unit   "cargo test (native)"    cargo test --workspace
# The scale test at 10,000 generated articles (optimised: unoptimised extraction of
# 10,000 articles takes minutes; the debug run above uses 300).
run_stage scale  "scale test, 10,000 articles" env SCALE_N=10000 cargo test --release --test scale
run_stage wasm   "wasm tests (Chromium)"  wasm_tests
run_stage build  "trunk build --release"  builds
run_stage e2e    "e2e (Playwright)"       e2e_tests
summary
