#!/usr/bin/env bash
# Quality and throughput of the embedded extractive summariser on the public evaluation sets (read from
# ../shared/eval at run time, never copied). Prints the tables that the README's quality section reports.
# Usage: bench/extractive-eval.sh [--stem]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/jdk.sh   # JAVA: a JDK >= 21
[ -f target/kurzfassung.jar ] || ./mvnw -q -B package -DskipTests
if [ ! -d ../shared/eval ]; then
  echo "../shared/eval not found; nothing to evaluate"
  exit 0
fi
for set in ../shared/eval/mlsum_de_public.jsonl ../shared/eval/20min_keypoints_de.jsonl; do
  [ -f "$set" ] || continue
  echo "\$ LLM_PROVIDER=extractive java -jar target/kurzfassung.jar eval $set $*"
  LLM_PROVIDER=extractive "$JAVA" -jar target/kurzfassung.jar eval "$set" "$@"
  echo
done
