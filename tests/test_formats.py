"""Import/export in the field's formats: GDELT 1.0/2.0, ICEWS, PLOVER JSONL, CSV, Parquet."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from brinkwatch.cli.exchange import register
from brinkwatch.errors import InputError
from brinkwatch.model import ActorRef, Document, Event, Location
from brinkwatch.ontology.cameo import lookup
from brinkwatch.store import EventStore
from brinkwatch.store.formats import ExportFilter, export_file, import_file, read_rows
from brinkwatch.store.formats.gdelt import GDELT2_COLUMNS, gdelt_record
from brinkwatch.store.formats.icews import ICEWS_COLUMNS, sector_code
from brinkwatch.store.formats.plover import plover_record

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def _rows_and_errors(fmt: str, name: str) -> tuple[list[dict], list[InputError]]:
    items = list(read_rows(fmt, FIXTURES / name))
    return [i for i in items if isinstance(i, dict)], [i for i in items if isinstance(i, InputError)]


# ---------------------------------------------------------------- events coded by brinkwatch


def _event(doc: Document, index: int, sentence: str, source: ActorRef, target: ActorRef | None, code: str,
           modality: str = "asserted", confidence: float = 0.8, location: Location | None = None) -> Event:
    start = doc.text.index(sentence)
    entry = lookup(code)
    return Event(
        doc_id=doc.doc_id, sentence_index=index, evidence_text=sentence, evidence_start=start,
        evidence_end=start + len(sentence), source=source, target=target, cameo_code=entry.code,
        cameo_root=entry.root, cameo_name=entry.name, goldstein=entry.goldstein, quad_class=entry.quad_class,
        plover_type=entry.plover_type, plover_mode=entry.plover_mode, plover_context=entry.plover_context,
        modality=modality, outlet=doc.outlet, event_date=doc.published.isoformat(), date_precision="day",
        date_source="published", location=location, confidence=confidence, coder_version="0.1.0",
    )


STORY = (
    "Ukraine fired six US-made ATACMS missiles at a military facility in Russia's Bryansk region. "
    "The Kremlin warned Washington that the strike would bring a response. "
    "Kyiv plans to ask Berlin for more air defence systems. "
    "Polish police detained two men suspected of sabotage on the railway."
)


@pytest.fixture
def coded_store(tmp_path: Path) -> Path:
    """A store holding one story coded into four events (one of them intended, one low-confidence)."""
    doc = Document(text=STORY, url="https://example.org/2024/11/19/atacms-bryansk", outlet="Example News",
                   published=date(2024, 11, 19))
    ukr_mil = ActorRef(text="Ukraine", code="UKRMIL", country="UKR", sector="MIL", resolved_by="context")
    rus = ActorRef(text="Russia", code="RUS", country="RUS")
    kremlin = ActorRef(text="The Kremlin", code="RUSGOV", country="RUS", sector="GOV", resolved_by="metonym")
    usa = ActorRef(text="Washington", code="USAGOV", country="USA", sector="GOV", resolved_by="metonym")
    kyiv = ActorRef(text="Kyiv", code="UKRGOV", country="UKR", sector="GOV", resolved_by="metonym")
    berlin = ActorRef(text="Berlin", code="DEUGOV", country="DEU", sector="GOV", resolved_by="metonym")
    pol_cop = ActorRef(text="Polish police", code="POLCOP", country="POL", sector="COP")
    bryansk = Location(name="Bryansk", iso3="RUS", lat=53.25, lon=34.37, precision="city",
                       text="Bryansk region")
    sentences = STORY.split(". ")
    events = [
        _event(doc, 0, sentences[0], ukr_mil, rus, "195", location=bryansk),
        _event(doc, 1, sentences[1], kremlin, usa, "138"),
        _event(doc, 2, sentences[2], kyiv, berlin, "0233", modality="intended", confidence=0.6),
        _event(doc, 3, sentences[3], pol_cop, None, "173", confidence=0.3),
    ]
    db = tmp_path / "coded.duckdb"
    with EventStore(db) as store:
        store.write(doc, events, coder_version="0.1.0")
    return db


_COMPARED = ("cameo_code", "cameo_root", "goldstein", "quad_class", "event_date", "source_code",
             "source_country", "source_sector", "target_code", "target_country", "target_sector")


def _comparable(db: Path) -> list[tuple]:
    with EventStore(db) as store:
        rows = store.event_rows()
    return sorted(tuple(str(r[c]) for c in _COMPARED) for r in rows)


@pytest.mark.parametrize("fmt,suffix", [("gdelt", ".CSV"), ("icews", ".tab"), ("plover", ".jsonl")])
def test_export_then_import_gives_back_the_same_events(coded_store: Path, tmp_path: Path, fmt: str,
                                                       suffix: str) -> None:
    out = tmp_path / f"export{suffix}"
    with EventStore(coded_store) as store:
        assert export_file(store, fmt, out) == 4
    fresh = tmp_path / f"{fmt}.duckdb"
    with EventStore(fresh) as store:
        summary = import_file(store, fmt, out)
        again = import_file(store, fmt, out)
        origins = {r["origin"] for r in store.event_rows()}
    assert (summary.read, summary.added, summary.errors) == (4, 4, [])
    assert (again.read, again.added) == (4, 0)  # ids come from the file's own ids: nothing twice
    assert origins == {fmt}
    assert _comparable(fresh) == _comparable(coded_store)


@pytest.mark.parametrize("fmt,suffix", [("csv", ".csv"), ("parquet", ".parquet")])
def test_tabular_export_keeps_every_column(coded_store: Path, tmp_path: Path, fmt: str, suffix: str) -> None:
    out = tmp_path / f"export{suffix}"
    with EventStore(coded_store) as store:
        export_file(store, fmt, out)
        original = sorted(store.event_rows(), key=lambda r: r["event_id"])
    back = sorted((r for r in read_rows(fmt, out) if isinstance(r, dict)), key=lambda r: r["event_id"])
    assert [r["event_id"] for r in back] == [r["event_id"] for r in original]
    for mine, theirs in zip(back, original, strict=True):
        for column in ("evidence_text", "evidence_start", "attribution", "location", "confidence", "modality",
                       "source_resolved_by", "goldstein", "cameo_code"):
            assert mine[column] == theirs[column], column
        assert mine["event_date"] == theirs["event_date"].isoformat()


# ---------------------------------------------------------------- GDELT


def test_gdelt_layout_has_61_columns_in_documented_order() -> None:
    assert len(GDELT2_COLUMNS) == 61
    # Positions from the GDELT 2.0 event codebook (0-based here).
    expected = {0: "GLOBALEVENTID", 1: "SQLDATE", 5: "Actor1Code", 15: "Actor2Code", 25: "IsRootEvent",
                26: "EventCode", 29: "QuadClass", 30: "GoldsteinScale", 34: "AvgTone", 35: "Actor1Geo_Type",
                39: "Actor1Geo_ADM2Code", 51: "ActionGeo_Type", 56: "ActionGeo_Lat", 59: "DATEADDED",
                60: "SOURCEURL"}
    assert {i: GDELT2_COLUMNS[i] for i in expected} == expected


def test_gdelt_export_line_puts_values_in_their_columns(coded_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.CSV"
    with EventStore(coded_store) as store:
        export_file(store, "gdelt", out, ExportFilter(codes=("195",)))
    (line,) = out.read_text(encoding="utf-8").splitlines()
    fields = line.split("\t")
    assert len(fields) == 61
    assert fields[1] == "20241119" and fields[2] == "202411" and fields[3] == "2024"
    assert fields[5:8] == ["UKRMIL", "UKRAINE", "UKR"] and fields[12] == "MIL"
    assert fields[15] == "RUS"
    assert fields[26:31] == ["195", "195", "19", "4", "-10.0"]
    assert fields[53] == "RS"  # ActionGeo_CountryCode is FIPS 10-4: Russia is RS, not RUS
    assert fields[52] == "Bryansk" and fields[56:58] == ["53.25", "34.37"]
    assert fields[59] == "20241119000000"
    assert fields[60] == "https://example.org/2024/11/19/atacms-bryansk"


def test_gdelt2_reader_keeps_codes_ids_and_geography() -> None:
    rows, errors = _rows_and_errors("gdelt", "gdelt2_sample.export.CSV")
    assert errors == []
    assert [r["event_id"] for r in rows] == ["gdelt-1208123456", "gdelt-1208123470", "gdelt-1208123502"]
    strike, threat, appeal = rows
    assert (strike["source_code"], strike["target_code"], strike["cameo_code"]) == ("UKRMIL", "RUS", "195")
    assert strike["plover_type"] == "ASSAULT" and strike["goldstein"] == -10.0
    assert strike["outlet"] == "www.reuters.com" and strike["origin"] == "gdelt"
    location = json.loads(strike["location"])
    assert location["iso3"] == "RUS" and location["precision"] == "city"  # FIPS RS read back as ISO3
    assert (threat["source_sector"], threat["cameo_root"], threat["quad_class"]) == ("GOV", "13", 3)
    assert appeal["cameo_code"] == "0231"  # leading zero kept
    assert appeal["event_date"] == "2024-11-20" and appeal["coder_version"] == "2.0"


def test_gdelt1_daily_file_with_58_columns_is_read() -> None:
    rows, errors = _rows_and_errors("gdelt", "gdelt1_sample.CSV")
    assert errors == []
    assert [(r["source_code"], r["target_code"], r["cameo_code"]) for r in rows] == [
        ("ISRMIL", "PSE", "173"), ("CHNGOV", "JPN", "112")]
    assert rows[0]["coder_version"] == "1.0" and rows[0]["published"] == "2014-10-20"


def test_gdelt_bad_lines_are_reported_with_line_numbers_and_skipped() -> None:
    rows, errors = _rows_and_errors("gdelt", "gdelt_bad_lines.CSV")
    assert [r["event_id"] for r in rows] == ["gdelt-1208123456", "gdelt-1208123502"]
    assert [e.position for e in errors] == [2, 3, 4, 5]
    assert "3 tab-separated fields" in errors[0].message
    assert errors[1].message == "unknown CAMEO code '999'"
    assert "20241120" not in errors[2].message and "YYYYMMDD" in errors[2].message
    assert "GoldsteinScale 'high'" in errors[3].message
    assert all(e.input.endswith("gdelt_bad_lines.CSV") for e in errors)


def test_gdelt_record_of_an_imported_event_keeps_its_globaleventid() -> None:
    rows, _ = _rows_and_errors("gdelt", "gdelt2_sample.export.CSV")
    assert gdelt_record(rows[0])[0] == "1208123456"


# ---------------------------------------------------------------- ICEWS


def test_icews_reader_turns_names_and_sectors_into_codes() -> None:
    rows, errors = _rows_and_errors("icews", "icews_sample.tab")
    assert errors == []
    codes = [(r["source_code"], r["cameo_code"], r["target_code"]) for r in rows]
    assert codes == [("RUSGOV", "042", "TURGOV"), ("UKRMIL", "190", "UKRREB"), ("CHN", "112", "USAGOV"),
                     ("INDCOP", "173", "INDOPP")]
    putin = rows[0]
    assert putin["source_name"] == "Vladimir Putin" and putin["goldstein"] == 1.9
    assert putin["sentence_index"] == 1  # ICEWS sentence 2, counted from 1
    assert putin["doc_id"] == "icews-story-46251337" and putin["outlet"] == "Interfax"
    assert json.loads(putin["location"])["name"] == "Ankara"


@pytest.mark.parametrize("sectors,code", [
    ("Elite,Executive,Executive Office,Government", "GOV"),
    ("Army,Military", "MIL"),
    ("Nongovernmental Organization,Human Rights", "NGO"),
    ("Legislative / Parliamentary,Government", "LEG"),
    ("Protestors / Popular Opposition / Mobs", "OPP"),
    ("Sports", None),
])
def test_icews_sector_words(sectors: str, code: str | None) -> None:
    assert sector_code(sectors) == code


def test_icews_bad_lines_are_reported_and_skipped() -> None:
    rows, errors = _rows_and_errors("icews", "icews_bad_lines.tab")
    assert [r["event_id"] for r in rows] == ["icews-26987512", "icews-26987702"]
    assert [(e.position, e.message) for e in errors] == [
        (3, "3 fields, header has 20"),
        (4, "unknown CAMEO code '2900'"),
        (5, "date '01/10/2018' is not YYYY-MM-DD"),
    ]


def test_icews_export_has_the_documented_header(coded_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tab"
    with EventStore(coded_store) as store:
        export_file(store, "icews", out, ExportFilter(source="RUS"))
    header, line = out.read_text(encoding="utf-8").splitlines()
    assert tuple(header.split("\t")) == ICEWS_COLUMNS
    record = dict(zip(ICEWS_COLUMNS, line.split("\t"), strict=True))
    assert record["Source Country"] == "Russian Federation" and record["Source Sectors"] == "Government"
    assert record["Target Country"] == "United States" and record["CAMEO Code"] == "138"
    assert record["Sentence Number"] == "2" and record["Intensity"] == "-7.0"


# ---------------------------------------------------------------- PLOVER


def test_plover_reader_takes_both_entity_forms_of_the_manual() -> None:
    rows, errors = _rows_and_errors("plover", "plover_sample.jsonl")
    assert errors == []
    strike, visit, sanction = rows
    assert (strike["source_code"], strike["target_code"]) == ("RUSMIL", "UKR")
    assert strike["plover_type"] == "ASSAULT"
    assert strike["plover_mode"] == "aerial" and strike["quad_class"] == 4 and strike["cameo_code"] is None
    assert json.loads(strike["location"])["precision"] == "city"
    assert (visit["source_code"], visit["source_name"], visit["target_code"]) == (
        "DEUGOV", "Frank-Walter Steinmeier", "UKRGOV")
    assert (sanction["source_code"], sanction["target_code"], sanction["quad_class"]) == ("EUR", "IRNGOV", 4)


def test_plover_record_with_two_categories_gives_two_events(tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps({"id": "x-1", "date": "2023-03-01", "event": ["CONSULT", "AGREE"],
                                "actor": [{"code": "FRA", "sector": "GOV"}],
                                "recipient": [{"code": "DEU", "sector": "GOV"}]}) + "\n", encoding="utf-8")
    rows = list(read_rows("plover", path))
    assert [(r["event_id"], r["plover_type"]) for r in rows] == [("plover-x-1", "CONSULT"),
                                                                 ("plover-x-1#AGREE", "AGREE")]


def test_plover_bad_lines_are_reported_and_skipped() -> None:
    rows, errors = _rows_and_errors("plover", "plover_bad_lines.jsonl")
    assert [r["source_code"] for r in rows] == ["RUSMIL", "FRALAB"]
    assert [e.position for e in errors] == [2, 3, 4, 5]
    assert errors[0].message.startswith("not valid JSON")
    assert errors[1].message == "unknown PLOVER event category 'BOMBARD'"


def test_plover_export_uses_the_manual_field_names(coded_store: Path) -> None:
    with EventStore(coded_store) as store:
        (row,) = [r for r in store.event_rows() if r["cameo_code"] == "195"]
    row = {**row, "event_date": row["event_date"].isoformat(), "published": row["published"].isoformat()}
    record = plover_record(row)
    for name in ("id", "date", "event", "mode", "context", "actor", "actor_country", "recipient",
                 "recipient_country", "event_text", "quad_code", "event_loc", "text_info", "cite_info"):
        assert name in record, name
    assert record["event"] == ["ASSAULT"] and record["date"] == "2024-11-19"
    assert record["actor"][0]["code"] == "UKR" and record["actor"][0]["sector"] == "MIL"
    assert record["actor_country"] == "UKR" and record["recipient_country"] == "RUS"
    assert record["event_loc"]["resolved_place"] == "Bryansk" and record["event_loc"]["resolution"] == 4
    assert record["text_info"]["start"] == 0


# ---------------------------------------------------------------- filters and the command line


def _cli() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def _exported_codes(db: Path, tmp_path: Path, *options: str) -> list[str]:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(_cli(), ["export", "--format", "plover", str(out), "--db", str(db), *options])
    assert result.exit_code == 0, result.output
    return sorted(json.loads(line)["cameo_code"] for line in out.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("options,codes", [
    ((), ["0233", "138", "173", "195"]),
    (("--actor", "RUS"), ["138", "195"]),
    (("--source", "UKR"), ["0233", "195"]),
    (("--target", "DEU"), ["0233"]),
    (("--root", "19", "--root", "17"), ["173", "195"]),
    (("--code", "233"), ["0233"]),  # written without its leading zero
    (("--asserted-only",), ["138", "173", "195"]),
    (("--min-confidence", "0.5"), ["0233", "138", "195"]),
    (("--since", "2024-11-20"), []),
    (("--until", "2024-11-19", "--since", "2024-11-19"), ["0233", "138", "173", "195"]),
])
def test_export_filters(coded_store: Path, tmp_path: Path, options: tuple[str, ...],
                        codes: list[str]) -> None:
    assert _exported_codes(coded_store, tmp_path, *options) == codes


def test_export_rejects_a_bad_date(coded_store: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(_cli(), ["export", "--format", "csv", str(tmp_path / "x.csv"),
                                         "--db", str(coded_store), "--since", "19 Nov"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_import_command_reports_bad_lines_and_records_them(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    args = ["import", "--format", "gdelt", str(FIXTURES / "gdelt_bad_lines.CSV"), "--db", str(db)]
    result = CliRunner().invoke(_cli(), args)
    assert result.exit_code == 14, result.output  # 10 + the 4 lines skipped
    assert "2 events read, 2 added" in result.output and "4 lines skipped" in result.output
    assert "gdelt_bad_lines.CSV:3: unknown CAMEO code '999'" in result.output
    again = CliRunner().invoke(_cli(), args)
    assert "0 added, 2 already stored" in again.output
    with EventStore(db) as store:
        counts = store.counts()
        positions = sorted(r[0] for r in store.connection.execute("SELECT position FROM errors").fetchall())
    assert (counts.events, counts.errors) == (2, 4)  # the second run recorded no error twice
    assert positions == ["2", "3", "4", "5"]


def test_import_of_an_unreadable_or_binary_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    binary = tmp_path / "export.CSV"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    db = tmp_path / "events.duckdb"
    for path in (binary, tmp_path / "missing.tab"):
        result = CliRunner().invoke(_cli(), ["import", "--format", "icews", str(path), "--db", str(db)])
        assert result.exit_code == 11 and "Traceback" not in result.output, result.output  # one file skipped
        assert "nothing imported" in result.output
    with EventStore(db) as store:
        messages = [r[0] for r in store.connection.execute("SELECT message FROM errors").fetchall()]
    assert any("binary" in m for m in messages) and any("cannot open" in m for m in messages)


def test_import_command_takes_all_three_formats(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    for fmt, name in (("gdelt", "gdelt2_sample.export.CSV"), ("icews", "icews_sample.tab"),
                      ("plover", "plover_sample.jsonl")):
        result = CliRunner().invoke(_cli(), ["import", "-f", fmt, str(FIXTURES / name), "--db", str(db)])
        assert result.exit_code == 0, result.output
    with EventStore(db) as store:
        by_origin = dict(store.connection.execute(
            "SELECT origin, count(*) FROM events GROUP BY origin").fetchall())
    assert by_origin == {"gdelt": 3, "icews": 4, "plover": 3}
