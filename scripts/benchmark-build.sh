#!/usr/bin/env bash
# Benchmark (run on purpose, never by CI): wall time and peak memory of `./ictreview build` on the bundled
# example school, from the command line, start-up included. Prints one line per run and the median.
# Usage: scripts/benchmark-build.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
./ictreview --version >/dev/null   # builds the jar and the class-data archive if needed
out="$(mktemp -d)"
times=()
for i in $(seq "$runs"); do
  # the example has one bad row on purpose, so build exits 1; time still writes its figures
  /usr/bin/time -o "$out/time" -f "%e %M" ./ictreview build --out "$out" >/dev/null 2>&1 || true
  read -r wall rss < <(tail -1 "$out/time")
  set -- "$wall" "$rss"
  echo "run $i: $1 s wall, $(( $2 / 1024 )) MB peak resident"
  times+=("$1")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " s wall"}'
rm -rf "$out"
