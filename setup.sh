#!/usr/bin/env bash
# Bijdragewijzer: install what is missing, then build, serve or test.
#
#   ./setup.sh serve   build the app (release) and serve it on http://127.0.0.1:8080/
#   ./setup.sh test    run every check: fmt, clippy, cargo test, trunk build, browser tests
#   ./setup.sh build   write the release build to dist/, ready to upload (README "Hosting"), and its size
#   ./setup.sh bench   measured figures: sizes, load and edit times, memory, Lighthouse
#
# Every install step checks the installed version first, so a second run is fast.
# Needs: rustup (Rust stable), Node.js >= 20 with npm; apt-get (as root or via sudo) only
# when Chromium is missing for `test`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

readonly TRUNK_VERSION="0.21.14"
readonly WASM_TARGET="wasm32-unknown-unknown"
readonly SERVE_ADDRESS="127.0.0.1"
readonly SERVE_PORT="${BIJDRAGEWIJZER_PORT:-8080}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

# Tools installed by cargo and by npm (wasm-opt comes from the npm package `binaryen`).
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

# ---------------------------------------------------------------------------------------
# Output and timing

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'setup.sh: error: %s\n' "$*" >&2; exit 1; }

TIMINGS=()

# run_step NAME COMMAND...: run a command, print and remember how long it took.
# Returns the command's exit status (also when called inside `if`, where set -e is off).
run_step() {
  local name="$1"; shift
  local start end rc=0
  log "$name: $*"
  start=$(date +%s)
  "$@" || rc=$?
  end=$(date +%s)
  if [ "$rc" -eq 0 ]; then
    TIMINGS+=("$(printf '%-28s %5ss' "$name" "$((end - start))")")
    log "$name: done in $((end - start))s"
  else
    TIMINGS+=("$(printf '%-28s %5ss  FAILED (exit %s)' "$name" "$((end - start))" "$rc")")
    log "$name: FAILED (exit $rc) after $((end - start))s"
  fi
  return "$rc"
}

print_timings() {
  local line
  [ "${#TIMINGS[@]}" -gt 0 ] || return 0
  log "timings:"
  for line in "${TIMINGS[@]}"; do
    printf '    %s\n' "$line" >&2
  done
}

# as_root COMMAND...: run as root, through sudo when we are not root.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

# ---------------------------------------------------------------------------------------
# Installers (idempotent)

ensure_rust() {
  command -v cargo >/dev/null 2>&1 \
    || die "cargo not found; install Rust with rustup (https://rustup.rs) first"
  # rust-toolchain.toml names the target too; this is cheap when it is already there.
  if command -v rustup >/dev/null 2>&1; then
    if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
      run_step "rustup target" rustup target add "$WASM_TARGET"
    fi
  fi
}

ensure_lockfile() {
  if [ ! -f Cargo.lock ]; then
    run_step "cargo generate-lockfile" cargo generate-lockfile
  fi
}

# The wasm-bindgen crate version in Cargo.lock; the CLI must be exactly this version.
lockfile_wasm_bindgen_version() {
  awk '
    $0 == "name = \"wasm-bindgen\"" { found = 1; next }
    found && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' Cargo.lock
}

# The wasm-bindgen version pinned under [tools] in Trunk.toml.
trunk_toml_wasm_bindgen_version() {
  sed -n 's/^[[:space:]]*wasm_bindgen[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' Trunk.toml | head -n1
}

ensure_trunk() {
  local have=""
  if command -v trunk >/dev/null 2>&1; then
    have="$(trunk --version 2>/dev/null || true)"
  fi
  if [ "$have" != "trunk $TRUNK_VERSION" ]; then
    # Trunk 0.22 does not build on current stable Rust; 0.21.14 with --locked does.
    run_step "install trunk" cargo install --locked "trunk@$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  local want pinned have=""
  want="$(lockfile_wasm_bindgen_version)"
  [ -n "$want" ] || die "no wasm-bindgen in Cargo.lock"
  pinned="$(trunk_toml_wasm_bindgen_version)"
  if [ "$pinned" != "$want" ]; then
    die "Trunk.toml pins wasm_bindgen = \"$pinned\" but Cargo.lock has wasm-bindgen $want; set [tools] wasm_bindgen = \"$want\" in Trunk.toml"
  fi
  if command -v wasm-bindgen >/dev/null 2>&1; then
    have="$(wasm-bindgen --version 2>/dev/null || true)"
  fi
  if [ "$have" != "wasm-bindgen $want" ]; then
    # Without --locked: with --locked this version does not install here.
    run_step "install wasm-bindgen-cli" cargo install "wasm-bindgen-cli@$want"
  fi
}

