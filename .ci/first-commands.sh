#!/usr/bin/env bash
# README's first command, taken from README.md (the first line of its "First commands" block, so the two cannot
# drift) and run verbatim on a machine whose default java is 17: a Java 17 first on the PATH and JAVA_HOME pointing
# at it. The launcher must find a JDK >= 21 by itself and print the sample's summary document. (The test command,
# `./kurzfassung test`, is ./mvnw verify, which .ci/run runs anyway.)
set -euo pipefail
cd "$(dirname "$0")/.."

java17=""
for candidate in /usr/lib/jvm/java-17-openjdk* /usr/lib/jvm/temurin-17-jdk* /usr/lib/jvm/zulu-17* \
    /Library/Java/JavaVirtualMachines/*17*/Contents/Home "$HOME"/.sdkman/candidates/java/17*; do
  if [ -x "$candidate/bin/java" ]; then java17="$candidate"; break; fi
done
if [ -z "$java17" ]; then
  echo "first-commands: no Java 17 installed; check skipped"
  exit 0
fi

command=$(awk '/^## First commands/{f=1} f && /^```bash/{getline; print; exit}' README.md)
case "$command" in
  ./kurzfassung\ *) ;;
  *) echo "first-commands: README's first command is not a ./kurzfassung command: '$command'" >&2; exit 1 ;;
esac

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "== with $java17 first on the PATH: $command"
# The store goes to a scratch directory; the command itself runs as README writes it.
if ! env JAVA_HOME="$java17" PATH="$java17/bin:$PATH" SUMMARY_DIR="$out/summaries" \
    bash -c "$command" >"$out/stdout" 2>"$out/stderr"; then
  echo "first-commands: README's first command failed with Java 17 first on the PATH:" >&2
  cat "$out/stderr" >&2
  exit 1
fi
python3 - "$out/stdout" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
assert doc.get("id") and doc.get("summary"), "no summary document on stdout"
print("first-commands: ok, document", doc["id"])
PY
