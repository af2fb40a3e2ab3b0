#!/usr/bin/env bash
# Benchmark (run on purpose, never by CI): the .xlsx intake at scale, whole process, start-up included.
# For each size it writes an incidents log as Excel saves it (shared strings) into a copy of the example school,
# then times, each in a JVM of its own and side by side in this one run:
#   check       ./ictreview check on that school folder, with JAVA_OPTS=-Xmx256m (the launcher's own choices)
#   check csv   the same log as a folder of CSV files (incidents/Incidents.csv)
#   fastexcel   fastexcel-reader turning every cell of the sheet into a typed value (the peer; JVM defaults)
#   sax         the JDK's SAX parser over the sheet doing nothing (JVM defaults)
#   build       (1M rows and more) ./ictreview build of that school with JAVA_OPTS=-Xmx512m: the whole pack
# and prints rows/s, the ratio of each time to fastexcel's, peak resident memory and the peak heap used (the
# largest heap occupancy the GC log shows: before any collection, or at exit). Last, the typical school: the
# median of 5 `./ictreview build` runs of the bundled example.
# Usage: scripts/benchmark-intake.sh [ROWS ...]   (default: 10000 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)
./ictreview --version >/dev/null   # builds the jar and its class-data archive when needed
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null 2>&1
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# peak heap used, in MB, from a GC log written with -Xlog:gc,gc+heap+exit
heap_mb() {
  awk '
    /Pause|Full GC|Pause Full/ { if (match($0, /[0-9]+M->/)) { v = substr($0, RSTART, RLENGTH - 3) + 0; if (v > m) m = v } }
    /(generation|garbage-first heap|PSYoungGen|ParOldGen|ZHeap).*used [0-9]+K/ {
      if (match($0, /used [0-9]+K/)) exit_used += substr($0, RSTART + 5, RLENGTH - 6) / 1024
    }
    END { if (exit_used > m) m = exit_used; printf "%d", m }' "$1"
}

# run LABEL ROWS CMD...: times one whole process, prints a row and remembers the wall and CPU times in $last, $lastcpu
run() {
  local label="$1" rows="$2"
  shift 2
  rm -f "$work/gc.log"
  if ! /usr/bin/time -o "$work/time" -f "%e %M %U %S" "$@" >"$work/out" 2>&1; then
    # check exits 1 or 2 when the data has warnings or errors; only a crash (e.g. out of memory) counts
    if grep -q -E 'OutOfMemoryError|ran out of memory|Exception in thread' "$work/out"; then
      echo "$label: FAILED" && tail -5 "$work/out"
    fi
  fi
  read -r wall rss user sys < <(tail -1 "$work/time")
  local cpu
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  last="$wall"
  lastcpu="$cpu"
  local ratio="-" cpuratio="-"
  [ -n "${peer:-}" ] && ratio=$(awk -v a="$wall" -v b="$peer" 'BEGIN { printf "%.2f", a / b }')
  [ -n "${peer:-}" ] && cpuratio=$(awk -v a="$cpu" -v b="$peercpu" 'BEGIN { printf "%.2f", a / b }')
  printf '| %9s | %-10s | %6.1f s | %9s | %5s | %6s s | %5s | %6d MB | %6s MB |\n' "$(printf "%'d" "$rows")" "$label" \
    "$wall" "$(awk -v r="$rows" -v w="$wall" 'BEGIN { printf "%'"'"'d", r / w }')" "$ratio" "$cpu" "$cpuratio" \
    "$((rss / 1024))" "$(heap_mb "$work/gc.log")"
}

gclog="-Xlog:gc,gc+heap+exit:file=$work/gc.log"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo '|      rows | reader     |    wall |    rows/s | wall ratio to fastexcel | CPU (user+sys) | CPU ratio | peak RSS | heap used |'
echo '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
for rows in "${sizes[@]}"; do
  school="$work/school-$rows"
  ./ictreview init "$school" --example >/dev/null
  java -cp "$cp" uk.ictreview.read.IntakeBenchmark write "$rows" "$school"
  csvschool="$work/csv-$rows"
  ./ictreview init "$csvschool" --example >/dev/null
  rm "$csvschool/incidents.xlsx"
  mv "$school/csv/incidents" "$csvschool/incidents"
  rm -rf "$school/csv"
  peer=""
  run fastexcel "$rows" java "$gclog" -cp "$cp" uk.ictreview.read.IntakeBenchmark fastexcel "$school/incidents.xlsx"
  peer="$last"
  peercpu="$lastcpu"
  run check "$rows" env JAVA_OPTS="-Xmx256m $gclog" ./ictreview check "$school"
  run "check csv" "$rows" env JAVA_OPTS="-Xmx256m $gclog" ./ictreview check "$csvschool"
  run sax "$rows" java "$gclog" -cp "$cp" uk.ictreview.read.IntakeBenchmark sax "$school/incidents.xlsx"
  if [ "$rows" -ge 1000000 ]; then
    # the whole pack of a trust-sized log in a 512 MB heap (HTML, PDF, figures.json, every CSV)
    run "build" "$rows" env JAVA_OPTS="-Xmx512m $gclog" ./ictreview build "$school" --out "$work/out-$rows"
    rm -rf "$work/out-$rows"
  fi
  rm -rf "$school" "$csvschool"
done
echo
peer=""
times=()
for i in 1 2 3 4 5; do
  rm -rf "$work/out-build"
  /usr/bin/time -o "$work/time" -f "%e %M %U %S" ./ictreview build --out "$work/out-build" >/dev/null 2>&1 || true
  read -r wall rss user sys < <(tail -1 "$work/time")
  times+=("$wall $((rss / 1024)) $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $0 } END { split(a[3], m, " "); print "typical school (the bundled example), ./ictreview build, median of 5: " m[1] " s wall, " m[3] " s CPU, " m[2] " MB peak RSS (fastest " a[1] ")" }'
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
