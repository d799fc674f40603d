#!/usr/bin/env bash
# Load benchmark for the remote server: 16 clients (by default) for a bounded time against one
# server on a free loopback port. Options: --clients N --seconds S --data DIR.
set -euo pipefail
module="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$module"
mvn -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.huntsql.jdbc.server.LoadBenchmark "$@"
