#!/usr/bin/env bash
# The benchmark, one command (from the project folder):
#
#   bash src/bench/run.sh [--json target/bench.json] [options; --help lists them]
#
# Packages briefing.jar (tests skipped), compiles the benchmark classes (src/test/java/briefing/benchmark; not
# JUnit tests) against it, installs Debian's hugo and GNU time if missing, then runs briefing.benchmark.Bench:
# seeded synthetic desks of 10, 100, 1,000 and 10,000 briefings; cold builds (whole process), stage times, peak
# RSS, second builds, serve's edit-to-HTML latency; Hugo on the same corpus; the real briefing; the floor; and for
# each site built, the bytes one search query transfers (SearchBench: page, script, manifest, shards, chunks).
# Prints one table (and writes JSON with --json FILE). The jar, classes and templates are copied to a private
# work folder first, so a `mvn clean` or an edit elsewhere during the run does not change what is measured.
# briefing runs as users run it, through the launcher mvn package makes (target/briefing: its JVM settings and a class
# data sharing archive, made again for that copy as mvn package makes target/briefing.jsa); plain `java -jar` rows
# show the difference; --no-cds measures plain java -jar only.
set -euo pipefail
cd "$(dirname "$0")/../.."

# --help only prints the options: no package, no install, no work folder.
for arg in "$@"; do
  case "$arg" in
    -h|--help) cat src/bench/usage.txt; exit 0 ;;
  esac
done

mvn -q -B package -DskipTests -Dmaven.test.skip=true

work="${BENCH_WORK:-$(mktemp -d /tmp/briefing-bench-XXXXXX)}"
mkdir -p "$work/classes"
cp target/briefing.jar "$work/briefing.jar"
cp target/briefing "$work/briefing"
# The benchmark's own classes only: its JUnit tests need JUnit, which the jar does not carry.
javac -nowarn -encoding UTF-8 --release 17 -d "$work/classes" -cp "$work/briefing.jar" \
  $(ls src/test/java/briefing/benchmark/*.java | grep -v "Test\.java$")

need=()
command -v hugo >/dev/null 2>&1 || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q "${need[@]}" >/dev/null \
      || { apt-get update -q >/dev/null && apt-get install -y -q "${need[@]}" >/dev/null; }
  else
    echo "missing: ${need[*]} (sudo apt-get install ${need[*]}); continuing without" >&2
  fi
fi
extra=()
command -v hugo >/dev/null 2>&1 || extra+=(--no-hugo)

exec java -Djava.awt.headless=true -cp "$work/classes:$work/briefing.jar" briefing.benchmark.Bench \
  --work "$work" --jar "$work/briefing.jar" --bench-classes "$work/classes" ${extra[@]+"${extra[@]}"} "$@"
