"""`brinkwatch` command line. One module per command group; each exposes `register(app)`.

Errors from the library (BrinkwatchError) become one line on standard error and exit code 1,
never a traceback. A run that skipped bad inputs exits with 10 + their number (errors.exit_status_for_skipped).
"""

from __future__ import annotations

import os
import sys

import typer

from brinkwatch.cli import analysis, coding, corpus, evaluation, exchange, watch
from brinkwatch.errors import BrinkwatchError, printable

app = typer.Typer(
    name="brinkwatch",
    help="Code political events from news text and measure escalation between actors.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



def _show_version(value: bool) -> None:
    if value:
        from brinkwatch.versions import CODER_VERSION

        typer.echo(f"brinkwatch {CODER_VERSION}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_show_version, is_eager=True,
                                 help="Print the version (with the lexicon's) and exit."),
) -> None:
    """Code political events from news text and measure escalation between actors."""


for module in (coding, corpus, exchange, evaluation, analysis, watch):
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
    except Exception as exc:  # a bug, not the user's input: one line; BRINKWATCH_DEBUG=1 shows the traceback
        if os.environ.get("BRINKWATCH_DEBUG"):
            raise
        message = printable(f"{type(exc).__name__}: {exc}", 300)
        print(f"brinkwatch: internal error: {message} (set BRINKWATCH_DEBUG=1 for the traceback)", file=sys.stderr)
        sys.exit(1)
