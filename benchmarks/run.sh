#!/usr/bin/env bash
# Measures what pvecodegen users pay for (issue 7), prints one Markdown table and appends it, with the date, the JDK
# and the machine, to BENCHMARKS.md. Every ratio compares two things measured side by side in this same run; every
# figure is a median of several runs (JMH: of the measurement iterations).
#
#   benchmarks/run.sh                 build (offline), measure everything, append to BENCHMARKS.md
#   SKIP_BUILD=1 benchmarks/run.sh    reuse the jars of an earlier build
#   NO_APPEND=1 benchmarks/run.sh     print the table only
#   RUNS=7 JMH_OPTS="-f 1 -wi 5 -w 1s -i 10 -r 1s" benchmarks/run.sh
#
# Side by side with other commits (issue 14's before/after): benchmarks/compare.sh.
#
# One JMH benchmark alone: see BENCHMARKS.md ("Running one benchmark").
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

RUNS=${RUNS:-5}                 # cold-JVM repetitions (generate, start-up)
FEW_RUNS=${FEW_RUNS:-3}         # repetitions of the slow steps (inspect, javac, maven)
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 1s -i 5 -r 1s"}
# The table needs the whole pipeline and the side-by-side groups; load/emit and the one-sided client and decoding
# benchmarks are for profiling, the drift-scope group for the check of issue 12 (see BENCHMARKS.md).
JMH_EXCLUDE=${JMH_EXCLUDE:-'GeneratorPipelineBenchmark\.(load|emit)$|ClientRequestBenchmark\.(typed|raw)|TypedDecodingBenchmark\.(typed|tree|drift)'}
PACKAGE=dev.pvecodegen.client.pve
CLI=generator/target/pvecodegen.jar
BENCH_JAR=benchmarks/target/benchmarks.jar
PLUGIN_OUTPUT=generated-client/target/generated-sources/pvecodegen
APIDOC=${PVECODEGEN_APIDOC_DIR:-$(cd "$ROOT/.." && pwd)/shared/apidoc}
export PVECODEGEN_APIDOC_DIR=$APIDOC

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pvecodegen-bench.XXXXXX")
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

STARTED=$(date +%s)
ROWS=()
add_row() { # what measured budget verdict ratio
    ROWS+=("| $1 | $2 | $3 | $4 | $5 |")
}
log() { echo "[run.sh $(( $(date +%s) - STARTED ))s] $*" >&2; }

