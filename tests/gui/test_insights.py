"""The insights window: empty and full, week and month, light and dark, and never red."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import sleep
from footholds.core.store import LogEntry, ReminderEvent
from footholds.ui.common import i18n, theme, tokens
from footholds.ui.common.breaks import written
from footholds.ui.reflect.insights import InsightsWindow
from footholds.ui.reflect.insights_charts import ROW_HEIGHT, EnergyFeelingsChart

# Wednesday 17 June 2026 at noon: the week and the month around it lie inside one year, so
# their days are named without a year whenever the suite runs (on the computer's clock, a run
# in the first days of January named the week "Sat 26 Dec 2026 – Fri 1 Jan")
NOON = datetime(2026, 6, 17, 12, 0).astimezone()


@pytest.fixture(autouse=True)
def noon(monkeypatch: pytest.MonkeyPatch) -> None:
    """Which day it is comes from one clock (core/days.py): fixed at NOON, so a run at any
    hour (after midnight, before the day-start hour) and on any date reads the same week."""
    monkeypatch.setattr("footholds.core.days.now_local", lambda: NOON)


def recent(days: int, hour: int = 12) -> datetime:
    """A moment `days` before NOON's day, at `hour`."""
    return NOON.replace(hour=hour) - timedelta(days=days)


@pytest.fixture
def full(ctx: AppContext) -> AppContext:
    feelings = (["tired", "calm"], ["heavy"], ["calm", "hopeful"], ["tired"])
    for n in range(1, 12):
        ctx.store.add(
            LogEntry(
                at=recent(n),
                feelings=feelings[n % 4],
                energy=1 + n % 5,
                helped=("a walk", "music", "A walk ")[n % 3],
            )
        )
    for n in (1, 1, 2, 5, 20):
        ctx.store.add(ReminderEvent(at=recent(n, 15), reminder="movement", outcome="done"))
    ctx.store.add(ReminderEvent(at=recent(3, 15), reminder="movement", outcome="skipped"))
    return ctx


def open_insights(ctx: AppContext, qtbot: QtBot, **options: object) -> InsightsWindow:
    ctx.windows.show("insights", **options)
    window = cast(InsightsWindow, ctx.windows.get("insights"))
    qtbot.waitUntil(window.isVisible)
    return window


def test_empty_store_shows_a_gentle_line_and_no_charts(ctx: AppContext, qtbot: QtBot) -> None:
    window = open_insights(ctx, qtbot)
    assert window.empty.isVisibleTo(window)
    for card in (window.energy, window.moves, window.helped, window.winddown):
        assert not card.isVisibleTo(window)


def test_a_week_in_pictures_and_a_few_words(full: AppContext, qtbot: QtBot) -> None:
    window = open_insights(full, qtbot)
    assert not window.empty.isVisibleTo(window)
    assert window.data is not None
    assert len(window.data.days) == 7
    assert window.moves.caption.text() == "4 small movements, on 3 days."
    assert window.helped.caption.text() == "“a walk” helped 4 times."
    assert window.energy.caption.text().startswith("Named most often: ")
    assert not window.winddown.isVisibleTo(window)  # never used: not shown at all
    for card in (window.energy, window.moves, window.helped):
        assert card.isVisibleTo(window)
        assert card.chart.accessibleDescription().startswith(card.caption.text())
    # every row of what helped, not just the first
    assert window.helped.chart.accessibleDescription() == (
        "“a walk” helped 4 times. “music” helped 2 times."
    )


def add_feelings(ctx: AppContext, names: str) -> None:
    """Each feeling named once, a minute apart in the order given, six days ago."""
    for n, name in enumerate(names.split()):
        ctx.store.add(LogEntry(at=recent(6) + timedelta(minutes=n), feelings=[name]))


def energy_chart(window: InsightsWindow) -> EnergyFeelingsChart:
    return cast(EnergyFeelingsChart, window.energy.chart)


def test_each_feeling_named_once_is_not_named_most_often(ctx: AppContext, qtbot: QtBot) -> None:
    add_feelings(ctx, "sad flat anxious")
    window = open_insights(ctx, qtbot)
    assert window.energy.caption.text() == "Each dot is a day you named that feeling."
    # named as often: the most recently named first, as in the check-in summary's chart
    assert energy_chart(window).feeling_rows() == ["anxious", "flat", "sad"]


