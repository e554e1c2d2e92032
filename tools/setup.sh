#!/usr/bin/env bash
# tools/setup.sh — install whatever the build and the tests need, and nothing twice.
#
# Why: the project's machines (developers' and CI's) may be fresh Debian boxes that
# only have Rust (rustup), node/npm, gcc and make. Everything else — the wasm target,
# trunk, a wasm-bindgen-cli matching Cargo.lock, Debian's Chromium + ChromeDriver and
# the npm devDependencies (binaryen's wasm-opt, playwright-core) — is installed here.
# It is idempotent and fast (well under 2 s) when everything is already present, so
# `make serve` / `make test` run it every time. One line per step: "ok …" or
# "installing …". Works non-interactively (CI=true, no stdin), as root.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
HOME=${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}
export HOME
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

TRUNK_SERIES=0.21          # trunk 0.22 needs a newer rustc than the machines have
WASM_TARGET=wasm32-unknown-unknown

say() { printf '%s\n' "$*"; }
# SETUP_DRY_RUN=1 prints what would be installed without installing anything.
run() {
  if [ "${SETUP_DRY_RUN:-0}" = 1 ]; then
    printf '  (dry run) %s\n' "$*"
  else
    "$@"
  fi
}
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null || die "apt-get not found; install $* by hand"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "need root (or sudo) to apt-get install $*"
    sudo=(sudo)
  fi
  if [ "$APT_UPDATED" -eq 0 ]; then
    run "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
    APT_UPDATED=1
  fi
  run "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q "$@" </dev/null
}

# --- Rust toolchain: present on every machine of this kind; we only add to it. ---
if ! command -v cargo >/dev/null || ! command -v rustup >/dev/null; then
  die "cargo/rustup not found: install Rust with rustup first"
fi

installed_targets=$(rustup target list --installed)
if grep -qx "$WASM_TARGET" <<<"$installed_targets"; then
  say "ok rust target $WASM_TARGET"
else
  say "installing rust target $WASM_TARGET"
  run rustup target add "$WASM_TARGET" </dev/null
fi

installed_components=$(rustup component list --installed)
missing_components=()
for c in rustfmt clippy; do
  grep -q "^$c" <<<"$installed_components" || missing_components+=("$c")
done
if [ "${#missing_components[@]}" -eq 0 ]; then
  say "ok rust components rustfmt clippy"
else
  say "installing rust components ${missing_components[*]}"
  run rustup component add "${missing_components[@]}" </dev/null
fi

# A C compiler is needed by cargo install (ring, etc.).
if command -v cc >/dev/null; then
  say "ok cc"
else
  say "installing build-essential pkg-config"
  apt_install build-essential pkg-config
fi

# --- trunk ~0.21 ---
trunk_version=$( (trunk --version 2>/dev/null || true) | awk '{print $2}')
if [[ "$trunk_version" == "$TRUNK_SERIES".* ]]; then
  say "ok trunk $trunk_version"
else
  say "installing trunk ~$TRUNK_SERIES (was: ${trunk_version:-none}; ~10 min cold)"
  run cargo install --locked trunk --version "~$TRUNK_SERIES" </dev/null
fi

# --- wasm-bindgen-cli at exactly Cargo.lock's wasm-bindgen ---
[ -f Cargo.lock ] || die "Cargo.lock is missing (run 'cargo generate-lockfile')"
wbg_lock=$(awk '
  $0 == "[[package]]" { name = "" }
  $1 == "name" && $3 == "\"wasm-bindgen\"" { name = "wasm-bindgen" }
  name == "wasm-bindgen" && $1 == "version" { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)
[ -n "$wbg_lock" ] || die "no wasm-bindgen package in Cargo.lock"
wbg_have=$( (wasm-bindgen --version 2>/dev/null || true) | awk '{print $2}')
runner_ok=0
command -v wasm-bindgen-test-runner >/dev/null && runner_ok=1
if [ "$wbg_have" = "$wbg_lock" ] && [ "$runner_ok" -eq 1 ]; then
  say "ok wasm-bindgen-cli $wbg_have"
else
  # No --locked: the CLI's own lockfile pins a crate version the registry lacks.
  say "installing wasm-bindgen-cli $wbg_lock (was: ${wbg_have:-none}; ~4 min cold)"
  run cargo install --force wasm-bindgen-cli --version "=$wbg_lock" </dev/null
fi

# --- Chromium + ChromeDriver from Debian ---
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "ok chromium chromium-driver"
else
  say "installing chromium chromium-driver (apt)"
  apt_install chromium chromium-driver
fi

# --- npm devDependencies (binaryen's wasm-opt, playwright-core, …) ---
command -v npm >/dev/null || { say "installing nodejs npm (apt)"; apt_install nodejs npm; }
if [ -d node_modules ] && [ -f node_modules/.package-lock.json ] \
   && ! [ package-lock.json -nt node_modules/.package-lock.json ] \
   && ! [ package.json -nt node_modules/.package-lock.json ]; then
  say "ok node_modules"
else
  say "installing node_modules (npm ci)"
  if [ -f package-lock.json ]; then
    run npm ci --no-audit --no-fund </dev/null
  else
    run npm install --no-audit --no-fund </dev/null
  fi
  run touch node_modules/.package-lock.json
fi
[ "${SETUP_DRY_RUN:-0}" = 1 ] || [ -x node_modules/.bin/wasm-opt ] || die "node_modules/.bin/wasm-opt missing after npm install"
