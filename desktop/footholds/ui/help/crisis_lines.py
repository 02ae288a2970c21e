"""Crisis lines and the emergency number for the person's region, as text and as links."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from footholds.core import crisis
from footholds.platform import phone_links
from footholds.ui.common import buttons, dates, tokens
from footholds.ui.common.calm import escape, hint, language, wrapped
from footholds.ui.common.help_link import as_link
from footholds.ui.help import region as regions
from footholds.ui.help.line_parts import (
    FlowingLinkLabel,
    big_number,
    emergency_copy,
    line_actions,
    linked_label,
    number_html,
    text_copy,
)
from footholds.ui.help.line_row import LineRow

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


def open_link(url: str) -> bool:
    """Hand a tel:, sms: or web link to the system; False when nothing could take it."""
    return QDesktopServices.openUrl(QUrl(url))


def open_or_explain(ctx: AppContext, url: str) -> bool:
    """Open a clicked tel:, sms: or web link, or say kindly that this computer cannot."""
    if open_link(url):
        return True
    ctx.signals.notice.emit(
        QCoreApplication.translate(
            "CrisisLines",
            "This computer could not open that link. The number is shown as text: "
            "you can select it and call or text from your phone.",
        )
    )
    return False


DIRECTORY = "https://findahelpline.com"  # the directory of helplines by country (lines.json ZZ)


def today() -> date:
    """The day to judge the data's age against (tests set their own)."""
    return date.today()


