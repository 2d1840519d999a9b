#!/usr/bin/env bash
# Side by side (issue 14): the cold-process measurements of run.sh on several built checkouts, interleaved, so that
# every checkout meets the same machine load. Each repetition runs every step on every checkout, in an order that
# rotates from one repetition to the next; the table gives medians, and CPU time (user + sys), which the load of a
# shared machine distorts far less than wall time. The load average is recorded with every sample.
#
#   benchmarks/compare.sh LABEL=DIR [LABEL=DIR ...]
#       e.g. benchmarks/compare.sh ba73f34=/tmp/baseline main=/tmp/main speed=.
#   REPS=7 PLUGIN_REPS=3 benchmarks/compare.sh ...
#   STEPS="generate inspect javac javac-c1 javac-cost plugin jmh" (default: all; javac-c1 is javac with the JVM
#       options of the recommended .mvn/jvm.config, -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
#   JMH_OPTS="-f 2 -wi 5 -w 2s -i 20 -r 2s" (the jmh step: the paired groups of issue 14, one checkout after the other)
#
# Each DIR must be built (benchmarks/run.sh's build, or `mvn -o -Pbench -pl benchmarks -am package -DskipTests`):
# the CLI jar, the plugin's output in generated-client and benchmarks/target/generated-client.classpath. A checkout
# that builds the launcher (generator/target/bin/pvecodegen) is also measured through it. Nothing is appended
# anywhere: the table goes to stdout, the raw samples to $OUT (default: a new temporary directory, printed at the
# end; a directory given as OUT must be empty).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
REPS=${REPS:-5}
PLUGIN_REPS=${PLUGIN_REPS:-3}
STEPS=${STEPS:-"generate inspect javac javac-c1 javac-cost plugin jmh"}
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 5 -w 2s -i 20 -r 2s"}
BENCH_JAR=$ROOT/benchmarks/target/benchmarks.jar
PACKAGE=dev.pvecodegen.client.pve
APIDOC=${PVECODEGEN_APIDOC_DIR:-$(cd "$ROOT/.." && pwd)/shared/apidoc}
export PVECODEGEN_APIDOC_DIR=$APIDOC
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/pvecodegen-compare.XXXXXX")}
mkdir -p "$OUT"
# Samples are appended to files named by label and step: an OUT that holds an earlier run would mix the two.
[[ -z "$(ls -A "$OUT")" ]] || { echo "$OUT is not empty: give a new directory as OUT" >&2; exit 2; }

