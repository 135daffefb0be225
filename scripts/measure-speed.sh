#!/bin/bash
# The end-to-end figures of docs/performance.md, interleaved: an earlier jar (BEFORE), this checkout's jar
# (java -jar target/parksim.jar) and the launcher (./parksim). One line per run:
#   figure program load wall_s user_s sys_s peak_rss_kb runs/s
# Usage, from the project folder after `mvn -B -q package -DskipTests test-compile`:
#   BEFORE=path/to/old/parksim.jar sh scripts/measure-speed.sh > speed.txt
set -u
here=$(pwd)
before=${BEFORE:?set BEFORE to the jar to compare with}
after=$here/target/parksim.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/sweep6000.json" <<JSON
{"name": "sweep6000", "scenario": "$here/scenarios/yanji-projection.json", "replications": 3000, "seed": 1, "record": "year-end",
 "variants": [{"name": "base"}, {"name": "rent", "set": {"parks[yanji].policies.rentSubsidy.share": 1.0}}]}
JSON
java -cp "$here/target/test-classes:$after" parksim.bench.NationalScenario "$work/national.json" > /dev/null
measure() { # figure program command...
    figure=$1 program=$2
    shift 2
    rm -rf "$work/out"
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" --out "$work/out" --no-progress > "$work/log" 2>&1
    rate=$(grep -o "([0-9.]* runs/s" "$work/log" | tr -d '(' | cut -d' ' -f1 | head -1)
    echo "$figure $program $load $(cat "$work/time") ${rate:--}"
}
three() { # figure command-after-the-jar...
    figure=$1
    shift
    measure "$figure" before java -jar "$before" "$@"
    measure "$figure" after java -jar "$after" "$@"
    measure "$figure" launcher "$here/parksim" "$@"
}
for round in 1 2 3; do
    for threads in 1 2; do three "sweep6000-t$threads" sweep "$work/sweep6000.json" --threads "$threads"; done
    for i in 1 2; do three run-yanji run "$here/scenarios/yanji-projection.json"; done
done
for round in 1 2; do three national run "$work/national.json"; done
three sobol sensitivity "$here/scenarios/experiments/sensitivity-yanji.json" --method sobol --threads 2
