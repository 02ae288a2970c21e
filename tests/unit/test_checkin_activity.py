"""The summary's "What I did, and how it felt" and "Sleep": shown with something in them, left
out when empty or unticked, and a plan that did not happen is never in it."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from checkin_data import FIRST, LAST, TODAY, TZ, at, fill, fill_activity_and_sleep, open_store
from footholds.core import catalog, checkin, sleep
from footholds.core.checkin_html import to_html
from footholds.core.checkin_render import Wording, to_markdown, wording_in


def report(tmp_path: Path, *, with_new: bool) -> checkin.Report:
    store = fill(open_store(tmp_path))
    if with_new:
        fill_activity_and_sleep(store)
    made = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    store.close()
    return made


def test_markdown_has_what_i_did_and_sleep(tmp_path: Path) -> None:
    text = to_markdown(report(tmp_path, with_new=True))
    assert "## What I did, and how it felt" in text
    assert "- Tue 3 Mar: A short walk (mood 2 before, 3 after, fresh air)" in text
    assert "- Fri 6 Mar: Call Sam (mood 4 after)" in text
    assert "- Mon 9 Mar: A short walk (rain)" in text
    assert "Thu 12 Mar" not in text.split("## What I did")[1].split("##")[0]  # never done
    assert "Mood from 1 (very low) to 5 (good)." in text
    assert "## Sleep" in text
    assert "| Days | To bed | Up | How it was (1 to 5) |" in text
    assert "| 2–8 Mar (3 nights) | mostly 23:30 to 00:30 | mostly 07:00 to 07:30 | 3 |" in text
    assert "| Night of 9–10 Mar | 23:00 | 07:00 | – |" in text
    # in the order of the sections, after wins and before the proof list
    assert text.index("## Small wins") < text.index("## What I did") < text.index("## Sleep")
    assert text.index("## Sleep") < text.index("## Added to my proof list")


def test_html_has_what_i_did_and_sleep(tmp_path: Path) -> None:
    page = to_html(report(tmp_path, with_new=True))
    assert "<h2>What I did, and how it felt</h2>" in page
    assert "<li><b>Tue 3 Mar</b>: A short walk" in page
    assert "(mood 2 before, 3 after, fresh air)" in page
    assert "<h2>Sleep</h2>" in page
    assert "<td>2–8 Mar (3\u00a0nights)</td><td>mostly 23:30 to 00:30</td>" in page
    assert "<td>Night of 9–10 Mar</td><td>23:00</td><td>07:00</td>" in page


def test_both_are_left_out_when_empty(tmp_path: Path) -> None:
    made = report(tmp_path, with_new=False)
    for text in (to_markdown(made), to_html(made)):
        assert "What I did, and how it felt" not in text
        assert "## Sleep" not in text and "<h2>Sleep</h2>" not in text


def test_both_are_left_out_when_unticked(tmp_path: Path) -> None:
    made = report(tmp_path, with_new=True)
    chosen = [s for s in checkin.SECTIONS if s not in ("activities", "sleep")]
    for text in (to_markdown(made, chosen), to_html(made, chosen)):
        assert "What I did, and how it felt" not in text
        assert "## Sleep" not in text and "<h2>Sleep</h2>" not in text
    only = to_markdown(made, ["sleep"])
    assert "## Sleep" in only and "What I did" not in only


def test_sleep_is_written_as_the_readers_language_writes_numbers(tmp_path: Path) -> None:
    """A week's sleep of 3.5 reads "3,5" in a Spanish summary."""
    store = fill_activity_and_sleep(fill(open_store(tmp_path)))
    sleep.record(store, "23:00", "07:00", 5, morning=date(2026, 3, 6), now=at(6, 8))
    made = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    store.close()
    assert "| mostly 07:00 to 07:10 | 3.5 |" in to_markdown(made)
    spanish = Wording(locale="es_ES")
    assert "| mostly 07:00 to 07:10 | 3,5 |" in to_markdown(made, words=spanish)
    assert "<td>3,5</td>" in to_html(made, words=spanish)


def _noted(morning: date) -> datetime:
    """When a night was noted: that morning, not the real clock's today. A summary finds a
    night by when it was noted too, so one noted "now" was out of a December 2026 summary
    on any other real date."""
    return datetime.combine(morning, time(9, 30), tzinfo=TZ)


