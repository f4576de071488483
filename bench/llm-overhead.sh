#!/usr/bin/env bash
# Per-article overhead of the LLM path outside the model call (issue 5: must stay <= 20 ms).
# Usage: bench/llm-overhead.sh [rounds]   (builds the jar if needed; reads ../shared/eval when present)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/jdk.sh   # JAVA_HOME: a JDK >= 21
[ -f target/kurzfassung.jar ] || ./mvnw -q -B package -DskipTests
exec "$JAVA_HOME/bin/java" -Dkurzfassung.log.level=error -cp target/kurzfassung.jar \
  bench/LlmOverheadBench.java "${1:-300}"