def test_a_week_of_feelings_each_has_its_row_of_dots(ctx: AppContext, qtbot: QtBot) -> None:
    """Seven feelings named once each in a week: a row for every one (five rows left two of
    them with no dot and no word)."""
    add_feelings(ctx, "sad flat anxious tired lonely calm hopeful")
    window = open_insights(ctx, qtbot)
    chart = energy_chart(window)
    assert sorted(chart.feeling_rows()) == sorted(
        ["sad", "flat", "anxious", "tired", "lonely", "calm", "hopeful"]
    )
    assert chart.height() >= 7 * ROW_HEIGHT + chart.ENERGY_HEIGHT  # tall enough for them
    assert "most often" not in window.energy.caption.text()


def test_feelings_beyond_the_rows_are_said_under_the_picture(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(LogEntry(at=recent(6, hour=11), feelings=["tired"]))
    add_feelings(ctx, "tired a b c d e f g h i j k l m n o")  # tired twice, 15 others once
    window = open_insights(ctx, qtbot)
    # the once-named latest first: o was named last
    assert energy_chart(window).feeling_rows() == ["tired", "o", "n", "m", "l", "k", "j"]
    assert window.energy.caption.text() == (
        "Named most often: tired. Also named: i, h, g, f, e, d and 3 more."
    )
    assert window.energy.chart.accessibleDescription().startswith("Named most often: tired.")


def test_a_few_feelings_beyond_the_rows_are_all_named(ctx: AppContext, qtbot: QtBot) -> None:
    add_feelings(ctx, "sad flat anxious tired lonely calm hopeful numb")
    window = open_insights(ctx, qtbot)
    assert window.energy.caption.text() == "Also named: sad."  # the one named longest ago


def test_what_helped_is_read_whole_on_hover_and_by_a_screen_reader(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    long = "Could not focus after lunch, so I stopped trying for a while and sat outside"
    ctx.store.add(LogEntry(at=recent(1), helped=long))
    ctx.store.add(LogEntry(at=recent(2), helped="tea"))
    ctx.store.add(LogEntry(at=recent(3), helped="tea"))
    window = open_insights(ctx, qtbot)
    chart = window.helped.chart
    chart.resize(420, chart.height())  # narrow: the long row is cut short on screen
    assert long in chart.accessibleDescription()

    def hover(y: int) -> str:
        at = QPoint(60, y)
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, at, chart.mapToGlobal(at)))
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert hover(4 + 28 + 14) == long  # the second row: "tea" helped more often
    assert hover(4 + 14) == "tea"
    assert hover(4 + 3 * 28 + 10) == ""  # below the rows: nothing
    QToolTip.hideText()


