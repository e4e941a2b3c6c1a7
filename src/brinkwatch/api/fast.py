"""The fast path of the dashboard's GET routes: finished answers kept as bytes, sent without FastAPI.

    memo = ResponseMemo(host_allowed, max_bytes)
    app.add_middleware(memo.around)        # create_app: the outermost middleware of the FastAPI app
    memo.warm(app, [("/dyads", "limit=30")])

One app serves one state of the store (a plain `serve` reads it read-only; `serve --watch` builds a new
app, and so a new memo, after every poll), so the whole answer to a GET of the series, heat map, alert
or events routes depends only on its path and query. The first answer to a (path, query) is computed by
FastAPI as usual and kept - status, headers and body exactly as sent, plus an ETag; every later one is a
dictionary lookup and two `send` calls (about 0.1 ms instead of the 2-20 ms of routing, validation, the
query and JSON encoding). A first request with plain parameters is answered by api/direct.py without
FastAPI when it can (then kept the same way). `warm` computes the dashboard's opening answers before the
first request.

Only 200 answers are kept; errors, other routes, other methods and any request whose Host the app
would refuse go through to FastAPI untouched.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import threading
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl

from brinkwatch.api.cache import ByteBoundedCache
from brinkwatch.api.direct import plain_params

ASGIApp = Callable[..., Any]
# The routes whose answers are kept: /dyads, /dyads/{a}/{b}/series, /alerts, /events, /actors.
KEPT_PATHS = re.compile(r"/(?:dyads(?:/[^/]+/[^/]+/series)?|alerts|events|actors)")
Key = tuple[str, tuple[tuple[str, str], ...]]
TRIED = "brinkwatch.memo"  # the scope entry ResponseMemo.answer leaves: the memo key of a miss, or None


class Kept:
    """One finished answer: the ASGI start message's status and headers, and the body."""

    __slots__ = ("body", "etag", "headers", "status")

    def __init__(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes):
        # SHA-256 (a CPU instruction on x86 and ARM): a quarter of BLAKE2b's time on a 100 kB page.
        self.etag = b'"' + hashlib.sha256(body).hexdigest()[:24].encode("ascii") + b'"'
        self.status, self.body = status, body
        self.headers = [*headers, (b"etag", self.etag)]

    def __len__(self) -> int:
        return len(self.body) + 64 * len(self.headers)


def memo_key(path: str, query_string: bytes) -> Key:
    """(path, query pairs sorted by name): `?a=1&b=2` and `?b=2&a=1` are one answer. The sort is
    stable, so repeated names keep their order (the route reads the last one)."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    return path, tuple(sorted(pairs, key=lambda pair: pair[0]))


class ResponseMemo:
    """ASGI middleware: answer a kept GET from memory, else let `app` answer it and keep the answer."""

    def __init__(self, host_allowed: Callable[[str], bool], max_bytes: int,
                 direct: Callable[[str, dict[str, str]], bytes | None] | None = None,
                 direct_headers: Iterable[tuple[str, str]] = ()):
        self.app: ASGIApp | None = None
        self.host_allowed = host_allowed
        self.kept = ByteBoundedCache(max_bytes)
        # A plain query not kept yet is answered by `direct` (api/direct.py) when it can, with the
        # headers FastAPI and the HostGuard would send: content-length, content-type, then these.
        self.direct = direct
        self.direct_headers = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in direct_headers]

    def around(self, app: ASGIApp) -> ResponseMemo:
        """The middleware factory Starlette calls with the app inside (app.add_middleware(memo.around))."""
        self.app = app
        return self

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if await self.answer(scope, send):
            return
        key = scope.get(TRIED)
        if key is None:  # not a GET the memo keeps, or a Host the guard refuses: FastAPI answers it
            await self.app(scope, receive, send)
            return
        await self._answer_and_keep(key, scope, receive, send)

    async def answer(self, scope: dict[str, Any], send: Any) -> bool:
        """Send the kept (or direct) answer of the request; False when FastAPI must answer it. The app
        calls this before its middleware stack (app.DashboardApp), the middleware again only if that
        did not: the outcome is noted in the scope (TRIED: the memo key of a miss, None otherwise)."""
        if TRIED in scope:
            return False
        scope[TRIED] = None
        if scope["type"] != "http" or scope["method"] != "GET" or not KEPT_PATHS.fullmatch(scope["path"]):
            return False
        host, if_none_match = b"", None
        for name, value in scope["headers"]:
            if name == b"host":
                host = value
            elif name == b"if-none-match":
                if_none_match = value
        if not self.host_allowed(host.decode("latin-1")):
            return False
        key = memo_key(scope["path"], scope["query_string"])
        kept = self.kept.get(key)
        if kept is None:
            kept = self._direct(key)
        if kept is None:
            scope[TRIED] = key
            return False
        if if_none_match is not None and kept.etag in if_none_match:
            await send({"type": "http.response.start", "status": 304,
                        "headers": [h for h in kept.headers if h[0] != b"content-length"]})
            await send({"type": "http.response.body", "body": b""})
            return True
        await send({"type": "http.response.start", "status": kept.status, "headers": kept.headers})
        await send({"type": "http.response.body", "body": kept.body})
        return True

    def _direct(self, key: Key) -> Kept | None:
        """The answer of `direct` to a plain query, kept; None when FastAPI must answer."""
        params = plain_params(key[1]) if self.direct is not None else None
        body = self.direct(key[0], params) if params is not None else None  # type: ignore[misc]
        if body is None:
            return None
        headers = [(b"content-length", str(len(body)).encode("latin-1")), (b"content-type", b"application/json"),
                   *self.direct_headers]
        kept = Kept(200, headers, body)
        self.kept.put(key, kept)
        return kept

    async def _answer_and_keep(self, key: Key, scope: dict[str, Any], receive: Any, send: Any) -> None:
        start: dict[str, Any] | None = None
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message  # held back until the body is known (its ETag is a header)
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(chunks)
            if start["status"] == 200:
                kept = Kept(200, list(start.get("headers", [])), body)
                self.kept.put(key, kept)
                start = {**start, "headers": kept.headers}
            await send(start)
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)

    async def fetch(self, app: ASGIApp, path: str, query: str = "") -> Kept | None:
        """GET `path?query` of `app` (the app this memo sits in) internally, no socket; the kept
        answer, or None if it was not a 200."""
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "",
                 "query_string": query.encode(), "headers": [(b"host", b"localhost")],
                 "client": ("127.0.0.1", 0), "server": ("127.0.0.1", 80)}

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def ignore(_: dict[str, Any]) -> None:
            return None

        await app(scope, receive, ignore)  # through every middleware, this one included: it keeps the answer
        return self.kept.get(memo_key(path, query.encode()))

    def warm(self, app: ASGIApp, requests: Iterable[tuple[str, str]]) -> int:
        """Compute and keep the answers of (path, query) pairs of `app` now; how many were kept."""
        async def run() -> int:
            kept = 0
            for path, query in requests:
                kept += await self.fetch(app, path, query) is not None
            return kept
        return _run_now(run)


def _run_now(make: Callable[[], Any]) -> Any:
    """Run a coroutine to the end from synchronous code, also when this thread already runs a loop
    (then on a thread of its own)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    result: list[Any] = []
    worker = threading.Thread(target=lambda: result.append(asyncio.run(make())))
    worker.start()
    worker.join()
    return result[0]
