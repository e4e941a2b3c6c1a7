"""The store keeps each event's rule, lexicon row and actor provenance, and upgrades older stores."""

from __future__ import annotations

import duckdb

from brinkwatch.model import ActorRef, Document, Event
from brinkwatch.store import EventStore
from brinkwatch.store.schema import ADDED_COLUMNS


def _event(doc: Document) -> Event:
    source = ActorRef("Lithuania", "LTU", "LTU", kind="state", row="countries.tsv:301", start=0, end=9)
    target = ActorRef("Colonel Mbeki Tsonga", "", kind="person", resolved_by="unresolved", start=29, end=49)
    return Event(
        doc_id=doc.doc_id, sentence_index=0, evidence_text=doc.text, evidence_start=0, evidence_end=len(doc.text),
        source=source, target=target, cameo_code="111", cameo_root="11", cameo_name="Criticize or denounce",
        goldstein=-2.0, quad_class=3, plover_type="ACCUSE", plover_mode=None, plover_context=None,
        rule="subject_verb_object", lexicon_row="verbs.tsv:812", unresolved=True,
    )


def test_rule_lexicon_row_and_actor_provenance_round_trip(tmp_path):
    doc = Document("Lithuania has criticised the Colonel Mbeki Tsonga for the raid.")
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write(doc, [_event(doc)])
        (back,) = list(store.events())
    assert (back.rule, back.lexicon_row, back.unresolved) == ("subject_verb_object", "verbs.tsv:812", True)
    assert (back.source.kind, back.source.row, back.source.start, back.source.end) == (
        "state", "countries.tsv:301", 0, 9)
    assert back.target.resolved_by == "unresolved" and back.target.code == ""


def test_a_store_from_before_the_provenance_columns_gains_them(tmp_path):
    path = tmp_path / "old.duckdb"
    with EventStore(path) as store:
        pass
    con = duckdb.connect(str(path))
    con.execute("DROP INDEX events_doc")
    con.execute("DROP INDEX events_dyad")
    for _table, column, _kind in ADDED_COLUMNS:
        con.execute(f'ALTER TABLE events DROP COLUMN "{column}"')
    con.close()
    doc = Document("Lithuania has criticised the Colonel Mbeki Tsonga for the raid.")
    with EventStore(path) as store:
        store.write(doc, [_event(doc)])
        (back,) = list(store.events())
    assert back.rule == "subject_verb_object"
