#!/usr/bin/env bash
# Fast start of the production jar: Spring Boot's extracted layout plus a class-data-sharing (CDS) archive
# made by a training run that stops once the context is refreshed. See docs/performance.md.
#
#   scripts/fast-start.sh prepare          # once per build: target/fast-start/ (extracted jar + closeread.jsa)
#   scripts/fast-start.sh run [args...]    # start the app from it (args go to the app, e.g. --server.port=8080)
#   scripts/fast-start.sh measure [port]   # seconds to readiness UP: plain jar, then the fast start
#
# Needs the production jar: ./mvnw -Pproduction -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR="$(ls target/closeread-*.jar | grep -v original | head -1)"
DIR=target/fast-start
# No lazy beans (readiness means the lessons are loaded) and no JIT limits (they would cost under load).
FLAGS=(-Xshare:auto)

prepare() {
  rm -rf "$DIR"
  mkdir -p "$DIR"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR/app" >/dev/null
  # The training run starts the whole context on a scratch database (kept in $DIR/data for measure) and
  # exits after the refresh.
  "$JAVA" -XX:ArchiveClassesAtExit="$DIR/closeread.jsa" -Dspring.context.exit=onRefresh \
    -jar "$DIR/app/$(basename "$JAR")" --closeread.data-dir="$PWD/$DIR/data" --server.port=0 >"$DIR/training.log" 2>&1 || true
  test -s "$DIR/closeread.jsa" || { echo "no CDS archive made; see $DIR/training.log" >&2; exit 1; }
  echo "prepared $DIR ($(du -sh "$DIR/closeread.jsa" | cut -f1) archive)"
}

run() {
  test -s "$DIR/closeread.jsa" || prepare
  exec "$JAVA" "${FLAGS[@]}" -XX:SharedArchiveFile="$DIR/closeread.jsa" -jar "$DIR/app/$(basename "$JAR")" "$@"
}

# Starts a command, waits for readiness UP on the port, prints the seconds, stops it.
time_to_ready() {
  local port="$1"; shift
  local data; data="$(mktemp -d)"
  cp -r "$DIR/data/." "$data/"
  local start end pid
  start=$(date +%s%N)
  "$@" --server.port="$port" --closeread.data-dir="$data" >"$DIR/measure-$port.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see $DIR/measure-$port.log" >&2; return 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  echo "scale=2; ($end - $start) / 1000000000" | bc
}

measure() {
  local port="${1:-8080}"
  test -s "$DIR/closeread.jsa" || prepare
  echo "$(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "plain jar:  $(time_to_ready "$port" "$JAVA" -jar "$JAR") s to readiness"
  echo "fast start: $(time_to_ready "$port" "$JAVA" "${FLAGS[@]}" -XX:SharedArchiveFile="$DIR/closeread.jsa" -jar "$DIR/app/$(basename "$JAR")") s to readiness"
}

case "${1:-}" in
  prepare) prepare ;;
  run) shift; run "$@" ;;
  measure) shift; measure "$@" ;;
  *) sed -n '2,9p' "$0"; exit 2 ;;
esac
