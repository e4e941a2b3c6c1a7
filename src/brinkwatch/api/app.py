"""The REST API and web dashboard over one event store, opened read-only.

    app = create_app("events.duckdb")      # `brinkwatch serve --db events.duckdb` runs this with uvicorn

Every error has one shape, {"ok": false, "status": ..., "error": "..."}, and a caller's mistake is a
4xx, never a 500 (an unexpected failure is a 500 in the same shape). The store never changes while
served, so series and alerts are cached per query, in a cache bounded in bytes.

Hardening: only the Host names in `allowed_hosts` are answered (DNS rebinding); every answer carries a
Content-Security-Policy, X-Frame-Options and X-Content-Type-Options; POST /code takes only
application/json (a cross-site form cannot send it without a preflight) and codes at most
MAX_CONCURRENT_CODING stories at once; the store connection has no file system access; /docs is
Swagger UI from the swagger-ui-bundle package, served here.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import duckdb
import plotly
from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from brinkwatch.analysis.access import CursorPool, QueryError, open_read_only
from brinkwatch.analysis.alerts import AlertSettings, find_alerts
from brinkwatch.analysis.corroboration import ensure_clusters
from brinkwatch.analysis.series import SeriesQuery, actors, dyad_series, prepare_volumes, top_dyads
from brinkwatch.api.cache import ByteBoundedCache
from brinkwatch.api.direct import MAX_ACTOR, MAX_MODALITY, MAX_OFFSET, DirectRoutes, alerts_page
from brinkwatch.api.fast import ResponseMemo
from brinkwatch.api.prepared import PreparedSeries, series_json
from brinkwatch.api.queries import MAX_LIMIT, EventFilter, EventIndex, get_cluster, get_event
from brinkwatch.errors import BrinkwatchError, one_line_message
from brinkwatch.pipeline import code_text
from brinkwatch.store.filters import EventScope
from brinkwatch.store.schema import DATE_WINDOW, in_date_window

LOGGER = logging.getLogger(__name__)
MAX_CODE_BODY = 256 * 1024  # bytes of a POST /code request; one long article is ~50 kB
WEB_FILES = ("index.html", "app.js", "style.css", "docs.js")
SWAGGER_FILES = ("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png")
MAX_CONCURRENT_CODING = 2  # coding is CPU-bound; more callers at once only queue up and exhaust memory
CACHE_BYTES = 64 * 1024 * 1024  # all cached series, alerts and dyads together
MEMO_BYTES = 256 * 1024 * 1024  # all finished answers of the fast path (api/fast.py) together
# Host names answered besides those in BRINKWATCH_ALLOWED_HOSTS (comma-separated) or `allowed_hosts`.
DEFAULT_HOSTS = ("localhost", "127.0.0.1", "::1", "testserver")
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
MODALITY_HELP = "what counts: happened (asserted or historical; the default), all, or a comma list"


class CodeRequest(BaseModel):
    text: str = Field(min_length=1)
    published: date | None = None
    outlet: str | None = Field(default=None, max_length=200)


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        self.status, self.message = status, message


def get_store(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """The dependency every route reads the store through (tests may override it): a cursor of its own."""
    pool: CursorPool = request.app.state.pool
    with pool.cursor() as cur:
        yield cur


Store = Annotated[duckdb.DuckDBPyConnection, Depends(get_store)]


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "status": status, "error": message}, status_code=status)


def create_app(
    db_path: str | Path, *, con: duckdb.DuckDBPyConnection | None = None, allowed_hosts: tuple[str, ...] = ()
) -> FastAPI:
    """The app over the store at `db_path` (or an already-open analysis connection `con`)."""
    con = con or open_read_only(db_path)
    ensure_clusters(con)  # once, before serving: clusters back series, alerts and /clusters
    pool = CursorPool(con)
    index = EventIndex(con)  # once, before serving: the fast path of GET /events
    prepare_volumes(con)
    prepared = PreparedSeries(con)
    # The derived tables exist; from here on no SQL this server runs may read or write other files.
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    app = DashboardApp(
        title="brinkwatch",
        summary="Political events coded from news, corroborated, with dyad series and escalation alerts.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(_dates_in_window)],
    )
    app.state.pool = pool
    app.state.coding = 0
    _install_error_handlers(app)
    hosts = _hosts(allowed_hosts)
    _install_guards(app, hosts)
    cache = ByteBoundedCache(CACHE_BYTES)
    # Outermost (added last): finished answers of the dashboard's routes are sent from memory, and a
    # plain first request of /events, /alerts or a series is answered without FastAPI (api/direct.py).
    direct = DirectRoutes(index, prepared, cache)
    memo = ResponseMemo(lambda header: "*" in hosts or _host_name(header) in hosts, MEMO_BYTES,
                        direct=direct.answer, direct_headers=SECURITY_HEADERS.items())
    app.add_middleware(memo.around)
    app.state.memo = app.memo = memo

    def cached_series(query: SeriesQuery) -> bytes:
        # The dashboard's queries: encoded at start, or built from memory without SQL (the memo keeps them).
        encoded = prepared.body(query)
        if encoded is not None:
            return encoded
        held = prepared.series(query)
        if held is not None:
            return series_json(held.to_dict())

        # Kept as the JSON bytes it is sent as: a year of days re-encoded per request costs milliseconds.
        def compute() -> bytes:
            with pool.cursor() as cur:
                return series_json(dyad_series(cur, query).to_dict())
        return cache.get_or_compute(("series", query), compute)

    def cached_alerts(settings: AlertSettings) -> list[dict[str, Any]]:
        def compute() -> list[dict[str, Any]]:
            with pool.cursor() as cur:
                return [a.to_dict() for a in find_alerts(cur, settings)]
        return cache.get_or_compute(("alerts", settings), compute)

    def cached_dyads(limit: int, since: date | None, until: date | None,
                     scope: EventScope) -> list[dict[str, Any]]:
        def compute() -> list[dict[str, Any]]:
            with pool.cursor() as cur:
                return top_dyads(cur, limit, since, until, scope)
        return cache.get_or_compute(("dyads", limit, since, until, scope), compute)

    app.state.cache = cache
    app.state.prepared = prepared
    # What the dashboard opens with (alerts, the heat map) is computed before serving, not by a request.
    cached_alerts(AlertSettings())
    cached_dyads(30, None, None, EventScope())

    @app.get("/events", tags=["events"], summary="Events, newest first, filtered and paged")
    async def events(
        since: date | None = None,
        until: date | None = None,
        source: str | None = Query(None, description="actor code or country (USA matches USAGOV, USAMIL...)"),
        target: str | None = None,
        undirected: bool = Query(False, description="match source/target in either direction"),
        code: str | None = Query(None, description="CAMEO code, e.g. 195"),
        root: str | None = Query(None, description="CAMEO root, 01-20"),
        plover: str | None = None,
        modality: str | None = None,
        outlet: str | None = None,
        q: str | None = Query(None, max_length=200, description="text in the evidence sentence"),
        limit: int = Query(50, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0, le=MAX_OFFSET),
        cursor: str | None = Query(None, max_length=400, description="next_cursor of the previous page"),
    ) -> dict[str, Any]:
        f = EventFilter(since, until, source, target, undirected, code, root, plover, modality, outlet, q)
        if index.needs_sql(f, cursor):  # a worker thread: a store query must not hold up the event loop
            def read() -> bytes:
                with pool.cursor() as cur:
                    return index.page_json(cur, f, limit, offset, cursor)
            body = await run_in_threadpool(read)
        else:  # posting lists in memory: well under a millisecond, answered on the loop without a thread hop
            body = index.page_json(None, f, limit, offset, cursor)
        # The bytes JSONResponse(page) would send, joined from each row's fragments (queries.RowFragments).
        return Response(body, media_type="application/json")  # type: ignore[return-value]

    @app.get("/events/{event_id}", tags=["events"], summary="One event with its cluster and story")
    def event(store: Store, event_id: str = PathParam(max_length=100)) -> dict[str, Any]:
        found = get_event(store, event_id)
        if found is None:
            raise ApiError(404, f"no event {event_id!r}")
        return found

    @app.get("/clusters/{cluster_id}", tags=["analysis"], summary="A corroboration cluster and its reports")
    def cluster(store: Store, cluster_id: str = PathParam(max_length=100)) -> dict[str, Any]:
        found = get_cluster(store, cluster_id)
        if found is None:
            raise ApiError(404, f"no cluster {cluster_id!r}")
        return found

    @app.get("/dyads/{a}/{b}/series", tags=["analysis"], summary="Dyad series (b = ALL: a against everyone)")
    async def series(
        a: str,
        b: str,
        freq: str = Query("week", pattern="^(day|week|month)$"),
        directed: bool = False,
        unit: str = Query("clusters", pattern="^(clusters|events)$"),
        modality: str | None = Query(None, max_length=MAX_MODALITY, description=MODALITY_HELP),
        include_unresolved: bool = False,
        min_confidence: float = Query(0.0, ge=0.0, le=1.0),
        since: date | None = None,
        until: date | None = None,
    ) -> Response:
        other = None if b.upper() == "ALL" else b.upper()
        scope = EventScope.parse(modality, include_unresolved=include_unresolved, min_confidence=min_confidence)
        query = SeriesQuery(a.upper(), other, freq, directed, unit, scope, since, until).validate()
        body = prepared.body(query)  # encoded at start: no thread hop
        if body is None:
            body = await run_in_threadpool(cached_series, query)
        return Response(body, media_type="application/json")

    @app.get("/dyads", tags=["analysis"], summary="Most active dyads (heat map)")
    async def dyads(limit: int = Query(30, ge=1, le=500), since: date | None = None, until: date | None = None,
                    modality: str | None = Query(None, max_length=MAX_MODALITY, description=MODALITY_HELP),
                    ) -> list[dict[str, Any]]:
        scope = EventScope.parse(modality)
        found = cache.get(("dyads", limit, since, until, scope))
        if found is None:
            found = await run_in_threadpool(cached_dyads, limit, since, until, scope)
        return JSONResponse(found)  # type: ignore[return-value]

    @app.get("/actors", tags=["analysis"], summary="Actors by activity")
    def actor_list(store: Store, limit: int = Query(200, ge=1, le=2000)) -> list[dict[str, Any]]:
        return actors(store, limit)

    @app.get("/alerts", tags=["analysis"], summary="Escalation alerts with their evidence")
    async def alerts(
        since: date | None = None,
        freq: str = Query("week", pattern="^(day|week|month)$"),
        a: str | None = Query(None, max_length=MAX_ACTOR, description="only alerts involving this actor"),
        b: str | None = Query(None, max_length=MAX_ACTOR),
        modality: str | None = Query(None, max_length=MAX_MODALITY, description=MODALITY_HELP),
        limit: int = Query(100, ge=1, le=MAX_LIMIT),
    ) -> dict[str, Any]:
        settings = AlertSettings(freq=freq, since=since, scope=EventScope.parse(modality))
        found = cache.get(("alerts", settings))
        if found is None:  # find_alerts scans the store: on a worker thread
            found = await run_in_threadpool(cached_alerts, settings)
        return JSONResponse(alerts_page(found, a, b, limit))  # type: ignore[return-value]

    @app.get("/alerts.atom", tags=["analysis"], summary="Alerts as an Atom feed (newest first)")
    def alerts_feed(request: Request, store: Store) -> Response:
        from brinkwatch.watch.serving import atom_feed

        body = atom_feed(store, str(request.base_url), lambda: cached_alerts(AlertSettings()))
        return Response(body, media_type="application/atom+xml")

    @app.post("/code", tags=["coding"], summary="Code one story; nothing is stored")
    async def code(request: Request) -> dict[str, Any]:
        media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if media_type != "application/json":
            raise ApiError(415, "POST /code takes Content-Type: application/json")
        body = await _bounded_body(request, MAX_CODE_BODY)
        try:
            payload = CodeRequest.model_validate(json.loads(body))
        except Exception as exc:  # noqa: BLE001 - any unparsable body (deep nesting, huge numbers) is the caller's
            message = f"body must be JSON {{text, published?, outlet?}}: {_first_line(exc)}"
            raise ApiError(422, message) from exc
        if request.app.state.coding >= MAX_CONCURRENT_CODING:
            raise ApiError(429, f"already coding {MAX_CONCURRENT_CODING} stories; try again shortly")
        request.app.state.coding += 1
        try:
            coded = await run_in_threadpool(code_text, payload.text, payload.published, payload.outlet)
        finally:
            request.app.state.coding -= 1
        return {"events": [e.to_dict() for e in coded], "count": len(coded)}

    _mount_web(app)
    memo.warm(app, _opening_requests(cached_alerts(AlertSettings()), cached_dyads(1, None, None, EventScope())))
    return app


class DashboardApp(FastAPI):
    """The FastAPI app, whose kept answers (api/fast.py) are sent before its middleware stack is
    entered: Starlette's error middleware and FastAPI's own wrappers cost ~0.05 ms a request, a tenth
    of a kept answer's whole time. Everything else goes through the stack, the memo middleware included."""

    memo: ResponseMemo | None = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if self.memo is not None and await self.memo.answer(scope, send):
            return
        await super().__call__(scope, receive, send)


