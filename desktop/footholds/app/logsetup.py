"""The rotating log file. Only events and error kinds go in it, never what a person wrote."""

from __future__ import annotations

import io
import logging
import os
import sys
import traceback
from types import TracebackType

from footholds.core.paths import Paths, make_private_dir


class PrivateRotatingFileHandler(logging.FileHandler):
    """Rotates at `maxBytes` into `backupCount` numbered files, as the standard library's
    RotatingFileHandler does, and opens every log file readable by its owner only.

    Our own because logging.handlers brings socket, pickle and queue along (about 1 MB
    resident in the idle app) for the one class we use from it.
    """

    def __init__(
        self, filename: os.PathLike[str] | str, maxBytes: int, backupCount: int, encoding: str
    ) -> None:
        super().__init__(filename, mode="a", encoding=encoding)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.shouldRollover(record):
                self.doRollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0 or not os.path.isfile(self.baseFilename):
            return False
        self.stream.seek(0, 2)  # the end, where the next line goes
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.maxBytes

    def doRollover(self) -> None:
        """footholds.log.2 becomes .3 (the oldest goes), .1 becomes .2, the log .1."""
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for n in range(self.backupCount, 0, -1):
                source = self.baseFilename + (f".{n - 1}" if n > 1 else "")
                target = f"{self.baseFilename}.{n}"
                if os.path.exists(source):
                    if os.path.exists(target):
                        os.remove(target)
                    os.rename(source, target)
        self.stream = self._open()


def configure(paths: Paths, level: int = logging.INFO) -> None:
    """Log to a private rotating file under the log folder (and warnings to stderr). Where
    the log file cannot be opened (a read-only folder) warnings still go to stderr: the app
    runs on without its log rather than not at all."""
    root = logging.getLogger()
    root.setLevel(level)
    from footholds.cli.quiet_log import CommandLineHandler

    # the app started by a command logs for itself, and has no terminal to keep quiet
    for quiet in [h for h in root.handlers if isinstance(h, CommandLineHandler)]:
        root.removeHandler(quiet)
        quiet.close()
    try:
        make_private_dir(paths.log_dir)
        if not paths.log_file.exists():
            os.close(os.open(paths.log_file, os.O_CREAT | os.O_WRONLY, 0o600))
        handler = PrivateRotatingFileHandler(
            paths.log_file, maxBytes=512_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file: %s", exc.strerror or exc)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in root.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        root.removeHandler(old)
    root.addHandler(handler)
    if os.name == "posix":
        for n in range(1, 4):  # rotated files are created by the handler with the umask
            rotated = paths.log_file.with_name(f"{paths.log_file.name}.{n}")
            if rotated.exists():
                os.chmod(rotated, 0o600)


def log_uncaught() -> None:
    """Write each exception nothing caught into the log too, by kind and place.

    A mistake in a button's handler does not close the app: PySide prints it to the
    terminal, which a tray app started from a menu has not, so the log kept no sign of it
    (a save that did nothing left no trace). The message is left out: it can carry what a
    person wrote. The terminal still gets the whole account."""
    earlier = sys.excepthook

    def note(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        frames = traceback.extract_tb(tb)[-6:]  # the last steps: enough to find the place
        where = " < ".join(
            f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in frames[::-1]
        )
        logging.getLogger("footholds").error("unexpected %s at %s", kind.__name__, where or "?")
        earlier(kind, value, tb)

    sys.excepthook = note
