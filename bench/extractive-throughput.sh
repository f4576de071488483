#!/usr/bin/env bash
# Batch throughput of the extractive summariser on 2 threads, from eval's throughput line: one cold run and one
# after a JIT warm-up pass (--warmup 1), on the public MLSUM set.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/jdk.sh   # JAVA: a JDK >= 21
SET=../shared/eval/mlsum_de_public.jsonl
[ -f "$SET" ] || { echo "$SET not found; skipped"; exit 0; }
[ -f target/kurzfassung.jar ] || ./mvnw -q -B package -DskipTests
for warmup in 0 1; do
  echo "\$ java -jar target/kurzfassung.jar eval $SET --parallel 2 --warmup $warmup | grep throughput"
  LLM_PROVIDER=extractive "$JAVA" -jar target/kurzfassung.jar eval "$SET" --parallel 2 --warmup "$warmup" | grep throughput
done
