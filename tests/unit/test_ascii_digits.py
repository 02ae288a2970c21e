"""Digits other than 0-9 ("²", "٣") count as digits to str.isdigit but int() refuses some of
them: every check that leads to int() takes 0-9 only, and says plainly what it wanted."""

from __future__ import annotations

import argparse

import pytest

from footholds.cli.parser import pause_length
from footholds.cli.session import session_minutes, session_time
from footholds.core import drafts


@pytest.mark.parametrize(
    ("check", "text"),
    [
        (pause_length, "²m"),
        (session_minutes, "²0"),
        (session_minutes, "٣٠"),
        (session_time, "¹²:30"),
    ],
)
def test_the_command_line_refuses_other_digits_plainly(check: object, text: str) -> None:
    assert callable(check)
    with pytest.raises(argparse.ArgumentTypeError, match="is not"):
        check(text)


def test_a_draft_kept_under_an_odd_number_is_left_where_it_is() -> None:
    odd = drafts.slot("quick_log", 2).replace("2", "²")
    kept: dict[str, dict[str, object]] = {
        "quick_log": {"note": "now"},
        drafts.slot("quick_log", 1): {"note": "before"},
        odd: {"note": "from elsewhere"},
    }
    found = drafts.pop_all(kept, "quick_log")
    assert {"note": "now"} in found and {"note": "before"} in found
    assert kept == {odd: {"note": "from elsewhere"}}  # never read as a number, never lost
