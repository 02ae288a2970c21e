"""The check-in summary's "What I did, and how it felt" and "Sleep" parts. No Qt.

Both are left out of the summary when there is nothing in them: a plan that did not happen is
never in it, and no night is counted as missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import Protocol

from footholds.core import activation, content, sleep
from footholds.core.days import day_of
from footholds.core.html_text import escape
from footholds.core.markdown_text import escape_markdown as md
from footholds.core.plural import QT_TRANSLATE_N_NOOP
from footholds.core.store import Store

NEW_SECTIONS = ("activities", "sleep")
NO_BREAK = "\u00a0"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation; the window passes the translated words back in."""
    return text


TEXT: dict[str, str] = {
    "activities": QT_TRANSLATE_NOOP("checkin", "What I did, and how it felt"),
    "sleep": QT_TRANSLATE_NOOP("checkin", "Sleep"),
    "mood_both": QT_TRANSLATE_NOOP("checkin", "mood {before} before, {after} after"),
    "mood_before": QT_TRANSLATE_NOOP("checkin", "mood {before} before"),
    "mood_after": QT_TRANSLATE_NOOP("checkin", "mood {after} after"),
    "mood_scale": QT_TRANSLATE_NOOP("checkin", "Mood from 1 (very low) to 5 (good)."),
    "sleep_week": QT_TRANSLATE_NOOP("checkin", "Days"),
    "sleep_bed": QT_TRANSLATE_NOOP("checkin", "To bed"),
    "sleep_up": QT_TRANSLATE_NOOP("checkin", "Up"),
    "sleep_quality": QT_TRANSLATE_NOOP("checkin", "How it was (1 to 5)"),
    "between": QT_TRANSLATE_NOOP("checkin", "{early} to {late}"),
    # a week's times from enough nights to be a habit: "mostly 23:30 to 00:30"
    "mostly": QT_TRANSLATE_NOOP("checkin", "mostly {times}"),
    # the two nights of a week with two: each time as it was, no range and no "mostly"
    "both": QT_TRANSLATE_NOOP("checkin", "{early} and {late}"),
    "nights": QT_TRANSLATE_N_NOOP("checkin", "%n nights", "%n night"),
    "week_nights": QT_TRANSLATE_NOOP("checkin", "{days} ({nights})"),
    # one night noted in a week, named as that night, not the week: "Night of 5–6 Dec"
    "one_night": QT_TRANSLATE_NOOP("checkin", "Night of {days}"),
}


class Words(Protocol):
    def __getitem__(self, key: str) -> str: ...

    @property
    def day(self) -> Callable[[date], str]: ...

    def span(self, first: date, last: date) -> str: ...

    def decimal(self, value: float | None) -> str: ...

    def counted(self, key: str, n: int) -> str: ...


@dataclass(frozen=True)
class Did:
    """An activity done, as the summary shows it."""

    day: date
    text: str
    mood_before: int | None
    mood_after: int | None
    word: str


def gather_did(
    store: Store,
    first: date,
    last: date,
    start_hour: int,
    tz: tzinfo | None,
    language: str = content.DEFAULT_LANGUAGE,
) -> list[Did]:
    """What was done, each named as `language` names it (a built-in idea in its words)."""
    return [
        Did(
            day=day_of(p.done_at or p.at, start_hour, tz),
            text=activation.words_of(p, language).strip(),
            mood_before=p.mood_before,
            mood_after=p.mood_after,
            word=p.word,
        )
        for p in activation.done_between(store, first, last, start_hour, tz)
    ]


def gather_sleep(store: Store, first: date, last: date) -> list[sleep.Week]:
    days = (last - first).days + 1
    # weeks that end on the summary's last day, as Insights' end on today: the same nights
    # are the same week, under the same first day, in both (and the last week is whole)
    entries = sleep.recent(store, last, days=days)
    return sleep.weeks(entries, first, last, starts_on=sleep.weeks_ending_on(last))


