#!/bin/sh
# Re-runs the bundled optimisation (scenarios/experiments/optimise-yanji.json) into a fresh
# results/optimise-yanji and writes its summary into README.md and docs/validation.md, between the
# "optimise-yanji summary" markers. A few minutes on 2 cores. Run from the repository's root after
# `mvn -B -q package -DskipTests`:
#
#     sh scripts/optimise-yanji.sh
set -eu
out=results/optimise-yanji
rm -rf "$out"
java -jar target/parksim.jar optimise scenarios/experiments/optimise-yanji.json --out "$out" --threads 2 | tee "$out.log"
ran=$(grep '^ran ' "$out.log" | sed 's/ -> .*//')
python3 - "$out/summary.md" "$ran" README.md docs/validation.md <<'PY'
import sys
summary, ran = open(sys.argv[1], encoding="utf-8").read().strip(), sys.argv[2]
begin, end = "<!-- optimise-yanji summary: begin -->", "<!-- optimise-yanji summary: end -->"
for doc in sys.argv[3:]:
    text = open(doc, encoding="utf-8").read()
    i, j = text.index(begin) + len(begin), text.index(end)
    block = "\n" + summary + "\n\n_`sh scripts/optimise-yanji.sh`: " + ran + "._\n"
    open(doc, "w", encoding="utf-8").write(text[:i] + block + text[j:])
PY
rm -f "$out.log"
