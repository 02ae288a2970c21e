"""Insights: a gentle look back over a week or a month, pictures first, a few words after."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from footholds.core import days, insights
from footholds.ui.common import buttons, dates, theme, tokens
from footholds.ui.common.breaks import breakable
from footholds.ui.common.calm import CalmWindow, language
from footholds.ui.common.components import EmptyState, WindowHeader, as_card
from footholds.ui.common.default_lists import word
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.prompter import excerpt
from footholds.ui.common.refresh import Refresher
from footholds.ui.common.scrolling import scrolling_page
from footholds.ui.reflect.insights_charts import (
    Chart,
    EnergyFeelingsChart,
    HelpedChart,
    MovementChart,
    WinddownChart,
)
from footholds.ui.reflect.insights_more import WATCHED_KINDS, HelpsCard, SleepCard

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

WATCHED = {"log", "reminder", *WATCHED_KINDS}
MOST_NAMED = 3  # the most feelings a "named most often" line lists
ALSO_NAMED = 6  # feelings without a row named one by one, before "and N more"


class Card(QFrame):
    """A heading, a picture and one short line of words under it."""

    def __init__(self, title: str, chart: Chart) -> None:
        super().__init__()
        as_card(self)  # the design system's card surface, as elsewhere
        self.chart = chart
        self.title = QLabel(title)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.caption = QLabel("")
        self.caption.setWordWrap(True)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(chart)
        layout.addWidget(self.caption)


def day_label(span: str, d: date) -> str:
    """A bar's label: its weekday in a week, its day and month in a month."""
    if span == "week":
        return dates.weekday(d, locale=QLocale().name())
    return dates.short_day(d, locale=QLocale().name())


def week_label(first: date, last: date) -> str:
    """A week's column in the month's sleep chart: its days ("1–7 Dec")."""
    return dates.short_span(first, last, today=last, locale=QLocale().name())


