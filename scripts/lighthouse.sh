#!/usr/bin/env bash
# Lighthouse 12.2.3 (pinned in scripts/lighthouse/package.json), desktop preset, Debian's chromium, on the
# library, the guided reading and the quiz of a running CloseRead (best the production jar; see
# docs/performance.md). Writes the reports to target/lighthouse/ and prints one line per page.
#
#   scripts/lighthouse.sh [base-url]      # default http://localhost:8080
set -euo pipefail
cd "$(dirname "$0")"
BASE="${1:-http://localhost:8080}"
SLUG="${SLUG:-china-russia-defence-ministers}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
test -x lighthouse/node_modules/.bin/lighthouse || (cd lighthouse && npm install --no-audit --no-fund --loglevel=error)
OUT=../target/lighthouse
mkdir -p "$OUT"
echo "$(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $BASE"
for page in "library|/" "guided-reading|/lessons/$SLUG" "quiz|/lessons/$SLUG/quiz"; do
  name="${page%%|*}"; path="${page#*|}"
  # A first visit warms the server (the first open of a page in a fresh JVM is not what a class sees).
  curl -s -o /dev/null "$BASE$path" || true
  lighthouse/node_modules/.bin/lighthouse "$BASE$path" --preset=desktop --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --output=json --output=html --output-path="$OUT/$name" >/dev/null 2>"$OUT/$name.log" || {
      echo "$name: lighthouse failed, see $OUT/$name.log"; continue; }
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories, a = r.audits;
    const pct = (k) => Math.round(c[k].score * 100);
    console.log(`${process.argv[2]}: performance ${pct("performance")}, accessibility ${pct("accessibility")},`
      + ` best practices ${pct("best-practices")}, LCP ${(a["largest-contentful-paint"].numericValue/1000).toFixed(2)} s,`
      + ` TBT ${Math.round(a["total-blocking-time"].numericValue)} ms, CLS ${a["cumulative-layout-shift"].numericValue.toFixed(3)},`
      + ` FCP ${(a["first-contentful-paint"].numericValue/1000).toFixed(2)} s, speed index ${(a["speed-index"].numericValue/1000).toFixed(2)} s`);
    const failed = Object.values(a).filter(x => x.score !== null && x.score < 1 && ["accessibility","best-practices"].some(k => c[k].auditRefs.some(ref => ref.id === x.id && ref.weight > 0)));
    failed.forEach(x => console.log(`    not passed: ${x.id} (${x.title})`));
  ' "$(realpath "$OUT/$name.report.json")" "$name"
done
