"""Evaluation: metric arithmetic on hand-worked cases, gold parsing, converters, the CLI, the gold file."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from brinkwatch.errors import GoldError
from brinkwatch.evaluation.convert import from_jsonl, from_ngec, from_plover
from brinkwatch.evaluation.gold import GoldEvent, GoldItem, load_gold, parse_gold_lines
from brinkwatch.evaluation.scoring import PredictedEvent, actor_key, compare_reports, score
from brinkwatch.model import MODALITIES, ActorRef, Event
from brinkwatch.ontology.cameo import lookup

HERE = Path(__file__).parent
HANDCODED = HERE / "gold" / "handcoded.jsonl"
FIXTURES = HERE / "fixtures" / "evaluation"
NGEC_ZIP = HERE.parent.parent / "shared" / "data" / "ngec-synthetic"
NGEC_ZIP = NGEC_ZIP / "gpt_synthetic_events_2023-10-19.csv.zip"


def pred(cameo: str, source: str | None = None, target: str | None = None,
         modality: str = "asserted") -> PredictedEvent:
    """A predicted event with the PLOVER type CAMEO gives the code (as the coder's events carry)."""
    entry = lookup(cameo)
    return PredictedEvent(cameo=entry.code, plover=entry.plover_type, source=source, target=target,
                          mode=entry.plover_mode, modality=modality)


def gold_item(item_id: str, *events: GoldEvent, text: str = "text") -> GoldItem:
    return GoldItem(id=item_id, text=text, events=list(events))


# ------------------------------------------------------------------------ metric arithmetic, by hand

def hand_worked_case() -> tuple[list[GoldItem], dict[str, list[PredictedEvent]]]:
    """a: one of two gold events found (SANCTION-coded 163 right, the 111 accusation taken for a 190 attack);
    b: nothing codable, one statement predicted; c: document-level PROTEST, found, plus a COERCE."""
    items = [
        gold_item("a", GoldEvent(source="USA", target="IRN", cameo="163"),
                  GoldEvent(source="IRN", target="USA", cameo="111")),
        gold_item("b"),
        gold_item("c", GoldEvent(plover="PROTEST")),
    ]
    predictions = {
        "a": [pred("163", "USAGOV", "IRN"), pred("190", "IRN", "USA")],
        "b": [pred("010", "FRA", "DEU")],
        "c": [pred("141", "FRACVL", "FRAGOV"), pred("173", "FRACOP", "FRACVL")],
    }
    return items, predictions


def test_plover_table_matches_hand_computation() -> None:
    items, predictions = hand_worked_case()
    table = score(items, predictions).plover
    # PLOVER: a -> COERCE tp, ACCUSE fn, ASSAULT fp; b -> the 010 statement has no PLOVER type;
    # c -> PROTEST tp, COERCE fp. tp=2, fp=2, fn=1.
    micro = table.micro
    assert (micro.tp, micro.fp, micro.fn) == (2, 2, 1)
    assert micro.precision == pytest.approx(2 / 4)
    assert micro.recall == pytest.approx(2 / 3)
    assert micro.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert (table.labels["COERCE"].tp, table.labels["COERCE"].fp) == (1, 1)
    assert table.labels["ACCUSE"].fn == 1 and table.labels["ASSAULT"].fp == 1
    # macro over labels with gold support: ACCUSE (F1 0), COERCE (F1 2/3), PROTEST (F1 1)
    assert table.macro["f1"] == pytest.approx((0 + 2 / 3 + 1) / 3)
    assert table.macro["recall"] == pytest.approx((0 + 1 + 1) / 3)
    assert table.confusion[("ACCUSE", "ASSAULT")] == 1


def test_cameo_table_matches_hand_computation() -> None:
    items, predictions = hand_worked_case()
    table = score(items, predictions).cameo
    # c has no CAMEO code, so only a and b are judged: 16 tp, 11 fn, 19 fp, 01 fp.
    assert table.items == 2
    micro = table.micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 2, 1)
    assert micro.precision == pytest.approx(1 / 3)
    assert micro.recall == pytest.approx(1 / 2)
    assert micro.f1 == pytest.approx(0.4)
    assert table.confusion[("(none)", "01")] == 1


