"""The rotating log file. Only events and error kinds go in it, never what a person wrote."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler

from footholds.core.paths import Paths, make_private_dir


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Opens every log file, first or after a rotation, readable by its owner only."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream


def configure(paths: Paths, level: int = logging.INFO) -> None:
    """Log to a private rotating file under the log folder (and warnings to stderr)."""
    make_private_dir(paths.log_dir)
    if not paths.log_file.exists():
        os.close(os.open(paths.log_file, os.O_CREAT | os.O_WRONLY, 0o600))
    handler = PrivateRotatingFileHandler(
        paths.log_file, maxBytes=512_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
    root.addHandler(handler)
    if os.name == "posix":
        for n in range(1, 4):  # rotated files are created by the handler with the umask
            rotated = paths.log_file.with_name(f"{paths.log_file.name}.{n}")
            if rotated.exists():
                os.chmod(rotated, 0o600)
