#!/usr/bin/env bash
# Builds and runs the README's Rust snippet as a new crate would: a scratch crate under /tmp
# whose Cargo.toml has the README's `[dependencies]` block (libya-nlp pointed at this checkout
# by path) and whose src/main.rs is the README's first ```rust block, verbatim.
#
#   tools/check_readme_snippet.sh            # from the repository root
#
# Exit status 0 when it compiles (with no warning) and runs; the snippet's output is shown.
# Set CARGO_TARGET_DIR to reuse a build directory (default: target/readme-snippet here).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
readme="$root/README.md"
scratch="$(mktemp -d /tmp/libya-nlp-readme.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT

# The first ```toml block that opens with [dependencies], and the first ```rust block.
block() { # $1: fence language, $2: required first line (or empty)
  awk -v lang="$1" -v first="$2" '
    !inside && $0 == "```" lang { inside = 1; n = 0; buf = ""; next }
    inside && $0 == "```" {
      if (first == "" || firstline == first) { printf "%s", buf; exit }
      inside = 0; next
    }
    inside { if (n == 0) firstline = $0; buf = buf $0 "\n"; n++ }
  ' "$readme"
}
deps="$(block toml '[dependencies]')"
code="$(block rust '')"
[ -n "$deps" ] || { echo "README: no \`\`\`toml block starting with [dependencies]" >&2; exit 1; }
[ -n "$code" ] || { echo "README: no \`\`\`rust block" >&2; exit 1; }
grep -q '^libya-nlp *=' <<<"$deps" || { echo "README: [dependencies] does not name libya-nlp" >&2; exit 1; }

mkdir -p "$scratch/src"
{
  printf '[package]\nname = "readme-snippet"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
  sed "s|^libya-nlp *=.*|libya-nlp = { path = \"$root\" }|" <<<"$deps"
  printf '\n[workspace]\n'
} >"$scratch/Cargo.toml"
printf '%s\n' "$code" >"$scratch/src/main.rs"
# The repository's lock file, so the scratch crate builds the versions the crate is tested with.
cp "$root/Cargo.lock" "$scratch/Cargo.lock" 2>/dev/null || true

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/readme-snippet}"
echo "== $scratch/Cargo.toml"; cat "$scratch/Cargo.toml"
cd "$scratch"
RUSTFLAGS="${RUSTFLAGS:-} -D warnings" cargo run --quiet
echo "README snippet: compiled and ran in a new crate"
