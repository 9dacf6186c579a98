#!/bin/sh
# The Spark scaling benchmark: the job on a generated plain-text corpus with local[1] and local[2],
# alternating, ROUNDS times each, then medians and the local[2]/local[1] throughput ratio.
# Usage (from the repository root, after building the job jar):
#   ./mvnw -q -pl dyad-spark -am -Pjob-jar -DskipTests package dependency:build-classpath \
#       -Dmdep.includeScope=provided -Dmdep.outputFile=target/provided-classpath.txt
#   dyad-spark/bench/scaling.sh DOCUMENTS ROUNDS
# Writes under ${TMPDIR:-/tmp}/dyad-spark-scaling; prints one line per run and a summary.
set -eu
DOCS=${1:-200}
ROUNDS=${2:-3}
HOME_DIR=$(cd "$(dirname "$0")/../.." && pwd)
. "$HOME_DIR/.mvn/find-jdk.sh"
WORK=${TMPDIR:-/tmp}/dyad-spark-scaling
JAR=$(ls "$HOME_DIR"/dyad-spark/target/dyad-spark-*-job.jar)
CLASSPATH_FILE="$HOME_DIR/dyad-spark/target/provided-classpath.txt"
OPENS=$(sed -n '/<spark.jvm.opens>/,/<\/spark.jvm.opens>/p' "$HOME_DIR/dyad-spark/pom.xml" | sed 's/<[^>]*>//g' | tr -s ' \n' '  ')
mkdir -p "$WORK"
if [ ! -d "$WORK/corpus-$DOCS" ]; then
  "$HOME_DIR/dyad" bench --generate "$DOCS" "$WORK/corpus-$DOCS" >&2
fi

run() { # $1 = cores; prints: cores seconds documents sentences peak-heap-MB live-heap-MB cpu-seconds
  out="$WORK/out-$1"
  rm -rf "$out"
  # CPU seconds of the whole JVM (user + system), to tell a job that cannot use the second core
  # from a machine whose second core others are using.
  /usr/bin/time -f '%U %S' -o "$WORK/cpu-$1.txt" "$JAVA_HOME/bin/java" $OPENS --enable-native-access=ALL-UNNAMED -Xmx4g -Xlog:gc:file="$WORK/gc-$1.log" \
    -cp "$(cat "$CLASSPATH_FILE")" org.apache.spark.deploy.SparkSubmit --master "local[$1]" \
    --conf spark.driver.bindAddress=127.0.0.1 --conf spark.driver.host=127.0.0.1 --conf spark.ui.enabled=false \
    --class org.dyad.spark.DyadSparkJob "$JAR" --input "$WORK/corpus-$DOCS" --output "$out" --partitions 8 \
    > "$WORK/run-$1.log" 2>&1
  summary=$(grep '^Wrote ' "$WORK/run-$1.log")
  seconds=$(echo "$summary" | sed 's/.* in \([0-9.]*\) s:.*/\1/')
  documents=$(echo "$summary" | sed 's/.*: \([0-9,]*\) documents.*/\1/' | tr -d ,)
  sentences=$(echo "$summary" | sed 's/.* \([0-9,]*\) sentences.*/\1/' | tr -d ,)
  heap=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$WORK/gc-$1.log" | awk -F'[->M()]+' \
    '{ if ($1 > peak) peak = $1; if ($2 > live) live = $2 } END { print peak + 0, live + 0 }')
  cpu=$(awk '{ print $1 + $2 }' "$WORK/cpu-$1.txt")
  echo "$1 $seconds $documents $sentences $heap $cpu"
}

: > "$WORK/results.txt"
i=0
while [ "$i" -lt "$ROUNDS" ]; do
  for cores in 1 2; do
    line=$(run "$cores")
    echo "$line" >> "$WORK/results.txt"
    echo "local[$cores]: $line (cores seconds documents sentences peak-heap-MB live-heap-MB cpu-seconds)" >&2
  done
  i=$((i + 1))
done

awk '
  { seconds[$1] = seconds[$1] " " $2; cpu[$1] = cpu[$1] " " $7; docs = $3; sentences = $4
    if ($5 > peak[$1]) peak[$1] = $5; if ($6 > live[$1]) live[$1] = $6 }
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    m1 = median(seconds[1]); m2 = median(seconds[2])
    printf "documents %d, sentences %d\n", docs, sentences
    printf "local[1]: runs%s s, median %.1f s, %.2f documents/s, %.1f sentences/s, peak heap %d MB (live %d MB), CPU s%s\n", seconds[1], m1, docs / m1, sentences / m1, peak[1], live[1], cpu[1]
    printf "local[2]: runs%s s, median %.1f s, %.2f documents/s, %.1f sentences/s, peak heap %d MB (live %d MB), CPU s%s\n", seconds[2], m2, docs / m2, sentences / m2, peak[2], live[2], cpu[2]
    printf "JVM CPU per run, median: local[1] %.0f s, local[2] %.0f s\n", median(cpu[1]), median(cpu[2])
    printf "scaling ratio local[2]/local[1]: %.2f\n", m1 / m2
  }' "$WORK/results.txt"