class InsightsWindow(CalmWindow):
    """Week and month views; earlier and later step through time. Never a score."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.span = "week"
        self.offset = 0
        self.data: insights.Insights | None = None
        self.setWindowTitle(self.tr("Insights"))
        self.resize(720, 760)

        self.header = WindowHeader(
            self.tr("Insights"),
            self.tr(
                "A gentle look back at the days. There is no right or wrong way for them to look."
            ),
        )

        self.week = QRadioButton(self.tr("Week"))
        self.week.setAccessibleName(self.tr("Show the last 7 days"))
        self.week.setAccessibleDescription(self.tr("Looks back over one week at a time."))
        self.month = QRadioButton(self.tr("Month"))
        self.month.setAccessibleName(self.tr("Show the last 30 days"))
        self.month.setAccessibleDescription(self.tr("Looks back over one month at a time."))
        self.spans = QButtonGroup(self)
        for n, button in enumerate((self.week, self.month)):
            self.spans.addButton(button, n)
        self.week.setChecked(True)
        self.earlier = buttons.quiet(
            self.tr("‹ Earlier"),
            self.tr("Show earlier days"),
            self.tr("Steps back by one week or month."),
        )
        self.later = buttons.quiet(
            self.tr("Later ›"),
            self.tr("Show later days"),
            self.tr("Steps forward by one week or month, back towards today."),
        )
        self.period = QLabel("")
        self.period.setAccessibleName(self.tr("The days shown"))
        bar = QHBoxLayout()
        bar.addWidget(self.week)
        bar.addWidget(self.month)
        bar.addSpacing(tokens.S)
        bar.addWidget(self.earlier)
        bar.addWidget(self.later)
        bar.addSpacing(tokens.S)
        bar.addWidget(self.period, 1)

        self.note_now = buttons.secondary(
            self.tr("Open the quick log"),
            description=self.tr("Note how you are, in a few clicks."),
        )
        self.note_now.clicked.connect(lambda: ctx.windows.show("quick-log"))
        self.empty = EmptyState(
            self.tr(
                "Nothing to show for these days yet. Whenever you note how you are, or do one of "
                "the small movements, it will gently appear here."
            ),
            self.note_now,
            icon="chart-line",
        )
        self.energy = Card(
            self.tr("Energy and feelings"), EnergyFeelingsChart(self.tr("Energy and feelings"))
        )
        self.moves = Card(self.tr("Moving a little"), MovementChart(self.tr("Movements done")))
        self.helped = Card(
            self.tr("What helped most often"), HelpedChart(self.tr("What helped most often"))
        )
        self.winddown = Card(
            self.tr("Winding down"), WinddownChart(self.tr("Evenings with a wind-down"))
        )
        self.helps = HelpsCard()
        self.sleep = SleepCard()

        # looking back can be hard: help stays one click away, at the foot as in every window
        self.help_link = HelpLink(ctx)
        # the shared page, as Today: the title, the days and the cards in one column with the
        # help link under it, the scroll bar at the window's edge (the cards ended short of
        # the link, beside a bar set inside the margin)
        column = scrolling_page(
            self,
            self.tr("Insights"),
            self.tr("Pictures of your energy, feelings, movement and rest over the days shown."),
            self.help_link,
        )
        column.addWidget(self.header)
        column.addLayout(bar)
        cards = (self.energy, self.moves, self.helped, self.helps, self.winddown, self.sleep)
        for widget in (self.empty, *cards):
            column.addWidget(widget)
        column.addStretch(1)
        # no Close button: Esc and the title bar close it, as every window (ui/common/README)

        self.spans.idClicked.connect(self._on_span_clicked)
        self.earlier.clicked.connect(self._on_earlier_clicked)
        self.later.clicked.connect(self._on_later_clicked)
        self.refresher = Refresher(
            self,
            ctx.signals,
            self.refresh,
            kinds=WATCHED,
            settings=("general.theme", "day.start_hour"),
            delay_ms=150,
        )
        self.refresh()

    def today(self) -> date:
        """The person's today, after the day-start hour."""
        return days.today(self.day_start_hour())

    def day_start_hour(self) -> int:
        return int(self.ctx.settings["day.start_hour"])

    def dark(self) -> bool:
        return theme.is_dark(self.ctx.settings["general.theme"])

    def refresh(self) -> None:
        """Read the days shown and redraw every picture."""
        first, last = insights.span_days(self.today(), self.span, self.offset)
        # the starting feelings in the person's language, as the quick log shows them
        data = insights.build(
            self.ctx.store, first, last, day_start_hour=self.day_start_hour(), word=word
        )
        self.data = data
        self.period.setText(
            dates.day_span(first, last, today=self.today(), locale=QLocale().name())
        )
        self.later.setEnabled(self.offset > 0)
        empty = data.is_empty()
        self.empty.setVisible(empty)
        colours, dark = theme.colours(self.dark()), self.dark()
        captions = {
            self.energy: self._energy_caption(data),
            self.moves: self._movement_caption(data),
            self.helped: self._helped_caption(data),
            self.winddown: self._winddown_caption(data),
        }
        # a screen reader hears every row of what helped whole (the chart cuts long ones)
        described = {self.helped: self._helped_rows(data)}
        # the charts keep how to name a day, not the window (a cycle through it left the
        # closed window to Python's collector)
        labels = partial(day_label, self.span)
        for card, caption in captions.items():
            words = described.get(card) or caption
            card.chart.show_data(data, colours, dark, labels, words)
            card.caption.setText(caption)
        self.energy.setVisible(not empty and data.entries > 0)
        self.moves.setVisible(not empty)
        self.helped.setVisible(not empty)
        self.helped.chart.setVisible(bool(data.helped))
        self.winddown.setVisible(data.winddown_used)
        self.helps.refresh(self.ctx.store, last, self.day_start_hour(), language(self.ctx))
        # the week in the other charts' day columns; the month week by week, each over its days
        shown = insights.each_day(first, last)
        nightly = labels if self.span == "week" else None
        self.sleep.refresh(self.ctx.store, shown, colours, week_label, nightly)
        if empty and (self.helps.isVisibleTo(self) or self.sleep.isVisibleTo(self)):
            self.empty.hide()

    # -- words under the pictures -----------------------------------------------------------
    def _energy_caption(self, data: insights.Insights) -> str:
        if not data.feelings and not data.energy_days:
            return self.tr("When you note how you feel or your energy, it will show here.")
        if not data.feelings:
            days = self.tr("%n days", "", data.energy_days)
            return self.tr("You noted your energy on {days}.").format(days=days)
        words = []
        # "most often" only when it is true: not when every feeling came up once, nor when a
        # long tie would make it a list of nearly all of them
        most = data.most_named
        if 0 < len(most) <= MOST_NAMED:
            words.append(self.tr("Named most often: {named}.").format(named=", ".join(most)))
        # feelings without a row of dots are still said, a few by name and then how many more
        after = data.feelings_after(EnergyFeelingsChart.ROWS)
        if after:
            named = ", ".join(after[:ALSO_NAMED])
            more = len(after) - ALSO_NAMED
            if more > 0:
                also = self.tr("Also named: {named} and %n more.", "", more)
            else:
                also = self.tr("Also named: {named}.")
            words.append(also.format(named=named))
        if not words:
            words.append(self.tr("Each dot is a day you named that feeling."))
        return " ".join(words)

    def _movement_caption(self, data: insights.Insights) -> str:
        if not data.movements:
            return self.tr("When you do a small movement, it will show here.")
        moves = self.tr("%n small movements", "", data.movements)
        days = self.tr("%n days", "", data.movement_days)
        return self.tr("{moves}, on {days}.").format(moves=moves, days=days)

    def _helped_caption(self, data: insights.Insights) -> str:
        if not data.helped:
            return self.tr("When you note what helped, even a little, it will be gathered here.")
        # their words quoted at the start only, as the bar's label is cut: a long answer
        # would fill screen after screen under the picture. Whole on hover and read aloud.
        # A long run without spaces wraps (a pasted address widened the whole window).
        move, n = data.helped[0]
        return self._helped_line(breakable(excerpt(move)), n)

    def _helped_rows(self, data: insights.Insights) -> str:
        return " ".join(self._helped_line(*row) for row in data.helped[: HelpedChart.LIMIT])

    def _helped_line(self, move: str, n: int) -> str:
        times = self.tr("once") if n == 1 else self.tr("%n times", "", n)
        return self.tr("“{move}” helped {times}.").format(times=times, move=move)

    def _winddown_caption(self, data: insights.Insights) -> str:
        if not data.winddown_days:
            return ""
        # No tally of evenings: "kept on 2" tells of the five that were not.
        return self.tr("Each dot is an evening you gave yourself time to wind down.")

    # -- slots -------------------------------------------------------------------------------
    def _on_span_clicked(self, button_id: int) -> None:
        self.span = "month" if button_id == 1 else "week"
        self.offset = 0
        self.refresh()

    def _on_earlier_clicked(self) -> None:
        self.offset += 1
        self.refresh()

    def _on_later_clicked(self) -> None:
        self.offset = max(0, self.offset - 1)
        self.refresh()

    # -- window ------------------------------------------------------------------------------
    def present(self, **options: Any) -> None:
        """Open on the latest week (or `span="month"`), brought to the front."""
        span = options.get("span")
        if span in insights.SPANS:
            self.span = span
            (self.month if span == "month" else self.week).setChecked(True)
        self.offset = 0
        self.refresh()
        super().present()
        self.week.setFocus()
