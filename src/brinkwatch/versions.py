"""Version of the coder and the coders to choose from, importable without loading the NLP models (exports
and the CLI's --help need them)."""

from __future__ import annotations

from brinkwatch import __version__
from brinkwatch.coding.lexicon import LEXICON_VERSION

# A stored document coded by another version is coded again on the next ingest.
CODER_VERSION = f"{__version__}+lex{LEXICON_VERSION}"

# "rules+learned": where no rule codes a sentence, a trained classifier may name its type (coding/learned.py)
CODERS = ("rules", "rules+learned")
