"""The check-in summary: the period, what is gathered, and Markdown and HTML against golden files.

Regenerate the golden files only on purpose, after reading the difference:
FOOTHOLDS_REGOLD=1 python3 -m pytest tests/unit/test_checkin_report.py
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from checkin_data import FIRST, LAST, TODAY, TZ, at, fill, open_store
from footholds.core import checkin
from footholds.core.checkin_chart import bins
from footholds.core.checkin_html import to_html
from footholds.core.checkin_render import TEXT, Wording, sparkline, to_markdown
from footholds.core.store import LogEntry, Proof, Session, Store
from support import present

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = fill(open_store(tmp_path))
    yield s
    s.close()


@pytest.fixture
def report(store: Store) -> checkin.Report:
    return checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("FOOTHOLDS_REGOLD"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


def test_markdown_matches_golden_file(report: checkin.Report) -> None:
    golden("checkin.md", to_markdown(report))


def test_html_matches_golden_file(report: checkin.Report) -> None:
    golden("checkin.html", to_html(report))


def test_default_period_starts_at_the_last_session_before_today(store: Store) -> None:
    assert checkin.default_period(store, TODAY) == (date(2026, 3, 2), TODAY)
    # the session on the 17th is the one being prepared for, not a start
    assert present(checkin.upcoming_session(store, TODAY)).day == "2026-03-17"
    after = date(2026, 3, 20)
    assert checkin.default_period(store, after) == (date(2026, 3, 17), after)


def test_default_period_without_sessions_is_the_last_14_days(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    first, last = checkin.default_period(store, TODAY)
    assert (last - first).days + 1 == 14 and last == TODAY
    store.add(Session(day=TODAY.isoformat()))  # a session today does not shorten today's summary
    assert checkin.default_period(store, TODAY) == (first, last)


def test_gather_counts_what_helped_most_often_first_and_alike_answers_together(
    report: checkin.Report,
) -> None:
    assert report.helped == [("a walk", 3), ("talking to Sam", 1), ("a bath", 1)]
    assert report.parts == [("the critic", 2), ("the numb part", 1)]


def test_gather_follows_the_day_start_hour(report: checkin.Report) -> None:
    # written at 1 am on the 5th: it belongs to the evening of the 4th
    day = next(d for d in report.days.days if d.day == date(2026, 3, 4))
    assert day.entries == 2 and day.energy == 1.5 and day.feelings == ("anxious", "numb")


def test_gather_keeps_to_the_period(report: checkin.Report) -> None:
    assert [p.text for p in report.proof] == ["Got through Monday's meeting."]
    # skipped ones are not counted; the quick log's "moved" on the 9th and 12th are
    assert report.movements == 7 and report.movement_days == 5
    assert report.thoughts[0].traps == ("All-or-nothing", "my own trap")
    assert report.talk_about.startswith("Sleep has been hard.")


def test_leaving_sections_out(report: checkin.Report) -> None:
    chosen = [s for s in checkin.SECTIONS if s not in ("tried", "thoughts", "talk")]
    for text in (to_markdown(report, chosen), to_html(report, chosen)):
        assert "What I tried" not in text and "breathing slowly" not in text
        assert "I always let people down" not in text and "Sleep has been hard" not in text
        assert "What set things off" in text and "a long call with my manager" in text


def test_an_empty_period_reads_kindly(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ)
    text = to_markdown(report)
    # said once for the whole summary, never one padded heading after another
    assert text.count("Nothing noted here for these days.") == 1
    assert "##" not in text
    assert "What I did, and how it felt" not in text and "## Sleep" not in text
    assert "<svg" not in to_html(report) and "<h2>" not in to_html(report)
    for word in ("missed", "failed", "streak", "bad day"):
        assert word not in text.lower()


def test_long_periods_are_drawn_one_mark_per_week(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    first = date(2025, 1, 1)
    for n in range(0, 120, 3):
        store.add(LogEntry(at=at(1, 12) - timedelta(days=400 - n), energy=1 + n % 5))
    report = checkin.gather(store, first, first + timedelta(days=119), made=TODAY, tz=TZ)
    points = bins(report.days)
    assert len(points) == 18  # 120 days in weeks, the last one short
    assert len(sparkline(points)) == 18
    assert "Energy each week" in to_markdown(report)


def test_sparkline_marks_levels_and_gaps(report: checkin.Report) -> None:
    line = sparkline(bins(report.days))
    assert len(line) == 14
    assert line[0] == "▂" and line[3] == "·"  # energy 2 on the 2nd, nothing on the 5th


def test_html_is_self_contained_and_escapes_what_the_person_wrote(store: Store) -> None:
    store.add(LogEntry(at=at(9, 9), trigger='<script>alert("x")</script> & more'))
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    page = to_html(report)
    assert "<script>" not in page and "&lt;script&gt;" in page and "&amp; more" in page
    assert "<svg" in page and "</svg>" in page
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert sources == []  # nothing is fetched from anywhere
    assert re.findall(r"https?://[^\s\"']+", page) == ["http://www.w3.org/2000/svg"]


def test_chart_uses_calm_colours_only(report: checkin.Report) -> None:
    page = to_html(report)
    for colour in set(re.findall(r"#[0-9a-fA-F]{6}", page)):
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert not (r > g + 60 and r > b + 60), f"{colour} reads as a warning red"


def test_markdown_multi_line_notes_stay_inside_their_item(store: Store) -> None:
    store.add(LogEntry(at=at(9, 9), tried="first line\nsecond line"))
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    assert "- Mon 9 Mar: first line\n  second line" in to_markdown(report)


def test_empty_sections_are_left_out(store: Store) -> None:
    # only a feeling: every other section is left out, not padded
    report = checkin.gather(store, date(2026, 3, 20), date(2026, 3, 20), made=TODAY, tz=TZ)
    store.add(LogEntry(at=at(20, 12), feelings=["calm"]))
    report = checkin.gather(store, date(2026, 3, 20), date(2026, 3, 20), made=TODAY, tz=TZ)
    for text in (to_markdown(report), to_html(report)):
        assert "Nothing noted here" not in text
        assert "Feelings and energy" in text
        assert "What set things off" not in text and "Added to my proof list" not in text
        assert "Notes" not in text


def test_proofs_are_in_date_order_with_years(store: Store) -> None:
    """Named the one way the app names days ("Tue 3 Mar"); the year only when it is not the
    year the summary was made, so a proof from long ago says when."""
    store.add(Proof(at=at(12, 9), day="2026-03-03", text="Written later, happened earlier."))
    store.add(Proof(at=at(12, 10), day="2025-11-20", text="Finished the course."))
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    assert [p.day for p in report.proof] == sorted(p.day for p in report.proof)
    text = to_markdown(report)
    oldest = text.index("- Thu 20 Nov 2025: Finished the course.")
    earlier = text.index("- Tue 3 Mar: Written later")
    assert oldest < earlier < text.index("- Tue 10 Mar: Got through Monday's meeting.")
    assert "<b>Tue 3 Mar</b>: Written later" in to_html(report)
    assert "<b>Thu 20 Nov 2025</b>: Finished the course." in to_html(report)


def test_dates_in_spanish_come_from_the_one_formatter(store: Store) -> None:
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    text = to_markdown(report, words=Wording(locale="es_ES"))
    assert "2 mar 2026 to 15 mar 2026" in text  # the words stay English: none were passed
    assert "- mar 10 mar: Got through Monday's meeting." in text
    assert "| lun 2 mar | 2 |" in text
    assert "Mon 2 Mar" not in text and "March" not in text


@pytest.mark.parametrize(("locale", "energy"), [("en_GB", "1.5"), ("es_ES", "1,5"), ("es", "1,5")])
def test_average_energy_is_written_as_the_readers_language_writes_numbers(
    report: checkin.Report, locale: str, energy: str
) -> None:
    """A Spanish summary printed "1.5": a Spanish reader writes "1,5"."""
    words = Wording(locale=locale)
    # the year as the summary shows it: from the day it was made, not the real calendar's
    day = words.for_report(report).day(date(2026, 3, 4))
    assert f"| {day} | {energy} |" in to_markdown(report, words=words)
    assert f"<td>{day}</td><td>{energy}</td>" in to_html(report, words=words)


@pytest.mark.parametrize(
    ("locale", "opening", "closing"), [("en_GB", "“", "”"), ("es_ES", "«", "»")]
)
def test_a_thought_is_quoted_as_the_readers_language_quotes(
    report: checkin.Report, locale: str, opening: str, closing: str
) -> None:
    """A Spanish summary put English “…” around a thought: Spanish quotes «…»."""
    words = Wording(locale=locale)
    thought = report.thoughts[0].thought
    assert f"{opening}{thought}{closing}" in to_markdown(report, words=words)
    assert f"{opening}{thought}{closing}" in to_html(report, words=words)


def test_notes_section_lists_quick_log_notes_by_day(store: Store) -> None:
    store.add(LogEntry(at=at(9, 10), note="Slept a bit better."))
    store.add(LogEntry(at=at(9, 18), note="Walked to the shop."))
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    text = to_markdown(report)
    assert "## Notes" in text
    day = text.index("- Mon 9 Mar\n")
    assert day < text.index("  - Slept a bit better.") < text.index("  - Walked to the shop.")
    page = to_html(report)
    assert "<h2>Notes</h2>" in page and "<li>Walked to the shop.</li>" in page
    left_out = [s for s in checkin.SECTIONS if s != "notes"]
    assert "Walked to the shop." not in to_markdown(report, left_out)
    assert "Walked to the shop." not in to_html(report, left_out)


def test_talking_points_follow_the_next_session_plan(report: checkin.Report) -> None:
    assert report.worked == [("a walk", 3), ("talking to Sam", 1), ("a bath", 1)]
    assert [n.text for n in report.not_worked] == ["breathing slowly"]
    text = to_markdown(report)
    order = ["Sleep has been hard.", "### What worked", "### What didn't"]
    places = [text.index(part) for part in order]
    assert places == sorted(places)  # the person's own words first
    page = to_html(report)
    assert page.index("Sleep has been hard.") < page.index("<h3>What worked</h3>")


# What the person typed, the label they typed it under, and how the summary shows it.
TYPED = {
    "talk_about": ("What I want to talk about", "Resting without guilt."),
    "remember": ("What I wanted to remember", "Go gently."),
    "to_try": ("Something to try", "One short call."),
}


def typed_report(report: checkin.Report) -> checkin.Report:
    return replace(
        report,
        talk_about=TYPED["talk_about"][1],
        since=checkin.SinceLast(FIRST, 14, TYPED["remember"][1], TYPED["to_try"][1]),
    )


def heading_over(page: str, words: str, heading: str) -> str:
    """The last heading (a `heading` regex with one group) before `words` on `page`."""
    found = re.findall(heading, page[: page.index(words)])
    return found[-1].strip() if found else ""


@pytest.mark.parametrize("field", list(TYPED))
def test_each_typed_field_is_shown_under_its_own_label(report: checkin.Report, field: str) -> None:
    """Never relabelled: "What I want to talk about" is not "What I need more support with"."""
    label, words = TYPED[field]
    report = typed_report(report)
    text, page = to_markdown(report), to_html(report)
    if field == "talk_about":
        assert heading_over(text, words, r"(?m)^#+ (.*)$") == label
        assert heading_over(page, words, r"<h[23]>(.*?)</h[23]>") == label
    else:
        assert f"- {label}: {words}" in text
        assert f"<b>{label}</b>: {words}" in page
    assert "support" not in text and "support" not in page


def test_a_talking_point_with_nothing_in_it_is_left_out(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add(LogEntry(at=at(9, 10), tried="a walk", helped="a walk"))
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, talk_about="")
    text = to_markdown(report)
    assert "### What worked" in text
    assert "What didn't" not in text


def test_talking_points_keep_out_what_the_person_left_out(report: checkin.Report) -> None:
    chosen = [s for s in checkin.SECTIONS if s not in ("tried", "helped")]
    for text in (to_markdown(report, chosen), to_html(report, chosen)):
        assert "breathing slowly" not in text and "a walk" not in text
        assert "Sleep has been hard." in text


def test_a_count_stays_on_one_line(report: checkin.Report) -> None:
    """ "(una vez)", "(3 times)": one phrase, never broken across two lines."""
    words = Wording(text={**TEXT, "once": "una vez"})
    page = to_html(report, words=words)
    assert "(3&nbsp;times)" in page and "(una&nbsp;vez)" in page
    assert "(3 times)" not in page and "(una vez)" not in page


def test_starting_words_are_shown_in_the_readers_language_and_counted_once(
    tmp_path: Path,
) -> None:
    """In Spanish, the summary printed the stored English keys ("moved", "sad") and counted a
    win kept under two names (an old entry saved "me moví") twice."""
    store = open_store(tmp_path)
    store.add(LogEntry(at=at(10, 9), feelings=["sad"], wins=["moved"], part="the critic"))
    store.add(LogEntry(at=at(11, 9), feelings=["sad"], wins=["moved"]))
    store.add(LogEntry(at=at(12, 9), feelings=["triste"], wins=["me moví"]))
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    store.close()
    spanish = {"moved": "me moví", "sad": "triste", "the critic": "la parte crítica"}
    words = Wording(word=lambda text: spanish.get(text, text))
    for text in (to_markdown(report, words=words), to_html(report, words=words)):
        assert "moved" not in text and "the critic" not in text
        assert "me moví (3 times)" in text.replace("&nbsp;", " ")
        assert "triste (3 times)" in text.replace("&nbsp;", " ")
        assert "la parte crítica" in text


def no_energy_report(tmp_path: Path) -> checkin.Report:
    """Feelings named on two days, energy on none (the tour's e34.png)."""
    store = open_store(tmp_path)
    store.add(LogEntry(at=at(3, 9), feelings=["tired", "anxious"]))
    store.add(LogEntry(at=at(5, 20), feelings=["sad"]))
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ)
    store.close()
    return report


