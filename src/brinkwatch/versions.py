"""Version of the coder, importable without loading the NLP models (exports and the CLI's --help need it)."""

from __future__ import annotations

from brinkwatch import __version__
from brinkwatch.coding.lexicon import LEXICON_VERSION

# A stored document coded by another version is coded again on the next ingest.
CODER_VERSION = f"{__version__}+lex{LEXICON_VERSION}"
