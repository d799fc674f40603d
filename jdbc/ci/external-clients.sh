#!/usr/bin/env bash
# A real JDBC client (sqlline) in its own process, twice: with only the self-contained driver jar
# (jdbc:huntsql:), and with only Avatica's published client jar against `huntsql serve`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
clients=jdbc/target/clients
if ! ls jdbc/target/huntsql-jdbc-*-driver.jar >/dev/null 2>&1 || [ ! -f shell/target/huntsql.jar ] || [ ! -f "$clients/sqlline.jar" ]; then
  mvn -q -DskipTests package
fi
driver="$(ls jdbc/target/huntsql-jdbc-*-driver.jar)"
work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
printf 'select count(*) as n, min(Timestamp) as first_seen from DeviceNetworkEvents;\n!quit\n' > "$work/q.sql"
expected="'118','2025-09-01 08:14:02.103'"

sqlline() { # classpath url
  java -Duser.timezone=Europe/Berlin -cp "$1" sqlline.SqlLine -u "$2" -n "" -p "" --silent=true --outputformat=csv \
    -f "$work/q.sql" </dev/null 2>>"$work/sqlline.err"
}

echo "-- sqlline, embedded: $driver"
sqlline "$clients/sqlline.jar:$driver" "jdbc:huntsql:$root/sample-data" | tee "$work/embedded.out"
grep -qx "$expected" "$work/embedded.out" || { echo "embedded: expected $expected" >&2; cat "$work/sqlline.err" >&2; exit 1; }

echo "-- sqlline, remote: ./huntsql serve and Avatica's client jar"
./huntsql serve --port 0 >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
for _ in $(seq 1 120); do grep -q "serving" "$work/serve.out" && break; sleep 0.5; done
url="$(grep -o 'jdbc:avatica:remote:url=[^ ]*' "$work/serve.out")" || { cat "$work/serve.err" >&2; exit 1; }
sqlline "$clients/sqlline.jar:$clients/avatica-client.jar:$clients/slf4j-api.jar" "$url" | tee "$work/remote.out"
grep -qx "$expected" "$work/remote.out" || { echo "remote: expected $expected" >&2; cat "$work/sqlline.err" "$work/serve.err" >&2; exit 1; }

kill -TERM "$pid"
wait "$pid" || true
pid=""
grep -q "huntsql: stopped" "$work/serve.err" || { echo "serve did not stop gracefully" >&2; cat "$work/serve.err" >&2; exit 1; }
echo "-- sqlline: embedded and remote agree; serve stopped on SIGTERM"
