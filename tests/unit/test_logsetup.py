"""The log file rotates as the standard library's RotatingFileHandler does, privately."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from footholds.app import logsetup
from footholds.core.paths import Paths


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_rotates_into_three_numbered_files(tmp_path: Path) -> None:
    log_file = tmp_path / "footholds.log"
    handler = logsetup.PrivateRotatingFileHandler(
        log_file, maxBytes=100, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("footholds.test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(12):
            logger.warning("line %02d %s", n, "x" * 30)  # 39 bytes a line: two fit in 100
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert _lines(log_file) == [f"line 10 {'x' * 30}", f"line 11 {'x' * 30}"]
    assert _lines(tmp_path / "footholds.log.1")[0].startswith("line 08")
    assert _lines(tmp_path / "footholds.log.2")[0].startswith("line 06")
    assert _lines(tmp_path / "footholds.log.3")[0].startswith("line 04")
    assert not (tmp_path / "footholds.log.4").exists()
    for path in tmp_path.iterdir():
        assert path.stat().st_size < 100
        if sys.platform != "win32":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_configure_replaces_its_handler_and_writes(tmp_path: Path) -> None:
    paths = Paths.from_env({"FOOTHOLDS_HOME": str(tmp_path)})
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    try:
        logsetup.configure(paths)
        logsetup.configure(paths)
        ours = [h for h in root.handlers if isinstance(h, logsetup.PrivateRotatingFileHandler)]
        assert len(ours) == 1
        logging.getLogger("footholds.test").warning("hello log")
        ours[0].flush()
        assert "WARNING footholds.test: hello log" in paths.log_file.read_text(encoding="utf-8")
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
            h.close()
        root.setLevel(level)


@pytest.mark.skipif(os.name != "posix", reason="file modes are a Unix idea")
def test_a_long_message_still_goes_in(tmp_path: Path) -> None:
    log_file = tmp_path / "footholds.log"
    handler = logsetup.PrivateRotatingFileHandler(
        log_file, maxBytes=10, backupCount=1, encoding="utf-8"
    )
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "a longer line", None, None)
    handler.emit(record)
    handler.emit(record)
    handler.close()
    assert _lines(log_file) == ["a longer line"]
    assert _lines(tmp_path / "footholds.log.1") == ["a longer line"]


def test_an_unwritable_log_folder_leaves_the_app_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """On a read-only disk the log file cannot be opened: start-up went no further."""
    import errno

    def refused(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    paths = Paths.from_env({"FOOTHOLDS_HOME": str(tmp_path / "home")})
    monkeypatch.setattr(logsetup, "PrivateRotatingFileHandler", refused)
    with caplog.at_level(logging.WARNING, logger="footholds.app.logsetup"):
        logsetup.configure(paths)
    assert "no log file: Read-only file system" in caplog.text


def test_an_uncaught_mistake_is_logged_by_kind_and_place_never_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A handler's mistake left no trace in the log (only on a terminal a tray app has not);
    its message can hold what a person wrote, so only its kind and place go in."""
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    paths = Paths.from_env({"FOOTHOLDS_HOME": str(tmp_path)})
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        logsetup.configure(paths)
        logsetup.log_uncaught()

        def save_clicked() -> None:
            raise ValueError("my private words")

        try:
            save_clicked()
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
    logged = paths.log_file.read_text(encoding="utf-8")
    assert "unexpected ValueError at test_logsetup.py:" in logged
    assert "save_clicked" in logged
    assert "my private words" not in logged
    assert "my private words" in capsys.readouterr().err  # the terminal still has it all
