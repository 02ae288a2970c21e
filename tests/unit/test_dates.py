"""The one day formatter (ui/common/dates.py): relative, short, the year only when needed,
in English and Spanish, and importable without Qt."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from footholds.ui.common.dates import day_and_time, day_label, language_of

TODAY = date(2026, 12, 3)  # a Thursday


@pytest.mark.parametrize(
    ("day", "english", "spanish"),
    [
        (date(2026, 12, 3), "today", "hoy"),
        (date(2026, 12, 2), "yesterday", "ayer"),
        (date(2026, 12, 1), "Tue 1 Dec", "mar 1 dic"),
        (date(2026, 1, 5), "Mon 5 Jan", "lun 5 ene"),
        (date(2025, 12, 3), "Wed 3 Dec 2025", "mié 3 dic 2025"),
        (date(2027, 1, 2), "Sat 2 Jan 2027", "sáb 2 ene 2027"),
        (date(2026, 12, 4), "Fri 4 Dec", "vie 4 dic"),  # tomorrow is named, not "tomorrow"
    ],
)
def test_days_in_english_and_spanish(day: date, english: str, spanish: str) -> None:
    assert day_label(day, today=TODAY, locale="en_GB") == english
    assert day_label(day, today=TODAY, locale="es_ES") == spanish
    assert day_label(day.isoformat(), today=TODAY, locale="es") == spanish


def test_capital_for_the_start_of_a_line() -> None:
    assert day_label("2026-12-03", today=TODAY, capital=True) == "Today"
    assert day_label("2026-12-02", today=TODAY, locale="es_MX", capital=True) == "Ayer"
    assert day_label("2025-06-10", today=TODAY, locale="es", capital=True) == "Mar 10 jun 2025"


def test_not_relative_always_names_the_day() -> None:
    assert day_label(TODAY, today=TODAY, relative=False) == "Thu 3 Dec"
    assert day_label(TODAY, today=TODAY, locale="es", relative=False) == "jue 3 dic"


def test_a_new_year_brings_the_year_back() -> None:
    """Yesterday across New Year is still "yesterday"; two days back shows its year."""
    new_year = date(2027, 1, 1)
    assert day_label("2026-12-31", today=new_year) == "yesterday"
    assert day_label("2026-12-30", today=new_year) == "Wed 30 Dec 2026"


def test_other_languages_fall_back_to_english_and_bad_text_is_kept() -> None:
    assert language_of("de_DE") == "en"
    assert language_of("es-419") == "es"
    assert day_label("2026-11-30", today=TODAY, locale="fr_FR") == "Mon 30 Nov"
    assert day_label("someday", today=TODAY) == "someday"


def test_a_moment_with_its_time() -> None:
    at = datetime(2026, 12, 3, 14, 5)
    assert day_and_time(at, today=TODAY) == "Today 14:05"
    assert day_and_time(at, today=TODAY, capital=False) == "today 14:05"
    assert (
        day_and_time(datetime(2024, 2, 29, 9, 30), today=TODAY, locale="es")
        == "Jue 29 feb 2024 09:30"
    )


def test_importing_it_loads_no_qt() -> None:
    """Core, the CLI and exports may use it: it must not pull in Qt."""
    code = (
        "import sys; import footholds.ui.common.dates; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        env={"PYTHONPATH": str(Path(__file__).parents[2] / "desktop")},
    )