def _feeling(d: Did, w: Words) -> str:
    if d.mood_before is not None and d.mood_after is not None:
        return w["mood_both"].format(before=d.mood_before, after=d.mood_after)
    if d.mood_before is not None:
        return w["mood_before"].format(before=d.mood_before)
    if d.mood_after is not None:
        return w["mood_after"].format(after=d.mood_after)
    return ""


def _did_line(d: Did, w: Words, own: Callable[[str], str] = str) -> tuple[str, str, str]:
    """The day, the activity, and how it felt (mood and word), each plain text; `own`
    escapes the person's words for the format (Markdown)."""
    extra = ", ".join(part for part in (_feeling(d, w), own(d.word)) if part)
    return w.day(d.day), own(d.text), extra


def _times(pair: tuple[str, str], nights: int, w: Words) -> str:
    """A week's bed or wake times: "mostly" only from enough nights to be a habit (one
    night noted read as a week's habit to the therapist); from fewer, the times as they were."""
    early, late = pair
    if nights < sleep.USUAL_FROM_NIGHTS:
        return early if early == late else w["both"].format(early=early, late=late)
    times = early if early == late else w["between"].format(early=early, late=late)
    return w["mostly"].format(times=times)


def _week(week: sleep.Week, w: Words, space: str = " ") -> str:
    """The week's days and the nights noted in it: "30 Nov – 6 Dec (3 nights)"; `space`
    between the count and its word (a no-break space in HTML: "(3" ended a line). One night
    is named as that night, "Night of 5–6 Dec": "30 Nov – 6 Dec (1 night)" read as a week's
    figure."""
    if week.nights == 1 and week.mornings:
        morning = week.mornings[0]
        return w["one_night"].format(days=w.span(morning - timedelta(days=1), morning))
    days = w.span(week.first, week.last)
    nights = w.counted("nights", week.nights).replace(" ", space)
    return w["week_nights"].format(days=days, nights=nights)


def markdown(section: str, did: list[Did], weeks: list[sleep.Week], w: Words) -> list[str]:
    if section == "activities":
        out = []
        for d in did:
            day, text, extra = _did_line(d, w, md)
            out.append(f"- {day}: {text}" + (f" ({extra})" if extra else ""))
        if any(d.mood_before is not None or d.mood_after is not None for d in did):
            out += ["", w["mood_scale"]]
        return out
    out = [
        f"| {w['sleep_week']} | {w['sleep_bed']} | {w['sleep_up']} | {w['sleep_quality']} |",
        "| --- | --- | --- | --- |",
    ]
    for week in weeks:
        out.append(
            f"| {_week(week, w)} | {_times(week.bed, week.nights, w)} "
            f"| {_times(week.up, week.nights, w)} | {w.decimal(week.quality)} |"
        )
    return out


def html_lines(section: str, did: list[Did], weeks: list[sleep.Week], w: Words) -> list[str]:
    e = escape
    if section == "activities":
        items = []
        for d in did:
            day, text, extra = _did_line(d, w)
            tail = f' <span class="soft">({e(extra)})</span>' if extra else ""
            items.append(f"<li><b>{e(day)}</b>: {e(text)}{tail}</li>")
        out = ["<ul>", *items, "</ul>"]
        if any(d.mood_before is not None or d.mood_after is not None for d in did):
            out.append(f'<p class="soft">{e(w["mood_scale"])}</p>')
        return out
    head = "".join(
        f"<th>{e(w[k])}</th>" for k in ("sleep_week", "sleep_bed", "sleep_up", "sleep_quality")
    )
    rows = [
        f"<tr><td>{e(_week(week, w, NO_BREAK))}</td><td>{e(_times(week.bed, week.nights, w))}</td>"
        f"<td>{e(_times(week.up, week.nights, w))}</td><td>{w.decimal(week.quality)}</td></tr>"
        for week in weeks
    ]
    return [f"<table><thead><tr>{head}</tr></thead>", *rows, "</table>"]  # heads on each page
