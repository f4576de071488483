#!/usr/bin/env bash
# Whole-process figures for the command line with the embedded extractive model (Foundation issue):
#   1. the sample article, start to finish, over 5 runs (median wall time, peak RSS);
#   2. summarize --jsonl throughput on 1,000 news-length articles (the MLSUM-de public set, 100 articles
#      repeated 10 times, read from ../shared/eval at run time; synthetic articles when that is absent);
#   3. a 200,000-character article with a 256 MB heap.
# Usage: bench/summarize.sh   (after ./mvnw -q package -DskipTests; needs python3 and /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/jdk.sh   # JAVA: a JDK >= 21
[ -f target/kurzfassung.jar ] || ./mvnw -q -B package -DskipTests
JAR=target/kurzfassung.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== 1. sample article, 5 runs: $JAVA -jar $JAR summarize --store none events/putin-olympia.de.txt"
for i in 1 2 3 4 5 6; do
  /usr/bin/time -f "%e %M" -o "$work/t$i" "$JAVA" -jar "$JAR" summarize --store none events/putin-olympia.de.txt >/dev/null
done
# run 1 is a warm-up (page cache)
cat "$work"/t[2-6] | sort -n | awk '{w[NR]=$1; m[NR]=$2} END {printf "wall median %.2f s (min %.2f, max %.2f), peak RSS median %d MB\n", w[3], w[1], w[5], m[3]/1024}'

echo "== 2. summarize --jsonl throughput"
python3 - "$work/batch.jsonl" <<'PY'
import json, os, sys, random
src = "../shared/eval/mlsum_de_public.jsonl"
out = open(sys.argv[1], "w", encoding="utf-8")
if os.path.exists(src):
    rows = [json.loads(l) for l in open(src, encoding="utf-8")]
    origin = "MLSUM-de public set x10"
else:
    random.seed(1)
    words = open("events/putin-olympia.de.txt", encoding="utf-8").read().split()[20:-2]
    rows = [{"id": str(i), "title": "Artikel %d" % i, "text": " ".join(random.sample(words, 280))} for i in range(100)]
    origin = "synthetic (../shared/eval absent)"
n = 0
for rep in range(10):
    for r in rows:
        out.write(json.dumps({"id": "%s-%d" % (r["id"], rep), "title": r["title"], "text": r["text"]}, ensure_ascii=False) + "\n")
        n += 1
print("%d articles, %s" % (n, origin))
PY
/usr/bin/time -f "%e %M" -o "$work/tb" "$JAVA" -jar "$JAR" summarize --store none --jsonl "$work/batch.jsonl" >"$work/batch.out" || echo "(exit code $?: some articles failed, see error objects)"
sed -i "/status/d" "$work/tb"
read secs rss <"$work/tb"
lines=$(wc -l <"$work/batch.out")
errors=$(grep -c '"error":{' "$work/batch.out" || true)
python3 -c "print('%d documents (%d error objects) in %.2f s whole process: %.0f articles/s, peak RSS %d MB' % ($lines, $errors, $secs, $lines/$secs, $rss/1024))"

echo "== 3. a 200,000-character article with -Xmx256m"
python3 - "$work/big.txt" <<'PY'
import sys
body = open("events/putin-olympia.de.txt", encoding="utf-8").read().split("\n", 1)[1].rsplit("source", 1)[0].strip()
text, i = [], 0
while sum(len(p) + 2 for p in text) + len(body) < 199_000:
    text.append(body.replace("Putin", "Putin (%d)" % i)); i += 1
open(sys.argv[1], "w", encoding="utf-8").write("Langer Artikel | Test\n\n" + "\n\n".join(text))
PY
/usr/bin/time -f "%e %M" -o "$work/tl" "$JAVA" -Xmx256m -jar "$JAR" summarize --store none "$work/big.txt" >"$work/big.out"
read secs rss <"$work/tl"
chars=$(python3 -c "import json;print(json.load(open('$work/big.out'))['article']['characters'])")
echo "article of $chars characters summarised with -Xmx256m in $secs s, peak RSS $((rss/1024)) MB"
