"""Scoring predicted events against gold events: `score(gold_items, predictions) -> Report`.

Matching rule (the README's "Matching" section says the same):

1. Per gold item, predicted events are matched one-to-one to gold events greedily: every
   (gold, predicted) pair of the same type is a candidate; candidates are taken in order of how many
   of the gold event's stated actors the prediction agrees with (2, 1, 0), then gold order, then
   predicted order. "Same type" is the CAMEO root when the gold event has a CAMEO code, otherwise its
   PLOVER type.
2. Source and target are compared at country level by default: the ISO3 country of the code
   (USAGOV -> USA, UKRMIL -> UKR); codes with no country (IGOUNO, IGOWSTNAT) compare whole.
   `actors="full"` compares whole codes (USAGOV != USA).
3. A gold event with only a PLOVER type (no actors, no CAMEO code) is a document-level label: it is a
   hit when any predicted event in the item has that type. An item whose gold events are all
   document-level is scored as sets of types: each gold type found is a true positive, each gold type
   missing a false negative, each other predicted type a false positive (once per type, not per event).
4. An item with `"events": []` turns every predicted event into a false positive (a false alarm).
5. The two label tables are scored separately with the same rule, each on the items it can judge:
   the PLOVER table uses the gold PLOVER type (or the one CAMEO maps the gold code to; 01x statements
   have none and drop out), the CAMEO table the gold code's root; an item enters a table only when each
   of its gold events says what it is in that table's terms. Predicted events without a PLOVER type
   (01x statements) never count in the PLOVER table.
6. Source, target, triple, modality and mode accuracy are computed over matched pairs (rule 1), each
   over the pairs whose gold event states that field. Triple recall is the share of gold events with
   source, target and type that are found with both actors right.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from brinkwatch.evaluation.gold import GoldEvent, GoldItem
from brinkwatch.model import Event

ActorLevel = Literal["country", "full"]
NONE_LABEL = "(none)"  # confusion row/column for "no event"


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    """The parts of a coder's Event that scoring looks at (plus evidence, for the errors file)."""

    cameo: str
    plover: str | None = None
    source: str | None = None
    target: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    mode: str | None = None
    modality: str = "asserted"
    evidence: str = ""

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    @classmethod
    def from_event(cls, event: Event) -> PredictedEvent:
        return cls(
            cameo=event.cameo_code,
            plover=event.plover_type,
            source=event.source.code if event.source else None,
            target=event.target.code if event.target else None,
            source_country=event.source.country if event.source else None,
            target_country=event.target.country if event.target else None,
            mode=event.plover_mode,
            modality=event.modality,
            evidence=event.evidence_text,
        )

    def to_dict(self) -> dict[str, Any]:
        record = {"source": self.source, "target": self.target, "cameo": self.cameo, "plover": self.plover,
                  "mode": self.mode, "modality": self.modality, "evidence": self.evidence}
        return {key: value for key, value in record.items() if value not in (None, "")}


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "support": self.support, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(slots=True)
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def to_dict(self) -> dict[str, Any]:
        value = self.value
        return {"value": None if value is None else round(value, 4), "count": self.correct,
                "total": self.total}


@dataclass(slots=True)
class LabelTable:
    """P/R/F1 per label, micro and macro averages, and the confusion between labels."""

    labels: dict[str, Counts] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    items: int = 0  # items this table could judge

    def counts(self, label: str) -> Counts:
        return self.labels.setdefault(label, Counts())

    @property
    def micro(self) -> Counts:
        total = Counts()
        for counts in self.labels.values():
            total.tp += counts.tp
            total.fp += counts.fp
            total.fn += counts.fn
        return total

    @property
    def macro(self) -> dict[str, float]:
        """Unweighted mean over labels that occur in the gold (support > 0)."""
        present = [counts for counts in self.labels.values() if counts.support]
        if not present:
            return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
        return {name: sum(getattr(c, name) for c in present) / len(present)
                for name in ("precision", "recall", "f1")}

    def to_dict(self) -> dict[str, Any]:
        micro = self.micro.to_dict()
        return {
            "items": self.items,
            "micro": {key: micro[key] for key in ("precision", "recall", "f1", "support")},
            "macro": {key: round(value, 4) for key, value in self.macro.items()},
            "labels": {label: self.labels[label].to_dict() for label in sorted(self.labels)},
            "confusion": [{"gold": gold, "predicted": predicted, "count": count}
                          for (gold, predicted), count in self.confusion.most_common()],
        }


