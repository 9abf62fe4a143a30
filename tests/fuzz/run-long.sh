#!/usr/bin/env bash
# Runs the libFuzzer targets of a NEWSDESK_FUZZ build one after the other, each for the same time, with
# the arguments and environment CTest gives them (written by tests/fuzz/CMakeLists.txt), and prints a
# Markdown table to paste into a note: runs, exec/s, coverage, features, corpus, peak memory, result.
#
#   tests/fuzz/run-long.sh [-b BUILD_DIR] [-s SECONDS] [-r] [TARGET...]
#
# BUILD_DIR defaults to build/fuzz, SECONDS to 600, TARGET (html_sanitizer, feed_rss…) to every target
# built there; -r prints the table of the last run again from its logs, without running anything. Each
# run's log is kept in BUILD_DIR/tests/fuzz/logs/, the corpus grows in BUILD_DIR/tests/fuzz/corpus/<target>/
# and what fails is saved in BUILD_DIR/tests/fuzz/artifacts/<target>/. Exits non-zero when any target
# found something. Runs at nice 5: the machine is shared.
# For long runs, a build folder configured with -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" runs two to six times
# faster than a plain Debug one and keeps the assertions (docs/SECURITY.md, "Fuzzing").
set -euo pipefail

usage() {
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

# Runs one target; its log ends with a line of ours giving the exit status and the time asked for.
run_target() {
    local fuzz_dir=$1 target=$2 seconds=$3
    local executable=$fuzz_dir/fuzz_$target log=$fuzz_dir/logs/$target.log status=0
    local -a arguments
    mapfile -t arguments <"$fuzz_dir/fuzz_$target.args"
    echo "fuzz_$target: ${seconds} s, log in $log" >&2
    (
        set -a
        # shellcheck disable=SC1091
        source "$fuzz_dir/fuzz.env"
        set +a
        cd "$fuzz_dir"
        exec nice -n 5 "$executable" -max_total_time="$seconds" "${arguments[@]}"
    ) >"$log" 2>&1 || status=$?
    echo "==run-long== exit $status after asking for $seconds s" >>"$log"
}

# One row of the table from a target's log; returns 1 when the run found something.
summary_row() {
    local target=$1 log=$2
    # libFuzzer's last status line ("#123 pulse cov: 1 ft: 2 corp: 3/4Kb …") and its final statistics.
    local last status runs exec_per_second peak_rss result artifact reason
    last=$(grep -E '^#[0-9]+[[:space:]].* cov: ' "$log" | tail -n 1 || true)
    field() { sed -nE "s/.* $1: ([^ ]+).*/\\1/p" <<<"$last"; }
    stat() { sed -nE "s/^stat::$1: *([0-9]+).*/\\1/p" "$log" | tail -n 1; }
    runs=$(stat number_of_executed_units)
    exec_per_second=$(stat average_exec_per_sec)
    peak_rss=$(stat peak_rss_mb)
    status=$(sed -nE 's/^==run-long== exit ([0-9]+).*/\1/p' "$log" | tail -n 1)
    if [[ -z $status ]]; then
        status=unknown
    fi
    if [[ $status == 0 ]]; then
        result="0 crashes"
    else
        artifact=$(sed -nE 's/.*Test unit written to (.*)$/\1/p' "$log" | tail -n 1)
        reason=$(grep -m 1 -E '^==[0-9]+==ERROR|^SUMMARY|runtime error:|==newsdesk-fuzz== property|ERROR: libFuzzer' "$log" |
            sed -E 's/^==[0-9]+==//' | cut -c 1-90 || true)
        result="**finding** (exit $status): ${reason:-see log} ${artifact:+→ $(basename "$artifact")}"
    fi
    echo "| $target | ${runs:-?} | ${exec_per_second:-?} | $(field cov) | $(field ft) | $(field corp) | ${peak_rss:-?} | $result |"
    [[ $status == 0 ]]
}

main() {
    local build_dir=build/fuzz seconds=600 report_only=0 option
    while getopts "b:s:rh" option; do
        case $option in
        b) build_dir=$OPTARG ;;
        s) seconds=$OPTARG ;;
        r) report_only=1 ;;
        *) usage ;;
        esac
    done
    shift $((OPTIND - 1))

    local fuzz_dir=$build_dir/tests/fuzz
    if [[ ! -f $fuzz_dir/fuzz.env ]]; then
        echo "No fuzz build in $build_dir: configure with CC=clang CXX=clang++ -DNEWSDESK_FUZZ=ON and build the fuzzers target." >&2
        exit 2
    fi
    fuzz_dir=$(cd "$fuzz_dir" && pwd)

    local -a targets=("$@")
    local args name target
    if [[ ${#targets[@]} -eq 0 ]]; then
        for args in "$fuzz_dir"/fuzz_*.args; do
            name=$(basename "$args" .args)
            targets+=("${name#fuzz_}")
        done
    fi
    for target in "${targets[@]}"; do
        if [[ ! -x $fuzz_dir/fuzz_$target || ! -f $fuzz_dir/fuzz_$target.args ]]; then
            echo "fuzz_$target is not built in $build_dir (build the fuzzers target)." >&2
            exit 2
        fi
    done

    mkdir -p "$fuzz_dir/logs"
    if [[ $report_only -eq 0 ]]; then
        for target in "${targets[@]}"; do
            run_target "$fuzz_dir" "$target" "$seconds"
        done
    fi

    local failed=0 asked
    asked=$(sed -nE 's/^==run-long== exit [0-9]+ after asking for ([0-9]+) s$/\1/p' \
        "$fuzz_dir/logs/${targets[0]}.log" 2>/dev/null || true)
    echo
    echo "Fuzzing, ${asked:-$seconds} s per target ($(date -u +%Y-%m-%d), $(basename "$build_dir") build):"
    echo
    echo "| target | runs | exec/s | cov | ft | corpus (inputs/size) | peak RSS MB | result |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|"
    for target in "${targets[@]}"; do
        summary_row "$target" "$fuzz_dir/logs/$target.log" || failed=1
    done
    return $failed
}

# Everything runs from main, read whole before it starts: editing this file during a long run is safe.
main "$@"
