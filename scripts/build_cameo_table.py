"""Build src/brinkwatch/data/cameo.tsv from the public CAMEO lookup tables and the CAMEO->PLOVER table.

Run once when the reference tables change:  python scripts/build_cameo_table.py ../shared/reference
Facts only (code, name, Goldstein value, quad class, PLOVER type/mode/context); the layout is ours.
Where the PLOVER table has no row, the nearest listed parent code's mapping is used; CAMEO 02x
(appeals) maps to REQUEST with the mode of the matching 10x demand, and 01x (public statements)
has no PLOVER type, as in the PLOVER manual.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "brinkwatch" / "data" / "cameo.tsv"


def quad_class(root: int) -> int:
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    if root <= 14:
        return 3
    return 4


def main(ref: Path) -> None:
    names: dict[str, str] = {}
    with open(ref / "CAMEO.eventcodes.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            code = row["CAMEOEVENTCODE"].strip()
            if len(code) >= 2:
                names[code] = row["EVENTDESCRIPTION"].strip()
    goldstein: dict[str, float] = {}
    with open(ref / "CAMEO.goldsteinscale.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            goldstein[row["CAMEOEVENTCODE"].strip()] = float(row["GOLDSTEINSCALE"])
    plover: dict[str, tuple[str, str, str]] = {}
    for line in (ref / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = (part.strip() for part in line.split(":", 1))
        parts = [p.strip() for p in rest.split(",")] + ["", ""]
        if code not in plover or len(code) > 2:
            plover[code] = (parts[0], parts[1], parts[2].replace(";", ",").replace(" ", ""))

    def mapping(code: str) -> tuple[str, str, str]:
        if code.startswith("01"):
            return ("", "", "")
        if code.startswith("02"):
            demand = "10" + code[2:]
            got = mapping(demand) if demand in names else ("REQUEST", "", "")
            return ("REQUEST", got[1], got[2])
        for n in range(len(code), 1, -1):
            if code[:n] in plover:
                return plover[code[:n]]
        return ("", "", "")

    rows = []
    for code in sorted(names):
        gold = goldstein.get(code, goldstein.get(code[:3], goldstein.get(code[:2], 0.0)))
        ptype, pmode, pctx = mapping(code)
        rows.append((code, code[:2], names[code], f"{gold:.1f}", str(quad_class(int(code[:2]))), ptype, pmode, pctx))
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO codebook: code, root, name, Goldstein value, GDELT quad class, PLOVER type/mode/context.\n")
        fh.write("# Built by scripts/build_cameo_table.py from public CAMEO tables and CAMEO2PLOVER-2021 (CC BY-SA 4.0).\n")
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["code", "root", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference"))
