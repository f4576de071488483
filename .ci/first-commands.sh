#!/usr/bin/env bash
# README's two first commands, taken from README.md (the first two lines of its "First commands" block, so they
# cannot drift) and run verbatim as on a machine whose default java is 17: a Java 17 first on the PATH and JAVA_HOME
# pointing at it. The launcher must find a JDK >= 21 by itself: the first command must print the sample's summary
# document, the second (`./kurzfassung test`: ./mvnw verify) must pass. This is CI's test run. Without a Java 17
# installed, both run as they are.
set -euo pipefail
cd "$(dirname "$0")/.."

java17=""
for candidate in /usr/lib/jvm/java-17-openjdk* /usr/lib/jvm/temurin-17-jdk* /usr/lib/jvm/zulu-17* \
    /Library/Java/JavaVirtualMachines/*17*/Contents/Home "$HOME"/.sdkman/candidates/java/17*; do
  if [ -x "$candidate/bin/java" ]; then java17="$candidate"; break; fi
done
if [ -n "$java17" ]; then
  run() { env JAVA_HOME="$java17" PATH="$java17/bin:$PATH" "$@"; }
  where="with $java17 first on the PATH"
else
  run() { "$@"; }
  where="(no Java 17 installed: as the machine is)"
fi

command=$(awk '/^## First commands/{f=1} f && /^```bash/{getline; print; exit}' README.md)
test_command=$(awk '/^## First commands/{f=1} f && /^```bash/{getline; getline; print; exit}' README.md)
for c in "$command" "$test_command"; do
  case "$c" in
    ./kurzfassung\ *) ;;
    *) echo "first-commands: README's first commands are not ./kurzfassung commands: '$c'" >&2; exit 1 ;;
  esac
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "== $where: $command"
# The store goes to a scratch directory; the command itself runs as README writes it.
if ! run env SUMMARY_DIR="$out/summaries" bash -c "$command" >"$out/stdout" 2>"$out/stderr"; then
  echo "first-commands: README's first command failed $where:" >&2
  cat "$out/stderr" >&2
  exit 1
fi
python3 - "$out/stdout" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
assert doc.get("id") and doc.get("summary"), "no summary document on stdout"
print("first-commands: ok, document", doc["id"])
PY

echo "== $where: $test_command"
if ! run bash -c "$test_command"; then
  echo "first-commands: README's test command failed $where" >&2
  exit 1
fi
echo "first-commands: ok, the test command passed $where"