@dataclass(slots=True)
class ItemResult:
    """What went wrong on one gold item (empty `problems`: nothing)."""

    id: str
    text: str
    gold: list[GoldEvent]
    predicted: list[PredictedEvent]
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "problems": self.problems,
                "gold": [event.to_dict() for event in self.gold],
                "predicted": [event.to_dict() for event in self.predicted]}


@dataclass(slots=True)
class Report:
    items: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    plover: LabelTable = field(default_factory=LabelTable)
    cameo: LabelTable = field(default_factory=LabelTable)
    source: Ratio = field(default_factory=Ratio)
    target: Ratio = field(default_factory=Ratio)
    triple: Ratio = field(default_factory=Ratio)
    triple_recall: Ratio = field(default_factory=Ratio)
    modality: Ratio = field(default_factory=Ratio)
    modality_by_gold: dict[str, Ratio] = field(default_factory=dict)
    mode: Ratio = field(default_factory=Ratio)
    wrong_type_items: Ratio = field(default_factory=Ratio)  # items with predictions, none of a gold type
    silent_items: Ratio = field(default_factory=Ratio)  # items with gold events and no prediction
    false_alarm_items: Ratio = field(default_factory=Ratio)  # "events": [] items with a prediction
    results: list[ItemResult] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "meta": self.meta,
            "headline": self.headline(),
            "items": self.items,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "plover": self.plover.to_dict(),
            "cameo_root": self.cameo.to_dict(),
            "actors": {"source": self.source.to_dict(), "target": self.target.to_dict(),
                       "triple": self.triple.to_dict(), "triple_recall": self.triple_recall.to_dict()},
            "modality": {"all": self.modality.to_dict(),
                         **{name: ratio.to_dict() for name, ratio in sorted(self.modality_by_gold.items())}},
            "mode": self.mode.to_dict(),
            "items_wrong_types_only": self.wrong_type_items.to_dict(),
            "items_silent": self.silent_items.to_dict(),
            "items_false_alarm": self.false_alarm_items.to_dict(),
        }

    def headline(self) -> dict[str, float | None]:
        """The figures of the accuracy table: PLOVER micro P/R, triple recall, wrong-only, false alarms."""
        micro = self.plover.micro
        return {"plover_precision": micro.precision, "plover_recall": micro.recall,
                "triple_recall": self.triple_recall.value, "items_wrong_types_only": self.wrong_type_items.value,
                "items_false_alarm": self.false_alarm_items.value}

    @property
    def misses(self) -> list[ItemResult]:
        return [result for result in self.results if result.problems]


# ---------------------------------------------------------------------------------------------- actors

@lru_cache(maxsize=1)
def _iso3_codes() -> frozenset[str]:
    import pycountry  # imported on first use: importing brinkwatch does no work

    codes = {country.alpha_3 for country in pycountry.countries}
    return frozenset(codes | {"XKX"})  # Kosovo: used by news coders, not in ISO 3166


def actor_key(code: str | None, country: str | None = None, level: ActorLevel = "country") -> str | None:
    """What an actor is compared by: its ISO3 country, or the whole code (level "full" or no country)."""
    if not code:
        return None
    code = code.upper()
    if level == "full":
        return code
    if country:
        return country.upper()
    return code[:3] if code[:3] in _iso3_codes() else code


def _source_agrees(gold: GoldEvent, predicted: PredictedEvent, level: ActorLevel) -> bool:
    return actor_key(gold.source, None, level) == actor_key(predicted.source, predicted.source_country, level)


def _target_agrees(gold: GoldEvent, predicted: PredictedEvent, level: ActorLevel) -> bool:
    return actor_key(gold.target, None, level) == actor_key(predicted.target, predicted.target_country, level)