def test_a_sleep_week_is_named_by_its_days_within_the_period(tmp_path: Path) -> None:
    """A summary of Sunday 6 and Monday 7 December said "Week of Tue 1 Dec" for last night:
    the week ending on its last day began before the period. It names the days it holds."""
    store = open_store(tmp_path)
    sunday, monday = date(2026, 12, 6), date(2026, 12, 7)
    for morning in (date(2026, 12, 2), monday):  # one before the period, one in it
        sleep.record(store, "00:59", "09:00", 2, morning=morning, now=_noted(morning))
    made = checkin.gather(store, sunday, monday, made=monday, tz=TZ, day_start_hour=4)
    store.close()
    [week] = made.sleep
    assert (week.first, week.last, week.nights) == (sunday, monday, 1)
    words = Wording(today=monday)
    text, page = to_markdown(made, ["sleep"], words), to_html(made, ["sleep"], words)
    assert "| Night of 6–7 Dec | 00:59 | 09:00 | 2 |" in text
    assert "<td>Night of 6–7 Dec</td>" in page
    for shown in (text, page):
        assert "1 Dec" not in shown and "Week of" not in shown


def _week_of(tmp_path: Path, nights: list[tuple[int, str, str]]) -> checkin.Report:
    """A summary of Mon 30 Nov to Sun 6 Dec 2026 with `nights` (day of December, bed, up)."""
    store = open_store(tmp_path)
    for day, bed, up in nights:
        morning = date(2026, 12, day)
        sleep.record(store, bed, up, None, morning=morning, now=_noted(morning))
    first, last = date(2026, 11, 30), date(2026, 12, 6)
    made = checkin.gather(store, first, last, made=last, tz=TZ, day_start_hour=4)
    store.close()
    return made


def test_one_night_is_not_called_a_weeks_habit(tmp_path: Path) -> None:
    """One night noted read "30 Nov – 6 Dec | To bed, mostly 23:00 | Up, mostly 07:00": a
    therapist reads a week's habit. Then "30 Nov – 6 Dec (1 night)" still read as a week's
    figure. It names the one night itself, and its times as they were."""
    made = _week_of(tmp_path, [(6, "23:00", "07:00")])
    words = Wording(today=date(2026, 12, 6))
    text = to_markdown(made, ["sleep"], words)
    page = to_html(made, ["sleep"], words)
    assert "| Night of 5–6 Dec | 23:00 | 07:00 | – |" in text
    assert "<td>Night of 5–6 Dec</td><td>23:00</td><td>07:00</td>" in page
    for shown in (text, page):
        assert "mostly" not in shown and "30 Nov –" not in shown and "1 night" not in shown


def test_two_nights_give_both_times_and_three_a_habit(tmp_path: Path) -> None:
    two = _week_of(tmp_path / "two", [(5, "23:00", "07:00"), (6, "00:30", "07:00")])
    words = Wording(today=date(2026, 12, 6))
    assert "| (2 nights) | 23:00 and 00:30 | 07:00 | – |" in to_markdown(
        two, ["sleep"], words
    ).replace("30 Nov – 6 Dec ", "")
    three = _week_of(
        tmp_path / "three",
        [(4, "23:00", "07:00"), (5, "23:00", "07:00"), (6, "00:30", "07:30")],
    )
    text = to_markdown(three, ["sleep"], words)
    assert "| 30 Nov – 6 Dec (3 nights) | mostly 23:00 to 00:30 | mostly 07:00 to 07:30 |" in text


def test_the_nights_are_counted_in_spanish(tmp_path: Path) -> None:
    """In the Spanish summary: "Noche del 5–6 dic", "(3 noches)", and "casi siempre" only for
    three."""
    loaded = catalog.load("es")
    spanish = wording_in(loaded.translate, loaded.plural, "es")
    one = to_markdown(_week_of(tmp_path / "one", [(6, "23:00", "07:00")]), ["sleep"], spanish)
    assert "| Me acosté | Me levanté |" in one
    assert "| Noche del 5–6 dic | 23:00 | 07:00 |" in one
    assert "casi siempre" not in one
    three = _week_of(
        tmp_path / "three",
        [(4, "23:00", "07:00"), (5, "23:00", "07:00"), (6, "23:00", "07:00")],
    )
    page = to_html(three, ["sleep"], spanish)
    assert "(3\u00a0noches)</td><td>casi siempre 23:00</td><td>casi siempre 07:00</td>" in page
