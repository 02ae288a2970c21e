"""The `footholds` command line. Bad arguments exit 2 with one clear line, never a traceback.

A plain start (`footholds`, `footholds --autostart`: the running app's way in) is told by its
arguments alone, without argparse or the parser of every command (cli/parser.py): they would
stay in the running app's memory for its whole life (tests/unit/test_lean_start.py).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

# What a plain start's arguments parse to (a test checks the parser gives the same).
PLAIN_STARTS = {(): False, ("--autostart",): True}


def __getattr__(name: str) -> Any:
    """The parser's names (build_parser, kinder, WINDOW_NAMES, ...), from cli/parser.py."""
    if name.startswith("__"):
        raise AttributeError(name)
    from footholds.cli import parser

    try:
        return getattr(parser, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def parse(argv: list[str]) -> argparse.Namespace:
    """The arguments as the parser reads them; a plain start's without it."""
    autostart = PLAIN_STARTS.get(tuple(argv))
    if autostart is not None:
        from types import SimpleNamespace

        return SimpleNamespace(autostart=autostart, command=None)  # type: ignore[return-value]
    from footholds.cli.parser import build_parser

    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `footholds` console script."""
    args = parse(sys.argv[1:] if argv is None else argv)
    from footholds.cli import commands

    try:
        return commands.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # what was printed is read no further (`footholds proof list | head -1`): nothing
        # went wrong that the person needs to hear about. The exit status is the one a
        # command stopped by SIGPIPE has, and standard output is pointed at the null device
        # so Python's own flush at exit does not complain either.
        _quiet_stdout()
        return 128 + 13
    except OSError as exc:
        # A folder that cannot be made or written (read-only, full, gone): say which, plainly.
        from footholds.core.store.failures import cause

        plainly = {"disk_full": "the disk is full", "read_only": "it can't be written to"}
        why = plainly.get(cause(exc.errno), exc.strerror or str(exc))
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"footholds: {why}{where}. Nothing was changed.", file=sys.stderr)
        return 1


def _quiet_stdout() -> None:
    import contextlib
    import os

    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def gui_main() -> int:
    """Entry point of the GUI script (no console on Windows)."""
    return main()
