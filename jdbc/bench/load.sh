#!/usr/bin/env bash
# Load benchmark for the remote server: 16 clients (by default) for a bounded time against one
# server on a free loopback port. Options: --clients N --seconds S --data DIR.
set -euo pipefail
module="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(cd "$module/.." && pwd)"
# From the top, so the sibling modules come from this checkout (nothing needs installing).
mvn -q -f "$root/pom.xml" -pl jdbc -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
cd "$module"
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.huntsql.jdbc.server.LoadBenchmark "$@"
