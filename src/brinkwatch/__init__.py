"""brinkwatch: political events coded from news text, and escalation measured between actors."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "code_text", "code_document"]


def __getattr__(name: str):
    # Import the pipeline lazily: `import brinkwatch` stays cheap for the CLI and tools.
    if name in ("code_text", "code_document"):
        from brinkwatch import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