ensure_node_packages() {
  command -v node >/dev/null 2>&1 || die "node not found; install Node.js 20 or newer"
  command -v npm >/dev/null 2>&1 || die "npm not found; install npm"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js $(node --version) is too old; need 20 or newer"
  if [ ! -f node_modules/.package-lock.json ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ] \
    || [ package.json -nt node_modules/.package-lock.json ]; then
    run_step "npm ci" npm ci --no-audit --no-fund
  fi
}

ensure_chromium() {
  if [ -x "$CHROMIUM_PATH" ]; then
    return
  fi
  [ "$CHROMIUM_PATH" = /usr/bin/chromium ] \
    || die "CHROMIUM_PATH=$CHROMIUM_PATH does not exist"
  command -v apt-get >/dev/null 2>&1 \
    || die "no $CHROMIUM_PATH and no apt-get; install Chromium and set CHROMIUM_PATH"
  export DEBIAN_FRONTEND=noninteractive
  # Try without refreshing the package lists first; update only when that fails.
  if ! run_step "apt-get install chromium" as_root apt-get install -y chromium; then
    run_step "apt-get update" as_root apt-get update
    run_step "apt-get install chromium" as_root apt-get install -y chromium
  fi
  [ -x "$CHROMIUM_PATH" ] || die "Chromium installed but $CHROMIUM_PATH is missing"
}

# Everything needed to build the app with Trunk.
ensure_build_tools() {
  ensure_rust
  ensure_lockfile
  ensure_node_packages
  ensure_trunk
  ensure_wasm_bindgen
}

# ---------------------------------------------------------------------------------------
# Subcommands

cmd_serve() {
  ensure_build_tools
  print_timings
  log "building and serving; the first release build takes a few minutes"
  printf '\nBijdragewijzer: http://%s:%s/\n\n' "$SERVE_ADDRESS" "$SERVE_PORT"
  exec trunk serve --release --address "$SERVE_ADDRESS" --port "$SERVE_PORT"
}

cmd_test() {
  trap print_timings EXIT
  ensure_build_tools
  ensure_chromium
  run_step "cargo fmt --check" cargo fmt --all -- --check
  run_step "cargo clippy" cargo clippy --all-targets -- -D warnings
  run_step "cargo test" cargo test
  # The first and chart modules are built without Leptos and read decimals only as strings (index.html): their code
  # must build and pass its tests that way too.
  run_step "first and chart modules' features" cargo clippy --lib --bins --no-default-features --features strict-decimals,charts -- -D warnings
  run_step "first and chart modules' tests" cargo test --lib --no-default-features --features strict-decimals,charts
  # The app as index.html builds it: without the chart feature, so charming cannot creep back in.
  run_step "app without charming" cargo clippy --lib --bins --no-default-features --features app -- -D warnings
  run_step "trunk build --release" trunk build --release
  run_step "browser tests" node --test tests/browser/
  # Last, so that a module over its size budget still gets every test run first.
  run_step "module sizes within budget" node scripts/dist-size.mjs dist --check
  log "all tests passed"
}

cmd_build() {
  trap print_timings EXIT
  ensure_build_tools
  run_step "trunk build --release" trunk build --release
  node scripts/dist-size.mjs dist
  printf '\nUpload everything in %s/dist/ (README "Hosting").\n' "$ROOT"
}

cmd_bench() {
  trap print_timings EXIT
  ensure_build_tools
  ensure_chromium
  mkdir -p target/bench
  run_step "trunk build --release" trunk build --release
  run_step "core benchmark" cargo bench --bench core
  run_step "generate 342 municipalities" \
    sh -c 'cargo run --quiet --release --example synthetic_community > target/bench/342-gemeenten.json'
  run_step "browser benchmark" node scripts/bench.mjs dist target/bench/342-gemeenten.json
}

usage() {
  cat >&2 <<'EOF'
Usage: ./setup.sh <command>

  serve   install what is missing, build the app and serve it on http://127.0.0.1:8080/
  test    install what is missing (incl. Chromium), then run every test:
          cargo fmt --check, cargo clippy, cargo test (also as the first module is built),
          trunk build --release, browser tests,
          module size budgets
  build   install what is missing, write the release build (the one the tests use) to dist/,
          ready to upload to any static host (README "Hosting"), and print its size
  bench   build the release and print measured figures: asset sizes, load and edit times,
          memory, Lighthouse scores (not part of test: figures, not pass/fail)
EOF
}

main() {
  local cmd="${1:-}"
  case "$cmd" in
    serve) cmd_serve ;;
    test) cmd_test ;;
    build) cmd_build ;;
    bench) cmd_bench ;;
    -h | --help | help) usage ;;
    *) usage; exit 2 ;;
  esac
}

main "$@"