median() { # numbers on stdin, one per line
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan" } else if (NR % 2) { print v[(NR + 1) / 2] }
                                        else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'
}
fmt() { LC_ALL=C printf "%.${2:-2}f" "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
verdict() { if le "$1" "$2"; then echo met; else echo "**MISSED**"; fi; }

# Runs a command, discarding its output; prints "wall user+sys" in seconds (the builtin time counts children).
timed() {
    local out=$WORK/timed.out
    local TIMEFORMAT='%R %U %S'
    { time "$@" >"$out" 2>&1; } 2>"$WORK/timed.time" || { cat "$out" >&2; return 1; }
    awk '{ printf "%s %.3f\n", $1, $2 + $3 }' "$WORK/timed.time"
}

# ---------------------------------------------------------------------------------------------------------------
# Build: the CLI, the plugin, the generated pve-client (through the plugin) and the shaded benchmarks jar.
if [[ -z "${SKIP_BUILD:-}" ]]; then
    log "building (mvnw -o -Pbench -pl benchmarks -am package)"
    "$ROOT/mvnw" -B -q -o -Pbench -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
        -Dinvoker.skip=true >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log" >&2; exit 1; }
fi
for f in "$CLI" "$BENCH_JAR" benchmarks/target/generated-client.classpath; do
    [[ -f "$f" ]] || { echo "missing $f: build first (without SKIP_BUILD)" >&2; exit 1; }
done

# ---------------------------------------------------------------------------------------------------------------
# 1. generate, whole process, cold JVM.
if java -jar "$CLI" generate --help >/dev/null 2>&1; then
    log "generate, cold JVM x$RUNS"
    : >"$WORK/generate.times"
    for _ in $(seq "$RUNS"); do
        rm -rf "$WORK/gen"
        timed java -jar "$CLI" generate --schema pve-9.2 --package "$PACKAGE" --output "$WORK/gen" \
            >>"$WORK/generate.times"
    done
    files=$(find "$WORK/gen" -name '*.java' | wc -l)
    wall=$(awk '{ print $1 }' "$WORK/generate.times" | median)
    cpu=$(awk '{ print $2 }' "$WORK/generate.times" | median)
    add_row "generate the full pve-9.2 client, whole process (\`java -jar pvecodegen.jar generate\`, cold JVM)" \
        "$(fmt "$wall") s wall, $(fmt "$cpu") s CPU (median of $RUNS; $files files)" "≤ 2 s wall" \
        "$(verdict "$wall" 2)" "—"
    LAUNCHER=generator/target/bin/pvecodegen
    if [[ -x "$LAUNCHER" ]]; then
        log "generate through the launcher x$RUNS"
        : >"$WORK/launcher.times"
        for _ in $(seq "$RUNS"); do
            rm -rf "$WORK/gen"
            timed "$LAUNCHER" generate --schema pve-9.2 --package "$PACKAGE" --output "$WORK/gen" >>"$WORK/launcher.times"
        done
        wall=$(awk '{ print $1 }' "$WORK/launcher.times" | median)
        cpu=$(awk '{ print $2 }' "$WORK/launcher.times" | median)
        add_row "generate the full pve-9.2 client through the launcher (\`bin/pvecodegen generate\`: C1, serial GC, AppCDS)" \
            "$(fmt "$wall") s wall, $(fmt "$cpu") s CPU (median of $RUNS)" "≤ 3 s CPU (issue 14; wall: see compare.sh)" \
            "$(verdict "$cpu" 3)" "—"
        rm -rf "$WORK/gen"
        if PVECODEGEN_JAVA_OPTS=-Xmx128m "$LAUNCHER" generate --schema pve-9.2 --package "$PACKAGE" \
            --output "$WORK/gen" >"$WORK/xmx.log" 2>&1; then xmx=met; else xmx="**MISSED**"; fi
        add_row "generate with \`-Xmx128m\`" "$(tail -1 "$WORK/xmx.log")" "works" "$xmx" "—"
    fi
else
    add_row "generate the full pve-9.2 client, whole process (cold JVM)" \
        "not measured: \`pvecodegen.jar\` has no \`generate\` command in this build" "≤ 2 s wall" "—" "—"
fi

# ---------------------------------------------------------------------------------------------------------------
# 2. inspect on each real schema (the loader alone: read, validate, model, summary), cold JVM.
for schema in pve-9.2 pve-7.2 pbs-4.2; do
    log "inspect $schema x$FEW_RUNS"
    : >"$WORK/inspect.wall"
    for _ in $(seq "$FEW_RUNS"); do
        timed java -jar "$CLI" inspect --schema "$schema" | awk '{ print $1 }' >>"$WORK/inspect.wall"
    done
    add_row "\`inspect --schema $schema\`, whole process, cold JVM" \
        "$(fmt "$(median <"$WORK/inspect.wall")") s wall (median of $FEW_RUNS)" "report" "reported" "—"
done

# ---------------------------------------------------------------------------------------------------------------
# 3. javac of the generated pve-9.2 client (the plugin's output), as Maven would compile it.
log "javac of the generated client x$FEW_RUNS"
find "$PLUGIN_OUTPUT" -name '*.java' | sort >"$WORK/sources.txt"
files=$(wc -l <"$WORK/sources.txt")
lines=$(xargs cat <"$WORK/sources.txt" | wc -l)
classpath="runtime/target/classes:$(cat benchmarks/target/generated-client.classpath)"
: >"$WORK/javac.times"
for i in $(seq "$FEW_RUNS"); do
    rm -rf "$WORK/classes"
    timed javac -d "$WORK/classes" -cp "$classpath" --release 17 -encoding UTF-8 -nowarn @"$WORK/sources.txt" \
        >>"$WORK/javac.times"
done
classes=$(find "$WORK/classes" -name '*.class' | wc -l)
(cd "$WORK/classes" && jar --create --file "$WORK/pve-client.jar" .)
jar_kib=$(( $(stat -c %s "$WORK/pve-client.jar") / 1024 ))
wall=$(awk '{ print $1 }' "$WORK/javac.times" | median)
cpu=$(awk '{ print $2 }' "$WORK/javac.times" | median)
# The trend: the previous run's figures (CPU is the one the machine's load does not distort).
previous=$(grep -F '| compile the generated pve-9.2 client' BENCHMARKS.md 2>/dev/null | tail -1 \
    | sed -n 's/^[^|]*|[^|]*| \([0-9.]* s wall, [0-9.]* s CPU\).*/\1/p' || true)
trend=${previous:+; previous run $previous}
add_row "compile the generated pve-9.2 client (\`javac\`, $files files, $lines lines → $classes classes, jar $jar_kib KiB)" \
    "$(fmt "$wall") s wall, $(fmt "$cpu") s CPU (median of $FEW_RUNS$trend)" "≤ 6 s wall" "$(verdict "$wall" 6)" "—"

# ---------------------------------------------------------------------------------------------------------------
# 4. The plugin when nothing changed. `generate-sources` alone cannot resolve a plugin built in this reactor
#    without `mvn install` (which we never do), so Maven runs the reactor to `package` (tests, javadoc, sources skipped):
#    the plugin and the generator are then loaded from their jars, as a user's are from a repository (to
#    process-classes they would come from class directories, which the plugin re-hashes on every run). The figure is
#    the plugin's own log line. A run that regenerates is discarded as a warm-up (at most one).
log "plugin up to date x$FEW_RUNS"
mvn_up_to_date() {
    "$ROOT/mvnw" -B -o -pl generated-client -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
        -Dinvoker.skip=true >"$WORK/mvn.log" 2>&1 \
        || { tail -40 "$WORK/mvn.log" >&2; return 1; }
}
: >"$WORK/plugin.ms"
touched=0
warmups=0
while (( $(wc -l <"$WORK/plugin.ms") < FEW_RUNS )); do
    touch "$WORK/marker"
    sleep 1 # file times have 1 s resolution on some file systems
    before=$(find "$PLUGIN_OUTPUT" -type f | wc -l)
    mvn_up_to_date
    line=$(grep -o 'pvecodegen: up to date.*' "$WORK/mvn.log" || true)
    if [[ -z "$line" ]]; then
        warmups=$(( warmups + 1 ))
        if (( warmups > 1 )); then
            grep 'pvecodegen:' "$WORK/mvn.log" >&2 || true
            echo "the plugin did not report 'up to date' on an unchanged build" >&2
            exit 1
        fi
        continue
    fi
    after=$(find "$PLUGIN_OUTPUT" -type f | wc -l)
    changed=$(find "$PLUGIN_OUTPUT" -newer "$WORK/marker" | wc -l)
    touched=$(( touched + changed + (before > after ? before - after : after - before) ))
    echo "$line" | awk '$NF == "ms" { print $(NF - 1) } $NF == "s" { print $(NF - 1) * 1000 }' >>"$WORK/plugin.ms"
done
ms=$(median <"$WORK/plugin.ms")
plugin_ok=$( (le "$ms" 100 && [[ $touched -eq 0 ]]) && echo met || echo "**MISSED**")
add_row "plugin run when up to date (second \`mvn\` on generated-client, time from the plugin's log line)" \
    "$(fmt "$ms" 0) ms (median of $FEW_RUNS), $touched files touched" "≤ 100 ms, 0 files touched" "$plugin_ok" "—"

# ---------------------------------------------------------------------------------------------------------------
# 5. Start-up and memory: a fresh JVM's first request, generated client vs raw java.net.http, same server.
log "start-up x$RUNS each, alternating"
java -cp "$BENCH_JAR" dev.pvecodegen.benchmarks.support.LoopbackServer "$WORK/port" &
SERVER_PID=$!
for _ in $(seq 100); do [[ -f "$WORK/port" ]] && break; sleep 0.1; done
port=$(cat "$WORK/port")
probe() { # typed|raw [JVM option] [--memory]
    local main=dev.pvecodegen.benchmarks.startup.TypedStartupProbe
    [[ $1 == raw ]] && main=dev.pvecodegen.benchmarks.startup.RawStartupProbe
    java ${2:+"$2"} -cp "$BENCH_JAR" "$main" "$port" ${3:+"$3"}
}
millis() { echo $(( $(date +%s%N) / 1000000 )); }
: >"$WORK/typed.ms"
: >"$WORK/raw.ms"
for i in $(seq "$RUNS"); do
    order="typed raw"
    (( i % 2 == 0 )) && order="raw typed"
    for kind in $order; do
        t0=$(millis)
        answer=$(probe "$kind")
        t1=$(millis)
        [[ $answer == "answer=9.2.0" ]] || { echo "$kind probe answered: $answer" >&2; exit 1; }
        echo $(( t1 - t0 )) >>"$WORK/$kind.ms"
    done
done
typed_ms=$(median <"$WORK/typed.ms")
raw_ms=$(median <"$WORK/raw.ms")
r=$(ratio "$typed_ms" "$raw_ms")
add_row "start-up: fresh JVM to first response (\`GET /version\`), generated client vs raw java.net.http + readTree" \
    "typed $(fmt "$typed_ms" 0) ms; raw $(fmt "$raw_ms" 0) ms (medians of $RUNS, alternating)" "≤ 1.5× raw" \
    "$(verdict "$r" 1.5)" "$r×"

log "memory and classes"
for kind in typed raw; do
    probe "$kind" "-Xlog:class+load=info:file=$WORK/$kind-classes.log" --memory >"$WORK/$kind.memory" </dev/null
done
heap_kib() { echo $(( $(sed -n 's/^heap_used_bytes=//p' "$1") / 1024 )); }
typed_heap=$(heap_kib "$WORK/typed.memory")
raw_heap=$(heap_kib "$WORK/raw.memory")
typed_classes=$(grep -c 'class,load' "$WORK/typed-classes.log")
raw_classes=$(grep -c 'class,load' "$WORK/raw-classes.log")
generated_loaded=$(grep -c " $PACKAGE\." "$WORK/typed-classes.log" || true)
runtime_loaded=$(grep -c ' dev\.pvecodegen\.runtime\.' "$WORK/typed-classes.log" || true)
add_row "memory: heap after creating the client and one request (after GC)" \
    "typed $typed_heap KiB; raw $raw_heap KiB" "report" "reported" "$(ratio "$typed_heap" "$raw_heap")×"
lazy=$(awk -v g="$generated_loaded" -v c="$classes" 'BEGIN { print (g <= c / 100) ? "met" : "**MISSED**" }')
add_row "classes loaded by that program; the resource tree must not load the client eagerly" \
    "typed $typed_classes (of which $generated_loaded of the $classes generated classes, $runtime_loaded runtime); raw $raw_classes" \
    "report; generated classes loaded ≤ 1% of the client" "$lazy" "$(ratio "$typed_classes" "$raw_classes")×"
kill "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""

# ---------------------------------------------------------------------------------------------------------------
# 6. JMH: pipeline, client overhead, typed decoding, property strings.
log "JMH ($JMH_OPTS)"
# shellcheck disable=SC2086 # JMH_OPTS is a list of options
java -jar "$BENCH_JAR" $JMH_OPTS ${JMH_EXCLUDE:+-e "$JMH_EXCLUDE"} -foe true -rf json -rff "$WORK/jmh.json" >"$WORK/jmh.log" 2>&1 \
    || { tail -60 "$WORK/jmh.log" >&2; exit 1; }
mapfile -t jmh_rows < <(java -cp "$BENCH_JAR" dev.pvecodegen.benchmarks.report.JmhReport "$WORK/jmh.json")
ROWS+=("${jmh_rows[@]}")
# Issue 14's budgets on the same groups, as paired ratios with a 99 % interval: settled only when the interval lies
# on one side of the budget (a longer run, e.g. JMH_OPTS="-f 2 -wi 5 -w 2s -i 20 -r 2s", narrows it).
paired() { # group numerator denominator budget max|min what
    local line
    line=$(java -cp "$BENCH_JAR" dev.pvecodegen.benchmarks.report.PairedRatios "$WORK/jmh.json" "$1" "$2" "$3" "$4" "$5" \
        2>/dev/null) || return 0
    add_row "$6 (issue 14; paired iterations)" "${line#*: }" "$([[ $5 == max ]] && echo ≤ || echo ≥) $4×" \
        "$(sed -n 's/.*: \([^:]*\)$/\1/p' <<<"$line")" "—"
}
paired version versionTyped versionRaw 1.05 max "client overhead per request, \`GET /version\`, typed/raw time"
paired qemu50 qemu50Typed qemu50Raw 1.05 max "client overhead per request, 50 guests, typed/raw time"
paired paired pairedTyped pairedTree 1.0 min "typed decoding, 10 000 entries, typed/readTree throughput"

# ---------------------------------------------------------------------------------------------------------------
ELAPSED=$(( $(date +%s) - STARTED ))
MEM_GIB=$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
JDK=$(java -version 2>&1 | head -2 | tail -1)
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
{
    echo "### $(date -u '+%Y-%m-%d %H:%M UTC') — commit $COMMIT"
    echo
    echo "JDK: $JDK; machine: $(nproc) CPUs, $MEM_GIB GiB memory, load average at the end $LOAD;"
    echo "run.sh took ${ELAPSED} s (RUNS=$RUNS, FEW_RUNS=$FEW_RUNS, JMH \`$JMH_OPTS\`). The machine is shared with"
    echo "other builds: wall times are inflated by the load; ratios compare runs made side by side."
    echo
    echo "| what | measured | budget | verdict | ratio vs baseline |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
} >"$WORK/table.md"
cat "$WORK/table.md"
if [[ -z "${NO_APPEND:-}" ]]; then
    cat "$WORK/table.md" >>BENCHMARKS.md
    log "appended to BENCHMARKS.md"
fi
