"""The check-in summary and therapy sessions: it starts at the last session, opens with what
the person kept from it, and counts the days since (core/checkin.py)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from footholds.core import checkin
from footholds.core import sessions as ss
from footholds.core.checkin_html import to_html
from footholds.core.checkin_render import to_markdown
from footholds.core.store import Session, Store

LONDON = ZoneInfo("Europe/London")


def open_store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "store", aside_dir=tmp_path / "aside")
    store.open()
    return store


def test_the_summary_starts_at_the_last_occurrence_of_a_repeating_slot(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add(Session(day="2026-11-03", time="17:00", every="2w"))
    # occurrences: 3, 17 Nov, 1, 15 Dec; on 10 Dec the last one over is 1 Dec
    assert checkin.default_period(store, date(2026, 12, 10)) == (
        date(2026, 12, 1),
        date(2026, 12, 10),
    )
    # on its own day, a session is not yet "the last one" unless the moment says it is over
    assert checkin.default_period(store, date(2026, 12, 15))[0] == date(2026, 12, 1)
    later = datetime(2026, 12, 15, 18, 0, tzinfo=LONDON)
    assert checkin.default_period(store, date(2026, 12, 15), later)[0] == date(2026, 12, 15)


def test_a_cancelled_session_is_not_where_the_summary_starts(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    slot = store.add(Session(day="2026-11-03", time="17:00", every="2w"))
    store.update(ss.cancel(slot, date(2026, 12, 1)))
    assert checkin.default_period(store, date(2026, 12, 10))[0] == date(2026, 11, 17)


def test_the_summary_opens_with_what_was_kept_and_the_days_since(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    slot = Session(day="2026-12-01", time="17:00", every="1w")
    store.add(ss.with_note(slot, date(2026, 12, 1), remember="Go gently", **{"try": "One call"}))
    report = checkin.gather(
        store, date(2026, 12, 1), date(2026, 12, 5), made=date(2026, 12, 5), tz=LONDON
    )
    assert report.since == checkin.SinceLast(date(2026, 12, 1), 4, "Go gently", "One call")
    text = to_markdown(report)
    assert text.index("4 days since my last session, on Tue 1 Dec.") < text.index("## From my")
    assert "- What I wanted to remember: Go gently" in text
    assert "## What I want to talk" not in text  # empty sections are left out
    assert "<b>Something to try</b>: One call" in to_html(report)


def test_one_day_and_the_same_day_read_plainly(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add(Session(day="2026-12-01", time="09:00"))
    one = checkin.gather(
        store, date(2026, 12, 1), date(2026, 12, 2), made=date(2026, 12, 2), tz=LONDON
    )
    assert "1 day since my last session, on Tue 1 Dec." in to_markdown(one)
    assert "## From my last session" not in to_markdown(one)  # nothing kept: nothing shown
    after = datetime(2026, 12, 1, 12, 0, tzinfo=LONDON)
    same = checkin.gather(
        store, date(2026, 12, 1), date(2026, 12, 1), made=date(2026, 12, 1), tz=LONDON, now=after
    )
    assert "My last session was today." in to_markdown(same)


def test_without_any_session_there_is_no_count_at_all(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    report = checkin.gather(store, date(2026, 12, 1), date(2026, 12, 2), made=date(2026, 12, 2))
    assert report.since is None
    assert "since my last session" not in to_markdown(report)
