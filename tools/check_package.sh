#!/usr/bin/env bash
# Checks the crate as crates.io would get it: `cargo publish --dry-run` with no warning but
# the dry run's own, then every target (tests, benches, examples) of the packaged crate
# compiles on its own, away from this checkout (so nothing reads a file `include` leaves out).
#
#   tools/check_package.sh          # from the repository root; needs a clean work tree
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
cargo publish --dry-run 2>&1 | tee "$log" | grep -v '^ *Compiling' || true
grep -q 'aborting upload due to dry run' "$log" || { echo "publish --dry-run failed" >&2; exit 1; }
if grep '^warning' "$log" | grep -v 'aborting upload due to dry run'; then
  echo "publish --dry-run: warnings above" >&2
  exit 1
fi
version="$(grep -m1 '^version' Cargo.toml | cut -d'"' -f2)"
pkg="$root/target/package/libya-nlp-$version"
(cd "$pkg" && CARGO_TARGET_DIR="$root/target/pkgcheck" cargo check --all-targets --offline)
find "$root/target" -maxdepth 3 -name "libya-nlp-$version.crate" -exec du -h {} + || true
echo "package: clean, and every target of the packaged crate compiles"