def test_a_very_long_answer_is_quoted_short_under_the_picture(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from footholds.ui.common.prompter import EXCERPT

    long = "Line 0: a long day, and I kept going anyway. " * 440  # nearly 20,000 characters
    ctx.store.add(LogEntry(at=recent(1), helped=long))
    window = open_insights(ctx, qtbot)
    caption = window.helped.caption.text()
    assert "…" in caption and len(caption) < EXCERPT + 40  # one or two lines, not pages
    assert caption.startswith("“Line 0: a long day")
    assert caption.endswith(" helped once.")
    assert window.helped.caption.sizeHint().height() < 4 * window.fontMetrics().height()
    # the whole answer is still there for a screen reader
    assert long.strip() in window.helped.chart.accessibleDescription()


def test_month_earlier_and_later(full: AppContext, qtbot: QtBot) -> None:
    window = open_insights(full, qtbot)
    window.month.click()
    assert window.data is not None
    assert len(window.data.days) == 30 and window.data.movements == 5
    assert not window.later.isEnabled()
    shown_first = window.data.first
    window.earlier.click()
    assert window.data.last == shown_first - timedelta(days=1)
    assert window.data.movements == 0 and window.later.isEnabled()
    window.later.click()
    assert window.data.movements == 5
    week = open_insights(full, qtbot, span="week")
    assert week.data is not None
    assert week.week.isChecked() and len(week.data.days) == 7


def test_winddown_appears_once_used(full: AppContext, qtbot: QtBot) -> None:
    full.store.add(ReminderEvent(at=recent(2, 21), reminder="winddown", outcome="done"))
    full.store.add(ReminderEvent(at=recent(3, 21), reminder="winddown", outcome="skipped"))
    window = open_insights(full, qtbot)
    assert window.winddown.isVisibleTo(window)
    caption = window.winddown.caption.text()
    assert caption == "Each dot is an evening you gave yourself time to wind down."
    assert not any(ch.isdigit() for ch in caption)  # no tally that tells of the other evenings


def test_the_window_follows_new_entries(full: AppContext, qtbot: QtBot) -> None:
    window = open_insights(full, qtbot)
    full.store.add(ReminderEvent(at=recent(0, 4), reminder="movement", outcome="done"))
    qtbot.waitUntil(lambda: window.data is not None and window.data.movements == 5, timeout=3000)


def _reddish(colour: QColor) -> bool:
    return colour.red() > colour.green() + 60 and colour.red() > colour.blue() + 60


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_light_and_dark_are_readable_and_never_red(
    full: AppContext, qtbot: QtBot, choice: str
) -> None:
    full.settings.set("general.theme", choice)
    theme.apply(full.app, choice)
    window = open_insights(full, qtbot)
    window.month.click()
    colours = theme.colours(choice == "dark")
    for card in (window.energy, window.moves, window.helped):
        image = card.chart.grab().toImage()
        seen = {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
        }
        assert not any(_reddish(QColor(c)) for c in seen), card.title.text()
        assert len(seen) > 3  # something was drawn
    line = QColor(colours["highlight"])
    energy = window.energy.chart.grab().toImage()
    assert any(
        energy.pixelColor(x, y) == line
        for x in range(energy.width())
        for y in range(0, energy.height(), 2)
    )
    text, window_bg = QColor(colours["text"]), QColor(colours["window"])
    assert abs(text.lightness() - window_bg.lightness()) > 150  # words stand out in both themes


def test_escape_closes_and_controls_are_named(full: AppContext, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QAbstractButton

    window = open_insights(full, qtbot)
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            assert button.accessibleName(), button.text()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_no_judging_words(full: AppContext, qtbot: QtBot) -> None:
    window = open_insights(full, qtbot)
    words = " ".join(
        label.text().lower()
        for card in (window.energy, window.moves, window.helped)
        for label in (card.title, card.caption)
    )
    words += " " + window.empty.text().lower()
    for word in ("missed", "failed", "streak", "bad", "only", "should"):
        assert word not in words


def test_no_caption_counts_zero(ctx: AppContext, qtbot: QtBot) -> None:
    """A week with nothing noted says so kindly, never "on 0 days"."""
    window = open_insights(ctx, qtbot)
    data = window.data
    assert data is not None
    assert data.energy_days == 0 and not data.feelings
    for caption in (window._energy_caption(data), window._winddown_caption(data)):
        assert " 0 " not in f" {caption} "
    assert window._energy_caption(data).startswith("When you note")


WEEKDAYS = {"en": "Mon|Tue|Wed|Thu|Fri|Sat|Sun", "es": "lun|mar|mié|jue|vie|sáb|dom"}
MONTHS = {
    "en": "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec",
    "es": "ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic",
}


def _day(lang: str, year: bool = False) -> str:
    return rf"({WEEKDAYS[lang]}) \d{{1,2}} ({MONTHS[lang]})" + (r" \d{4}" if year else "")


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[None]:
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    yield
    ctx.settings.set("general.language", "en")
    i18n.remove(ctx.app)


def test_the_period_names_its_days_the_one_way_the_app_shows_days(
    full: AppContext, qtbot: QtBot
) -> None:
    """ "Fri 27 Nov – Thu 3 Dec" (ui/common/dates.py): the weekday, and no year this year."""
    window = open_insights(full, qtbot)
    assert re.fullmatch(f"{_day('en')} – {_day('en')}", window.period.text()), window.period.text()
    assert window.data is not None
    assert window.energy.chart.day_label(window.data.first) in WEEKDAYS["en"].split("|")
    window.month.click()
    assert re.fullmatch(
        r"\d{1,2} " + f"({MONTHS['en']})", window.energy.chart.day_label(NOON.date())
    )
    window.week.click()
    window.offset = 60  # more than a year back: the year shows, once, at the end
    window.refresh()
    assert re.fullmatch(f"{_day('en')}( \\d{{4}})? – {_day('en', True)}", window.period.text())


def test_insights_dates_in_spanish(full: AppContext, qtbot: QtBot, spanish: None) -> None:
    window = open_insights(full, qtbot)
    assert re.fullmatch(f"{_day('es')} – {_day('es')}", window.period.text()), window.period.text()
    # "jue", as everywhere else in the app, not Qt's "jue."
    assert window.data is not None
    assert window.energy.chart.day_label(window.data.first) in WEEKDAYS["es"].split("|")


# Friday 4 December 2026 at 03:41: with the day starting at 4 it is still Friday
NIGHT = datetime(2026, 12, 5, 3, 41).astimezone()


def test_starting_feelings_are_named_in_spanish_and_counted_as_one(
    ctx: AppContext, qtbot: QtBot, spanish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The feelings a person picks from the starting list read in their language, as in the
    quick log; one stored as its English key and one saved in Spanish are the same feeling."""
    monkeypatch.setattr("footholds.core.days.now_local", lambda: NIGHT)
    friday = NIGHT.replace(day=4, hour=15, minute=0)
    for days_back, feelings in ((0, ["sad", "lonely"]), (1, ["tristeza"]), (2, ["mine"])):
        ctx.store.add(LogEntry(at=friday - timedelta(days=days_back), feelings=feelings))
    window = open_insights(ctx, qtbot)
    # "tristeza" twice; "mine" and "soledad" once each, so not among the most often
    assert window.energy.caption.text() == "Lo que más nombraste: tristeza."
    assert window.data is not None
    assert window.data.top_feelings == ["tristeza", "soledad", "mine"]  # "mine" the earliest
    thursday, friday_row = window.data.days[-2], window.data.days[-1]
    assert (thursday.feelings, friday_row.feelings) == (("tristeza",), ("tristeza", "soledad"))


def test_before_the_day_start_hour_the_week_ends_on_the_day_before(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 03:41 the week shown ends on Friday, the day Today says it is."""
    monkeypatch.setattr("footholds.core.days.now_local", lambda: NIGHT)
    window = open_insights(ctx, qtbot)
    assert window.today() == date(2026, 12, 4)
    assert window.period.text() == "Sat 28 Nov – Fri 4 Dec"


# Saturday 5 December 2026 at noon: the week shown is Sunday 29 November to that Saturday
SATURDAY = datetime(2026, 12, 5, 12).astimezone()


def nights(ctx: AppContext, *mornings: tuple[date, str]) -> None:
    for morning, bed in mornings:
        at = datetime.combine(morning, time(8)).astimezone()
        sleep.record(ctx.store, bed, "07:00", 3, morning=morning, now=at)


def test_the_sleep_weeks_start_on_the_day_the_week_shown_starts(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("footholds.core.days.now_local", lambda: SATURDAY)
    nights(ctx, (date(2026, 11, 28), "22:45"), (date(2026, 11, 30), "23:00"))
    nights(ctx, (date(2026, 12, 5), "23:30"))
    window = open_insights(ctx, qtbot, span="month")  # week by week
    assert window.period.text().endswith("Sat 5 Dec")  # its weeks end on Saturday too
    chart = window.sleep.chart
    assert [(w.first, w.nights) for w in chart.weeks] == [
        (date(2026, 11, 22), 1),
        (date(2026, 11, 29), 2),  # Monday's night and Saturday's, in the week shown
    ]
    # named by their days, as the summary names them: never by a first day alone
    # one night is named as that night, not as its week with "(1 night)"
    assert chart.accessibleDescription().startswith("Night of 27–28 Nov: to bed 22:45")
    assert "29 Nov – 5 Dec (2 nights): to bed 23:00 and 23:30" in chart.accessibleDescription()


def test_last_nights_sleep_is_labelled_by_the_days_its_week_holds(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Monday 7 December the only band sat over "1 Dec": last night read as 1 December."""
    monday = datetime(2026, 12, 7, 10).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: monday)
    nights(ctx, (date(2026, 12, 7), "00:59"))
    window = open_insights(ctx, qtbot, span="month")  # week by week
    chart = window.sleep.chart
    [week] = chart.weeks
    assert chart.week_label(week.first, week.last) == "1–7 Dec"
    assert chart.accessibleDescription().startswith("Night of 6–7 Dec: to bed 00:59")


def test_one_night_is_not_called_how_the_person_mostly_sleeps(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One night noted: the caption and the chart's description say when, not "mostly";
    three nights in a week make it a habit worth the word."""
    monkeypatch.setattr("footholds.core.days.now_local", lambda: SATURDAY)
    nights(ctx, (date(2026, 12, 5), "23:00"))
    window = open_insights(ctx, qtbot, span="month")  # week by week
    card = window.sleep
    assert "mostly" not in card.caption.text()
    assert card.caption.text().startswith("The darker band is when you went to bed")
    # named as that night, as the check-in summary names it: "29 Nov – 5 Dec (1 night)"
    # read as a figure for the week
    assert card.chart.accessibleDescription() == "Night of 4–5 Dec: to bed 23:00, up 07:00"
    nights(ctx, (date(2026, 12, 3), "23:30"), (date(2026, 12, 4), "23:00"))
    window.refresh()
    assert "mostly went to bed" in card.caption.text()
    assert card.chart.accessibleDescription() == (
        "29 Nov – 5 Dec (3 nights): to bed mostly 23:00 to 23:30, up mostly 07:00"
    )


def test_one_night_is_named_as_that_night_in_spanish(
    ctx: AppContext, qtbot: QtBot, spanish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("footholds.core.days.now_local", lambda: SATURDAY)
    nights(ctx, (date(2026, 12, 5), "23:00"))
    window = open_insights(ctx, qtbot)
    assert window.sleep.chart.accessibleDescription() == (
        "Noche del 4–5 dic: a la cama 23:00, en pie 07:00"
    )


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_the_sleep_caption_says_truly_which_band_is_bedtime(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    """ "The darker band is when you mostly went to bed", in dark as in light; each band 3:1
    against the card, as a control's outline."""
    ctx.settings.set("general.theme", choice)
    theme.apply(ctx.app, choice)
    monkeypatch.setattr("footholds.core.days.now_local", lambda: SATURDAY)
    nights(ctx, *((date(2026, 12, day), "23:00") for day in (3, 4, 5)))
    window = open_insights(ctx, qtbot, span="month")  # week by week
    card = window.sleep
    assert card.caption.text().startswith("The darker band is when you mostly went to bed")
    chart = card.chart
    [week] = chart.weeks
    image = card.grab().toImage()
    at = chart.mapTo(card, chart.rect().topLeft())
    x = at.x() + chart.column_x(0)  # over its own days, as the other charts show them
    height = chart.height() - 30.0

    def seen(clock: str) -> str:
        y = at.y() + chart._y(sleep.after_noon(clock), 8.0, height)
        return image.pixelColor(round(x), round(y)).name()

    surface = image.pixelColor(image.width() - 20, at.y() + 2).name()
    assert surface == tokens.colours(choice == "dark").surface  # the card, under the chart
    bed, up = seen(week.bed[0]), seen(week.up[0])
    assert tokens.luminance(bed) < tokens.luminance(up), (bed, up)  # bed is the darker band
    for band in (bed, up):
        assert tokens.contrast(band, surface) >= tokens.LARGE_AA, (band, surface)
    beside = round(x - 70), round(at.y() + chart._y(sleep.after_noon("23:00"), 8.0, height))
    assert image.pixelColor(*beside).name() == surface  # one week is not a bar across the card


def test_a_long_word_in_what_helped_wraps_under_the_picture(ctx: AppContext, qtbot: QtBot) -> None:
    """Quoted whole on one line, a pasted address made the window over 1,000 px wide."""
    ctx.store.add(LogEntry(at=recent(1), helped="W" * 300))
    window = open_insights(ctx, qtbot)
    caption = window.helped.caption
    assert written(caption.text()).startswith("“WWWW") and "…" in caption.text()
    assert caption.minimumSizeHint().width() < 300
    assert window.minimumSizeHint().width() < 800
    assert "W" * 300 in window.helped.chart.accessibleDescription()  # read aloud as written
