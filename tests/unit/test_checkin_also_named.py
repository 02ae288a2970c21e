"""The check-in summary's chart leaves no feeling out unsaid: it gives rows to the feelings
named most often, in an order that never depends on chance (most named, then most recently
named, then by name), and the line under it names every other feeling with its count. A
therapist reads this: a feeling named once is as much the person's as one named often."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from checkin_data import FIRST, TODAY, at, open_store
from footholds.core import catalog, checkin
from footholds.core.checkin_chart import chart_svg
from footholds.core.checkin_html import to_html
from footholds.core.checkin_render import to_markdown, wording_in
from footholds.core.insights import TOP_FEELINGS
from footholds.core.store import LogEntry, Store

# fourteen days, one entry a day with its energy, nine feelings: the tour's two weeks
DAYS = [
    "calm", "okay", "heavy", "tired", "sad", "hopeful", "numb",
    "okay", "calm", "anxious", "flat", "tired", "heavy", "tired",
]  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path)
    for n, feeling in enumerate(DAYS):
        s.add(LogEntry(id=f"d{n}", at=at(2 + n, 12), energy=1 + n % 5, feelings=[feeling]))
    yield s
    s.close()


def report(store: Store) -> checkin.Report:
    return checkin.gather(store, FIRST, FIRST + timedelta(days=13), made=TODAY, day_start_hour=4)


def row_names(svg: str) -> list[str]:
    """The names at the start of the chart's feeling rows, top to bottom."""
    return re.findall(r'<text x="8" y="[\d.]+" fill="#262a2e">([^<]+)</text>', svg)


def test_rows_go_to_the_most_named_then_the_most_recent_then_by_name(store: Store) -> None:
    days = report(store).days
    # tired 3; heavy (last on the 14th), calm (10th), okay (9th) 2 each; then the once-named
    # from the latest back: flat (12th), anxious (11th), numb (8th); hopeful and sad after
    assert [name for name, _ in days.feelings] == [
        "tired", "heavy", "calm", "okay", "flat", "anxious", "numb", "hopeful", "sad",
    ]  # fmt: skip
    assert days.top_feelings == ["tired", "heavy", "calm", "okay", "flat", "anxious", "numb"]
    assert row_names(chart_svg(days, str)) == days.top_feelings


def test_ties_go_to_the_latest_named_then_by_name(tmp_path: Path) -> None:
    orders = []
    for n, names in enumerate((["a", "b", "c"], ["c", "b", "a"])):
        store = open_store(tmp_path / str(n))
        for k, name in enumerate(names):
            store.add(LogEntry(id=f"{n}{k}", at=at(3, 9 + k), feelings=[name]))
            store.add(LogEntry(id=f"{n}{k}x", at=at(2, 9 + k), feelings=["zz"]))
        store.add(LogEntry(id=f"{n}same", at=at(2, 8), feelings=["y", "x"]))
        days = checkin.gather(store, FIRST, FIRST + timedelta(days=2), made=TODAY).days
        orders.append([name for name, _ in days.feelings])
        store.close()
    # zz 3 times; a, b and c once each on the 3rd, the latest first; x and y named together
    # on the 2nd, by name
    assert orders[0] == ["zz", "c", "b", "a", "x", "y"]
    assert orders[1] == ["zz", "a", "b", "c", "x", "y"]


def test_the_html_names_the_feelings_without_a_row_with_their_counts(store: Store) -> None:
    r = report(store)
    html = to_html(r)
    assert '<p class="soft">Also named: hopeful (once), sad (once)</p>' in html
    # right under the chart, where someone reading it would look for the rest
    chart_end = html.index("</svg></div>")
    assert html.index("Also named:") > chart_end
    assert html.index("Also named:") < html.index("Energy each day")
    # every feeling is in the chart or in that line
    shown = set(row_names(chart_svg(r.days, str)))
    also = re.search(r"Also named: ([^<]+)</p>", html)
    assert also is not None
    shown |= {part.split(" (")[0] for part in also.group(1).split(", ")}
    assert shown == set(DAYS)


def test_no_line_when_every_feeling_has_a_row(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    for n, feeling in enumerate(["calm", "tired", "calm"]):
        store.add(LogEntry(id=f"d{n}", at=at(2 + n, 12), energy=3, feelings=[feeling]))
    r = checkin.gather(store, FIRST, FIRST + timedelta(days=2), made=TODAY)
    store.close()
    assert len(r.days.feelings) <= TOP_FEELINGS
    assert "Also named" not in to_html(r)


def test_the_line_is_in_the_readers_words(store: Store) -> None:
    """In Spanish, from the shipped translations, as the command line writes it."""
    es = catalog.load("es")
    html = to_html(report(store), words=wording_in(es.translate, es.plural, "es"), lang="es")
    named = "esperanza (una&nbsp;vez), tristeza (una&nbsp;vez)"
    assert f"Otros sentimientos nombrados: {named}" in html


def test_markdown_has_no_dots_to_leave_a_feeling_out_of(store: Store) -> None:
    """The Markdown draws no rows of dots: its table and its counted line name every one."""
    text = to_markdown(report(store))
    counted = text.split("Feelings named most often: ")[1].splitlines()[0]
    assert [part.split(" (")[0] for part in counted.split(", ")] == [
        "tired", "heavy", "calm", "okay", "flat", "anxious", "numb", "hopeful", "sad",
    ]  # fmt: skip
