#!/usr/bin/env bash
# Two CloseRead nodes on one PostgreSQL behind HAProxy, all on loopback, to try a multi-node setup.
#   scripts/two-nodes.sh start    build the jar if needed, start PostgreSQL, node A, node B and HAProxy
#   scripts/two-nodes.sh status   what runs
#   scripts/two-nodes.sh stop     stop HAProxy and both nodes (PostgreSQL keeps running)
# Needs Debian's postgresql and haproxy packages (run as root, or with sudo for the postgres steps).
# Ports: LB 8090, nodes 8091 and 8092 (override with CLOSEREAD_LB_PORT, CLOSEREAD_NODE_A_PORT, _B_PORT).
set -euo pipefail
cd "$(dirname "$0")/.."

export CLOSEREAD_LB_PORT="${CLOSEREAD_LB_PORT:-8090}"
export CLOSEREAD_NODE_A_PORT="${CLOSEREAD_NODE_A_PORT:-8091}"
export CLOSEREAD_NODE_B_PORT="${CLOSEREAD_NODE_B_PORT:-8092}"
DB_NAME="${CLOSEREAD_TWO_NODES_DB:-closeread_two_nodes}"
RUN=target/two-nodes
JAR=target/closeread-0.1.0-SNAPSHOT.jar
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi
}

start_postgres() {
  command -v pg_ctlcluster >/dev/null || { echo "Install PostgreSQL first: apt-get install postgresql"; exit 1; }
  if ! pg_isready -q -h 127.0.0.1; then
    version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
    if [ "$(id -u)" = 0 ]; then pg_ctlcluster "$version" main start; else sudo pg_ctlcluster "$version" main start; fi
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  as_postgres "psql -qtAc \"select 1 from pg_roles where rolname='closeread'\"" | grep -q 1 \
    || as_postgres "psql -qc \"create role closeread login password 'closeread'\""
  as_postgres "psql -qtAc \"select 1 from pg_database where datname='$DB_NAME'\"" | grep -q 1 \
    || as_postgres "psql -qc 'create database $DB_NAME owner closeread'"
}

start_node() { # name port
  local name=$1 port=$2
  mkdir -p "$RUN/$name"
  CLOSEREAD_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" CLOSEREAD_DB_USER=closeread \
    CLOSEREAD_DB_PASSWORD=closeread CLOSEREAD_DATA_DIR="$RUN/$name/data" \
    nohup "$JAVA" -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
      --server.forward-headers-strategy=native > "$RUN/$name/app.log" 2>&1 &
  echo $! > "$RUN/$name/pid"
}

wait_for() { # url seconds
  for _ in $(seq 1 "$2"); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ] && return 0
    sleep 1
  done
  echo "No answer from $1 after $2 s; see $RUN/*/app.log"; return 1
}

stop_pid() { # file
  if [ -f "$1" ]; then kill "$(cat "$1")" 2>/dev/null || true; rm -f "$1"; fi
}

case "${1:-}" in
  start)
    command -v haproxy >/dev/null || { echo "Install HAProxy first: apt-get install haproxy"; exit 1; }
    # (Re)build the production jar when it is missing or older than the sources.
    if [ ! -f "$JAR" ] || [ -n "$(find pom.xml src lessons frontend/src frontend/styles -newer "$JAR" -print -quit)" ]; then
      ./mvnw -B -ntp -q -Pproduction package -DskipTests
    fi
    mkdir -p "$RUN"
    start_postgres
    start_node node-a "$CLOSEREAD_NODE_A_PORT"
    wait_for "http://127.0.0.1:$CLOSEREAD_NODE_A_PORT/api/articles" 180   # node A runs the migrations first
    start_node node-b "$CLOSEREAD_NODE_B_PORT"
    wait_for "http://127.0.0.1:$CLOSEREAD_NODE_B_PORT/api/articles" 180
    haproxy -f scripts/haproxy.cfg -D -p "$RUN/haproxy.pid"
    wait_for "http://127.0.0.1:$CLOSEREAD_LB_PORT/api/articles" 30
    echo "CloseRead on two nodes: http://127.0.0.1:$CLOSEREAD_LB_PORT (nodes :$CLOSEREAD_NODE_A_PORT and :$CLOSEREAD_NODE_B_PORT)"
    ;;
  stop)
    stop_pid "$RUN/haproxy.pid"
    stop_pid "$RUN/node-a/pid"
    stop_pid "$RUN/node-b/pid"
    echo "Stopped HAProxy and both nodes (PostgreSQL keeps running)."
    ;;
  status)
    for f in "$RUN/haproxy.pid" "$RUN/node-a/pid" "$RUN/node-b/pid"; do
      if [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; then echo "running: $f"; else echo "stopped: $f"; fi
    done
    ;;
  *)
    echo "usage: $0 start|stop|status"; exit 2
    ;;
esac
