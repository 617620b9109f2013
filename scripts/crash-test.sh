#!/usr/bin/env bash
# Crash test (a benchmark, not part of ./mvnw test): 30 simulated students answer without pause while the
# server is killed with SIGKILL at random moments and restarted; then counts acknowledged answers lost,
# answers stored twice and the time without service (docs/reliability.md has the figures).
#
#   scripts/crash-test.sh h2 [KILLS]          one node on H2 (default 50 kills)
#   scripts/crash-test.sh postgresql [KILLS]  one node on PostgreSQL (default 50 kills)
#   scripts/crash-test.sh two-nodes [KILLS]   two nodes on PostgreSQL behind HAProxy, one killed (default 20)
#
# Everything on loopback. The app runs from target/classes with the Spring profile "crashtest", whose
# endpoints answer loopback clients only. PostgreSQL: the closeread/closeread account and the
# closeread_test database of the test setup (.ci/run), schema crash_<mode>, dropped at the start.
# Ports: CLOSEREAD_CRASH_PORT (8190); two nodes on CLOSEREAD_CRASH_NODE_A_PORT and _B_PORT (8191, 8192)
# behind HAProxy on CLOSEREAD_CRASH_LB_PORT (8193).
# Needs curl; two-nodes needs haproxy. Stops by itself; every process it started is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE="${1:?h2, postgresql or two-nodes}"
if [ "$MODE" = two-nodes ]; then KILLS="${2:-20}"; else KILLS="${2:-50}"; fi
STUDENTS="${CLOSEREAD_CRASH_STUDENTS:-30}"
PORT="${CLOSEREAD_CRASH_PORT:-8190}"
A_PORT="${CLOSEREAD_CRASH_NODE_A_PORT:-$((PORT + 1))}"
B_PORT="${CLOSEREAD_CRASH_NODE_B_PORT:-$((PORT + 2))}"
LB_PORT="${CLOSEREAD_CRASH_LB_PORT:-8193}"
RUN="target/crash-test/$MODE"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
PG_URL="jdbc:postgresql://127.0.0.1:5432/closeread_test"
SCHEMA="crash_${MODE//-/_}"

rm -rf "$RUN"; mkdir -p "$RUN"
if [ ! -d target/classes/org/closeread ]; then ./mvnw -B -ntp -q -Dfrontend.skip=true compile; fi
if [ ! -f target/crash-test/classpath.txt ]; then
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/crash-test/classpath.txt -Dmdep.includeScope=runtime
fi
# A copy of the compiled classes, so a build during the run changes nothing.
rm -rf "$RUN-classes"; cp -r target/classes "$RUN-classes"
CP="$RUN-classes:$(cat target/crash-test/classpath.txt)"

if [ "$MODE" != h2 ]; then
  PGPASSWORD=closeread psql -q -h 127.0.0.1 -U closeread closeread_test -c "drop schema if exists $SCHEMA cascade" >/dev/null
fi

start_node() { # name port
  local name=$1 port=$2 db=()
  mkdir -p "$RUN/$name"
  if [ "$MODE" != h2 ]; then
    db=(--spring.datasource.url="$PG_URL?currentSchema=$SCHEMA" --spring.datasource.username=closeread
        --spring.datasource.password=closeread --spring.flyway.schemas="$SCHEMA" --spring.flyway.default-schema="$SCHEMA"
        --spring.flyway.create-schemas=true --spring.jpa.properties.hibernate.default_schema="$SCHEMA")
  fi
  "$JAVA" -Xmx512m -XX:TieredStopAtLevel=1 -cp "$CP" org.closeread.Application --server.address=127.0.0.1 \
    --server.port="$port" --spring.profiles.active=crashtest --closeread.data-dir="$PWD/$RUN/data" \
    --closeread.backup.cron=- "${db[@]}" >> "$RUN/$name/app.log" 2>&1 &
  echo $! > "$RUN/$name/pid"
}

ready() { [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness" || true)" = 200 ]; }

wait_ready() { # port -> seconds waited
  local t0; t0=$(date +%s.%N)
  for _ in $(seq 1 3600); do ready "$1" && break; sleep 0.25; done
  ready "$1" || { echo "no start on :$1; see $RUN/*/app.log" >&2; exit 1; }
  echo "$(date +%s.%N) - $t0" | bc
}

cleanup() {
  [ -n "${CLIENT:-}" ] && kill "$CLIENT" 2>/dev/null || true
  for f in "$RUN"/*/pid "$RUN/haproxy.pid"; do [ -f "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null || true; done
}
trap cleanup EXIT

if [ "$MODE" = two-nodes ]; then
  start_node node-a $A_PORT; wait_ready $A_PORT > /dev/null   # node A runs the migrations
  start_node node-b $B_PORT; wait_ready $B_PORT > /dev/null
  CLOSEREAD_LB_PORT=$LB_PORT CLOSEREAD_NODE_A_PORT=$A_PORT CLOSEREAD_NODE_B_PORT=$B_PORT \
    haproxy -f scripts/haproxy.cfg -D -p "$RUN/haproxy.pid"
  TARGET="http://127.0.0.1:$LB_PORT"
else
  start_node node "$PORT"; wait_ready "$PORT" > /dev/null
  TARGET="http://127.0.0.1:$PORT"
fi

# The class: students start answering at once, and stop when the stop file appears (at most 2 hours).
"$JAVA" scripts/CrashClient.java "$TARGET" "$STUDENTS" "$RUN/stop" 7200 > "$RUN/client.out" 2> "$RUN/client.err" &
CLIENT=$!
while [ ! -f "$RUN/stop.ready" ]; do   # the class is made and every student has joined
  kill -0 "$CLIENT" 2>/dev/null || { echo "the client stopped; see $RUN/client.err" >&2; exit 1; }
  sleep 1
done
sleep 15
restarts=()
for k in $(seq 1 "$KILLS"); do
  [ -f "$RUN/stop" ] && break   # touch $RUN/stop to end early: the client checks what was stored
  sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 1 + (r % 500) / 100 }')"   # 1 to 6 s of answering
  if [ "$MODE" = two-nodes ]; then
    if [ $((RANDOM % 2)) = 0 ]; then name=node-a; port=$A_PORT; else name=node-b; port=$B_PORT; fi
  else name=node; port=$PORT; fi
  killed=$(date -u +%FT%T.%3NZ)
  kill -9 "$(cat "$RUN/$name/pid")"
  wait "$(cat "$RUN/$name/pid")" 2>/dev/null || true
  start_node "$name" "$port"
  took=$(wait_ready "$port")
  restarts+=("$took")
  echo "kill $k/$KILLS ($name) at $killed: back after ${took}s" | tee -a "$RUN/kills.log"
done
sleep 5
touch "$RUN/stop"
wait "$CLIENT"
CLIENT=
avg=$(printf '%s\n' "${restarts[@]}" | awk '{ s += $1; if ($1 > m) m = $1 } END { printf "%.1f %.1f", s / NR, m }')
echo "mode=$MODE kills=${#restarts[@]} $(cat "$RUN/client.out") restart_avg_max_seconds=${avg// //}" | tee "$RUN/result.txt"
echo "each kill: $RUN/kills.log; each span without service: $RUN/stop.outages; acknowledged answers not stored: $RUN/stop.lost"
