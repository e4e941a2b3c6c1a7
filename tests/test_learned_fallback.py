"""The learned fallback (issue 10, item 4): where no rule codes a sentence, a trained classifier may name its
type; the rules still find the trigger, both parties, vetoes and modality, and the event says so."""

from __future__ import annotations

import json
from datetime import date

import numpy as np
import pytest
from typer.testing import CliRunner

from brinkwatch.cli import app
from brinkwatch.coding.learned import TYPE_CODES, EventTypeModel, default_model, terms
from brinkwatch.model import Document
from brinkwatch.ontology.cameo import codebook
from brinkwatch.pipeline import Pipeline

runner = CliRunner()


def _toy_model(word: str, label: str, threshold: float = 0.6) -> EventTypeModel:
    """A two-class model that says `label` whenever `word` is in the sentence (and NONE otherwise)."""
    coef = np.array([[0.0, 8.0]], dtype=np.float32)  # one feature, columns NONE and label
    return EventTypeModel(["NONE", label], [word], np.ones(1, dtype=np.float32), coef,
                          np.array([0.0, -2.0], dtype=np.float32), threshold, "toy")


@pytest.fixture()
def toy_pipeline():
    pipeline = Pipeline("rules")
    pipeline.coder.type_model = _toy_model("lorries", "PROTEST")
    yield pipeline
    pipeline.coder.type_model = None


def _code(pipeline: Pipeline, text: str):
    return pipeline.code_document(Document(text=text, doc_id="t", published=date(2024, 2, 1)))


def test_terms_are_words_and_word_pairs():
    assert terms("Troops pulled back, 3 km.") == ["troops", "pulled", "back", "km", "troops pulled", "pulled back", "back km"]


def test_every_type_code_is_a_cameo_code_of_that_type():
    book = codebook()
    for plover_type, code in TYPE_CODES.items():
        assert book[code].plover_type == plover_type, code


def test_shipped_model_loads_and_reads_a_protest():
    model = default_model()
    assert {"NONE", "STATEMENT", "PROTEST", "ASSAULT"} <= set(model.classes)
    assert 0.5 <= model.threshold < 1
    guess = model.guess("Thousands of striking nurses marched on the health ministry, chanting slogans against the cabinet.")
    assert guess.plover_type == "PROTEST"
    p = model.probabilities("anything at all")
    assert abs(float(p.sum()) - 1) < 1e-5


def test_fallback_codes_a_sentence_no_rule_codes(toy_pipeline):
    text = "Polish truckers hemmed in Ukrainian President Volodymyr Zelensky with their lorries on Monday."
    toy_pipeline.coder.type_model = None
    assert _code(toy_pipeline, text) == []
    toy_pipeline.coder.type_model = _toy_model("lorries", "PROTEST")
    events = _code(toy_pipeline, text)
    assert [(e.source.code[:3], e.cameo_code, e.target.code) for e in events] == [("POL", "140", "UKRGOV")]
    assert events[0].rule.startswith("learned-type")
    assert events[0].lexicon_row.startswith("toy:PROTEST:")
    assert events[0].trigger == "hemmed"


def test_fallback_needs_a_named_target(toy_pipeline):
    assert _code(toy_pipeline, "Polish truckers parked their lorries across the motorways on Monday.") == []


def test_fallback_never_reads_a_quote_as_its_speakers_act(toy_pipeline):
    toy_pipeline.coder.type_model = _toy_model("lorries", "ACCUSE")
    text = "The Polish transport minister told Ukrainian President Volodymyr Zelensky that the lorries would stay."
    assert _code(toy_pipeline, text) == []


def test_fallback_adds_nothing_where_a_rule_coded_the_sentence(toy_pipeline):
    toy_pipeline.coder.type_model = _toy_model("tariffs", "ASSAULT")
    events = _code(toy_pipeline, "Turkey slapped tariffs on American cars on Monday.")
    assert events and all(not e.rule.startswith("learned-type") for e in events)


def test_fallback_below_threshold_stays_silent(toy_pipeline):
    toy_pipeline.coder.type_model = _toy_model("lorries", "PROTEST", threshold=0.999)
    text = "Polish truckers hemmed in Ukrainian President Volodymyr Zelensky with their lorries on Monday."
    assert _code(toy_pipeline, text) == []


def test_code_and_evaluate_take_the_coder_option(tmp_path):
    result = runner.invoke(app, ["code", "-", "--coder", "rules+learned", "-f", "jsonl", "--published", "2023-06-01"],
                           input="Turkey slapped tariffs on American cars on Monday.")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["cameo_code"] == "163"
    bad = runner.invoke(app, ["code", "-", "--coder", "magic"], input="Turkey slapped tariffs on American cars.")
    assert bad.exit_code != 0 and "rules+learned" in bad.output
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "Turkey slapped tariffs on American cars on Monday.", "date": "2023-06-01",
                                "events": [{"source": "TUR", "target": "USA", "cameo": "163"}]}) + "\n")
    ok = runner.invoke(app, ["evaluate", str(gold), "--coder", "rules+learned", "--json", str(tmp_path / "r.json")])
    assert ok.exit_code == 0, ok.output
    assert json.loads((tmp_path / "r.json").read_text())["meta"]["coder"] == "rules+learned"
