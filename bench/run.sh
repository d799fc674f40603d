#!/usr/bin/env bash
# The benchmark: huntsql against DuckDB on the same generated event files.
#   ./bench/run.sh --size 1g [--data DIR] [--runs N] [--no-gzip] [--only huntsql|duckdb]
#                  [--queries count,filter,group-few,group-many,detection] [--markdown FILE]
# Builds bench/target/huntsql-bench.jar first when it is missing or older than the sources.
# JVM options: BENCH_JAVA_OPTS (default: none, so the JVM's default heap, as ./huntsql has).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$home/bench/target/huntsql-bench.jar"

stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$home" -path "$home/*/target" -prune -o -path "$home/.git" -prune -o \
      \( -path '*/src/*' \( -name '*.java' -o -name '*.sql' \) -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) \
      -newer "$jar" -print -quit 2>/dev/null)" ]
}

if stale; then
  echo "bench: building $jar (Maven output in $home/bench/build.log) ..." >&2
  if ! mvn -q -f "$home/pom.xml" -Pbench -pl bench -am -DskipTests package >"$home/bench/build.log" 2>&1; then
    echo "bench: the build failed; see $home/bench/build.log" >&2
    exit 1
  fi
fi
exec java ${BENCH_JAVA_OPTS:-} -jar "$jar" "$@"
