"""Insights aggregations: days, spans, counting alike answers, movements and wind-down."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from checkin_data import FIRST, LAST, TZ, at, fill, open_store
from footholds.core import insights
from footholds.core.store import LogEntry, ReminderEvent


def test_days_follow_the_day_start_hour(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add(LogEntry(at=datetime(2026, 3, 5, 1, 30, tzinfo=TZ), energy=2))
    store.add(LogEntry(at=datetime(2026, 3, 5, 4, 30, tzinfo=TZ), energy=4))
    data = insights.build(store, date(2026, 3, 4), date(2026, 3, 5), tz=TZ, day_start_hour=4)
    assert [(d.day.day, d.energy) for d in data.days] == [(4, 2), (5, 4)]
    midnight = insights.build(store, date(2026, 3, 4), date(2026, 3, 5), tz=TZ, day_start_hour=0)
    assert [d.energy for d in midnight.days] == [None, 3]


@pytest.mark.parametrize(
    ("span", "offset", "expected"),
    [
        ("week", 0, (date(2026, 3, 9), date(2026, 3, 15))),
        ("week", 1, (date(2026, 3, 2), date(2026, 3, 8))),
        ("month", 0, (date(2026, 2, 14), date(2026, 3, 15))),
    ],
)
def test_span_days(span: str, offset: int, expected: tuple[date, date]) -> None:
    assert insights.span_days(date(2026, 3, 15), span, offset) == expected


def test_most_often_counts_alike_answers_and_keeps_first_wording() -> None:
    counted = insights.most_often(["A walk", "music", " a  walk", "", "Music ", "tea", "a WALK"])
    assert counted == [("A walk", 3), ("music", 2), ("tea", 1)]


def test_build_summarises_days(tmp_path: Path) -> None:
    store = fill(open_store(tmp_path))
    data = insights.build(store, FIRST, LAST, tz=TZ, day_start_hour=4)
    assert len(data.days) == 14 and data.entries == 12
    assert data.top_feelings[:2] == ["tired", "calm"]
    # the quick-log "moved" on the 9th and 12th count too, beside the reminders' Done
    assert data.movements == 7 and data.movement_days == 5
    assert data.winddown_used and data.winddown_days == 1
    third = data.days[1]
    assert third.day == date(2026, 3, 3) and third.movements == 2 and third.energy == 3
    assert data.energy_days == 9
    assert not data.is_empty()


def test_winddown_is_not_mentioned_when_never_used(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add(ReminderEvent(at=at(3, 10), reminder="movement", outcome="done"))
    data = insights.build(store, FIRST, LAST, tz=TZ)
    assert not data.winddown_used and data.movements == 1
    assert not data.is_empty()


def test_an_empty_stretch(tmp_path: Path) -> None:
    data = insights.build(open_store(tmp_path), FIRST, LAST, tz=TZ)
    assert data.is_empty() and data.feelings == [] and all(d.energy is None for d in data.days)


def test_movement_counts_every_source_once(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    # a reminder's Done writes an event and a "moved" win together: one movement
    store.add(ReminderEvent(at=datetime(2026, 3, 9, 10, tzinfo=TZ), outcome="done"))
    store.add(LogEntry(at=datetime(2026, 3, 9, 10, tzinfo=TZ), wins=["moved"], source="reminder"))
    # "moved" ticked in the quick log, and Tough day's "I did it" (in Spanish here)
    store.add(LogEntry(at=datetime(2026, 3, 10, 9, tzinfo=TZ), wins=["drank water", " Moved "]))
    store.add(
        LogEntry(at=datetime(2026, 3, 11, 9, tzinfo=TZ), wins=["me moví"], source="tough-day")
    )
    store.add(LogEntry(at=datetime(2026, 3, 11, 9, tzinfo=TZ), wins=["drank water"]))
    data = insights.build(store, date(2026, 3, 9), date(2026, 3, 15), tz=TZ)
    assert data.movements == 3 and data.movement_days == 3
    assert [d.movements for d in data.days[:3]] == [1, 1, 1]


def test_moved_words_match_the_shipped_translation() -> None:
    from support import ROOT

    ts = (ROOT / "resources" / "translations" / "footholds_es.ts").read_text(encoding="utf-8")
    spanish = re.search(r"<source>moved</source>\s*<translation>([^<]+)</translation>", ts)
    assert spanish is not None and spanish.group(1).casefold() in insights.MOVED_WORDS


def test_a_days_feelings_use_the_same_names_as_the_caption(tmp_path: Path) -> None:
    # "Tired" and " tired" are one feeling: the picture's dot must show on both days
    store = open_store(tmp_path)
    store.add(LogEntry(at=datetime(2026, 3, 9, 10, tzinfo=TZ), feelings=["tired"]))
    store.add(LogEntry(at=datetime(2026, 3, 10, 10, tzinfo=TZ), feelings=["Tired ", "calm"]))
    store.add(LogEntry(at=datetime(2026, 3, 10, 12, tzinfo=TZ), feelings=["TIRED"]))
    data = insights.build(store, date(2026, 3, 9), date(2026, 3, 15), tz=TZ)
    assert data.feelings == [("tired", 3), ("calm", 1)]
    top = data.top_feelings[0]
    assert [top in d.feelings for d in data.days[:2]] == [True, True]
    assert data.days[1].feelings == ("tired", "calm")


def test_what_helped_is_merged_whatever_the_case_or_spacing(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    for n, text in enumerate(["A walk", "a  walk ", "A WALK", "tea"]):
        store.add(LogEntry(at=datetime(2026, 3, 9 + n, 10, tzinfo=TZ), helped=text))
    data = insights.build(store, date(2026, 3, 9), date(2026, 3, 15), tz=TZ)
    assert data.helped == [("A walk", 3), ("tea", 1)]


def named(*counts: tuple[str, int]) -> insights.Insights:
    return insights.Insights(date(2026, 3, 9), date(2026, 3, 15), (), feelings=list(counts))


def test_most_named_only_when_it_is_true() -> None:
    # each named once: none was named more often than another
    assert named(("sad", 1), ("flat", 1), ("anxious", 1)).most_named == []
    # a tie of all, above one: still not "most often"
    assert named(("sad", 2), ("flat", 2)).most_named == []
    assert named(("tired", 3)).most_named == []  # the only one: "most" of nothing
    assert named(("tired", 2), ("calm", 2), ("sad", 1)).most_named == ["tired", "calm"]
    assert named(("tired", 3), ("calm", 2), ("sad", 1)).most_named == ["tired"]
    assert named().most_named == []


def test_the_feelings_after_the_rows_of_a_picture() -> None:
    data = named(*((name, 1) for name in "abcdefghi"))
    assert data.feelings_after(7) == ["h", "i"]
    assert data.feelings_after(9) == []


def test_feelings_named_as_often_keep_their_order_in_any_language(tmp_path: Path) -> None:
    """Rows of dots, and so their colours, go in this order: a switch of language must not
    swap them (tied feelings went by their translated names: "tired" came after "hopeful" in
    English, "cansancio" before "esperanza" in Spanish)."""
    store = open_store(tmp_path)
    store.add(LogEntry(at=datetime(2026, 3, 5, 9, 0, tzinfo=TZ), feelings=["tired", "hopeful"]))
    store.add(LogEntry(at=datetime(2026, 3, 6, 9, 0, tzinfo=TZ), feelings=["calm"]))
    spanish = {"tired": "cansancio", "hopeful": "esperanza", "calm": "calma"}
    first, last = date(2026, 3, 5), date(2026, 3, 6)
    english = insights.build(store, first, last, tz=TZ)
    translated = insights.build(store, first, last, tz=TZ, word=lambda w: spanish.get(w, w))
    assert [name for name, _ in english.feelings] == ["calm", "hopeful", "tired"]
    assert [name for name, _ in translated.feelings] == ["calma", "esperanza", "cansancio"]
