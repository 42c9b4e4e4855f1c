#!/usr/bin/env bash
# Builds Tiercel with profile-guided optimization: target/pgo/release/tiercel.
#
# The profile comes from running the test corpus (tests/python/*.py), not
# the benchmarks, so the build is tuned to Python programs in general.
# Needs llvm-profdata of the compiler's LLVM (`rustup component add
# llvm-tools`). Compare with the plain release build:
#   python3 benchmarks/run.py --vm pgo=target/pgo/release/tiercel
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sysroot=$(rustc --print sysroot)
profdata=$(find "$sysroot" -name llvm-profdata -type f | head -n 1)
if [ -z "$profdata" ]; then
    rustup component add llvm-tools >/dev/null
    profdata=$(find "$sysroot" -name llvm-profdata -type f | head -n 1)
fi
data="$root/target/pgo-data"
rm -rf "$data"
mkdir -p "$data"
echo "== instrumented build"
RUSTFLAGS="-Cprofile-generate=$data/raw" cargo build -q --release --target-dir target/pgo-gen -p runtime
echo "== training on tests/python"
cd tests/python
for f in *.py; do
    input=/dev/null
    [ -f "${f%.py}.stdin" ] && input="${f%.py}.stdin"
    PYTHONHASHSEED=0 timeout 60 "$root/target/pgo-gen/release/tiercel" "$f" <"$input" >/dev/null 2>&1 || true
done
cd "$root"
"$profdata" merge -o "$data/merged.profdata" "$data/raw"
echo "== optimized build"
RUSTFLAGS="-Cprofile-use=$data/merged.profdata" cargo build -q --release --target-dir target/pgo -p runtime
echo "built target/pgo/release/tiercel"
