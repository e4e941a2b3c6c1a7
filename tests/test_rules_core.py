"""The coder as named rules: one ordered list, an example for each, the rule and lexicon row on every
event, and a trace (`brinkwatch code --explain`) that shows what fired and what vetoed."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from brinkwatch.cli import app
from brinkwatch.coding.rules import RULES, STAGES, Trace
from brinkwatch.model import Document
from brinkwatch.pipeline import code_document

runner = CliRunner()


def test_every_rule_is_named_once_and_has_an_example_sentence():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names)), "rule names must be unique"
    for r in RULES:
        assert r.stage in STAGES
        assert re.search(r'"[^"]+ [^"]+"', r.example), f"{r.name}: the docstring's first line quotes no example"


def test_rules_run_in_stage_order():
    order = [STAGES.index(r.stage) for r in RULES]
    assert order == sorted(order), "RULES is one ordered list, stage by stage"


def test_every_event_records_its_rule_and_lexicon_row():
    doc = Document(text="Sudanese troops shelled the town of Kadugli. Egypt condemned the shelling.", doc_id="d1")
    events = code_document(doc)
    assert events
    for ev in events:
        assert ev.rule and ev.rule.split("+")[0] in {r.name for r in RULES}
        assert ev.lexicon_row and re.fullmatch(r"[\w./-]+\.tsv:\d+", ev.lexicon_row)


def test_trace_shows_a_veto():
    trace = Trace()
    # killing animals is no force against people: the coder finds the act, then a named rule vetoes it
    text = "Vietnam's agriculture ministry ordered the killing of thousands of ducks."
    assert code_document(Document(text=text, doc_id="d2"), trace=trace) == []
    assert ("non-human-killed", "vetoed") in [(s.rule, s.outcome) for s in trace.steps]


def test_trace_shows_the_question_screen():
    trace = Trace()
    assert code_document(Document(text="Did Pakistan shell the Indian posts?", doc_id="d3"), trace=trace) == []
    assert [(s.rule, s.outcome) for s in trace.steps] == [("question", "vetoed")]


def test_cli_explain_says_why(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Kenya and Somalia signed a security pact. Did Chad attack Niger?\n", encoding="utf-8")
    result = runner.invoke(app, ["code", str(path), "--explain", "--published", "2024-05-02"])
    assert result.exit_code == 0, result.output
    assert "question vetoed" in result.stdout
    assert "=> KEN" in result.stdout and "rule verb-lexicon" in result.stdout
    as_jsonl = runner.invoke(app, ["code", str(path), "--format", "jsonl", "--published", "2024-05-02"])
    records = [json.loads(line) for line in as_jsonl.stdout.splitlines() if line.startswith("{")]
    assert records and all(r["rule"] and r["lexicon_row"] for r in records)
