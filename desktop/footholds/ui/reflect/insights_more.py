"""Two Insights cards: "What seems to help" (only once there is enough to notice) and bed and
wake times, night by night in a week and week by week in a month, each over its own days in
the other charts' day columns (steadiness, never hours). Neither ranks or scores the person."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from footholds.core import activation, dates, sleep
from footholds.core.store import ActivityPlan, SleepEntry, Store
from footholds.ui.common import tokens
from footholds.ui.common.components import as_card
from footholds.ui.reflect.insights_charts import LABEL_WIDTH, day_font

LOOK_BACK = timedelta(weeks=12)  # what seems to help, over the last twelve weeks
# the night drawn from 20:00 to 12:00 the next day, in minutes after noon
NIGHT_START, NIGHT_END = 8 * 60, 24 * 60


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class HelpsCard(QFrame):
    """ "You tended to feel a little better after…", and which activities, shown only after
    at least ten rated activities over at least fourteen days."""

    def __init__(self) -> None:
        super().__init__()
        as_card(self)  # the design system's card surface, as elsewhere
        self.title = _bold(QLabel(self.tr("What seems to help")))
        self.lead = QLabel(self.tr("You tended to feel a little better after:"))
        self.lead.setWordWrap(True)
        self.items = QLabel()
        self.items.setWordWrap(True)
        self.items.setTextFormat(Qt.TextFormat.PlainText)
        self.caption = QLabel(
            self.tr(
                "From the moods you noted before and after. A pattern, not a rule, and it may "
                "change."
            )
        )
        self.caption.setWordWrap(True)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        for widget in (self.title, self.lead, self.items, self.caption):
            layout.addWidget(widget)

    def refresh(self, store: Store, last: date, start_hour: int, language: str) -> None:
        """What seems to help, a built-in idea named in `language` (the window's)."""
        first = last - LOOK_BACK
        found = activation.what_seems_to_help(
            activation.done_between(store, first, last, start_hour), start_hour, language
        )
        self.items.setText("\n".join(f"• {h.text}" for h in found or []))
        self.setVisible(bool(found))


BAND_CONTRAST = tokens.LARGE_AA  # each band against the card, as a control's outline
BAND_WIDTH = 96.0  # at most, so a week or two read as weeks, not as a span of time
WAKE_TINT = 0.6  # how far the getting-up band leaves the accent, when contrast allows


def band_colours(colours: dict[str, str]) -> tuple[str, str]:
    """The bedtime band and the getting-up band: the accent, and the accent paled toward the
    lighter of the text and the card, so bed is the darker band in light and dark alike (as
    the caption says), each still 3:1 against the card."""
    accent = colours.get("highlight", tokens.LIGHT.accent)
    surface = colours.get("surface", tokens.LIGHT.surface)
    text = colours.get("text", tokens.LIGHT.text)
    paler = max(text, surface, key=tokens.luminance)
    share = WAKE_TINT
    up = tokens.mix(accent, paler, share)
    while share > 0 and tokens.contrast(up, surface) < BAND_CONTRAST:  # light: toward the card
        share = round(share - 0.05, 2)
        up = tokens.mix(accent, paler, share)
    return accent, up


class SleepChart(QWidget):
    """Week by week: a soft band where bedtimes mostly were, another where getting up was."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[sleep.Week] = []
        self.week_label: Callable[[date, date], str] = (  # until refresh() says
            lambda first, last: dates.short_span(first, last, today=last)
        )
        self.colours: dict[str, str] = {}
        self.columns: list[tuple[str, sleep.Week | None]] = []  # each column's words, and band
        # each column's first and last day, as indexes into the days the other charts show
        # (`days` of them): a week's bands sit over its own days
        self.spans: list[tuple[int, int]] = []
        self.days = 1
        self.by_day = False  # nights in day columns (Insights' week), not weeks
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(360)
        self.setFixedHeight(190)

    def sizeHint(self) -> QSize:
        return QSize(480, 190)

    def show_weeks(
        self,
        days: list[date],
        weeks: list[sleep.Week],
        colours: dict[str, str],
        label: Callable[[date, date], str],
    ) -> None:
        """Week by week over `days` (Insights' month), each named by its days ("1–7 Dec")
        and drawn over them, where the other charts show those days: one week alone was
        drawn mid-chart, under days three weeks before its own."""
        self.weeks, self.colours, self.week_label = weeks, colours, label
        self.columns = [(label(w.first, w.last), w) for w in weeks]
        start = days[0]
        self.spans = [((w.first - start).days, (w.last - start).days) for w in weeks]
        self.days = len(days)
        self.by_day = False
        self.update()

    def show_nights(
        self,
        days: list[date],
        nights: list[sleep.Week],
        colours: dict[str, str],
        day_label: Callable[[date], str],
    ) -> None:
        """Night by night in the days' columns, as the other charts show them ("Wed" …
        "Tue"): Insights' week, where one band over "2–8 Dec" read as another picture."""
        at = {night.first: night for night in nights}
        self.weeks, self.colours = nights, colours
        self.columns = [(day_label(day), at.get(day)) for day in days]
        self.spans = [(i, i) for i in range(len(days))]
        self.days = len(days)
        self.by_day = True
        self.update()

    def _step(self) -> float:
        """One day's width, as the other charts space their days (Chart.plot_x)."""
        return (self.width() - LABEL_WIDTH - 12) / max(1, self.days)

    def column_x(self, index: int) -> float:
        """The middle of column `index`: the middle of its days, where the other charts put
        them."""
        first, last = self.spans[index]
        return LABEL_WIDTH + ((first + last) / 2 + 0.5) * self._step()

    def _y(self, minutes: int, top: float, height: float) -> float:
        clipped = min(max(minutes, NIGHT_START), NIGHT_END)
        return top + (clipped - NIGHT_START) / (NIGHT_END - NIGHT_START) * height

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top, height = 8.0, self.height() - 30.0
        soft = QColor(self.colours.get("soft", "#888888"))
        painter.setPen(soft)
        metrics = QFontMetrics(self.font())
        for clock in ("22:00", "00:00", "02:00", "04:00", "06:00", "08:00", "10:00"):
            y = self._y(sleep.after_noon(clock), top, height)
            left = LABEL_WIDTH - 12 - metrics.horizontalAdvance(clock)
            painter.drawText(QPointF(left, y + 4), clock)
            line = QColor(soft)
            line.setAlpha(50)
            painter.setPen(line)
            painter.drawLine(QPointF(LABEL_WIDTH - 4, y), QPointF(self.width() - 8, y))
            painter.setPen(soft)
        step = self._step()
        bed, up = band_colours(self.colours)
        # the days or weeks named as small as the other charts' day names
        small = day_font(self.font())
        painter.setFont(small)
        metrics = QFontMetrics(small)
        for i, (text, week) in enumerate(self.columns):
            first, last = self.spans[i]
            room = (last - first + 1) * step  # its days' width
            # a little air between two weeks; one week alone is not a bar across the card
            width = min((last - first + 0.5) * step, BAND_WIDTH)
            x = self.column_x(i) - width / 2
            for pair, colour in ((week.bed, bed), (week.up, up)) if week else ():
                a, b = (sleep.after_noon(t) for t in pair)
                y1, y2 = self._y(a, top, height), self._y(b, top, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                painter.drawRoundedRect(QRectF(x, y1 - 3, width, max(6.0, y2 - y1 + 6)), 3, 3)
            painter.setPen(soft)
            # a week is "1–7 Dec", never "1 Dec" alone; eight weeks side by side draw closer
            if metrics.horizontalAdvance(text) > room - 6:
                text = text.replace(" \u2013 ", "\u2013")  # "29 Nov–5 Dec"
            wide = metrics.horizontalAdvance(text)
            # within the chart, as the other charts keep their day names
            tx = min(max(self.column_x(i) - wide / 2, LABEL_WIDTH - 4), self.width() - wide - 2)
            painter.drawText(QPointF(tx, self.height() - 8), text)
        painter.end()


class SleepCard(QFrame):
    """Bed and wake times over the days shown, shown once any night in them is noted."""

    def __init__(self) -> None:
        super().__init__()
        as_card(self)  # the design system's card surface, as elsewhere
        self.title = _bold(QLabel(self.tr("Bed and wake times")))
        self.chart = SleepChart()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        for widget in (self.title, self.chart, self.caption):
            layout.addWidget(widget)

    def refresh(
        self,
        store: Store,
        days: list[date],
        colours: dict[str, str],
        label: Callable[[date, date], str],
        day_label: Callable[[date], str] | None = None,
    ) -> None:
        """Over `days`, the days the other charts show: with `day_label` (Insights' week),
        night by night in those days' columns, named as the other charts name them; without
        (the month), week by week, each over its own days, named by `label`."""
        first, last = days[0], days[-1]
        entries = sleep.recent(store, last, days=len(days))
        if day_label is not None:
            weeks = sleep.nights(entries, first, last)
            self.chart.show_nights(days, weeks, colours, day_label)
            self.chart.setAccessibleName(self.tr("Bed and wake times, night by night"))
        else:
            # the weeks end on `last`, as Insights' own week does (the seven days up to it)
            weeks = sleep.weeks(entries, first, last, starts_on=sleep.weeks_ending_on(last))
            self.chart.show_weeks(days, weeks, colours, label)
            self.chart.setAccessibleName(self.tr("Bed and wake times, week by week"))
        # "mostly" only where a week has enough nights to make a habit: one night noted is
        # not how the person mostly sleeps (as the check-in summary says it)
        if any(w.nights >= sleep.USUAL_FROM_NIGHTS for w in weeks):
            self.caption.setText(
                self.tr(
                    "The darker band is when you mostly went to bed, the lighter one when you "
                    "got up. A steady rhythm is the point here, not the hours."
                )
            )
        else:
            self.caption.setText(
                self.tr(
                    "The darker band is when you went to bed, the lighter one when you got "
                    "up. A steady rhythm is the point here, not the hours."
                )
            )
        # read out as the summary and the chart name the same week: by its days, "29 Nov –
        # 5 Dec" (by its first day alone, last night read as a night a week ago), with the
        # nights it rests on
        lines = [self._read_out(w, last) for w in weeks]
        self.chart.setAccessibleDescription("; ".join(lines))
        self.setVisible(bool(weeks))

    def _read_out(self, week: sleep.Week, last: date) -> str:
        """One week read out: "29 Nov – 5 Dec (3 nights): to bed ...". One night is named as
        that night, "Night of 4–5 Dec", as the check-in summary names it: "(1 night)" after
        a week's days read as a figure for the week."""
        locale = QLocale().name()
        bed, up = self._times(week.bed, week.nights), self._times(week.up, week.nights)
        if week.nights == 1 and week.mornings:
            morning = week.mornings[0]
            evening = morning - timedelta(days=1)
            night = dates.short_span(evening, morning, today=last, locale=locale)
            return self.tr("Night of {days}: to bed {bed}, up {up}").format(
                days=night, bed=bed, up=up
            )
        return self.tr("{days} ({nights}): to bed {bed}, up {up}").format(
            days=dates.short_span(week.first, week.last, today=last, locale=locale),
            nights=self.tr("%n nights", "", week.nights),
            bed=bed,
            up=up,
        )

    def _times(self, pair: tuple[str, str], nights: int) -> str:
        """ "mostly 23:00 to 23:30" from enough nights; from fewer, the times as they were."""
        early, late = pair
        if nights < sleep.USUAL_FROM_NIGHTS:
            if early == late:
                return early
            return self.tr("{early} and {late}").format(early=early, late=late)
        times = (
            early if early == late else self.tr("{early} to {late}").format(early=early, late=late)
        )
        return self.tr("mostly {times}").format(times=times)


WATCHED_KINDS = {ActivityPlan.KIND, SleepEntry.KIND}