def test_with_no_energy_noted_the_markdown_leaves_energy_out(tmp_path: Path) -> None:
    """An empty 1 to 5, a row of dots with its legend and a column of "–" said nothing."""
    text = to_markdown(no_energy_report(tmp_path))
    assert "## Feelings and energy" in text
    assert "Energy each" not in text and "·" not in text.split("## Feelings and energy")[1]
    assert "| Day | Feelings |" in text and "| Tue 3 Mar | tired, anxious |" in text
    assert "| Energy |" not in text and "–" not in text.split("## Feelings and energy")[1]


def test_with_no_energy_noted_the_html_has_no_chart_legend_or_column(tmp_path: Path) -> None:
    page = to_html(no_energy_report(tmp_path))
    assert "<svg" not in page and 'class="chart"' not in page
    assert "Energy each" not in page and "<th>Energy</th>" not in page
    assert "<tr><th>Day</th><th>Feelings</th></tr>" in page
    assert "<tr><td>Tue 3 Mar</td><td>tired, anxious</td></tr>" in page
    assert "<td>–</td>" not in page


def test_a_day_with_no_energy_among_others_has_an_empty_cell(report: checkin.Report) -> None:
    assert "| Sun 8 Mar |  | sad |" in to_markdown(report)
    assert "<tr><td>Sun 8 Mar</td><td></td><td>sad</td></tr>" in to_html(report)
    assert "Energy each day" in to_markdown(report) and "<svg" in to_html(report)