(( $# > 0 )) || { sed -n '2,18p' "$0" >&2; exit 2; }
LABELS=()
declare -A DIRS
for arg in "$@"; do
    label=${arg%%=*}
    dir=$(cd "${arg#*=}" && pwd)
    [[ -f "$dir/generator/target/pvecodegen.jar" ]] || { echo "$dir: not built (no generator/target/pvecodegen.jar)" >&2; exit 1; }
    LABELS+=("$label")
    DIRS[$label]=$dir
done

has_step() { [[ " $STEPS " == *" $1 "* ]]; }
log() { echo "[compare.sh $(date -u +%H:%M:%S)] $*" >&2; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# Runs a command, output discarded; appends "wall cpu(user+sys) maxrss_kib load1" to $1.
sample() {
    local file=$1
    shift
    local load
    load=$(load1)
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/time.tmp" "$@" >"$OUT/cmd.out" 2>&1 \
        || { cat "$OUT/cmd.out" >&2; echo "failed: $*" >&2; return 1; }
    awk -v load="$load" '{ printf "%s %.2f %s %s\n", $1, $2 + $3, $4, load }' "$OUT/time.tmp" >>"$file"
}

# The order of the checkouts for repetition $1: rotated, so no checkout always runs first (or last).
order() {
    local n=${#LABELS[@]} i
    for (( i = 0; i < n; i++ )); do
        echo "${LABELS[$(( (i + $1) % n ))]}"
    done
}

cli() { # label -> the java -jar command
    echo "java -jar ${DIRS[$1]}/generator/target/pvecodegen.jar"
}
launcher() { # label -> the launcher, when this checkout builds one
    local l=${DIRS[$1]}/generator/target/bin/pvecodegen
    [[ -x "$l" ]] && echo "$l"
    return 0
}

for rep in $(seq "$REPS"); do
    for label in $(order "$rep"); do
        dir=${DIRS[$label]}
        if has_step generate; then
            log "rep $rep $label: generate"
            rm -rf "$OUT/gen-$label"
            # shellcheck disable=SC2046 # the command is a word list
            sample "$OUT/$label.generate" $(cli "$label") generate --schema pve-9.2 --package "$PACKAGE" \
                --output "$OUT/gen-$label"
            if [[ -n "$(launcher "$label")" ]]; then
                rm -rf "$OUT/gen-$label"
                sample "$OUT/$label.generate-launcher" "$(launcher "$label")" generate --schema pve-9.2 \
                    --package "$PACKAGE" --output "$OUT/gen-$label"
            fi
        fi
        if has_step inspect; then
            log "rep $rep $label: inspect"
            # shellcheck disable=SC2046
            sample "$OUT/$label.inspect" $(cli "$label") inspect --schema pve-9.2
            if [[ -n "$(launcher "$label")" ]]; then
                sample "$OUT/$label.inspect-launcher" "$(launcher "$label")" inspect --schema pve-9.2
            fi
        fi
        if has_step javac; then
            log "rep $rep $label: javac"
            sources=$dir/generated-client/target/generated-sources/pvecodegen
            find "$sources" -name '*.java' | sort >"$OUT/$label.sources"
            classpath="$dir/runtime/target/classes:$(cat "$dir/benchmarks/target/generated-client.classpath")"
            rm -rf "$OUT/classes-$label"
            sample "$OUT/$label.javac" javac -d "$OUT/classes-$label" -cp "$classpath" --release 17 -encoding UTF-8 \
                -nowarn @"$OUT/$label.sources"
        fi
        if has_step javac-c1; then
            # The same compilation in a JVM started as the recommended .mvn/jvm.config starts Maven's, where the
            # plugin's users compile the client.
            log "rep $rep $label: javac, C1"
            sources=$dir/generated-client/target/generated-sources/pvecodegen
            find "$sources" -name '*.java' | sort >"$OUT/$label.sources"
            classpath="$dir/runtime/target/classes:$(cat "$dir/benchmarks/target/generated-client.classpath")"
            rm -rf "$OUT/classes-c1-$label"
            sample "$OUT/$label.javac-c1" javac -J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC \
                -d "$OUT/classes-c1-$label" -cp "$classpath" --release 17 -encoding UTF-8 -nowarn @"$OUT/$label.sources"
        fi
    done
done

# -Xmx128m: the budget asks that generate works with it (once per checkout; a failure is recorded, not fatal).
declare -A XMX
if has_step generate; then
    for label in "${LABELS[@]}"; do
        log "$label: generate with -Xmx128m"
        rm -rf "$OUT/gen-$label"
        if java -Xmx128m -jar "${DIRS[$label]}/generator/target/pvecodegen.jar" generate --schema pve-9.2 \
            --package "$PACKAGE" --output "$OUT/gen-$label" >"$OUT/$label.xmx.log" 2>&1; then
            XMX[$label]="works"
        else
            XMX[$label]="fails ($(grep -m1 -o 'OutOfMemoryError[^\n]*' "$OUT/$label.xmx.log" || tail -1 "$OUT/$label.xmx.log"))"
        fi
    done
fi

# The plugin: an up-to-date Maven run of generated-client, then the same with a forced regeneration; the figures
# are Maven's wall time and the plugin's own log line. Unchanged files are not rewritten, so javac does not run again
# and the difference is the plugin's.
mvn_generated_client() { # dir extra-args...
    local dir=$1
    shift
    (cd "$dir" && mvn -B -o -pl generated-client -am package -DskipTests -Dmaven.javadoc.skip=true \
        -Dmaven.source.skip=true -Dinvoker.skip=true "$@")
}
if has_step plugin; then
    for label in "${LABELS[@]}"; do
        mvn_generated_client "${DIRS[$label]}" -q >/dev/null 2>&1 || true # settle: a first run may regenerate
    done
    for rep in $(seq "$PLUGIN_REPS"); do
        for label in $(order "$rep"); do
            for kind in uptodate forced; do
                log "rep $rep $label: maven, $kind"
                extra=()
                [[ $kind == forced ]] && extra=(-Dpvecodegen.force=true)
                sample "$OUT/$label.mvn-$kind" bash -c 'cd "$1" && shift && mvn -B -o -pl generated-client -am package \
                    -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dinvoker.skip=true "$@" \
                    >"'"$OUT/$label.mvn-$kind.log"'" 2>&1' _ "${DIRS[$label]}" "${extra[@]}"
                grep -o 'pvecodegen: .* in [0-9.]* m\?s' "$OUT/$label.mvn-$kind.log" | tail -1 \
                    | awk '$NF == "ms" { print $(NF - 1) } $NF == "s" { print $(NF - 1) * 1000 }' \
                    >>"$OUT/$label.mojo-$kind"
            done
        done
    done
fi

# javac's own work, independent of the load: bytes allocated by one warm compilation (see CompileCost).
if has_step javac-cost; then
    for label in "${LABELS[@]}"; do
        log "$label: javac cost (warm, allocation)"
        dir=${DIRS[$label]}
        find "$dir/generated-client/target/generated-sources/pvecodegen" -name '*.java' | sort >"$OUT/$label.sources"
        classpath="$dir/runtime/target/classes:$(cat "$dir/benchmarks/target/generated-client.classpath")"
        java -cp "$BENCH_JAR" dev.pvecodegen.benchmarks.javac.CompileCost "$classpath" "$OUT/$label.sources" 4 \
            | tail -1 | awk '{ print $5, $8 }' >"$OUT/$label.javac-cost"
    done
fi

# JMH: each checkout's own benchmarks jar, the groups that run typed and raw side by side; the ratios are read with
# this checkout's PairedRatios (99 % interval of the per-iteration ratios).
if has_step jmh; then
    for label in "${LABELS[@]}"; do
        log "$label: JMH $JMH_OPTS"
        # shellcheck disable=SC2086 # JMH_OPTS is a list of options
        java -jar "${DIRS[$label]}/benchmarks/target/benchmarks.jar" \
            'ClientRequestBenchmark\.(version|qemu50)$|TypedDecodingBenchmark\.paired$' $JMH_OPTS \
            -rf json -rff "$OUT/$label.jmh.json" >"$OUT/$label.jmh.log" 2>&1 || { tail -30 "$OUT/$label.jmh.log" >&2; exit 1; }
        for spec in "version versionTyped versionRaw 1.05 max" "qemu50 qemu50Typed qemu50Raw 1.05 max" \
            "paired pairedTyped pairedTree 1.0 min"; do
            # shellcheck disable=SC2086 # spec is a word list
            java -cp "$BENCH_JAR" dev.pvecodegen.benchmarks.report.PairedRatios "$OUT/$label.jmh.json" $spec \
                >>"$OUT/$label.ratios"
        done
    done
fi

# ---------------------------------------------------------------------------------------------------------------
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan" } else if (NR % 2) { print v[(NR + 1) / 2] }
                                        else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'
}
col() { # file column
    [[ -s "$1" ]] && awk -v c="$2" '{ print $c }' "$1" | median || echo ""
}
range() { # file column
    [[ -s "$1" ]] && awk -v c="$2" '{ print $c }' "$1" | sort -g | awk 'NR == 1 { a = $1 } { b = $1 } END { printf "%s–%s", a, b }'
}
cell_time() { # file: "wall s wall, cpu s CPU, rss MiB (load L)"
    local f=$1
    [[ -s "$f" ]] || { echo "—"; return; }
    printf '%s s wall (%s), %s s CPU (%s), %d MiB peak; load %s' "$(col "$f" 1)" "$(range "$f" 1)" \
        "$(col "$f" 2)" "$(range "$f" 2)" "$(( $(col "$f" 3 | cut -d. -f1) / 1024 ))" "$(range "$f" 4)"
}
row() { # title suffix
    local line="| $1 |"
    for label in "${LABELS[@]}"; do
        line+=" $(cell_time "$OUT/$label.$2") |"
    done
    echo "$line"
}

header="| what |"
sep="|---|"
for label in "${LABELS[@]}"; do
    header+=" $label ($(git -C "${DIRS[$label]}" rev-parse --short HEAD 2>/dev/null || echo '?')) |"
    sep+="---|"
done
echo
echo "Side by side, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, REPS=$REPS, medians (ranges) and the load average"
echo "(1 min) seen by the samples; JDK: $(java -version 2>&1 | head -2 | tail -1)."
echo
echo "$header"
echo "$sep"
if has_step generate; then
    row "\`java -jar pvecodegen.jar generate --schema pve-9.2\`" generate
    row "\`bin/pvecodegen generate --schema pve-9.2\` (launcher)" generate-launcher
    line="| generate with \`-Xmx128m\` |"
    for label in "${LABELS[@]}"; do line+=" ${XMX[$label]} |"; done
    echo "$line"
fi
if has_step inspect; then
    row "\`java -jar pvecodegen.jar inspect --schema pve-9.2\`" inspect
    row "\`bin/pvecodegen inspect --schema pve-9.2\` (launcher)" inspect-launcher
fi
if has_step javac; then
    row "\`javac --release 17\` of the plugin's pve-9.2 output" javac
    line="| the compiled client |"
    for label in "${LABELS[@]}"; do
        c=$OUT/classes-$label
        if [[ -d "$c" ]]; then
            (cd "$c" && jar --create --file "$OUT/$label.jar" .)
            line+=" $(wc -l <"$OUT/$label.sources") files, $(xargs cat <"$OUT/$label.sources" | wc -l) lines,"
            line+=" $(find "$c" -name '*.class' | wc -l) classes, jar $(( $(stat -c %s "$OUT/$label.jar") / 1024 )) KiB |"
        else
            line+=" — |"
        fi
    done
    echo "$line"
fi
if has_step javac-c1; then
    row "the same \`javac\` with \`-J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC\` (as in Maven with the recommended \`.mvn/jvm.config\`)" javac-c1
fi
if has_step javac-cost; then
    line="| one warm compilation of the same sources (javac's thread: allocation, CPU) |"
    for label in "${LABELS[@]}"; do
        read -r mb cpu <"$OUT/$label.javac-cost"
        line+=" $mb MB, $cpu s CPU |"
    done
    echo "$line"
fi
if has_step plugin; then
    row "Maven, \`generated-client\` up to date (\`mvn -o -pl generated-client -am package\`, tests skipped)" mvn-uptodate
    row "the same with \`-Dpvecodegen.force=true\` (a forced regeneration)" mvn-forced
    line="| the plugin's own time (log line), up to date / forced |"
    for label in "${LABELS[@]}"; do
        line+=" $(col "$OUT/$label.mojo-uptodate" 1) ms / $(col "$OUT/$label.mojo-forced" 1) ms |"
    done
    echo "$line"
fi
if has_step jmh; then
    for kind in version qemu50 paired; do
        line="| JMH group \`$kind\` ($JMH_OPTS) |"
        for label in "${LABELS[@]}"; do
            line+=" $(grep "^$kind:" "$OUT/$label.ratios" | sed 's/^[^:]*: //') |"
        done
        echo "$line"
    done
fi
echo
log "raw samples in $OUT"
