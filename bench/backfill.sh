#!/usr/bin/env bash
# `kurzfassung backfill` over N generated articles (default 2,000) in an in-memory S3 server (S3Proxy, the tests'
# server, started here) with the embedded extractive model: the whole process, listing to summary line, timed from
# outside. A second run over the same prefix shows the cost of skipping what is already summarised.
#   bench/backfill.sh [N] [PARALLEL]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/jdk.sh   # JAVA: a JDK >= 21
N=${1:-2000}
PARALLEL=${2:-2}
PORT=${PORT:-9417}
mkdir -p target/bench
[ -f target/kurzfassung.jar ] || ./mvnw -q -B package -DskipTests
if [ ! -f target/bench/test-classpath.txt ]; then
  ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/test-classpath.txt >/dev/null
fi
"$JAVA_HOME/bin/javac" -nowarn -cp "$(cat target/bench/test-classpath.txt)" -d target/bench bench/LocalS3Server.java
"$JAVA" -cp "target/bench:$(cat target/bench/test-classpath.txt)" LocalS3Server "$PORT" > target/bench/s3.log 2>&1 &
S3_PID=$!
trap 'kill "$S3_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do grep -q "S3 server on" target/bench/s3.log 2>/dev/null && break; sleep 0.1; done
curl -sf -X PUT "http://127.0.0.1:$PORT/kurzfassung-local" >/dev/null

# N distinct articles: the sample with a numbered closing paragraph (a different article id each), uploaded by curl
# in batches of 200 files per process.
ARTICLES=target/bench/backfill-articles
rm -rf "$ARTICLES" && mkdir -p "$ARTICLES"
for i in $(seq 1 "$N"); do
  { cat events/putin-olympia.de.txt; printf '\n\nMeldung %d: Die Redaktion hat den Bericht am Tag %d ergänzt.\n' "$i" "$i"; } \
    > "$ARTICLES/artikel-$i.txt"
done
(cd "$ARTICLES" && ls | xargs -n 200 sh -c 'curl -sf -T "{$(echo "$@" | tr " " ",")}" "http://127.0.0.1:'"$PORT"'/kurzfassung-local/archive/2019/" >/dev/null' _)
echo "uploaded $N articles to s3://kurzfassung-local/archive/2019/ (S3Proxy on :$PORT)"

export AWS_REGION=eu-central-1 AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench
export AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent LLM_PROVIDER=extractive
for run in first again; do
  CMD=("$JAVA" -jar target/kurzfassung.jar backfill s3://kurzfassung-local/archive/2019/
       --endpoint-url "http://127.0.0.1:$PORT" --parallel "$PARALLEL" --no-progress)
  echo "\$ java -jar target/kurzfassung.jar backfill s3://kurzfassung-local/archive/2019/ --endpoint-url http://127.0.0.1:$PORT --parallel $PARALLEL   # $run"
  start=$(date +%s.%N)
  "${CMD[@]}" 2>&1 | grep '^backfill:'
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$N" 'BEGIN { printf "whole process: %.1f s, %.0f articles/s\n", e - s, n / (e - s) }'
done
