"""The one day formatter (core/dates.py, reached by windows as ui/common/dates.py): relative,
short, the year only when needed, in English and Spanish, and importable without Qt."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from footholds.core import dates as core_dates
from footholds.ui.common import dates as ui_dates
from footholds.ui.common.dates import (
    day_and_time,
    day_label,
    day_span,
    full_date,
    language_of,
    long_day,
    month_label,
    short_day,
    weekday,
)

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
        "import sys; import footholds.ui.common.dates, footholds.core.dates; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        env={"PYTHONPATH": str(Path(__file__).parents[2] / "desktop")},
    )


def test_a_full_date_has_the_year_and_no_weekday() -> None:
    # a date about data (when numbers were checked): never "today" or "Sun 22 Nov"
    assert full_date("2026-11-22", locale="en_GB") == "22 Nov 2026"
    assert full_date(date(2026, 11, 22), locale="es_AR") == "22 nov 2026"
    assert full_date(datetime(2025, 9, 3, 14, 5), locale="fr") == "3 Sep 2025"
    assert full_date("not a date") == "not a date"


def test_windows_and_core_share_one_formatter() -> None:
    assert ui_dates.day_label is core_dates.day_label
    assert ui_dates.month_label is core_dates.month_label


def test_a_short_day_and_a_weekday_for_chart_axes() -> None:
    assert short_day(date(2026, 12, 1)) == "1 Dec"
    assert short_day("2025-03-14", locale="es_ES") == "14 mar"
    assert weekday(date(2026, 12, 1)) == "Tue"
    assert weekday(date(2026, 12, 1), locale="es") == "mar"


@pytest.mark.parametrize(
    ("first", "last", "english", "spanish"),
    [
        (date(2026, 11, 27), date(2026, 12, 3), "Fri 27 Nov – Thu 3 Dec", "vie 27 nov – jue 3 dic"),
        (
            date(2025, 11, 24),
            date(2025, 11, 30),
            "Mon 24 Nov – Sun 30 Nov 2025",
            "lun 24 nov – dom 30 nov 2025",
        ),
        (
            date(2025, 12, 29),
            date(2026, 1, 4),
            "Mon 29 Dec 2025 – Sun 4 Jan",
            "lun 29 dic 2025 – dom 4 ene",
        ),
    ],
)
def test_a_span_of_days_names_them_with_the_year_once(
    first: date, last: date, english: str, spanish: str
) -> None:
    assert day_span(first, last, today=TODAY) == english
    assert day_span(first, last, today=TODAY, locale="es_ES") == spanish


def test_a_month_with_its_year_only_when_not_this_year() -> None:
    assert month_label("2026-12", today=TODAY) == "2026-12"  # not a day: kept as it was
    assert month_label(date(2026, 9, 1), today=TODAY) == "September"
    assert month_label(date(2025, 9, 1), today=TODAY) == "September 2025"
    assert month_label(date(2026, 9, 1), today=TODAY, locale="es") == "Septiembre"
    assert month_label(date(2025, 9, 1), today=TODAY, locale="es", capital=False) == (
        "septiembre de 2025"
    )


def test_a_day_written_out_for_a_title() -> None:
    assert long_day(TODAY, today=TODAY) == "Thursday 3 December"
    assert long_day(TODAY, today=TODAY, locale="es_ES") == "Jueves, 3 de diciembre"
    assert long_day("2025-12-01", today=TODAY) == "Monday 1 December 2025"
    assert long_day("2025-12-01", today=TODAY, locale="es", capital=False) == (
        "lunes, 1 de diciembre de 2025"
    )
    assert weekday(TODAY, long=True) == "Thursday"
    assert weekday(TODAY, locale="es", long=True) == "jueves"


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        ("en_GB", "“I let people down”"),
        ("es_ES", "«I let people down»"),
        ("fr", "“I let people down”"),
    ],
)
def test_someones_words_in_the_readers_quotation_marks(locale: str, shown: str) -> None:
    """Spanish text showed English “…” around a person's words; Spanish writes «…»."""
    assert ui_dates.quoted("I let people down", locale=locale) == shown


def test_a_short_span_names_every_day_it_holds() -> None:
    today = date(2026, 12, 7)
    assert core_dates.short_span(date(2026, 12, 1), today, today=today) == "1–7 Dec"
    assert core_dates.short_span(date(2026, 12, 1), today, today=today, locale="es") == "1–7 dic"
    assert (
        core_dates.short_span(date(2026, 11, 29), date(2026, 12, 5), today=today)
        == "29 Nov – 5 Dec"
    )
    assert core_dates.short_span(today, today, today=today) == "7 Dec"
    assert core_dates.short_span(date(2025, 12, 29), date(2026, 1, 4), today=today) == (
        "29 Dec 2025 – 4 Jan"
    )
    assert core_dates.short_span(date(2025, 3, 2), date(2025, 3, 8), today=today) == "2–8 Mar 2025"


def test_days_to_come_can_say_tomorrow() -> None:
    """Where days ahead are listed (sessions), the day after today is "tomorrow"; elsewhere
    it stays named, as before."""
    today = date(2026, 12, 6)
    tomorrow = date(2026, 12, 7)
    assert day_label(tomorrow, today=today, ahead=True) == "tomorrow"
    assert day_label(tomorrow, today=today, ahead=True, capital=True, locale="es") == "Mañana"
    assert day_label(tomorrow, today=today) == "Mon 7 Dec"
    assert day_label(tomorrow, today=today, ahead=True, relative=False) == "Mon 7 Dec"
    assert day_label(date(2026, 12, 8), today=today, ahead=True) == "Tue 8 Dec"