def test_item_shares_and_actor_levels() -> None:
    items, predictions = hand_worked_case()
    report = score(items, predictions)
    assert (report.false_alarm_items.correct, report.false_alarm_items.total) == (1, 1)
    assert (report.wrong_type_items.correct, report.wrong_type_items.total) == (0, 2)
    assert report.source.value == 1.0  # USAGOV counts as USA at country level
    assert report.triple_recall.correct == 1 and report.triple_recall.total == 2
    full = score(items, predictions, actors="full")
    assert full.source.value == 0.0 and full.target.value == 1.0  # USAGOV != USA; IRN == IRN


def test_matching_prefers_the_prediction_with_the_right_actors() -> None:
    items = [gold_item("x", GoldEvent(source="RUS", target="UKR", cameo="190"),
                       GoldEvent(source="UKR", target="RUS", cameo="190"))]
    predictions = {"x": [pred("193", "UKRMIL", "RUSMIL"), pred("195", "RUSMIL", "UKR")]}
    report = score(items, predictions)
    assert report.cameo.labels["19"].tp == 2
    assert report.source.value == 1.0 and report.target.value == 1.0 and report.triple.value == 1.0


def test_wrong_type_only_item_and_confusion_pairs_by_actors() -> None:
    items = [gold_item("x", GoldEvent(source="CHN", target="USA", cameo="111"))]
    predictions = {"x": [pred("163", "CHN", "USA")]}
    report = score(items, predictions)
    assert report.wrong_type_items.correct == 1
    assert report.plover.confusion[("ACCUSE", "COERCE")] == 1
    assert report.cameo.micro.precision == 0.0 and report.cameo.micro.recall == 0.0
    assert "missed: CHN -> USA 111 ACCUSE" in report.results[0].problems


def test_modality_accuracy_counts_matched_pairs_per_gold_modality() -> None:
    items = [gold_item("x", GoldEvent(source="TUR", target="RUS", cameo="163", modality="negated")),
             gold_item("y", GoldEvent(source="GBR", target="UKR", cameo="072", modality="asserted"))]
    predictions = {"x": [pred("163", "TUR", "RUS")], "y": [pred("072", "GBR", "UKR")]}
    report = score(items, predictions)
    assert (report.modality.correct, report.modality.total) == (1, 2)
    assert report.modality_by_gold["negated"].value == 0.0
    assert report.modality_by_gold["asserted"].value == 1.0
    assert any(p.startswith("modality: gold negated") for p in report.results[0].problems)


def test_document_level_labels_are_scored_as_sets_of_types() -> None:
    items = [gold_item("story", GoldEvent(plover="PROTEST", mode="strike"))]
    predictions = {"story": [pred("143"), pred("141"), pred("143"), pred("112"), pred("111")]}
    table = score(items, predictions).plover
    # PROTEST found (once, however many events say it), ACCUSE predicted wrongly (once per type)
    assert (table.micro.tp, table.micro.fp, table.micro.fn) == (1, 1, 0)
    assert score(items, {"story": []}).plover.micro.fn == 1


def test_empty_input_scores_nothing() -> None:
    report = score([], {})
    assert report.items == 0 and report.plover.micro.f1 == 0.0 and report.source.value is None


def test_actor_key() -> None:
    assert actor_key("UKRMIL") == "UKR"
    assert actor_key("IGOWSTNAT") == "IGOWSTNAT"  # no country: whole code
    assert actor_key("USAGOV", level="full") == "USAGOV"
    assert actor_key("HAMAS", country="PSE") == "PSE"
    assert actor_key(None) is None


def test_predicted_event_from_coder_event() -> None:
    entry = lookup("172")
    event = Event(doc_id="d", sentence_index=0, evidence_text="e", evidence_start=0, evidence_end=1,
                  source=ActorRef(text="the EU", code="IGOEUREEC"), target=ActorRef(text="Iran", code="IRN",
                                                                                  country="IRN"),
                  cameo_code=entry.code, cameo_root=entry.root, cameo_name=entry.name,
                  goldstein=entry.goldstein,
                  quad_class=entry.quad_class, plover_type=entry.plover_type, plover_mode=entry.plover_mode,
                  plover_context=None, modality="intended")
    items = [gold_item("x", GoldEvent(source="IGOEUREEC", target="IRN", cameo="172", modality="intended"))]
    report = score(items, {"x": [event]})
    assert report.cameo.micro.f1 == 1.0 and report.triple.value == 1.0 and report.modality.value == 1.0


