#!/usr/bin/env python3
"""Prints the 2030 projection of every park beside the external anchors (docs/validation.md).

    python3 scripts/projection-table.py RESULT_DIR...

Each RESULT_DIR is a `run` folder (e.g. `java -jar target/parksim.jar run scenarios/anji.json --replications 20`).
For each park it prints the median over the runs of the 2030 figures of summary.csv: open firms, output in
2030, output per open firm, jobs, output per job, and investment announced and realised by 2030-12.
"""
import csv
import statistics
import sys
from pathlib import Path


def rows(folder):
    with open(Path(folder) / "summary.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def median(values):
    return statistics.median(values) if values else float("nan")


def main(folders):
    print("| scenario | park | open firms | output 2030 (¥B) | per open firm (¥M) | jobs | per job (¥M) | announced (¥B) |")
    print("|---|---|---|---|---|---|---|---|")
    for folder in folders:
        by_park = {}
        for r in rows(folder):
            by_park.setdefault(r["park"], []).append(r)
        for park, rs in by_park.items():
            open_ = [float(r["tenants_open_2030"]) for r in rs]
            output = [float(r["output_cny_2030"]) for r in rs]
            jobs = [float(r["employment_2030"]) for r in rs]
            announced = [float(r["investment_cum_cny_2030"]) for r in rs]
            per_firm = [o / n for o, n in zip(output, open_) if n > 0]
            per_job = [o / j for o, j in zip(output, jobs) if j > 0]
            print(f"| {rs[0]['scenario']} | {park} | {median(open_):.0f} | {median(output) / 1e9:.1f} | "
                  f"{median(per_firm) / 1e6:.0f} | {median(jobs):,.0f} | {median(per_job) / 1e6:.2f} | "
                  f"{median(announced) / 1e9:.0f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
