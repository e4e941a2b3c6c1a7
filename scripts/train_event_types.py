"""Train the event-type classifier that backs the coder's `learned-type` fallback (coding/learned.py).

    python scripts/train_event_types.py            # cross-validate, then train on everything and write the model
    python scripts/train_event_types.py --cv-only  # only the cross-validated table

Training sentences, each labelled with the PLOVER types of its events ("NONE" for `events: []`,
"STATEMENT" for CAMEO 01x, which PLOVER drops):
- the NGEC synthetic stories of the `train` split: the filled-in title and the lead sentence, each with
  the story's label (the lead states the labelled event);
- the project's dev-side gold: `../shared/gold/*.jsonl` split `dev`, `tests/gold/blind/*.jsonl` split
  `fdev`, and `tests/gold/handcoded.jsonl`. Never `test` or `fcheck`: those measure the result.
Hand-coded sentences weigh GOLD_WEIGHT times a synthetic one: they are real wire and Wikinews wording.

Cross-validation holds out one dev-side set at a time, trains on the rest, and counts, on the sentences
the rules leave without an event, how often a guess at or above each threshold names a gold type. The
shipped threshold is the lowest whose pooled precision is at least TARGET_PRECISION.

Needs scikit-learn (the `dev` extra); the model ships as plain arrays that numpy reads at run time.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from brinkwatch.coding.learned import MODEL_DIR, MODEL_NAME, NO_EVENT, terms  # noqa: E402
from brinkwatch.evaluation.splits import ngec_split  # noqa: E402

SHARED = ROOT.parent / "shared"
NGEC = SHARED / "data/ngec-synthetic/gpt_synthetic_events_2023-10-19.csv.zip"
GOLD_SETS = {  # name -> (file, split used for training)
    "codes-dev": (SHARED / "gold/codes.jsonl", "dev"),
    "wikinews-dev": (SHARED / "gold/wikinews.jsonl", "dev"),
    "blind-codes-fdev": (ROOT / "tests/gold/blind/codes.jsonl", "fdev"),
    "blind-wikinews-fdev": (ROOT / "tests/gold/blind/wikinews.jsonl", "fdev"),
    "handcoded": (ROOT / "tests/gold/handcoded.jsonl", None),
}
GOLD_WEIGHT = 4.0
C = 4.0
THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
TARGET_PRECISION = 0.8
VERSION = "1"

Item = tuple[str, list[str], str | None]  # text, types, story date


def plover_table() -> dict[str, str]:
    table = {}
    for line in (SHARED / "reference/CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        table[code.strip()] = rest.split("#")[0].split(",")[0].strip()
    return table


def event_type(event: dict, table: dict[str, str]) -> str:
    code = str(event["cameo"])
    if code.startswith("01"):
        return "STATEMENT"
    if code.startswith("02"):
        return "REQUEST"
    return event.get("plover") or table.get(code) or table.get(code[:3]) or table.get(code[:2]) or "NONE"


def gold_items(path: Path, split: str | None, table: dict[str, str]) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if split is not None and row.get("split") != split:
            continue
        types = sorted({event_type(e, table) for e in row["events"]}) or ["NONE"]
        items.append((row["text"], types, row.get("date")))
    return items


def ngec_items() -> list[Item]:
    with zipfile.ZipFile(NGEC) as archive:
        raw = archive.read(next(n for n in archive.namelist() if n.endswith(".csv"))).decode("utf-8")
    items = []
    for row in csv.DictReader(io.StringIO(raw)):
        if ngec_split(row.get("title") or "") != "train":
            continue
        title = row["prompt"].split("\n")[0].strip()
        lead = re.split(r"(?<=[.!?])\s+", row["text"].strip())[0]
        items += [(title, [row["label"]], None), (lead, [row["label"]], None)]
    return items


def fit(sets: dict[str, list[Item]]):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels, weights = [], [], []
    for name, items in sets.items():
        for text, types, _ in items:
            for label in types:
                texts.append(text)
                labels.append(label)
                weights.append(1.0 if name == "ngec" else GOLD_WEIGHT)
    vectorizer = TfidfVectorizer(analyzer=terms, sublinear_tf=True, min_df=2)
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=C, max_iter=3000).fit(matrix, labels, sample_weight=weights)
    return vectorizer, model


def rules_silent(items: list[Item]) -> list[bool]:
    """Whether the rules code nothing in each sentence (where the fallback would be asked)."""
    from brinkwatch.pipeline import Pipeline

    pipeline = Pipeline("rules")
    pipeline.coder.type_model = None
    out = []
    for text, _, day in items:
        from brinkwatch.model import Document

        doc = Document(text=text, doc_id="cv", published=date.fromisoformat(day) if day else None)
        out.append(not pipeline.code_document(doc))
    return out


def cross_validate(sets: dict[str, list[Item]]) -> dict:
    held_out = [name for name in sets if name not in ("ngec", "handcoded")]
    pooled = Counter()
    table = {}
    for name in held_out:
        vectorizer, model = fit({k: v for k, v in sets.items() if k != name})
        items = sets[name]
        probs = model.predict_proba(vectorizer.transform([t for t, _, _ in items]))
        silent = rules_silent(items)
        row = {}
        for tau in THRESHOLDS:
            right = fired = 0
            for (_, types, _), p, quiet in zip(items, probs, silent, strict=True):
                best = int(p.argmax())
                label = model.classes_[best]
                if quiet and p[best] >= tau and label not in NO_EVENT:
                    fired += 1
                    right += label in types
            row[str(tau)] = [right, fired]
            pooled[(tau, "right")] += right
            pooled[(tau, "fired")] += fired
        table[name] = row
    table["pooled"] = {str(t): [pooled[(t, "right")], pooled[(t, "fired")]] for t in THRESHOLDS}
    return table


def choose_threshold(table: dict) -> float:
    for tau in THRESHOLDS:
        right, fired = table["pooled"][str(tau)]
        if fired and right / fired >= TARGET_PRECISION:
            return tau
    return THRESHOLDS[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--threshold", type=float, help="ship this threshold instead of the cross-validated one")
    args = ap.parse_args()
    table = plover_table()
    sets = {"ngec": ngec_items()}
    sets.update({name: gold_items(path, split, table) for name, (path, split) in GOLD_SETS.items()})
    cv = cross_validate(sets)
    print("held-out set: right/fired on rule-silent sentences, by threshold")
    for name, row in cv.items():
        print(f"  {name:22s}", "  ".join(f"{tau}:{r}/{f}" for tau, (r, f) in row.items()))
    threshold = args.threshold or choose_threshold(cv)
    print(f"threshold: {threshold}")
    if args.cv_only:
        return
    vectorizer, model = fit(sets)
    vocabulary = vectorizer.get_feature_names_out().tolist()
    out = ROOT / "src/brinkwatch" / MODEL_DIR
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out / f"{MODEL_NAME}.npz", vocabulary=np.array("\n".join(vocabulary)),
        idf=vectorizer.idf_.astype(np.float32), coef=model.coef_.T.astype(np.float32),
        intercept=model.intercept_.astype(np.float32),
    )
    import sklearn

    card = {
        "version": VERSION, "classes": model.classes_.tolist(), "threshold": threshold,
        "features": "word unigrams and bigrams (coding.learned.terms), sublinear tf-idf, min_df 2",
        "model": f"LogisticRegression(C={C}), scikit-learn {sklearn.__version__}",
        "training": {name: len(items) for name, items in sets.items()}, "gold_weight": GOLD_WEIGHT,
        "cross_validation": cv, "target_precision": TARGET_PRECISION,
    }
    (out / f"{MODEL_NAME}.json").write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out / MODEL_NAME}.npz and .json ({len(vocabulary)} features, {len(model.classes_)} classes)")


if __name__ == "__main__":
    main()