def test_compare_reports_lists_headline_and_changed_labels() -> None:
    items, predictions = hand_worked_case()
    before = score(items, predictions).to_dict()
    fixed = [pred("163", "USA", "IRN"), pred("111", "IRN", "USA")]
    after = score(items, {**predictions, "a": fixed}).to_dict()
    differences = {d.metric: d for d in compare_reports(after, before)}
    assert differences["plover.micro.recall"].delta == pytest.approx(1.0 - 0.6667, abs=1e-3)
    assert differences["plover.labels.ACCUSE.f1"].after == 1.0
    assert "plover.labels.PROTEST.f1" not in differences  # unchanged labels are left out


# ------------------------------------------------------------------------------------ gold parsing

def test_bad_gold_lines_are_reported_with_line_numbers_and_skipped() -> None:
    lines = [
        '{"id": "ok", "text": "Iran seized a tanker.", "events": [{"source": "IRN", "cameo": "1711"}]}',
        "{not json",
        '{"id": "no-text", "events": []}',
        '{"id": "bad-code", "text": "t", "events": [{"cameo": "999"}]}',
        '{"id": "bad-modality", "text": "t", "events": [{"cameo": "190", "modality": "rumoured"}]}',
        '{"id": "bad-type", "text": "t", "events": [{"plover": "INVADE"}]}',
        '',
        '{"id": "ok", "text": "duplicate", "events": []}',
        '{"id": "no-events", "text": "t"}',
        '{"id": "zero", "text": "Nothing here.", "events": [], "date": "2024-13-01"}',
        '{"id": "short", "text": "Russia shelled Kharkiv.", "events": [{"cameo": 194}]}',
    ]
    gold = parse_gold_lines(lines, "g.jsonl")
    assert [item.id for item in gold.items] == ["ok", "short"]
    assert gold.items[1].events[0].cameo == "194"
    positions = [problem.position for problem in gold.problems]
    assert positions == [2, 3, 4, 5, 6, 8, 9, 10]
    messages = " | ".join(problem.one_line() for problem in gold.problems)
    for fragment in ("g.jsonl:2: not valid JSON", "missing or empty 'text'", "unknown CAMEO code '999'",
                     "unknown modality 'rumoured'", "unknown PLOVER type 'INVADE'", "duplicate id 'ok'",
                     "'events' must be a list", "is not YYYY-MM-DD"):
        assert fragment in messages


def test_cameo_given_without_leading_zero_is_normalised() -> None:
    gold = parse_gold_lines(['{"text": "t", "events": [{"cameo": "72"}]}'])
    assert gold.items[0].events[0].cameo == "072"
    assert gold.items[0].events[0].plover_label == "AID"
    assert gold.items[0].id == "line-1"


def test_former_plover_names_are_read_as_current_ones() -> None:
    lines = [
        '{"id": "a", "text": "t", "events": [{"plover": "DISAPPROVE"}, {"plover": "demand"}]}',
        '{"id": "b", "text": "t", "events": [{"plover": "INVESTIGATE"}, {"plover": "FIGHT", "cameo": "190"}]}',
        '{"id": "c", "text": "t", "events": [{"plover": "YIELD", "cameo": "0841"}, {"plover": "YIELD", "cameo": "081"}]}',
        '{"id": "d", "text": "t", "events": [{"plover": "YIELD"}]}',
    ]
    gold = parse_gold_lines(lines, "old.jsonl")
    types = {item.id: [event.plover for event in item.events] for item in gold.items}
    assert types == {"a": ["ACCUSE", "REQUEST"], "b": ["ACCUSE", "ASSAULT"], "c": ["RETREAT", "CONCEDE"]}
    assert [problem.position for problem in gold.problems] == [4]
    assert "CONCEDE from RETREAT" in gold.problems[0].one_line()


