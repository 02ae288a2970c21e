"""Event filters never take the app down (ui/common/never_raises.py)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from footholds.ui.common.never_raises import never_raises

DESKTOP = Path(__file__).resolve().parents[2] / "desktop" / "footholds"


class Filter:
    def __init__(self, fails: bool) -> None:
        self.fails = fails

    @never_raises
    def eventFilter(self, watched: object, event: object) -> bool:
        if self.fails:
            raise ValueError("invalid literal for int() with base 10: '²'")
        return True


def test_a_filter_that_raises_lets_the_event_go_on_and_logs_why(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """In PySide6 an exception out of an eventFilter is a segmentation fault: the app closed
    at one "²" typed into a time field."""
    with caplog.at_level(logging.ERROR):
        assert Filter(fails=True).eventFilter(None, None) is False
    assert "Filter.eventFilter failed" in caplog.text
    assert "ValueError" in caplog.text  # the traceback, for the log
    assert Filter.eventFilter.__name__ == "eventFilter"


def test_a_filter_that_works_answers_as_before(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        assert Filter(fails=False).eventFilter(None, None) is True
    assert caplog.text == ""


def test_every_event_filter_in_the_app_never_raises() -> None:
    bare = []
    for path in DESKTOP.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if re.match(r"\s*def eventFilter\(", line) and lines[number - 2].strip() != (
                "@never_raises"
            ):
                bare.append(f"{path.relative_to(DESKTOP)}:{number}")
    assert bare == []
