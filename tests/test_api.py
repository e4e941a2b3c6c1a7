"""REST API over a small read-only store (the US-Iran sample of test_analysis)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient
from test_analysis import build_sample_store

from brinkwatch.api import create_app
from brinkwatch.api.app import MAX_CODE_BODY


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("api") / "events.duckdb")


@pytest.fixture(scope="module")
def client(store_path: Path) -> TestClient:
    return TestClient(create_app(store_path))


def test_events_filters_by_dyad_code_and_text(client: TestClient) -> None:
    page = client.get("/events", params={"source": "USA", "target": "IRN", "root": "19"}).json()
    assert page["count"] == 7 and all(e["cameo_root"] == "19" for e in page["events"])
    assert {e["source_code"] for e in page["events"]} == {"USAMIL"}
    # Country key matches sector actors; undirected adds Iran's missile attack on US bases.
    both = client.get("/events", params={"source": "USA", "target": "IRN", "root": "19", "undirected": True})
    assert both.json()["count"] == 12
    assert all("Soleimani" in e["evidence_text"] for e in page["events"])
    text = client.get("/events", params={"q": "ballistic missiles"}).json()
    assert text["count"] == 5 and {e["outlet"] for e in text["events"]} >= {"AP", "Wikinews"}
    code = client.get("/events", params={"code": "163", "since": "2020-01-09"}).json()
    assert [e["event_date"] for e in code["events"]] == ["2020-01-10", "2020-01-10"]


def test_events_other_filters(client: TestClient) -> None:
    hyp = client.get("/events", params={"modality": "hypothetical"}).json()["events"]
    assert len(hyp) == 1 and "Esper" in hyp[0]["evidence_text"]
    assert client.get("/events", params={"plover": "assault", "outlet": "Wikinews"}).json()["count"] == 2
    # Wildcards in the search text are literal.
    assert client.get("/events", params={"q": "%"}).json()["count"] == 0


def test_events_come_with_attribution_and_cluster(client: TestClient) -> None:
    event = client.get("/events", params={"q": "fuel-price protests"}).json()["events"][0]
    assert [a["name"] for a in event["attribution"]] == ["AP", "Iran's Supreme National Security Council"]
    assert event["cluster_id"].startswith("cl-") and event["cluster_outlets"] == 1
    one = client.get(f"/events/{event['event_id']}").json()
    assert one["evidence_text"] == event["evidence_text"] and one["url"].startswith("https://news.example/")


def test_cursor_and_offset_paging_walk_every_event_once(client: TestClient) -> None:
    total = client.get("/events", params={"limit": 1000}).json()["count"]
    seen, cursor = [], None
    while True:
        params = {"limit": 17, **({"cursor": cursor} if cursor else {})}
        page = client.get("/events", params=params).json()
        seen += [e["event_id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == total
    dates = [e["event_date"] for e in client.get("/events", params={"limit": 1000}).json()["events"]]
    assert dates == sorted(dates, reverse=True)
    second = client.get("/events", params={"limit": 17, "offset": 17}).json()["events"]
    assert [e["event_id"] for e in second] == seen[17:34]


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"limit": 5000}, "limit"),
        ({"limit": 0}, "limit"),
        ({"since": "last tuesday"}, "since"),
        ({"since": "2020-02-01", "until": "2020-01-01"}, "after"),
        ({"source": "USA' OR 1=1 --"}, "actor code"),
        ({"root": "99x"}, "root"),
        ({"modality": "probably"}, "modality"),
        ({"plover": "BOMB"}, "PLOVER"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"offset": -1}, "offset"),
    ],
)
def test_bad_parameters_are_4xx_with_a_message(client: TestClient, params: dict, fragment: str) -> None:
    response = client.get("/events", params=params)
    assert response.status_code == 400
    body = response.json()
    assert body["ok"] is False and fragment.lower() in body["error"].lower()


def test_unknown_ids_are_404(client: TestClient) -> None:
    for path in ("/events/ev-nope", "/clusters/cl-nope", "/nowhere"):
        response = client.get(path)
        assert response.status_code == 404 and response.json()["ok"] is False


def test_series_endpoint(client: TestClient) -> None:
    body = client.get("/dyads/usa/irn/series", params={"freq": "week"}).json()
    weeks = {p["period"]: p for p in body["points"]}
    assert weeks["2019-12-02"]["balance"] > 0 and weeks["2020-01-06"]["balance"] < 0
    assert weeks["2019-12-30"]["n"] == 5
    mentions = client.get("/dyads/USA/IRN/series", params={"unit": "events"}).json()
    assert {p["period"]: p for p in mentions["points"]}["2019-12-30"]["n"] == 18
    alone = client.get("/dyads/IRN/ALL/series", params={"freq": "month", "directed": True}).json()
    assert [p["period"] for p in alone["points"]] == ["2019-11-01", "2019-12-01", "2020-01-01"]
    assert client.get("/dyads/USA/IRN/series", params={"freq": "hour"}).status_code == 400
    assert client.get("/dyads/USA/IRN/series", params={"min_confidence": 2}).status_code == 400


def test_alerts_explain_themselves_with_links(client: TestClient) -> None:
    body = client.get("/alerts", params={"a": "usa", "b": "irn"}).json()
    assert body["count"] == 1
    alert = body["alerts"][0]
    assert alert["direction"] == "conflict" and alert["change_sd"] <= -2
    top = alert["evidence"][0]
    assert "Soleimani" in top["evidence_text"] and top["n_outlets"] == 7
    cluster = client.get(top["links"]["cluster"]).json()
    assert cluster["n_outlets"] == 7 and len(cluster["events"]) == 7
    assert sorted(cluster["outlets"]) == cluster["outlets"]
    assert client.get(top["links"]["event"]).status_code == 200
    assert client.get("/alerts", params={"since": "2021-01-01"}).json()["alerts"] == []


def test_dyads_and_actors_for_the_dashboard(client: TestClient) -> None:
    dyads = client.get("/dyads", params={"limit": 3}).json()
    assert {(d["a"], d["b"]) for d in dyads} >= {("IRN", "USA")}
    codes = [a["code"] for a in client.get("/actors").json()]
    assert {"USA", "IRN", "RUS", "UKR"} <= set(codes)


def test_code_returns_a_list_without_storing(client: TestClient) -> None:
    before = client.get("/events", params={"limit": 1000}).json()["count"]
    response = client.post("/code", json={"text": "Russian forces shelled Kharkiv on Tuesday.",
                                          "published": "2024-05-14", "outlet": "Reuters"})
    assert response.status_code == 200
    assert isinstance(response.json()["events"], list)
    assert client.get("/events", params={"limit": 1000}).json()["count"] == before


def test_code_bounds_and_validates_the_body(client: TestClient) -> None:
    huge = json.dumps({"text": "x" * (MAX_CODE_BODY + 10)})
    response = client.post("/code", content=huge, headers={"content-type": "application/json"})
    assert response.status_code == 413 and "limit" in response.json()["error"]
    assert client.post("/code", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422
    missing = client.post("/code", json={"published": "2024-05-14"})
    assert missing.status_code == 422 and "text" in missing.json()["error"]
    assert client.post("/code", json={"text": "Hi.", "published": "soon"}).status_code == 422


def test_code_finds_the_shelling_of_kharkiv(client: TestClient) -> None:
    events = client.post("/code", json={"text": "Russian forces shelled Kharkiv on Tuesday.",
                                        "published": "2024-05-14"}).json()["events"]
    assert events and events[0]["source"]["code"].startswith("RUS")
    assert events[0]["cameo_root"] in ("19", "18") and events[0]["modality"] == "asserted"


def test_openapi_and_dashboard_are_served(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/events", "/events/{event_id}", "/dyads/{a}/{b}/series", "/alerts", "/clusters/{cluster_id}",
            "/code"} <= set(schema["paths"])
    assert client.get("/docs").status_code == 200
    page = client.get("/")
    assert page.status_code == 200 and "plotly.min.js" in page.text and "cdn" not in page.text.lower()
    js = client.get("/static/plotly.min.js")
    assert js.status_code == 200 and len(js.content) > 1_000_000
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/..%2Fapp.py").status_code == 404


def test_server_never_writes_the_store(store_path: Path) -> None:
    before = store_path.stat().st_mtime_ns, store_path.stat().st_size
    app_client = TestClient(create_app(store_path))
    assert app_client.get("/alerts").status_code == 200
    assert (store_path.stat().st_mtime_ns, store_path.stat().st_size) == before


# --- the fast path (api/fast.py, api/prepared.py, queries.PostingIndex) ---------------------------

DASHBOARD_REQUESTS = [
    ("/dyads/USA/IRN/series", {"freq": "week"}), ("/dyads/IRN/USA/series", {"freq": "day", "modality": "all"}),
    ("/dyads/USA/IRN/series", {"freq": "month", "unit": "events"}), ("/dyads", {"limit": "30"}),
    ("/alerts", {"a": "USA", "b": "IRN", "freq": "week"}), ("/alerts", {"limit": "1"}), ("/actors", {}),
    ("/events", {"source": "USA", "target": "IRN", "undirected": "true", "limit": "20"}),
]


def test_fast_path_answers_exactly_what_the_slow_path_computed(store_path: Path) -> None:
    app = create_app(store_path)
    client = TestClient(app)
    for path, params in DASHBOARD_REQUESTS:
        computed = client.get(path, params=params)  # the first answer is FastAPI's (or warmed by it)
        kept = client.get(path, params=dict(reversed(list(params.items()))))  # the same query, reordered
        assert computed.status_code == kept.status_code == 200
        assert kept.content == computed.content and kept.headers == computed.headers, path
        assert kept.headers["etag"] and kept.headers["x-frame-options"] == "DENY"
        again = client.get(path, params=params, headers={"If-None-Match": kept.headers["etag"]})
        assert again.status_code == 304 and again.content == b""
    assert len(app.state.memo.kept) >= len(DASHBOARD_REQUESTS)
    assert ("asserted+historical|resolved|0", "week", "IRN|USA") in app.state.prepared.tails  # encoded at start
    # A refused Host never reaches the memo, and an error is never kept.
    assert client.get("/dyads", params={"limit": "30"}, headers={"Host": "evil.example"}).status_code == 400
    for _ in range(2):
        assert client.get("/dyads/USA/IRN/series", params={"freq": "hour"}).status_code == 400


def test_posting_index_pages_equal_the_sql_of_the_store(store_path: Path) -> None:
    from brinkwatch.analysis.access import open_read_only
    from brinkwatch.analysis.corroboration import ensure_clusters
    from brinkwatch.api.queries import EventFilter, EventIndex, list_events

    con = open_read_only(store_path)
    ensure_clusters(con)
    index = EventIndex(con)
    filters = [
        EventFilter(), EventFilter(source="USA", target="IRN", undirected=True), EventFilter(source="usa"),
        EventFilter(source="USAMIL", target="IRN", undirected=True), EventFilter(target="IRN", root="19"),
        EventFilter(since=date(2020, 1, 3), until=date(2020, 1, 8)), EventFilter(until=date(2019, 12, 31)),
        EventFilter(modality="asserted", outlet="AP"), EventFilter(code="0190"), EventFilter(plover="assault"),
        EventFilter(source="IRN", since=date(2020, 1, 5)), EventFilter(source="XYZ"),
    ]
    for f in filters:
        for limit, offset in ((3, 0), (5, 4), (1000, 0)):
            assert index.page(con, f, limit, offset, None) == list_events(con, f, limit, offset), (f, limit, offset)


def test_fast_path_refreshes_when_new_events_are_stored(tmp_path: Path) -> None:
    """serve --watch: after each poll a new app (and memo) over a snapshot is swapped in."""
    from brinkwatch.watch.serving import SwappableApp, snapshot

    path = build_sample_store(tmp_path / "events.duckdb")
    con = duckdb.connect(str(path))
    holder = SwappableApp(create_app(path, con=snapshot(con)))
    client = TestClient(holder)
    params = {"source": "USA", "target": "IRN", "undirected": "true", "limit": "1000"}
    before = client.get("/events", params=params).json()["count"]
    series_before = client.get("/dyads/USA/IRN/series", params={"freq": "month"}).content
    assert client.get("/events", params=params).json()["count"] == before  # kept
    con.execute("""INSERT INTO events SELECT * REPLACE ('ev-new-' || event_id AS event_id,
                   DATE '2020-02-03' AS event_date, DATE '2020-02-03' AS published)
                   FROM events WHERE source_country = 'USA' AND target_country = 'IRN' LIMIT 3""")
    holder.swap(create_app(path, con=snapshot(con)))
    assert client.get("/events", params=params).json()["count"] == before + 3
    months = client.get("/dyads/USA/IRN/series", params={"freq": "month"})
    assert months.content != series_before and months.json()["points"][-1]["period"] == "2020-02-01"
    con.close()


# --- direct answers of plain first requests (api/direct.py) and joined row fragments (RowFragments) ---

PLAIN_REQUESTS = [  # answered by DirectRoutes without FastAPI
    ("/events", {"source": "USA", "target": "IRN", "undirected": "true", "limit": "20"}),
    ("/events", {"source": "usa", "root": "19", "limit": "5"}),
    ("/events", {"since": "2020-01-03", "until": "2020-01-08"}), ("/events", {"limit": "1000"}),
    ("/events", {"modality": "asserted", "offset": "3", "limit": "4"}), ("/events", {"code": "0190"}),
    ("/events", {"source": "IRN", "target": "USAMIL", "undirected": "false"}), ("/events", {"source": "XYZ"}),
    ("/events", {"plover": "assault", "outlet": "Wikinews"}), ("/alerts", {"a": "usa", "b": "irn", "freq": "week"}),
    ("/alerts", {"limit": "2"}), ("/dyads/USA/IRN/series", {"freq": "week"}),
    ("/dyads/irn/usa/series", {"freq": "day", "modality": "all"}), ("/dyads/USA/IRN/series", {}),
]
OTHER_REQUESTS = [  # left to FastAPI: other spellings, text search, cursors, values it refuses, not precomputed
    ("/events", {"limit": "020"}), ("/events", {"source": "USA", "target": "IRN", "undirected": "on"}),
    ("/events", {"q": "missile"}), ("/events", {"since": "3000-01-01"}), ("/events", {"limit": "0"}),
    ("/events", {"root": "99x"}), ("/events", {"since": "2020-02-01", "until": "2020-01-01"}),
    ("/events", [("source", "USA"), ("source", "IRN")]), ("/events", {"source": ""}), ("/events", {"cursor": "x"}),
    ("/alerts", {"freq": "hour"}), ("/alerts", {"since": "2020-01-01"}), ("/alerts", {"limit": "5000"}),
    ("/dyads/USA/IRN/series", {"unit": "events"}), ("/dyads/USA/IRN/series", {"modality": "probably"}),
    ("/dyads/USA/IRN/series", {"freq": "month", "modality": "asserted,intended"}),
    ("/dyads/IRN/ALL/series", {"directed": "true"}),
]


def test_direct_answers_equal_fastapi_answers_byte_for_byte(store_path: Path) -> None:
    direct_app, plain_app = create_app(store_path), create_app(store_path)
    plain_app.state.memo.direct = None  # every first request through FastAPI, as before api/direct.py
    answered: list[bytes | None] = []
    route = direct_app.state.memo.direct
    direct_app.state.memo.direct = lambda path, params: answered.append(route(path, params)) or answered[-1]
    direct, plain = TestClient(direct_app), TestClient(plain_app)
    for path, params in PLAIN_REQUESTS + OTHER_REQUESTS:
        answered.clear()
        mine, theirs = direct.get(path, params=params), plain.get(path, params=params)
        assert (mine.status_code, mine.content) == (theirs.status_code, theirs.content), (path, params)
        assert mine.headers.raw == theirs.headers.raw, (path, params)  # names, values and order
        took = bool(answered and answered[-1] is not None)
        assert took == ((path, params) in PLAIN_REQUESTS), (path, params, took)
    # Kept like any answer: the second time it is the memo's, with its ETag.
    again = direct.get("/events", params={"source": "usa", "root": "19", "limit": "5"})
    assert again.headers["etag"] and direct.get("/events", params={"source": "usa", "root": "19", "limit": "5"},
                                                headers={"If-None-Match": again.headers["etag"]}).status_code == 304


def test_page_json_is_the_json_of_the_store_query(store_path: Path) -> None:
    from fastapi.responses import JSONResponse

    from brinkwatch.analysis.access import open_read_only
    from brinkwatch.analysis.corroboration import ensure_clusters
    from brinkwatch.api.queries import EventFilter, EventIndex, encode_cursor, list_events

    con = open_read_only(store_path)
    ensure_clusters(con)
    index = EventIndex(con)
    cursor = encode_cursor(date(2020, 1, 8), "ev-zzzz")
    for f, limit, offset, page_cursor in [
        (EventFilter(), 1000, 0, None), (EventFilter(source="USA", target="IRN", undirected=True), 3, 2, None),
        (EventFilter(q="missile"), 4, 0, None), (EventFilter(root="19"), 5, 0, cursor),
        (EventFilter(source="XYZ"), 10, 0, None), (EventFilter(modality="asserted"), 2, 0, None),
    ]:
        expected = JSONResponse(list_events(con, f, limit, offset, page_cursor)).body
        assert index.page_json(con, f, limit, offset, page_cursor) == expected, (f, limit, offset)


def test_row_fragments_write_what_the_json_encoder_writes() -> None:
    import math

    import numpy as np
    import pyarrow as pa

    from brinkwatch.api.queries import RowFragments

    texts = ['The minister said "no" twice.', "Paris \\ Lyon", "Line one\nline two\x01", "Zürich talks – ended",
             None, "The minister said \"no\" twice."]
    columns = {
        "evidence_text": pa.array(texts), "outlet": pa.array(["AP", "AP", None, "Le Monde", "AP", "AP"]),
        "goldstein": pa.array([1.5, -10.0, 0.0, 3.4, None, 1e-05]), "quad_class": pa.array([1, 2, 3, 4, None, 1], pa.int8()),
        "attribution": pa.array(['[{"name": "AP"}]', None, "not json", "[]", '{"name": "DW"}', '[{"name": "AP"}]']),
        "unresolved": pa.array([True, False, None, True, False, True]),
    }
    rows = [{"evidence_text": t, "outlet": o, "goldstein": g, "quad_class": q, "attribution": a, "unresolved": u}
            for t, o, g, q, a, u in zip(texts, ["AP", "AP", None, "Le Monde", "AP", "AP"], [1.5, -10.0, 0.0, 3.4, None, 1e-05],
                                        [1, 2, 3, 4, None, 1], [[{"name": "AP"}], [], [], [], [{"name": "DW"}], [{"name": "AP"}]],
                                        [True, False, None, True, False, True], strict=True)]
    fragments = RowFragments(dict(columns))
    order = np.array([5, 0, 3, 2, 4, 1])
    expected = json.dumps([rows[i] for i in order], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert b"[" + fragments.join(order) + b"]" == expected
    with pytest.raises(ValueError, match="NaN"):  # as JSONResponse refuses it
        RowFragments({"goldstein": pa.array([math.nan])}).join(np.array([0]))
