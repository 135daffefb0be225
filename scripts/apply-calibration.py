#!/usr/bin/env python3
"""Writes a calibration's fitted values into the bundled scenarios, in place, keeping their layout.

    python3 scripts/apply-calibration.py results/calibrate-targets/fitted-parameters.json PARAMS.json "<how>"

Each fitted parameter of the parameters file is set where the scenarios define it: the shared market and
model parameters in scenarios/common/cell-industry.json, the parks' visibility in every scenario file, the
large parks' project size in the market overrides of anji.json and chengdu-tianfu.json (which are removed
when the parameters file has no such parameter: the market is then shared). Every value is written
{"value": V, "calibrated": "<how>"}, rounded to three significant digits (whole numbers for integer
parameters), so that `validate` counts it as calibrated.
"""
import json
import re
import sys
from pathlib import Path

SCENARIOS = Path("scenarios")
COMMON = SCENARIOS / "common" / "cell-industry.json"
# parameter -> (files, JSON key, the enclosing object's key or None)
WHERE = {
    "visibility": (None, "visibility", None),
    "market-access-weight": ([COMMON], "marketAccess", "choice"),
    "investment-median": ([COMMON], "investmentMedian", None),
    "realisation-share": ([COMMON], "realisationShare", None),
    "signing-probability": ([COMMON], "signingProbability", None),
    "move-in-lag": ([COMMON], "moveInLagMonths", None),
    "listing-hazard": ([COMMON], "listingHazard", None),
    "large-park-investment-median": ([SCENARIOS / "anji.json", SCENARIOS / "chengdu-tianfu.json"], "investmentMedian", None),
}
VALUE = r'(?:\{[^{}]*\}|[-0-9.eE+]+)'


def rounded(v, integer):
    if integer:
        return str(int(round(v)))
    s = float(f"{v:.3g}")
    return repr(int(s)) if s == int(s) and abs(s) >= 1e3 else repr(s)


def put(text, key, value, how, within):
    pattern = re.compile(r'("' + key + r'":\s*)' + VALUE)
    spans = [m for m in pattern.finditer(text)]
    if within is not None:
        start = text.index('"' + within + '": {')
        spans = [m for m in spans if m.start() > start][:1]
    if not spans:
        raise SystemExit(f"no {key} found")
    replacement = '{"value": ' + value + ', "calibrated": ' + json.dumps(how, ensure_ascii=False) + '}'
    for m in reversed(spans):
        text = text[:m.start()] + m.group(1) + replacement + text[m.end():]
    return text


def drop_market(text):
    m = re.search(r'\n  "market": \{', text)
    if not m:
        return text
    depth, i = 0, m.end() - 1
    while True:
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        i += 1
        if depth == 0:
            break
    end = i + 1 if text[i] == "," else i
    return text[:m.start()] + text[end:]


def main(fitted_file, params_file, how):
    fitted = json.loads(Path(fitted_file).read_text(encoding="utf-8"))
    params = {p["name"]: p for p in json.loads(Path(params_file).read_text(encoding="utf-8"))["parameters"]}
    scenario_files = sorted(p for p in SCENARIOS.glob("*.json") if p.name != "targets.json" and not p.name.startswith("calibration-params"))
    texts = {f: f.read_text(encoding="utf-8") for f in scenario_files + [COMMON]}
    if "large-park-investment-median" not in params:
        for f in (SCENARIOS / "anji.json", SCENARIOS / "chengdu-tianfu.json"):
            texts[f] = drop_market(texts[f])
    for p in fitted["parameters"]:
        files, key, within = WHERE[p["name"]]
        value = rounded(p["value"], params[p["name"]].get("integer", False))
        for f in files or [f for f in scenario_files if '"' + key + '"' in texts[f]]:
            texts[f] = put(texts[f], key, value, how, within)
    for f, t in texts.items():
        json.loads(t)
        f.write_text(t, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
