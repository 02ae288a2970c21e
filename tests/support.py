"""Helpers shared by test layers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from footholds.core.store.backups import Backups

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "desktop"
# The desktop session's display, remembered before conftest forces offscreen drawing.
DESKTOP_ENV = {
    k: os.environ[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS") if os.environ.get(k)
}


def person_day(start_hour: int = 4) -> str:
    """The person's today as "YYYY-MM-DD", as the windows count it (core/days.py; 4 am is the
    default day start): what a window passes for a proof, a plan or a night's sleep, which
    have no calendar default. Follows a test's fixed clock (days.now_local)."""
    from footholds.core import days

    return days.today(start_hour).isoformat()


def present(value: T | None) -> T:
    """`value`, which the test expects to be there: fails plainly on None, and tells the type
    checker the None case is gone (for calls that may return nothing)."""
    assert value is not None
    return value


def words_under(line: QWidget) -> list[str]:
    """What keeps the limit line `line` from being read whole: the words of every other
    visible label, field, box or button it lies across (in the window, as seen through
    scrolling pages), and "not all in sight" for a line past the window's edge or its
    page's view. Empty when the line is clear."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    window = line.window()

    def seen(widget: QWidget) -> QRect:
        shown = widget.visibleRegion().boundingRect()  # clipped by the pages it scrolls in
        return shown.translated(widget.mapTo(window, QPoint(0, 0)))

    place = QRect(line.mapTo(window, QPoint(0, 0)), line.size())
    whole = window.rect().contains(place) and seen(line) == place
    found = [] if whole else [f"not all in sight: {seen(line)} of {place} in {window.rect()}"]
    kinds = (QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractButton, QComboBox)
    for widget in window.findChildren(QWidget):
        if widget is line or not isinstance(widget, kinds) or not widget.isVisible():
            continue
        if widget.isAncestorOf(line) or line.isAncestorOf(widget):
            continue
        if seen(widget).intersects(place):
            words = widget.text() if isinstance(widget, (QLabel, QLineEdit)) else ""
            found.append(f"{type(widget).__name__} {widget.accessibleName() or words!r}")
    return found


def child_env(**extra: str) -> dict[str, str]:
    """Environment for a child Python that imports this checkout's footholds."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def run_child_pytest(checks: Path, env: dict[str, str], timeout: float = 300) -> None:
    """Run the checks in `checks` in a child pytest with `env` (a screen or platform Qt must
    have from the start); fails with the child's output unless every check passed."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            str(checks),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    tail = (result.stdout + result.stderr)[-4000:]
    assert result.returncode == 0, tail
    assert " passed" in result.stdout and "skipped" not in result.stdout.splitlines()[-1], tail


class Killed(BaseException):
    """A kill -9 or a power cut, as far as the code it stops can tell: nothing after it runs,
    no handler cleans up (every `except OSError` and `except Exception` lets it through)."""


def restore_killed(backups: Backups, source: Path, at: str) -> None:
    """Leave on disk what a restore of `source` leaves when killed `at` "writing" (its
    staging copy half-written), "switch" (the copy complete, the store not yet moved) or
    "between" (the store moved aside, the copy not yet in its place)."""
    from footholds.core.store import backups as module
    from footholds.core.store.backup_check import read_backup

    checked, contents = read_backup(source)
    safety = backups.create(module.BEFORE_RESTORE)
    replace, write = os.replace, module.write_atomic
    written: list[Path] = []

    def writing(path: Path, data: bytes) -> None:
        if at == "writing" and written:
            raise Killed()
        written.append(path)
        write(path, data)

    def switching(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if at == "switch" and Path(src) == backups.store_dir:
            raise Killed()
        if at == "between" and Path(src) == backups.staging:
            raise Killed()
        replace(src, dst)

    # setattr: the stand-ins take fewer arguments than what they replace, for a moment
    setattr(module, "write_atomic", writing)  # noqa: B010
    setattr(module.os, "replace", switching)  # noqa: B010
    try:
        backups._switch_to(contents, backups.staging, safety, checked.lists)
    except Killed:
        return
    finally:
        setattr(module, "write_atomic", write)  # noqa: B010
        setattr(module.os, "replace", replace)  # noqa: B010
    raise AssertionError(f"the restore was not stopped at {at}")


def text_of(widget: object) -> str:
    """The words a label, or a widget that reads like one (a safety plan step), shows."""
    text = getattr(widget, "text", None)
    return str(text()) if callable(text) else ""
