#!/usr/bin/env bash
# Cold start: init + first invoke in a fresh JVM, with the flags Lambda's java21 runtime sets
# (-XX:+TieredCompilation -XX:TieredStopAtLevel=1), against an in-memory S3 server (S3Proxy) on localhost.
#   kurzfassung: ApiGatewayHandler, events/api-post.json, the extractive model (no network besides S3), with the
#                function's JSON logs and EMF metrics on (AWS_LAMBDA_LOG_FORMAT=JSON, AWS_LAMBDA_FUNCTION_NAME set)
#   floor:       bench/FloorHandler, a bare SDK-v2 handler that only puts the body into S3
# The two are interleaved (floor, kurzfassung, floor, ...), so that load from other processes hits both alike, and
# both wall time and CPU time (user + sys of the JVM, up to the end of the first invoke) are reported: CPU time moves
# less with other load than wall time. Also the loaded-class counts (after init, after the first invoke).
# Usage: bench/coldstart.sh [runs]   (default 15; prints each run and the medians; also the jar size)
#        MODEL=openai bench/coldstart.sh   (LangChain4j's OpenAI client against a local stub endpoint)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-15}"
. bench/jdk.sh   # JAVA_HOME, JAVA: a JDK >= 21
PORT="${S3_PORT:-19000}"

# Rebuild when the jar is missing or older than the sources, so the figures are of the current code.
JAR=target/kurzfassung-lambda.jar   # what `sam build` ships (Makefile)
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml src/main -newer "$JAR" -print -quit)" ]; then
  ./mvnw -q -B package -DskipTests
fi
mkdir -p target/bench
if [ ! -f target/bench/test-classpath.txt ] || [ pom.xml -nt target/bench/test-classpath.txt ]; then
  ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/test-classpath.txt >/dev/null
fi
# The Lambda runtime brings its own event serialisers; the Lambda jar does not, so they come from their own jar here.
SERIALIZATION=$(tr ':' '\n' < target/bench/test-classpath.txt | grep '/aws-lambda-java-serialization-')
"$JAVA_HOME/bin/javac" -nowarn -cp "$JAR:$SERIALIZATION" -d target/bench bench/FloorHandler.java bench/ColdStart.java
"$JAVA_HOME/bin/javac" -nowarn -cp "$(cat target/bench/test-classpath.txt)" -d target/bench bench/LocalS3Server.java

"$JAVA" -cp "target/bench:$(cat target/bench/test-classpath.txt)" LocalS3Server "$PORT" > target/bench/s3.log 2>&1 &
S3_PID=$!
trap 'kill "$S3_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q "S3 server on" target/bench/s3.log 2>/dev/null && break; sleep 0.1; done
curl -sf -X PUT "http://127.0.0.1:$PORT/kurzfassung-local" >/dev/null

export AWS_REGION=eu-central-1 AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench
export AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent
export AWS_ENDPOINT_URL_S3="http://127.0.0.1:$PORT" OUTPUT_BUCKET=kurzfassung-local LLM_PROVIDER=extractive
# MODEL=openai: kurzfassung's model is LangChain4j's OpenAI client against a local stub chat-completions endpoint
# (bench/StubOpenAi.java, instant answer) instead of the embedded extractive model.
if [ "${MODEL:-extractive}" = openai ]; then
  "$JAVA_HOME/bin/javac" -nowarn -d target/bench bench/StubOpenAi.java
  "$JAVA" -cp target/bench StubOpenAi $((PORT + 1)) > target/bench/stub.log 2>&1 &
  STUB_PID=$!
  trap 'kill "$S3_PID" "$STUB_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do grep -q "stub OpenAI on" target/bench/stub.log 2>/dev/null && break; sleep 0.1; done
  export LLM_PROVIDER=openai LLM_BASE_URL="http://127.0.0.1:$((PORT + 1))/v1" LLM_API_KEY=bench LLM_FALLBACK=fail
fi
echo "model: $LLM_PROVIDER"
FLAGS=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1)
CP="$JAR:target/bench:$SERIALIZATION"

# The function's settings as template.yaml gives them: JSON logs, metrics into a namespace.
export AWS_LAMBDA_LOG_FORMAT=JSON AWS_LAMBDA_FUNCTION_NAME=bench-api METRICS_NAMESPACE=kurzfassung-bench

