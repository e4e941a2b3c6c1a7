"""The CAMEO codebook (311 codes) with Goldstein values, quad classes and PLOVER types."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None


@lru_cache(maxsize=1)
def codebook() -> dict[str, CameoCode]:
    """All CAMEO codes keyed by code string (leading zeros kept)."""
    text = resources.files("brinkwatch").joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    book: dict[str, CameoCode] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        book[row["code"]] = CameoCode(
            code=row["code"],
            root=row["root"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover_type=row["plover_type"] or None,
            plover_mode=row["plover_mode"] or None,
            plover_context=row["plover_context"] or None,
        )
    return book


def lookup(code: str) -> CameoCode:
    """The codebook entry for `code`; raises KeyError naming the code if CAMEO has none."""
    book = codebook()
    code = normalise_code(code)
    if code not in book:
        raise KeyError(f"unknown CAMEO code {code!r}")
    return book[code]


def normalise_code(code: str | int) -> str:
    """'72' -> '072', 332 -> '0332', 1 -> '01'; CAMEO codes keep their leading zero (roots are two digits)."""
    text = str(code).strip()
    if text.isdigit() and text not in codebook() and ("0" + text) in codebook():
        return "0" + text
    return text
