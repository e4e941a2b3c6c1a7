"""REST API (FastAPI) and web dashboard over an event store opened read-only."""

from brinkwatch.api.app import create_app

__all__ = ["create_app"]
