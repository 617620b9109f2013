#!/usr/bin/env bash
# The load driver (docs/performance.md), compiled on its own into target/load-driver, so a build that runs
# meanwhile (which rewrites target/classes) cannot take its classes away in the middle of a run.
#   scripts/load.sh --scenario=class30 --pid=PID [--base=http://127.0.0.1:8080] [...]
# Loopback only; bounded in users and time by the driver itself.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
[ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && JAVA_BIN=/usr/lib/jvm/temurin-25-jdk-amd64/bin/
OUT=target/load-driver
if [ ! -f "$OUT/classpath.txt" ]; then
  mkdir -p "$OUT"
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
fi
CP="$(cat "$OUT/classpath.txt")"
rm -rf "$OUT/classes"
"${JAVA_BIN}javac" -d "$OUT/classes" -cp "$CP" src/load/java/org/closeread/load/*.java
exec "${JAVA_BIN}java" -cp "$OUT/classes:$CP" org.closeread.load.LoadDriver "$@"
