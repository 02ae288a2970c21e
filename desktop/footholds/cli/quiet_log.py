"""Where a command's log records go: to the app's log file, or nowhere, never the terminal.

Here rather than in app/logsetup.py (the app's own log) so a command loads nothing of the app.
"""

from __future__ import annotations

import io
import logging
import os

from footholds.core.paths import Paths


class CommandLineHandler(logging.FileHandler):
    """What a command's code logs, added to the end of the app's log file, and never said on
    the person's terminal: a command says what happened in its own sentences, and a log
    line there ("cannot keep unsaved entries in ...: No space left on device") only reads
    as a second, stranger account of it.

    Opened at the first record, and only when the log file is already there: a command that
    only reads makes no folder and no file. A record that cannot be written (a full disk, no
    log yet) is dropped without a word: Python's own fallback would print it, and its own
    error report a traceback."""

    def __init__(self, filename: os.PathLike[str] | str) -> None:
        super().__init__(filename, mode="a", encoding="utf-8", delay=True)

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND)  # never creates it
        return open(fd, "a", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        pass  # see the class: nowhere else to put it, and never on the terminal


def keep_off_terminal(paths: Paths) -> None:
    """Keep log records off the terminal of a command: into the log file, or nowhere."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, CommandLineHandler)]:
        root.removeHandler(old)
        old.close()
    handler = CommandLineHandler(paths.log_file)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
