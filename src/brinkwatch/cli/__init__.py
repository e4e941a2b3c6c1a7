"""`brinkwatch` command line. One module per command group; each exposes `register(app)`.

Errors from the library (BrinkwatchError) become one line on standard error and exit code 1,
never a traceback.
"""

from __future__ import annotations

import sys

import typer

from brinkwatch.cli import analysis, coding, corpus, evaluation, exchange
from brinkwatch.errors import BrinkwatchError

app = typer.Typer(
    name="brinkwatch",
    help="Code political events from news text and measure escalation between actors.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (coding, corpus, exchange, evaluation, analysis):
    module.register(app)


def main() -> None:
    try:
        app()
    except BrinkwatchError as exc:
        print(f"brinkwatch: {exc.one_line()}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("brinkwatch: interrupted", file=sys.stderr)
        sys.exit(130)