run() { "$JAVA" "${FLAGS[@]}" "${EXTRA_FLAGS[@]}" -cp "$CP" ColdStart "$1" events/api-post.json 2>/dev/null | grep '^coldstart '; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
EXTRA_FLAGS=()

# Each kurzfassung run gets an output prefix of its own, so that its first invoke summarises and stores (a POST of
# an article already stored would be answered from the store: the idempotent POST, another path).
OUTPUT_PREFIX="bench/warm-$$/" run io.kurzfassung.lambda.ApiGatewayHandler >/dev/null   # warm the OS file cache
run FloorHandler >/dev/null
: > target/bench/floor.txt; : > target/bench/kurzfassung.txt
echo "run  floor(init first total cpu classes)      kurzfassung(init first total cpu classes)  [ms]"
for i in $(seq 1 "$RUNS"); do
  read -r _ fi ff fs fc _ fn < <(run FloorHandler)
  read -r _ ki kf ks kc kn0 kn < <(OUTPUT_PREFIX="bench/$$-$i/" run io.kurzfassung.lambda.ApiGatewayHandler)
  [ "$fs" = 200 ] && [ "$ks" = 200 ] || { echo "a run did not answer 200 (floor $fs, kurzfassung $ks)" >&2; exit 1; }
  echo "$fi $ff $((fi + ff)) $fc $fn" >> target/bench/floor.txt
  echo "$ki $kf $((ki + kf)) $kc $kn $kn0" >> target/bench/kurzfassung.txt
  printf '%3d  %5d %5d %5d %5d %6d      %5d %5d %5d %5d %6d\n' "$i" "$fi" "$ff" $((fi + ff)) "$fc" "$fn" \
    "$ki" "$kf" $((ki + kf)) "$kc" "$kn"
done
col() { awk -v c="$1" '{print $c}' "$2" | median; }
ratio() { awk -v k="$1" -v f="$2" 'BEGIN {printf "%.2f", k / f}'; }
FW=$(col 3 target/bench/floor.txt); KW=$(col 3 target/bench/kurzfassung.txt)
FC=$(col 4 target/bench/floor.txt); KC=$(col 4 target/bench/kurzfassung.txt)
echo "model: $LLM_PROVIDER, $RUNS interleaved runs each, medians:"
echo "  wall (init + first invoke): floor ${FW} ms, kurzfassung ${KW} ms, ratio $(ratio "$KW" "$FW")"
echo "  cpu  (user + sys):          floor ${FC} ms, kurzfassung ${KC} ms, ratio $(ratio "$KC" "$FC")"
echo "  classes loaded: floor $(col 5 target/bench/floor.txt), kurzfassung $(col 6 target/bench/kurzfassung.txt) after init," \
  "$(col 5 target/bench/kurzfassung.txt) after the first invoke"
echo "  goals: extractive <= 1.25, MODEL=openai <= 1.4"
echo "jar: $JAR $(stat -c %s "$JAR") bytes ($(awk -v b="$(stat -c %s "$JAR")" 'BEGIN {printf "%.1f", b / 1000000}') MB; budget 19 MB)"
echo "java: $("$JAVA" -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"

# CLASSES=1: where the first invoke's time goes, as classes: one more kurzfassung run with -Xlog:class+load, and the
# packages of the classes loaded after init (during the first invoke), most first.
if [ "${CLASSES:-0}" = 1 ]; then
  EXTRA_FLAGS=(-Xlog:class+load=info:file=target/bench/classes.log:uptimemillis)
  read -r _ ki kf ks kc kn0 kn < <(OUTPUT_PREFIX="bench/$$-classes/" run io.kurzfassung.lambda.ApiGatewayHandler)
  echo "classes loaded in the first invoke ($((kn - kn0)) after init at ${ki} ms), by package:"
  awk -v init="$ki" '{t = $1; gsub(/[^0-9]/, "", t); if (t + 0 > init) { c = $2; sub(/\.[^.]*$/, "", c); n[c]++ } }
    END { for (p in n) print n[p], p }' target/bench/classes.log | sort -rn | head -"${TOP:-25}"
fi
