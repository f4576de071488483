#!/usr/bin/env bash
# Worst-case inputs at the limits (issue 8): each runs `summarize --store none` as a whole process with -Xmx256m and
# must finish in <= 3 s, with exit 0, or exit 2 and one `error:` line, and never a stack trace.
# Prints per input: wall time, peak RSS, exit code and the error line. Exits 1 when an input breaks the rule.
# Usage: bench/worst-case.sh          (MAX_ARTICLE_CHARS as configured, default 200000)
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/jdk.sh   # JAVA: a JDK >= 21
[ -f target/kurzfassung.jar ] || ./mvnw -q -B -ntp package -DskipTests
LIMIT="${MAX_ARTICLE_CHARS:-200000}"
BUDGET_S=3

DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT

python3 - "$DIR" "$LIMIT" <<'EOF'
import sys
d, limit = sys.argv[1], int(sys.argv[2])
title = "Worst case\n\n"
def fill(unit, sep=""):
    n = (limit - len(title)) // len(unit + sep)
    return title + sep.join([unit] * n)
files = {
    # 16,000 one-line sentences (each line becomes a paragraph: 12 characters, 192 kB at the default limit)
    "sentences.txt": title + "\n".join(["Er ist da."] * min(16_000, (limit - len(title)) // 12)),
    # 8,000 paragraphs
    "paragraphs.txt": title + "\n\n".join(["Die Regierung sagt ja."] * min(8_000, (limit - len(title)) // 24)),
    # the limit's worth of text with no sentence end
    "no-sentence-end.txt": fill("die Regierung sagt ja und ", ""),
    # one word repeated to the limit
    "one-word.txt": fill("Regierung", " "),
    # one sentence of 80,000 empty clauses between a short opening and a long end (trimming cuts at clause ends)
    "empty-clauses.txt": title + "Die Regierung in Berlin hat am Montag" + ", " * 80_000
        + " ".join(["ein neues Gesetz beschlossen und alle sind froh"] * 25) + ".",
    # a run of dots, and one of dashes, inside a sentence (trailing punctuation once trimmed by a backtracking regex)
    "dots.txt": title + "Der Rat hat heute etwas beschlossen, " + "." * 150_000 + "x "
        + " ".join(["und die Stadt wartet auf"] * 30) + ".",
    "dashes.txt": title + "Der Rat hat heute etwas Wichtiges " + "-" * 150_000 + "x beschlossen, "
        + " ".join(["und die Stadt wartet auf"] * 30) + ".",
    # one subordinate clause closed by its verb, then 16,000 clauses (each is checked for a main clause's verb)
    "subordinate-clauses.txt": title + "Weil die Regierung in Berlin gewartet hat" + ", die Stadt" * 16_000 + ".",
    # one sentence: 4,000 relative clauses, each followed by the rest of the main clause, then a dash and a colon
    # (each clause is looked at for where the main clause goes on; the cut before a colon reads the text before it)
    "relative-clauses.txt": title + "Aus diesem Grund stehen Neuer und ter Stegen"
        + ", die Köpke stets nennt, obenan auf der Liste" * 4_000 + " – einem der Ereignisse des Jahres: Sie stehen dort.",
    # photo credits and image viewers' labels, to the limit (they are dropped before the text is analysed)
    "credits.txt": fill("Der Rat tagt. Detailansicht öffnen Das Rathaus. (Foto: dpa) (Foto: ", ""),
}
body = "<p>" + " ".join(["Die Regierung in Berlin hat am Montag ein neues Gesetz beschlossen."] * 5) + "</p>"
files["nested-article.html"] = ("<!doctype html><html><body>" + "<article>" * 30_000 + "<h1>Worst case</h1>" + body
                                + "</article>" * 30_000 + "</body></html>")
files["nested-div.html"] = ("<!doctype html><html><body>" + "<div>" * 50_000 + "<h1>Worst case</h1>" + body
                            + "</div>" * 50_000 + "</body></html>")
text = " ".join(["Die Regierung in Berlin hat am Montag ein neues Gesetz beschlossen."] * 5)
files["deep.json"] = '{"x":' + "[" * 100_000 + "]" * 100_000 + ',"title":"Worst case","text":"' + text + '"}'
for name, content in files.items():
    with open(f"{d}/{name}", "w", encoding="utf-8") as f:
        f.write(content)
EOF

rss_of() { # peak RSS in MB from /usr/bin/time -v output, else "?"
  awk -F: '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1" 2>/dev/null || true
}
cpu_of() { # user + system CPU seconds from /usr/bin/time -v output: what the input costs, whatever else runs
  awk -F: '/User time|System time/ {s += $2} END {if (NR) printf "%.2f", s}' "$1" 2>/dev/null || true
}

echo "\$ MAX_ARTICLE_CHARS=$LIMIT java -Xmx256m -jar target/kurzfassung.jar summarize --store none FILE   ($(nproc) cores)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %8s %7s %6s %7s  %s\n' input bytes wall_s cpu_s rss_mb "exit  error line"
failed=0
for f in sentences.txt paragraphs.txt no-sentence-end.txt one-word.txt empty-clauses.txt dots.txt dashes.txt subordinate-clauses.txt relative-clauses.txt credits.txt nested-article.html nested-div.html deep.json; do
  start=$(date +%s.%N)
  set +e
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$DIR/time" "$JAVA" -Xmx256m -jar target/kurzfassung.jar summarize --store none "$DIR/$f" \
      > "$DIR/out" 2> "$DIR/err"
  else
    "$JAVA" -Xmx256m -jar target/kurzfassung.jar summarize --store none "$DIR/$f" > "$DIR/out" 2> "$DIR/err"
  fi
  code=$?
  set -e
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  rss=$(rss_of "$DIR/time"); rss=${rss:-?}
  cpu=$(cpu_of "$DIR/time"); cpu=${cpu:-?}
  errors=$(grep -c '^error:' "$DIR/err" || true)
  traces=$(grep -cE '^\s+at |Exception in thread' "$DIR/err" || true)
  line=$(grep -m1 '^error:' "$DIR/err" || true)
  printf '%-22s %8s %7.2f %6s %7s  %-4s  %s\n' "$f" "$(stat -c %s "$DIR/$f")" "$wall" "$cpu" "$rss" "$code" \
    "${line:--}"
  ok=1
  if [ "$code" -eq 0 ]; then
    grep -q '"summary"' "$DIR/out" || ok=0
  elif [ "$code" -ne 2 ] || [ "$errors" -ne 1 ]; then
    ok=0
  fi
  [ "$traces" -eq 0 ] || ok=0
  (( $(echo "$wall <= $BUDGET_S" | bc) )) || ok=0
  if [ "$ok" -ne 1 ]; then
    echo "  FAILED: must finish in <= ${BUDGET_S} s with exit 0, or exit 2 and one error: line, no stack trace"
    head -5 "$DIR/err" | sed 's/^/  | /'
    failed=1
  fi
done
exit "$failed"
