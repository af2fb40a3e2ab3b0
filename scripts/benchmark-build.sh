#!/usr/bin/env bash
# Benchmark (run on purpose, never by CI): wall time, CPU time and peak memory of `./ictreview build` on the bundled
# example school, from the command line, start-up included. Prints one line per run (wall time, CPU time of all the
# process's threads, peak resident memory) and the medians. On a shared machine the CPU time moves less than the
# wall time; on a quiet one, wall time is what the user waits.
# With a second checkout of the project (e.g. a git worktree of an older commit), runs the two in turn, run by run,
# and prints the ratio of this checkout's medians to the other's: the fair comparison on a machine whose load moves.
# Usage: scripts/benchmark-build.sh [RUNS [OTHER_CHECKOUT]]   (default 5 runs, no peer)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
peer="${2:-}"
checkouts=("$PWD")
[ -n "$peer" ] && checkouts+=("$(cd "$peer" && pwd)")
for c in "${checkouts[@]}"; do
  "$c/ictreview" --version >/dev/null   # builds the jar and the class-data archive if needed
done
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
declare -A walls cpus
echo "load at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  for c in "${checkouts[@]}"; do
    rm -rf "$out/pack"
    # the example has one bad row on purpose, so build exits 1; time still writes its figures
    /usr/bin/time -o "$out/time" -f "%e %M %U %S" "$c/ictreview" build --out "$out/pack" >/dev/null 2>&1 || true
    read -r wall rss user sys < <(tail -1 "$out/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    echo "run $i, $c: $wall s wall, $cpu s CPU, $(( rss / 1024 )) MB peak resident"
    walls[$c]="${walls[$c]:-} $wall"
    cpus[$c]="${cpus[$c]:-} $cpu"
  done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for c in "${checkouts[@]}"; do
  # shellcheck disable=SC2086
  echo "median, $c: $(median ${walls[$c]}) s wall, $(median ${cpus[$c]}) s CPU"
done
if [ -n "$peer" ]; then
  p="${checkouts[1]}"
  # shellcheck disable=SC2086
  awk -v a="$(median ${walls[$PWD]})" -v b="$(median ${walls[$p]})" -v c="$(median ${cpus[$PWD]})" \
    -v d="$(median ${cpus[$p]})" 'BEGIN { printf "ratio to the other checkout: %.2f wall, %.2f CPU\n", a / b, c / d }'
fi
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