class CrisisLines(QWidget):
    """The region's lines; `compact` is the short version kept at the foot of the tough day
    and in the no-tray window, with the region named and a button to change it."""

    def __init__(self, ctx: AppContext, compact: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.compact = compact
        self.opened: list[str] = []  # links the person clicked (tests read this)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)
        self.labels: list[QLabel] = []
        self.rows: list[QWidget] = []  # what set_region() builds and replaces
        self.buttons: list[QPushButton] = []  # each line's first button (Call, else a copy)
        self.copies: list[QPushButton] = []  # every button beside the lines, copies too
        self.emergency_copy: QPushButton | None = None  # "Copy number" by the emergency one
        self.region: dict[str, Any] = {}
        self.known = False  # False: we do not know where the person is
        self.where: QLabel | None = None
        self.change: QPushButton | None = None
        self.stale: QLabel | None = None  # the line saying the numbers are over a year old
        if compact:
            self._build_where()
            ctx.signals.setting_changed.connect(self._on_setting_changed)
        self.set_region(regions.shown_region(ctx))

    def set_region(self, code: str) -> None:
        """Show the lines of region `code`, in the interface language where the lines have
        words for it. For "" (not chosen) or a region without lines, the directory, and
        "your local emergency number" rather than another country's."""
        self.known = regions.is_place(code)
        # The app shows confirmed numbers only: "emergency" and "emergency_also". Never
        # "emergency_listed": numbers a compilation lists but no one confirmed (only the
        # command line names them, marked "not confirmed"). An unconfirmed number read at
        # the worst moment could be a line that never answers.
        self.region = crisis.crisis_region(code if self.known else "", language(self.ctx))
        for row in self.rows:
            self.layout_.removeWidget(row)
            row.hide()  # gone from view at once, not only when the deletion comes round
            row.deleteLater()
        self.rows, self.labels, self.buttons, self.copies = [], [], [], []
        self.emergency_copy = None
        self.stale = None
        if self.compact:
            self._name_change()  # "Choose your country" until one is known
            head, pieces = self._compact_html()
            also = self._also_words()
            if also:  # quietly (the caption step), under the main number, before the lines
                size = self.font().pointSizeF() + tokens.CAPTION[0]
                head += f'<br><span style="font-size: {size:g}pt;">{escape(also)}</span>'
            flowing = FlowingLinkLabel(head, pieces)
            label = linked_label(head + "<br>" + "<br>".join(pieces), self.on_link, flowing)
            label.setAccessibleName(self.tr("Crisis lines and the emergency number"))
            self._add(label)
            self._name_region()
        else:
            self._build_full()

    def first_action(self) -> QPushButton | None:
        """The first line's call or copy button, where the focus goes when help opens; where
        the country has no lines of its own, the emergency number's copy (else the focus
        fell to "Change country", where one Space opened the list)."""
        if self.buttons:
            return self.buttons[0]
        return self.emergency_copy or (self.copies[0] if self.copies else None)

    def changeEvent(self, event: QEvent) -> None:
        # the lines' words are data in the interface language, not tr() strings: read them
        # again when the language changes, with the sentences around them
        if event.type() == QEvent.Type.LanguageChange and self.region:
            self._name_change()
            self.set_region(self.region["code"] if self.known else "")
        super().changeEvent(event)

    def _on_setting_changed(self, name: str, _value: object) -> None:
        if name == "safety.region":
            self.set_region(regions.shown_region(self.ctx))

    def _build_where(self) -> None:
        """ "Lines for Ireland" and a one-click way to change it, above the compact lines."""
        self.where = wrapped()
        self.change = buttons.link("")
        as_link(self.change)
        self._name_change()
        self.where_row = row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.where, 1)
        row.addWidget(self.change)
        self.layout_.addLayout(row)
        self.change.clicked.connect(lambda: self.ctx.windows.show("help-now", choose_region=True))
        self.change.setVisible(self.ctx.windows.available("help-now"))

    def take_change(self) -> QPushButton | None:
        """ "Change country", out of the row naming the region, for a band to place it."""
        if self.change is not None and self.where is not None:
            self.where_row.removeWidget(self.change)
            # its first line level with the link, wherever the band gives it more room
            gap = max(0, self.change.sizeHint().height() - self.where.fontMetrics().height())
            self.where.setContentsMargins(0, gap // 2, 0, gap - gap // 2)
            self.where.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        return self.change

    def _name_change(self) -> None:
        """The words of "Change country", again when the language changes, so the region's
        row never mixes two languages."""
        if self.change is None:
            return
        if self.known:
            self.change.setText(self.tr("Change country"))
            self.change.setAccessibleName(self.tr("Change the country for the crisis lines"))
        else:  # nothing chosen yet: an invitation, not a change
            self.change.setText(self.tr("Choose your country"))
            self.change.setAccessibleName(self.tr("Choose your country"))
        self.change.setAccessibleDescription(
            self.tr("Opens Get help now with the list of countries.")
        )

    def _name_region(self) -> None:
        if self.where is None:
            return
        name = regions.region_name(self.ctx, self.region["code"]) if self.known else ""
        if name and regions.from_system(self.ctx):  # a guess is never silent, even here
            self.where.setText(
                self.tr("Crisis lines for {place}, from this computer's settings.").format(
                    place=name
                )
            )
        elif (
            name
            and not regions.needs_asking(self.ctx)
            and not regions.has_own_lines(self.region["code"])
        ):
            # only the emergency number and the directory show below, and the note under
            # them says so once: here only the country, never "Crisis lines for Argentina"
            self.where.setText(self.tr("Country: {place}.").format(place=name))
        elif name and not regions.needs_asking(self.ctx):
            self.where.setText(self.tr("Crisis lines for {place}.").format(place=name))
        else:
            # beside the "Choose your country" link: not the same words twice
            self.where.setText(self.tr("No country chosen yet."))

    def text(self) -> str:
        """Everything shown, as plain text (for tests and for screen readers' summaries)."""
        text = "\n".join(
            QTextDocumentFragment.fromHtml(x.text()).toPlainText() for x in self.labels
        )
        return text.replace("\xa0", " ").replace("\u2011", "-")

    def _add(self, label: QLabel, action: QPushButton | None = None, *more: QPushButton) -> None:
        """`label`, with `action` (one of the lines' `buttons`) and `more` (copies) stacked
        beside it, or under it where the row is too narrow for both."""
        self.labels.append(label)
        if action is None and not more:
            self.rows.append(label)
            self.layout_.addWidget(label)
            return
        actions = [b for b in (action, *more) if b is not None]
        self.copies.extend(actions)
        row = LineRow(label, actions)  # the buttons beside the words, or under them
        if action is not None:
            self.buttons.append(action)
        self.rows.append(row)
        self.layout_.addWidget(row)

    def _same_widths(self) -> None:
        """Every button beside the lines as wide as the widest, in one calm column."""
        widest = max((max(b.minimumWidth(), b.sizeHint().width()) for b in self.copies), default=0)
        for button in self.copies:
            button.setMinimumWidth(widest)

    def _links(self, scheme: str) -> bool:
        return phone_links.can_open(scheme)

    def _emergency_html(self) -> str:
        # no country chosen, or a country whose number could not be confirmed
        if not self.known or not self.region["emergency"]:
            return self.tr(
                "If you are in danger or can't keep yourself safe right now, call your local "
                "emergency number."
            )
        number = number_html(self.region["emergency"])
        html = self.tr(
            "If you are in danger or can't keep yourself safe right now, call {number}."
        ).format(number=f"<b>{number}</b>")
        url = phone_links.tel_url(self.region["emergency"]) if self._links("tel") else None
        if url is not None:
            call = self.tr("Call {number}").format(number=number)
            html += f' <a href="{url}">{call}</a>'
        return html

    def also_numbers(self) -> list[str]:
        """The country's other confirmed emergency numbers (Australia's 106, the text relay
        for people who cannot speak, and 112), beside the one in the sentence; none when
        no country is chosen or its number could not be confirmed. In the full view a number
        the note below names already ("999 works too.") is said there, once."""
        if not self.known or not self.region["emergency"]:
            return []
        named = set(re.findall(r"\d+", self.region["note"])) if not self.compact else set()
        also = self.region.get("emergency_also", [])
        return [str(n) for n in also if n and n != self.region["emergency"] and n not in named]

    def _also_words(self) -> str:
        """ "Other emergency numbers there: 106, 112", or "" for none."""
        numbers = self.also_numbers()
        if not numbers:
            return ""
        return self.tr("Other emergency numbers there: {numbers}").format(
            numbers=", ".join(numbers)
        )

    def _compact_html(self) -> tuple[str, list[str]]:
        """The emergency sentence, and each service as one unbreakable piece."""
        parts = []
        for line in self.region["lines"]:
            how = []
            if line.get("call"):
                how.append(number_html(line["call"]))
            if line.get("text"):
                # "text HOME to 741741" is one phrase: a narrow footer must not leave "text"
                # at the end of one line and the number on the next
                how.append(self._text_words(line).replace(" ", "&nbsp;"))
            if not how and line.get("url"):
                url = escape(line["url"])
                # named without "https://", where the footer would break it from the rest
                shown = url.split("://", 1)[-1].rstrip("/")
                how.append(f'<a href="{url}">{shown}</a>')
            if how:
                # one service, one unbreakable piece: "Breathing Space (Scotland)" never
                # leaves "(Scotland)" on the next line
                name = escape(line["name"]).replace(" ", "&nbsp;")
                parts.append(f"{name}:&nbsp;" + ",&nbsp;".join(how))
        # set in lines by the label, a separator only between two on one line
        return self._emergency_html(), parts

    def _text_words(self, line: dict[str, Any], start: bool = False) -> str:
        """ "text HOME to 741741"; at the start of a full line, "Text HOME to 741741" in bold."""
        number = number_html(line["text"])
        number = big_number(number) if start else number
        if line.get("keyword"):
            words = (
                self.tr("Text {word} to {number}") if start else self.tr("text {word} to {number}")
            )
            # the word to send, bold at the start of a full line: the "Copy text number"
            # beside it copies the number alone, and the word must not be lost
            word = escape(line["keyword"])
            return words.format(word=f"<b>{word}</b>" if start else word, number=number)
        words = self.tr("Text {number}") if start else self.tr("text {number}")
        return words.format(number=number)

    def _build_full(self) -> None:
        emergency = linked_label(self._emergency_html(), self.on_link)
        font = QFont(emergency.font())
        font.setPointSizeF(font.pointSizeF() + 2)
        emergency.setFont(font)
        emergency.setAccessibleName(self.tr("Emergency number"))
        number = self.region["emergency"] if self.known else ""
        # "Call 999" is a link in the sentence where the system can call, and the copy
        # stays beside it, quiet: a phone app may be registered and still not work
        calls = self._links("tel") and phone_links.tel_url(number) is not None
        self.emergency_copy = emergency_copy(number, quiet=calls) if number else None
        if self.emergency_copy is None:
            self._add(emergency)
        else:
            self._add(emergency, None, self.emergency_copy)
        also = self._also_words()
        if also:  # quietly, under the main number
            others = hint(self.ctx, also)
            others.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._add(others)
        for line in self.region["lines"]:
            label = linked_label(self._line_html(line), self.on_link)
            label.setAccessibleName(line["name"])
            actions = self._actions(line)  # Call and a quiet copy, or the copy alone
            first = actions[0] if actions else None
            texts = self._text_copy(line, quiet=len(actions) > 1)
            self._add(label, first, *actions[1:], *([texts] if texts is not None else []))
        self._same_widths()
        # only where numbers show: "anywhere else" lists the directory and nothing to date
        numbers = self.region["emergency"] or any(
            ln.get("call") or ln.get("text") for ln in self.region["lines"]
        )
        stale = bool(numbers) and crisis.data_is_stale(today())
        details = {
            "place": self.region["name"],
            "date": self._checked_on(),
            "note": self.region["note"],
        }
        if stale:  # the line below names the date, once
            known = self.tr("{place}. {note}").format(**details)
            text = known if self.known else details["note"]
        elif self.known and self.region.get("has_lines", True):
            text = self.tr("Lines for {place} checked on {date}. {note}").format(**details)
        elif self.known and self.region.get("emergency_known", True):
            # a country without lines: what was checked is its number
            text = self.tr("Emergency number checked on {date}. {note}").format(**details)
        elif self.known:  # no number confirmed: nothing to vouch for, the note says so
            text = details["note"]
        elif self._unchosen():
            # none chosen: the list just above says how to choose (its line "Not chosen
            # yet: … press Use this country"); said again here it would be said twice
            text = self.tr("Directory link checked on {date}.").format(**details)
        else:  # "not sure": no place, and what was checked is the directory's link
            text = self.tr("Directory link checked on {date}. {note}").format(**details)
        about = hint(self.ctx, text)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._add(about)
        if stale:
            self._add_stale_line()

    def _unchosen(self) -> bool:
        """No country is chosen (nothing set, or only the computer's guess): the shipped
        note's "no lines for your region" would be untrue, as no region is chosen at all.
        False once the person picked "not sure, or somewhere else", whose note is theirs."""
        return str(self.ctx.settings["safety.region"]).strip().upper() != crisis.FALLBACK_REGION

    def _add_stale_line(self) -> None:
        """Data more than a year old: say when these lines were last checked (the date shown
        with them, not another region's), and where current ones are listed."""
        link = f'<a href="{DIRECTORY}">findahelpline.com</a>'
        text = self.tr(
            "These numbers were last checked on {date}, and some may have changed since. If "
            "one doesn't answer, the directory at {link} lists current lines by country."
        ).format(date=self._checked_on(), link=link)
        stale = linked_label(text, self.on_link)
        stale.setAccessibleName(self.tr("When these numbers were last checked"))
        self.stale = stale
        self._add(stale)

    def _checked_on(self) -> str:
        """When the lines were checked, the one way the app shows days: "Thu 3 Dec", the year
        only when it is not this year (LOOK.md), never "today"."""
        return dates.day_label(
            self.region["checked"], today=today(), locale=language(self.ctx), relative=False
        )

    def _line_html(self, line: dict[str, Any]) -> str:
        rows = [f"<b>{escape(line['name'])}</b>"]
        if line.get("call"):
            number = big_number(number_html(line["call"]))
            # where a call can be placed, the Call button beside the line is its one call
            # action; the words only name the number (no second "call" link beside it)
            words = self.tr("Phone {number}") if self._links("tel") else self.tr("Call {number}")
            rows.append(words.format(number=number))
        if line.get("text"):
            row = self._text_words(line, start=True)
            if self._links("sms"):
                url = phone_links.sms_url(line["text"], line.get("keyword", ""))
                send = self.tr("send a text")  # outside the f-string, where lupdate finds it
                row += f' &nbsp;<a href="{url}">{send}</a>'
            rows.append(row)
        if line.get("url"):
            url = escape(line["url"])
            rows.append(f'<a href="{url}">{url}</a>')
        details = [escape(x) for x in (line.get("hours", ""), line.get("note", "")) if x]
        if details:
            rows.append(" · ".join(details))
        return "<br>".join(rows)

    def _actions(self, line: dict[str, Any]) -> list[QPushButton]:
        """ "Call" and "Copy number" where the system can place a call, else "Copy number"
        ("Copy text number" for a line one only texts); none for a line that is only a web
        page."""
        call, text = line.get("call", ""), line.get("text", "")
        return line_actions(line["name"], call, text, self.on_link, line.get("keyword", ""))

    def _text_copy(self, line: dict[str, Any], quiet: bool = False) -> QPushButton | None:
        """ "Copy text number" for a line one can call and text on another number, unless
        "send a text" can open it; `quiet` under a Call, as the Copy number is."""
        call, text = line.get("call", ""), line.get("text", "")
        if not call or not text or self._links("sms"):
            return None  # a text-only line's own action copies it already
        if text == call:
            return None  # "Copy number" copies that very number
        return text_copy(line["name"], text, line.get("keyword", ""), quiet)

    def on_link(self, url: str) -> None:
        """Open a clicked link, or say kindly that this computer cannot."""
        self.opened.append(url)
        open_or_explain(self.ctx, url)
