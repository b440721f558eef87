#!/usr/bin/env bash
# The dataset benchmark, one command (from the project folder):
#
#   bash src/bench/dataset.sh [--rows 100000] [--runs 5] [--jfr target/dataset.jfr]
#
# Packages briefing.jar (tests skipped), compiles the benchmark classes against it, writes a desk of one briefing
# whose data package holds a CSV resource of --rows rows (shown by two table directives, one sorted and limited,
# quoted in the summary, drawn by two aggregated charts), then times `briefing build` through the launcher mvn
# package makes (target/briefing), a fresh JVM per run: wall and CPU time (user + sys) of each run and the medians,
# with the load average. --jfr FILE adds one run with a flight recording (summarize it with
# `jfr print --events jdk.ExecutionSample FILE`). The jar and launcher are copied to a private work folder first.
set -euo pipefail
cd "$(dirname "$0")/../.."

mvn -o -q -B package -DskipTests -Dmaven.test.skip=true

work="${BENCH_WORK:-$(mktemp -d /tmp/briefing-dataset-bench-XXXXXX)}"
mkdir -p "$work/classes" "$work/bin"
cp target/briefing.jar target/briefing "$work/bin/"
cp -r templates "$work/templates"
# The class data sharing archive for this copy of the jar, made as mvn package makes target/briefing.jsa.
BRIEFING_CACHE=off java -XX:ArchiveClassesAtExit="$work/bin/briefing.jsa" -Xlog:cds=off,cds+dynamic=off \
  -Djava.awt.headless=true -jar "$work/bin/briefing.jar" build --quiet --content content \
  --templates "$work/templates" --output "$work/cds-training-site" >/dev/null 2>&1 || true
javac -nowarn -encoding UTF-8 --release 17 -d "$work/classes" -cp "$work/bin/briefing.jar" \
  $(ls src/test/java/briefing/benchmark/*.java | grep -v "Test\.java$")

exec java -cp "$work/classes:$work/bin/briefing.jar" briefing.benchmark.DatasetBuildBench \
  --launcher "$work/bin/briefing" --templates "$work/templates" --work "$work" "$@"
