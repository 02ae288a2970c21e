"""The reminder commands answer in English whatever the interface language, and the state
file's format lives in core (issue 16)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from footholds.core import reminder_answers as answers
from footholds.core import reminder_state
from footholds.core.reminders import Kind

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


def test_every_kind_has_a_word() -> None:
    for kind in Kind:
        assert answers.reminded(kind).startswith("Here is a ")


def test_pause_answers_name_the_time_or_the_day() -> None:
    assert answers.paused(None, NOW) == "Reminders are paused until you resume them."
    assert answers.paused(NOW + timedelta(minutes=30), NOW).endswith("until 10:30.")
    assert answers.paused(NOW + timedelta(days=1), NOW).endswith("until tomorrow at 10:00.")
    assert answers.paused(NOW + timedelta(days=2), NOW).endswith("until Saturday at 10:00.")


def test_resume_says_whether_anything_was_paused() -> None:
    assert answers.resumed(True) == "Reminders are back on."
    assert answers.resumed(False) == "Nothing was paused."


def test_state_round_trips_and_damage_is_refused() -> None:
    data = reminder_state.encode({"paused_until": None}, ["idea-1"])
    assert reminder_state.decode(data) == ({"paused_until": None}, ["idea-1"])
    assert reminder_state.decode(b'{"version": 1}') == (None, None)
    for bad in (b"[1, 2]", b"{ damaged", b"\xff"):
        with pytest.raises(ValueError):
            reminder_state.decode(bad)