def _actor_agreement(gold: GoldEvent, predicted: PredictedEvent, level: ActorLevel) -> int:
    agree = 0
    if gold.source and _source_agrees(gold, predicted, level):
        agree += 1
    if gold.target and _target_agrees(gold, predicted, level):
        agree += 1
    return agree


# -------------------------------------------------------------------------------------------- matching

SameType = Callable[[GoldEvent, PredictedEvent], bool]


def _same_primary_type(gold: GoldEvent, predicted: PredictedEvent) -> bool:
    if gold.cameo:
        return gold.cameo_root == predicted.cameo_root
    return gold.plover_label is not None and gold.plover_label == predicted.plover


def match_events(
    gold: Sequence[GoldEvent], predicted: Sequence[PredictedEvent], same_type: SameType, level: ActorLevel
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Greedy one-to-one matching (rule 1): (pairs, unmatched gold indexes, unmatched predicted indexes)."""
    candidates = sorted(
        (-_actor_agreement(g, p, level), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if same_type(g, p)
    )
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            pairs.append((gi, pi))
            used_gold.add(gi)
            used_predicted.add(pi)
    left_gold = [gi for gi in range(len(gold)) if gi not in used_gold]
    left_predicted = [pi for pi in range(len(predicted)) if pi not in used_predicted]
    return pairs, left_gold, left_predicted


# ------------------------------------------------------------------------------------------ label views

@dataclass(frozen=True, slots=True)
class _View:
    """How one label table reads a type off gold and predicted events."""

    gold_label: Callable[[GoldEvent], str | None]
    predicted_label: Callable[[PredictedEvent], str | None]
    judges: Callable[[GoldEvent], bool]  # the gold event says what it is in this view's terms


PLOVER_VIEW = _View(
    gold_label=lambda g: g.plover_label,
    predicted_label=lambda p: p.plover,
    judges=lambda g: bool(g.plover or g.cameo),
)
CAMEO_VIEW = _View(
    gold_label=lambda g: g.cameo_root,
    predicted_label=lambda p: p.cameo_root,
    judges=lambda g: bool(g.cameo),
)


def _score_view(table: LabelTable, view: _View, gold: Sequence[GoldEvent],
                predicted: Sequence[PredictedEvent], level: ActorLevel) -> None:
    if not all(view.judges(g) for g in gold):
        return
    table.items += 1
    gold_labelled = [g for g in gold if view.gold_label(g)]
    predicted_labelled = [p for p in predicted if view.predicted_label(p)]
    if gold_labelled and all(g.is_document_level for g in gold_labelled):
        _score_document_level(table, view, gold_labelled, predicted_labelled)
        return
    event_level = [g for g in gold_labelled if not g.is_document_level]
    document_labels = {view.gold_label(g) for g in gold_labelled if g.is_document_level}
    predicted_labels = {view.predicted_label(p) for p in predicted_labelled}
    for label in document_labels:
        table.counts(label).tp += label in predicted_labels  # type: ignore[arg-type]
        table.counts(label).fn += label not in predicted_labels  # type: ignore[arg-type]
        table.confusion[(label, label if label in predicted_labels else NONE_LABEL)] += 1  # type: ignore[index]

    def same(g: GoldEvent, p: PredictedEvent) -> bool:
        return view.gold_label(g) == view.predicted_label(p)

    pairs, left_gold, left_predicted = match_events(event_level, predicted_labelled, same, level)
    for gi, _ in pairs:
        label = view.gold_label(event_level[gi])
        table.counts(label).tp += 1  # type: ignore[arg-type]
        table.confusion[(label, label)] += 1  # type: ignore[index]
    # A predicted event of a type the document-level gold names is not a false alarm (rule 3).
    left_predicted = [pi for pi in left_predicted
                      if view.predicted_label(predicted_labelled[pi]) not in document_labels]
    _record_misses(table, view, [event_level[gi] for gi in left_gold],
                   [predicted_labelled[pi] for pi in left_predicted], level)


def _record_misses(table: LabelTable, view: _View, missed: list[GoldEvent],
                   extra: list[PredictedEvent], level: ActorLevel) -> None:
    """Count FN/FP and pair the leftovers by actor agreement to see which type was taken for which."""

    def any_type(g: GoldEvent, p: PredictedEvent) -> bool:
        return True

    pairs, left_gold, left_predicted = match_events(missed, extra, any_type, level)
    for gi, pi in pairs:
        gold_label, predicted_label = view.gold_label(missed[gi]), view.predicted_label(extra[pi])
        table.confusion[(gold_label, predicted_label)] += 1  # type: ignore[index]
    for g in missed:
        table.counts(view.gold_label(g)).fn += 1  # type: ignore[arg-type]
    for p in extra:
        table.counts(view.predicted_label(p)).fp += 1  # type: ignore[arg-type]
    for gi in left_gold:
        table.confusion[(view.gold_label(missed[gi]), NONE_LABEL)] += 1  # type: ignore[index]
    for pi in left_predicted:
        table.confusion[(NONE_LABEL, view.predicted_label(extra[pi]))] += 1  # type: ignore[index]


def _score_document_level(table: LabelTable, view: _View, gold: Sequence[GoldEvent],
                          predicted: Sequence[PredictedEvent]) -> None:
    """Rule 3: sets of types; a missed type is confused with the most frequent wrong predicted type."""
    gold_labels = {view.gold_label(g) for g in gold}
    predicted_labels = Counter(view.predicted_label(p) for p in predicted)
    wrong = [(label, n) for label, n in predicted_labels.most_common() if label not in gold_labels]
    for label in sorted(gold_labels):  # type: ignore[type-var]
        if label in predicted_labels:
            table.counts(label).tp += 1  # type: ignore[arg-type]
            table.confusion[(label, label)] += 1  # type: ignore[index]
        else:
            table.counts(label).fn += 1  # type: ignore[arg-type]
            table.confusion[(label, wrong[0][0] if wrong else NONE_LABEL)] += 1  # type: ignore[index]
    for label, _ in wrong:
        table.counts(label).fp += 1  # type: ignore[arg-type]


# -------------------------------------------------------------------------------------------- scoring

def score(
    gold_items: Iterable[GoldItem],
    predictions: Mapping[str, Sequence[PredictedEvent | Event]],
    actors: ActorLevel = "country",
) -> Report:
    """Score predicted events (keyed by gold item id; a missing id means "nothing predicted")."""
    report = Report()
    for item in gold_items:
        predicted = [p if isinstance(p, PredictedEvent) else PredictedEvent.from_event(p)
                     for p in predictions.get(item.id, ())]
        report.items += 1
        report.gold_events += len(item.events)
        report.predicted_events += len(predicted)
        _score_view(report.plover, PLOVER_VIEW, item.events, predicted, actors)
        _score_view(report.cameo, CAMEO_VIEW, item.events, predicted, actors)
        report.results.append(_score_item_detail(report, item, predicted, actors))
    return report


def _score_item_detail(report: Report, item: GoldItem, predicted: list[PredictedEvent],
                       level: ActorLevel) -> ItemResult:
    """Actor, modality and mode accuracy (rule 6), the item-level shares, and the list of problems."""
    result = ItemResult(id=item.id, text=item.text, gold=list(item.events), predicted=predicted)
    if not item.events:
        report.false_alarm_items.add(bool(predicted))
        result.problems += [f"false alarm: {describe(p)}" for p in predicted]
        return result
    report.silent_items.add(not predicted)
    document_level = [g for g in item.events if g.is_document_level]
    event_level = [g for g in item.events if not g.is_document_level]
    hits = 0
    for g in document_level:
        same_type = [p for p in predicted if p.plover == g.plover]
        hits += bool(same_type)
        if not same_type:
            result.problems.append(f"missed: {describe(g)}")
            continue
        if g.mode:
            report.mode.add(any((p.mode or "").lower() == g.mode for p in same_type))
        if g.modality:
            _add_modality(report, g.modality, any(p.modality == g.modality for p in same_type))
    pairs, left_gold, left_predicted = match_events(event_level, predicted, _same_primary_type, level)
    hits += len(pairs)
    for gi, pi in pairs:
        _check_pair(report, result, event_level[gi], predicted[pi], level)
    result.problems += [f"missed: {describe(event_level[gi])}" for gi in left_gold]
    for gi in left_gold:
        missed = event_level[gi]
        if missed.source and missed.target and (missed.cameo or missed.plover):
            report.triple_recall.add(False)
    document_types = {g.plover for g in document_level}
    result.problems += [f"false alarm: {describe(predicted[pi])}" for pi in left_predicted
                        if predicted[pi].plover not in document_types]
    if predicted:
        report.wrong_type_items.add(hits == 0)
    return result


def _check_pair(report: Report, result: ItemResult, g: GoldEvent, p: PredictedEvent,
                level: ActorLevel) -> None:
    source_ok = _source_agrees(g, p, level) if g.source else None
    target_ok = _target_agrees(g, p, level) if g.target else None
    if source_ok is not None:
        report.source.add(source_ok)
        if not source_ok:
            result.problems.append(f"source: gold {g.source}, predicted {p.source} ({describe(g)})")
    if target_ok is not None:
        report.target.add(target_ok)
        if not target_ok:
            result.problems.append(f"target: gold {g.target}, predicted {p.target} ({describe(g)})")
    if source_ok is not None and target_ok is not None:
        report.triple.add(source_ok and target_ok)
        report.triple_recall.add(source_ok and target_ok)
    if g.modality:
        ok = p.modality == g.modality
        _add_modality(report, g.modality, ok)
        if not ok:
            result.problems.append(f"modality: gold {g.modality}, predicted {p.modality} ({describe(g)})")
    if g.mode:
        report.mode.add((p.mode or "").lower() == g.mode)


def _add_modality(report: Report, modality: str, ok: bool) -> None:
    report.modality.add(ok)
    report.modality_by_gold.setdefault(modality, Ratio()).add(ok)


def describe(event: GoldEvent | PredictedEvent) -> str:
    """'USA -> IRN 172 SANCTION (intended)' for messages and the errors file."""
    if isinstance(event, GoldEvent):
        kind = " ".join(part for part in (event.cameo, event.plover_label) if part)
        modality = event.modality
    else:
        kind = " ".join(part for part in (event.cameo, event.plover) if part)
        modality = event.modality if event.modality != "asserted" else None
    actors = f"{event.source or '?'} -> {event.target or '?'} " if (event.source or event.target) else ""
    return f"{actors}{kind}" + (f" ({modality})" if modality else "")


# -------------------------------------------------------------------------------------------- compare

def flatten_metrics(report: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    """Numeric leaves of a report dict as 'plover.micro.f1' -> value (confusion lists left out)."""
    flat: dict[str, float] = {}
    for key, value in report.items():
        name = f"{prefix}{key}"
        if key in ("meta", "confusion"):
            continue
        if isinstance(value, Mapping):
            flat.update(flatten_metrics(value, name + "."))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            flat[name] = float(value)
    return flat


HEADLINE_METRICS = (
    "plover.micro.precision", "plover.micro.recall", "plover.micro.f1", "plover.macro.f1",
    "cameo_root.micro.precision", "cameo_root.micro.recall", "cameo_root.micro.f1", "cameo_root.macro.f1",
    "actors.source.value", "actors.target.value", "actors.triple.value", "actors.triple_recall.value",
    "modality.all.value", "mode.value", "items_wrong_types_only.value", "items_false_alarm.value",
)


@dataclass(frozen=True, slots=True)
class Difference:
    metric: str
    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def compare_reports(current: Mapping[str, Any], previous: Mapping[str, Any]) -> list[Difference]:
    """Headline metrics (always) and every per-label F1 that changed, current vs a saved result."""
    now, before = flatten_metrics(current), flatten_metrics(previous)
    differences = [Difference(name, before.get(name), now.get(name)) for name in HEADLINE_METRICS]
    label_f1 = sorted(name for name in set(now) | set(before)
                      if name.endswith(".f1") and ".labels." in name)
    for name in label_f1:
        if now.get(name) != before.get(name):
            differences.append(Difference(name, before.get(name), now.get(name)))
    return differences
