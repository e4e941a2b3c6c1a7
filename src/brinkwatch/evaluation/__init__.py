"""Scoring the coder against gold event files (`brinkwatch evaluate`).

    load_gold(path) -> GoldSet            gold JSONL; bad lines become GoldErrors with line numbers
    from_ngec / from_plover / from_jsonl  other labelled sets -> GoldSet
    code_gold(items, coder, workers)      run a coder over the items
    score(items, predictions) -> Report   P/R/F1 per PLOVER type and CAMEO root, actors, modality
"""

from brinkwatch.evaluation.convert import from_jsonl, from_ngec, from_plover
from brinkwatch.evaluation.gold import GoldEvent, GoldItem, GoldSet, load_gold, write_gold
from brinkwatch.evaluation.runner import code_gold
from brinkwatch.evaluation.scoring import PredictedEvent, Report, compare_reports, score

__all__ = [
    "GoldEvent", "GoldItem", "GoldSet", "PredictedEvent", "Report", "code_gold", "compare_reports",
    "from_jsonl", "from_ngec", "from_plover", "load_gold", "score", "write_gold",
]