def _opening_requests(alerts: list[dict[str, Any]], busiest: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """What the dashboard asks first (api/web/app.js `start`): the heat map, the latest alert, the
    busiest dyad, then the series, alerts and first events page of the pair it opens on."""
    opening = [("/dyads", "limit=30"), ("/alerts", "limit=1"), ("/dyads", "limit=1"), ("/alerts", ""),
               ("/actors", "limit=300"), ("/events", "")]
    pick = alerts[0] if alerts else busiest[0] if busiest else None
    if pick:
        a, b = pick["a"], pick["b"]
        opening += [(f"/dyads/{a}/{b}/series", "freq=week&unit=clusters"), ("/alerts", f"a={a}&b={b}&freq=week")]
    return opening


async def _bounded_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` bytes (never read whole)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"request body is {declared} bytes; the limit is {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"request body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _first_line(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        return f"{'.'.join(str(p) for p in err['loc']) or 'body'}: {err['msg']}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return one_line_message(exc) or type(exc).__name__


async def _dates_in_window(request: Request) -> None:  # async: no thread hop for a few string checks
    """Every date a route takes (since, until) lies in store.schema.DATE_WINDOW: a year 9999 would
    overflow period arithmetic, and 1000-3000 by day is a million periods."""
    for name in ("since", "until"):
        value = request.query_params.get(name)
        if not value:
            continue
        try:
            day = date.fromisoformat(value)
        except ValueError:
            continue  # the route's own validation answers 400 for text that is no date
        if in_date_window(day) is None:
            low, high = DATE_WINDOW
            raise ApiError(400, f"{name}: {day} is outside {low.year}-{high.year}")


def _hosts(extra: tuple[str, ...]) -> frozenset[str]:
    listed = [h.strip().lower() for h in os.environ.get("BRINKWATCH_ALLOWED_HOSTS", "").split(",") if h.strip()]
    return frozenset((*DEFAULT_HOSTS, *(h.lower() for h in extra), *listed))


def _host_name(header: str) -> str:
    """'example.org:8000' -> 'example.org'; '[::1]:8000' -> '::1'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _install_guards(app: FastAPI, hosts: frozenset[str]) -> None:
    app.add_middleware(HostGuard, hosts=hosts)


class HostGuard:
    """A page on another site that resolves its own name to this machine (DNS rebinding) sends its own
    Host: refuse it. "*" in BRINKWATCH_ALLOWED_HOSTS answers every host (behind a proxy that checks).
    Every answer gets SECURITY_HEADERS. Plain ASGI (no BaseHTTPMiddleware task group per request)."""

    def __init__(self, app: Any, hosts: frozenset[str]):
        self.app, self.hosts = app, hosts

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), "")
        if "*" not in self.hosts and _host_name(host) not in self.hosts:
            response = error_response(400, "this server does not answer for that Host header")
            response.headers.update(SECURITY_HEADERS)
            await response(scope, receive, send)
            return

        async def send_secured(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, send_secured)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message)

    @app.exception_handler(QueryError)
    async def query_error(_: Request, exc: QueryError) -> JSONResponse:
        return error_response(400, exc.one_line())

    @app.exception_handler(BrinkwatchError)
    async def brinkwatch_error(_: Request, exc: BrinkwatchError) -> JSONResponse:
        return error_response(422, exc.one_line())

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        messages = [
            f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in exc.errors()
        ]
        return error_response(400, "; ".join(messages))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail))

    @app.exception_handler(duckdb.Error)
    async def store_error(request: Request, exc: duckdb.Error) -> JSONResponse:
        LOGGER.error("store query failed on %s: %s", request.url.path, exc)
        return error_response(500, "the store could not answer this query")

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        # A bug, not the caller's mistake: logged with its traceback, answered in the one error shape.
        LOGGER.exception("internal error on %s", request.url.path)
        response = error_response(500, "internal error (logged on the server)")
        response.headers.update(SECURITY_HEADERS)
        return response


def _mount_web(app: FastAPI) -> None:
    web = resources.files("brinkwatch.api").joinpath("web")
    plotly_js = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(web.joinpath("index.html")), media_type="text/html")

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_bundle() -> FileResponse:
        # Plotly's own bundle from the installed Python package: no CDN, works offline.
        cache = {"Cache-Control": "max-age=86400"}
        return FileResponse(plotly_js, media_type="text/javascript", headers=cache)

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(str(web.joinpath("docs.html")), media_type="text/html")

    @app.get("/static/swagger/{name}", include_in_schema=False)
    def swagger_file(name: str) -> FileResponse:
        from swagger_ui_bundle import swagger_ui_path

        if name not in SWAGGER_FILES:
            raise ApiError(404, f"no static file {name!r}")
        media = {"js": "text/javascript", "css": "text/css", "png": "image/png"}[name.rsplit(".", 1)[1]]
        return FileResponse(str(swagger_ui_path / name), media_type=media, headers={"Cache-Control": "max-age=86400"})

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> FileResponse:
        if name not in WEB_FILES:
            raise ApiError(404, f"no static file {name!r}")
        media = {"js": "text/javascript", "css": "text/css", "html": "text/html"}[name.rsplit(".", 1)[1]]
        return FileResponse(str(web.joinpath(name)), media_type=media)