def test_null_plover_for_a_statement_is_accepted_and_not_scored_as_a_type() -> None:
    lines = ['{"id": "s", "text": "t", "events": [{"source": "FRA", "target": "DEU", "cameo": "010", "plover": null}]}',
             '{"id": "d", "text": "t", "events": [{"cameo": "012", "plover": "dropped"}]}']
    gold = parse_gold_lines(lines)
    assert not gold.problems
    assert [item.events[0].plover_label for item in gold.items] == [None, None]
    report = score(gold.items, {"s": [pred("010", "FRA", "DEU")]})
    assert report.plover.micro.support == 0  # 01x has no PLOVER type: it leaves the PLOVER table
    assert report.cameo.micro.tp == 1


def test_headline_holds_the_accuracy_table_figures() -> None:
    items, predictions = hand_worked_case()
    headline = score(items, predictions).headline()
    assert headline["plover_precision"] == pytest.approx(2 / 4)  # 163 and 141 right; 190 and 173 wrong
    assert headline["plover_recall"] == pytest.approx(2 / 3)
    assert headline["triple_recall"] == pytest.approx(1 / 2)
    assert headline["items_false_alarm"] == 1.0
    assert headline["items_wrong_types_only"] == 0.0


def test_unreadable_gold_file_raises_gold_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError) as info:
        load_gold(tmp_path / "missing.jsonl")
    assert "missing.jsonl" in info.value.one_line()


# -------------------------------------------------------------------------------------- converters

def test_from_plover_accepts_both_actor_spellings_lists_and_strings() -> None:
    gold = from_plover(FIXTURES / "plover_records.jsonl")
    by_text = {item.text: item for item in gold.items}
    sanctions = by_text["The European Union imposed new sanctions on Iran and Belarus on Monday."]
    assert {(e.source, e.target, e.plover) for e in sanctions.events} == {
        ("IGOEUREEC", "IRN", "SANCTION"), ("IGOEUREEC", "BLR", "SANCTION")}
    talks = by_text["Kenyan and Ethiopian ministers met in Nairobi."]
    assert [(e.source, e.target, e.plover, e.mode) for e in talks.events] == [
        ("KENGOV", "ETH", "CONSULT", "visit")]
    assert by_text["Markets were calm on Tuesday."].events == []
    assert [problem.position for problem in gold.problems] == [4, 6]  # no text; unknown type


