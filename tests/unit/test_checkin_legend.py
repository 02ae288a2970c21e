"""The check-in summary's energy legend says "· means no entry" only where a · is on the page.

The tables list only the days something was noted, so the HTML (and the PDF and preview made
from it) never showed a ·, yet said what one meant. The Markdown's sparkline marks a day with
no energy with one, and says so only then. In English and in Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from checkin_data import FIRST, LAST, TODAY, TZ, at, fill, open_store
from footholds.core import catalog, checkin
from footholds.core.checkin_html import to_html
from footholds.core.checkin_render import Wording, to_markdown, wording_in
from footholds.core.store import LogEntry, Store

ENGLISH_DOT = "· means no entry"
SPANISH_DOT = "· indica un"


def spanish() -> Wording:
    words = catalog.load("es")
    return wording_in(words.translate, words.plural, "es")


def marks(markdown: str) -> str:
    """The Markdown's line of energy marks, without the days it spans."""
    line = next(line for line in markdown.splitlines() if line.startswith("    ") and "(" in line)
    return line.split("(", 1)[0]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path)
    yield s
    s.close()


def gaps(store: Store) -> checkin.Report:
    """Two weeks with some days unnoted (the shared data set)."""
    fill(store)
    return checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)


def every_day(store: Store) -> checkin.Report:
    """Four days, each with its energy noted."""
    for day in range(2, 6):
        store.add(LogEntry(id=f"log{day}", at=at(day, 12), energy=3, feelings=["calm"]))
    return checkin.gather(
        store, FIRST, FIRST + timedelta(days=3), made=TODAY, tz=TZ, day_start_hour=4
    )


@pytest.mark.parametrize(
    ("words", "dot", "legend"),
    [
        (Wording(), ENGLISH_DOT, "Energy each day, from 1 (very low) to 5 (plenty)."),
        (spanish(), SPANISH_DOT, "Energía de cada día, de 1 (muy poca) a 5 (mucha)."),
    ],
    ids=["en", "es"],
)
def test_the_html_and_pdf_never_explain_a_dot_they_do_not_show(
    store: Store, words: Wording, dot: str, legend: str
) -> None:
    html = to_html(gaps(store), words=words)
    assert "·" not in html.split("<table>", 1)[1].split("</table>", 1)[0]
    assert dot not in html
    assert f'<p class="soft">{legend}</p>' in html


@pytest.mark.parametrize(
    ("words", "dot"), [(Wording(), ENGLISH_DOT), (spanish(), SPANISH_DOT)], ids=["en", "es"]
)
def test_the_markdown_explains_the_dot_when_its_line_has_one(
    store: Store, words: Wording, dot: str
) -> None:
    text = to_markdown(gaps(store), words=words)
    assert "·" in marks(text)  # a day with nothing noted, in the line of marks
    assert dot in text


@pytest.mark.parametrize(
    ("words", "dot", "legend"),
    [
        (Wording(), ENGLISH_DOT, "Energy each day, from 1 (very low) to 5 (plenty)."),
        (spanish(), SPANISH_DOT, "Energía de cada día, de 1 (muy poca) a 5 (mucha)."),
    ],
    ids=["en", "es"],
)
def test_the_markdown_says_nothing_of_a_dot_when_every_day_was_noted(
    store: Store, words: Wording, dot: str, legend: str
) -> None:
    text = to_markdown(every_day(store), words=words)
    assert "·" not in marks(text)
    assert dot not in text
    assert legend in text.splitlines()


def test_the_weekly_legend_follows_the_same_rule(store: Store) -> None:
    first = date(2025, 1, 1)
    for n in range(0, 119, 3):  # every third day, so each week has its energy
        store.add(LogEntry(at=at(1, 12).replace(year=2025, month=1) + timedelta(days=n), energy=2))
    report = checkin.gather(store, first, first + timedelta(days=118), made=TODAY, tz=TZ)
    weekly = "Energy each week, from 1 (very low) to 5 (plenty)."
    assert weekly in to_markdown(report).splitlines()
    assert f'<p class="soft">{weekly}</p>' in to_html(report)
    longer = checkin.gather(store, first, date(2025, 5, 6), made=TODAY, tz=TZ)
    assert "Energy each week, from 1 (very low) to 5 (plenty); · means no entry." in (
        to_markdown(longer).splitlines()
    )  # 30 April to 6 May: a week with nothing noted
    assert ENGLISH_DOT not in to_html(longer)