def test_a_day_with_only_a_note_has_no_row_in_the_feelings_table(tmp_path: Path) -> None:
    """A quick log with only a note gave "Sun 6 Dec" a row of empty cells under Feelings
    (the tour's m_checkin.png); with energy noted on other days, it gets none either."""
    store = open_store(tmp_path)
    store.add(LogEntry(at=at(4, 9), note="tired today"))
    alone = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ)
    assert not alone.has("feelings")  # nothing for the part: it is left out, not empty
    assert "Feelings and energy" not in to_markdown(alone)
    assert "Feelings and energy" not in to_html(alone)
    assert "tired today" in to_markdown(alone)  # the note itself is in the notes
    store.add(LogEntry(at=at(3, 9), energy=2, feelings=["sad"]))
    store.add(LogEntry(at=at(5, 9), energy=4))
    both = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ)
    store.close()
    text, page = to_markdown(both), to_html(both)
    assert "Wed 4 Mar" not in text.split("## Feelings and energy")[1].split("##")[0]
    assert "<td>Wed 4 Mar</td>" not in page
    assert "| Tue 3 Mar |" in text and "| Thu 5 Mar |" in text  # energy alone is something
    assert "<td>Thu 5 Mar</td>" in page


def test_made_defaults_to_the_persons_today(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:30 on Sunday, the day starting at 4, a summary made without a date says it was
    made on Saturday, the person's today, as the window and the command line pass it."""
    night = datetime(2026, 3, 15, 0, 30).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: night)
    store = open_store(tmp_path)
    report = checkin.gather(store, date(2026, 3, 1), date(2026, 3, 14), day_start_hour=4)
    assert report.made == date(2026, 3, 14)
