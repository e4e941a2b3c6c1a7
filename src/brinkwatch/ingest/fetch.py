"""Polite HTTP fetching: a User-Agent, a deadline and a size limit per page, a delay per host."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from brinkwatch.errors import InputError
from brinkwatch.ingest.options import IngestOptions

LOGGER = logging.getLogger(__name__)


@dataclass(slots=True)
class Page:
    url: str  # after redirects
    content: bytes
    content_type: str


@dataclass
class Fetcher:
    """Fetches pages one at a time, waiting `options.delay` seconds between requests to one host."""

    options: IngestOptions
    _last_request: dict[str, float] = field(default_factory=dict)
    _client: httpx.Client | None = None

    def fetch(self, url: str) -> Page:
        """GET one page; InputError on timeout, HTTP error, oversize or a refused connection."""
        host = urlsplit(url).netloc
        self._wait_turn(host)
        deadline = time.monotonic() + self.options.timeout
        try:
            with self._http().stream("GET", url) as response:
                response.raise_for_status()
                content = self._read_body(response, url, deadline)
                return Page(str(response.url), content, response.headers.get("content-type", ""))
        except httpx.HTTPError as exc:
            raise fetch_error(exc, url, self.options.timeout) from exc
        finally:
            self._last_request[host] = time.monotonic()

    def _read_body(self, response: httpx.Response, url: str, deadline: float) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.options.max_bytes:
            message = f"page of {int(declared):,} bytes is over the limit of {self.options.max_bytes:,} bytes"
            raise InputError(message, input=url)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.options.max_bytes:
                raise InputError(f"page is over the limit of {self.options.max_bytes:,} bytes", input=url)
            # httpx's timeouts are per read; a server that trickles bytes is stopped by this deadline.
            if time.monotonic() > deadline:
                raise InputError(f"timed out after {self.options.timeout:g} s", input=url)
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_turn(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            pause = self.options.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                headers={"User-Agent": self.options.user_agent},
                timeout=httpx.Timeout(self.options.timeout),
                follow_redirects=True,
                max_redirects=5,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def fetch_error(exc: httpx.HTTPError, url: str, timeout: float) -> InputError:
    """One line that says why a fetch failed: a timeout, an HTTP status, or the kind of network error."""
    if isinstance(exc, httpx.TimeoutException):
        return InputError(f"timed out after {timeout:g} s", input=url)
    if isinstance(exc, httpx.HTTPStatusError):
        return InputError(f"HTTP {exc.response.status_code}", input=url)
    return InputError(f"fetch failed: {type(exc).__name__}: {exc}", input=url)