def test_from_plover_reads_a_json_array(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text(json.dumps([
        {"id": "p1", "date": "2024-05-01", "actor": [{"code": "RUS", "sector": "MIL"}], "recipient": "UKR",
         "event": "ASSAULT", "text": "Russian forces shelled Kharkiv."},
        {"id": "p2", "date": "2024-05-01", "actor": "UKR", "event": ["ACCUSE"], "recipient": "RUS",
         "text": "Russian forces shelled Kharkiv."},
    ]), encoding="utf-8")
    gold = from_plover(path)
    assert len(gold.items) == 1 and gold.items[0].id == "p1" and gold.items[0].date == "2024-05-01"
    assert [(e.source, e.target, e.plover) for e in gold.items[0].events] == [
        ("RUSMIL", "UKR", "ASSAULT"), ("UKR", "RUS", "ACCUSE")]


def test_from_jsonl_maps_fields_and_reports_bad_records() -> None:
    gold = from_jsonl(FIXTURES / "labelled.jsonl", text_field="sentence",
                      mapping={"cameo": "label.code", "source": "actor1", "target": "actor2"},
                      id_field="sid", date_field="day")
    assert [item.id for item in gold.items] == ["s1", "s2"]
    assert [(e.source, e.target, e.cameo) for e in gold.items[0].events] == [("CHN", "TWN", "150")]
    assert gold.items[1].events == []
    assert [problem.position for problem in gold.problems] == [3, 4]  # no sentence; unknown code
    with pytest.raises(GoldError):
        from_jsonl(FIXTURES / "labelled.jsonl", mapping={"verb": "code"})


@pytest.mark.skipif(not NGEC_ZIP.exists(), reason="needs ../shared/data")
def test_from_ngec_dev_split_is_the_fixed_one() -> None:
    dev = from_ngec(NGEC_ZIP, "dev")
    assert len(dev.items) == 888 and not dev.problems
    assert all(item.split == "dev" and len(item.events) == 1 and item.events[0].is_document_level
               for item in dev.items)
    assert Counter(item.events[0].plover for item in dev.items)["PROTEST"] > 20
    assert len(from_ngec(NGEC_ZIP, "all").items) == 4500


# --------------------------------------------------------------------------------------------- CLI

@pytest.fixture
def cli_app() -> typer.Typer:
    from brinkwatch.cli import evaluation

    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """brinkwatch (test app)"""

    evaluation.register(app)
    return app


def fake_coder(text: str, published: object = None, outlet: object = None, doc_id: object = None,
               coder: str = "rules") -> list[Event]:
    """Codes 'shelled' as RUS->UKR 194 and nothing else: enough to drive the CLI end to end."""
    if "shelled" not in text:
        return []
    entry = lookup("194")
    return [Event(doc_id=str(doc_id), sentence_index=0, evidence_text=text, evidence_start=0,
                  evidence_end=len(text), source=ActorRef(text="Russian", code="RUSMIL", country="RUS"),
                  target=ActorRef(text="Kharkiv", code="UKR", country="UKR"), cameo_code=entry.code,
                  cameo_root=entry.root, cameo_name=entry.name, goldstein=entry.goldstein,
                  quad_class=entry.quad_class, plover_type=entry.plover_type, plover_mode=entry.plover_mode,
                  plover_context=None)]


def write_gold(tmp_path: Path, lines: list[str]) -> Path:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold


def test_evaluate_cli_writes_json_errors_and_compares(cli_app: typer.Typer, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("brinkwatch.pipeline.code_text", fake_coder)
    gold = write_gold(tmp_path, [
        '{"id": "1", "text": "Russian artillery shelled Kharkiv.", "date": "2024-05-12", '
        '"events": [{"source": "RUS", "target": "UKR", "cameo": "194"}]}',
        '{"id": "2", "text": "Chinese warships circled Taiwan.", '
        '"events": [{"source": "CHN", "target": "TWN", "cameo": "150"}]}',
        "not json",
        '{"id": "3", "text": "Rain is expected.", "events": []}',
    ])
    runner = CliRunner()
    first = runner.invoke(cli_app, ["evaluate", str(gold), "--json", str(tmp_path / "a.json"),
                                    "--errors", str(tmp_path / "errors.jsonl")])
    assert first.exit_code == 0, first.output
    assert "skipped" in first.output and ":3:" in first.output
    result = json.loads((tmp_path / "a.json").read_text())
    assert result["cameo_root"]["micro"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}
    assert result["meta"]["skipped_lines"] == 1
    errors = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text().splitlines()]
    assert [e["id"] for e in errors] == ["2"] and errors[0]["text"] == "Chinese warships circled Taiwan."
    second = runner.invoke(cli_app, ["evaluate", str(gold), "--limit", "1",
                                     "--compare", str(tmp_path / "a.json")])
    assert second.exit_code == 0, second.output
    assert "Compared with" in second.output and "+50.0" in second.output  # recall 50% -> 100%


def test_evaluate_split_takes_any_split_the_file_names(cli_app: typer.Typer, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("brinkwatch.pipeline.code_text", fake_coder)
    gold = write_gold(tmp_path, [
        '{"id": "1", "split": "dev", "text": "Russian artillery shelled Kharkiv.", '
        '"events": [{"source": "RUS", "target": "UKR", "cameo": "194"}]}',
        '{"id": "2", "split": "test", "text": "Chinese warships circled Taiwan.", '
        '"events": [{"source": "CHN", "target": "TWN", "cameo": "150"}]}',
        '{"id": "3", "split": "heldout", "text": "Russian guns shelled Sumy.", '
        '"events": [{"source": "RUS", "target": "UKR", "cameo": "194"}]}',
    ])
    runner = CliRunner()
    for split, items, recall in (("test", 1, 0.0), ("heldout", 1, 1.0), ("all", 3, 2 / 3)):
        out = tmp_path / f"{split}.json"
        outcome = runner.invoke(cli_app, ["evaluate", str(gold), "--split", split, "--json", str(out)])
        assert outcome.exit_code == 0, outcome.output
        result = json.loads(out.read_text())
        assert result["items"] == items and result["meta"]["split"] == split
        assert result["headline"]["plover_recall"] == pytest.approx(recall)
    assert "headline (actors by country)" in outcome.output
    wrong = runner.invoke(cli_app, ["evaluate", str(gold), "--split", "train"])
    assert wrong.exit_code != 0 and "dev, heldout, test" in wrong.output


def test_evaluate_actors_full_compares_whole_codes(cli_app: typer.Typer, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("brinkwatch.pipeline.code_text", fake_coder)  # codes the source RUSMIL
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "1", "text": "Russian artillery shelled Kharkiv.", '
                    '"events": [{"source": "RUSGOV", "target": "UKR", "cameo": "194"}]}\n', encoding="utf-8")
    runner = CliRunner()
    triple = {}
    for level in ("country", "full"):
        out = tmp_path / f"{level}.json"
        outcome = runner.invoke(cli_app, ["evaluate", str(gold), "--actors", level, "--json", str(out)])
        assert outcome.exit_code == 0, outcome.output
        triple[level] = json.loads(out.read_text())["headline"]["triple_recall"]
    assert triple == {"country": 1.0, "full": 0.0}


def test_gold_converters_cli(cli_app: typer.Typer, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "plover-gold.jsonl"
    outcome = runner.invoke(cli_app, ["gold", "from-plover", str(FIXTURES / "plover_records.jsonl"),
                                      "-o", str(out)])
    assert outcome.exit_code == 0, outcome.output
    assert len(load_gold(out).items) == 3
    out2 = tmp_path / "mapped.jsonl"
    outcome = runner.invoke(cli_app, ["gold", "from-jsonl", str(FIXTURES / "labelled.jsonl"), "-o", str(out2),
                                      "--text-field", "sentence", "--id-field", "sid",
                                      "--map", "cameo=label.code"])
    assert outcome.exit_code == 0, outcome.output
    assert [item.id for item in load_gold(out2).items] == ["s1", "s2"]
    bad = runner.invoke(cli_app, ["gold", "from-jsonl", str(FIXTURES / "labelled.jsonl"), "-o", str(out2),
                                  "--map", "cameo"])
    assert bad.exit_code != 0 and "GOLD=FIELD" in bad.output


# ------------------------------------------------------------------------------- the hand-coded gold

def test_handcoded_gold_covers_every_root_and_modality() -> None:
    gold = load_gold(HANDCODED)
    assert not gold.problems
    assert len(gold.items) >= 180
    events = [event for item in gold.items for event in item.events]
    roots = Counter(event.cameo_root for event in events)
    assert all(roots[f"{n:02d}"] >= 5 for n in range(1, 21)), roots
    modalities = Counter(event.modality for event in events)
    assert set(MODALITIES) <= set(modalities)
    assert sum(1 for item in gold.items if not item.events) >= 20
    assert all(item.date for item in gold.items)


# Floors on tests/gold/handcoded.jsonl, a few points under the measured figures (PLOVER micro recall 0.81,
# precision 0.76, triple recall 0.66, 8% false alarms): a change that costs accuracy fails the build.
FLOOR_RECALL = 0.75
FLOOR_PRECISION = 0.72
FLOOR_TRIPLE_RECALL = 0.60
CEILING_FALSE_ALARMS = 0.16


@pytest.mark.slow
def test_rules_coder_stays_above_the_floor_on_handcoded_gold() -> None:
    from brinkwatch.evaluation.runner import code_gold

    gold = load_gold(HANDCODED)
    report = score(gold.items, code_gold(gold.items, "rules").predictions)
    figures = report.to_dict()
    assert report.plover.micro.precision >= FLOOR_PRECISION, figures["plover"]["micro"]
    assert report.plover.micro.recall >= FLOOR_RECALL, figures["plover"]["micro"]
    assert figures["actors"]["triple_recall"]["value"] >= FLOOR_TRIPLE_RECALL, figures["actors"]
    assert figures["items_false_alarm"]["value"] <= CEILING_FALSE_ALARMS, figures["items_false_alarm"]
