"""The first-run card: what Footholds is and is not, where help is, and where data stays."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from footholds.core import crisis
from footholds.ui.common import buttons, tokens
from footholds.ui.common.calm import CalmWindow, heading, window_link, wrapped
from footholds.ui.common.components import WindowHeader
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.scrolling import fit_whole_page, scrolling_page
from footholds.ui.help import (
    RegionPicker,
    chosen_region,
    from_system,
    has_own_lines,
    is_place,
    needs_asking,
    region_name,
    save_region,
)
from footholds.ui.shell.welcome_language import LanguageChoice

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

log = logging.getLogger(__name__)


def tall(label: QLabel, text: str, width: int) -> int:
    """How tall `text` is, wrapped in `label` at `width`."""
    margins = label.contentsMargins()
    inner = max(1, width - margins.left() - margins.right())
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    shape = label.fontMetrics().boundingRect(QRect(0, 0, inner, 100_000), flags, text)
    return shape.height() + margins.top() + margins.bottom()


class CountryCheck(QWidget):
    """Asks the person to confirm their country, or to pick it when the computer does not
    say (or says one Footholds has no lines for): crisis lines are never a silent guess."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.said = wrapped()
        self.confirm = buttons.secondary(
            self.tr("Yes, that's right"),
            self.tr("Yes, this is my country"),
            self.tr("Keeps this country for the crisis lines in Get help now."),
        )
        self.other = buttons.quiet(
            self.tr("Choose another"),
            self.tr("Choose another country"),
            self.tr("Opens the list of countries."),
        )
        self.picker = RegionPicker(ctx)
        self.choosing = False  # the person opened the list with "Change"
        self.picker.prompt.setText(
            self.tr("Which country are you in? Then Get help now shows numbers you can call there.")
        )
        # while the list stands on a country nobody has chosen yet (the system's guess): that
        # it is not set until "Use this country", and why; room kept, so nothing moves
        self.unset = StatusLine()
        self.unset.setObjectName("country-not-set")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.confirm)
        row.addWidget(self.other)
        row.addStretch(1)
        self.buttons = row
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.said)
        column.addLayout(row)
        column.addWidget(self.picker)
        column.addWidget(self.unset)
        column.addStretch(1)  # the room kept below whichever of its states shows (_room)
        self.refresh()
        self.confirm.clicked.connect(self._on_confirm_clicked)
        self.picker.box.currentIndexChanged.connect(self.say_unset)
        self.other.clicked.connect(self._on_other_clicked)
        self.picker.picked.connect(self._on_picked)
        ctx.signals.setting_changed.connect(self._on_setting_changed)

    def refresh(self) -> None:
        """Ask, or name the country with a way to confirm or change it; after "not sure",
        say what Get help now will show, with the list still there to choose a country."""
        code = chosen_region(self.ctx)
        ask = not code
        elsewhere = ask and self._kept() == crisis.FALLBACK_REGION
        self.picker.setVisible(ask)
        self.picker.prompt.setVisible(not elsewhere)  # the line above says it
        self.said.setVisible(not ask or elsewhere)
        if elsewhere:
            self.said.setText(self._directory())
        elif code:
            self.said.setText(self._named(code))
        self.confirm.setVisible(from_system(self.ctx))
        self.other.setText(
            self.tr("Choose another") if from_system(self.ctx) else self.tr("Change")
        )
        self.other.setVisible(not ask)
        self.say_unset()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._keep_room()  # the words wrap anew

    def _keep_room(self) -> None:
        """Room for the tallest of its states at its width, so choosing a country moves
        nothing below it."""
        if self.width() > 0:
            self.setMinimumHeight(self._room(self.width()))

    def _room(self, width: int) -> int:
        """The room the check keeps at `width`: its words (the list's question, or the
        country named), its row (the list and "Use this country", or "Change") and the line
        under the list. Choosing "United States" folded the list's row and its line away, and
        everything below rose 34 px (LOOK.md: feedback moves nothing else)."""
        if not hasattr(self, "buttons"):
            return 0  # asked for its size while being built
        inner, own = self.picker.layout(), self.layout()
        gap = inner.spacing() if inner is not None else 0  # the question to the list's row
        step = own.spacing() if own is not None else 0  # the row to the line under it
        code = str(self.picker.box.currentData() or "")
        could_say = [self.said.text(), self._directory()]
        if is_place(code):
            could_say.append(self._named(code))
        words = max(
            self.picker.prompt.heightForWidth(width),
            *(tall(self.said, text, width) for text in could_say),
        )
        row = self.picker.row
        rows = max(
            row.heightForWidth(width) if row.hasHeightForWidth() else row.sizeHint().height(),
            self.buttons.sizeHint().height(),
            self.confirm.sizeHint().height(),
        )
        return words + gap + rows + step + self.unset.heightForWidth(width)

    def say_unset(self, _index: int = 0) -> None:
        """Under the list, while no country is chosen and it stands on one: not set yet."""
        sentence = self.tr(
            "Not set yet: press “{use}” so Get help now can show the numbers for it."
        ).format(use=self.picker.use_words())
        # on no country yet, the room kept says it can wait: it read as a gap
        later = self.tr("It can wait: you can choose it later in Get help now, or in Settings.")
        self.unset.reserve([sentence, later])
        on_place = is_place(str(self.picker.box.currentData() or ""))
        unset = not chosen_region(self.ctx)
        self.unset.say((sentence if on_place else later) if unset else "")
        self.unset.setVisible(self.picker.isVisibleTo(self))
        self._keep_room()  # the country the list stands on may need more

    def _directory(self) -> str:
        return self.tr(
            "Get help now will show a directory of helplines by country. Whenever "
            "you know your country, you can choose it here."
        )

    def _kept(self) -> str:
        return str(self.ctx.settings["safety.region"]).strip().upper()

    def _named(self, code: str) -> str:
        """The country in words, and what Get help now will show for it."""
        name = region_name(self.ctx, code)
        if from_system(self.ctx):
            return self.tr("Your computer says you are in {place}. Is that right?").format(
                place=name
            )
        if has_own_lines(code):
            return self.tr("Crisis lines for {place}.").format(place=name)
        number = str(crisis.crisis_region(code)["emergency"])
        if number:  # only its emergency number and the directory: say so, plainly
            return self.tr(
                "For {place}, Get help now will show the emergency number, {number}, and a "
                "directory of helplines by country."
            ).format(place=name, number=number)
        return self.tr(
            "For {place}, Get help now will show a directory of helplines by country."
        ).format(place=name)

    def _on_confirm_clicked(self) -> None:
        save_region(self.ctx, chosen_region(self.ctx))
        self.refresh()
        self.other.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_other_clicked(self) -> None:
        self.choosing = True
        self.picker.fill()
        self.picker.show()
        self.said.hide()
        self.confirm.hide()
        self.other.hide()
        self.picker.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_setting_changed(self, name: str, _value: object) -> None:
        # Chosen elsewhere (Settings, the command line, Get help now): name it, unless the
        # person has the list open to change it; that list follows by itself.
        if name == "safety.region" and not self.choosing:
            self.refresh()

    def _on_picked(self, code: str) -> None:
        self.choosing = False
        save_region(self.ctx, code)
        self.refresh()
        if needs_asking(self.ctx):
            self.picker.show()  # "somewhere else": the directory it is, and Footholds asks on
            self.picker.box.setFocus(Qt.FocusReason.OtherFocusReason)  # "Change" is hidden
        else:
            self.other.setFocus(Qt.FocusReason.OtherFocusReason)


class FirstRunWindow(CalmWindow):
    """Shown once at the first start, and again from About. Closing it marks it as seen."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Welcome to Footholds"))
        self.at_least_wide(500)  # or what the words need
        parts = [
            (
                self.tr("What it is"),
                self.tr(
                    "A small companion for the days between therapy sessions. It nudges you, "
                    "gently, to move a little and to rest; it gives you a quick way to note how "
                    "you are; and it keeps your proof that you have got through hard days before."
                ),
            ),
            (
                self.tr("What it is not"),
                self.tr(
                    "Footholds is self-help. It is not therapy, and it is not an emergency "
                    "service: nobody sees what you write here, and nobody will be alerted."
                ),
            ),
            (
                self.tr("Where help is"),
                self._where_help_is(ctx),
            ),
            (
                self.tr("Your words stay here"),
                self.tr(
                    "Everything you write stays on this computer, readable only by you. "
                    "Footholds never connects to the internet."
                ),
            ),
        ]
        self.help_link = HelpLink(ctx)  # the same link as every window, in the same place
        self.ok = buttons.primary(
            self.tr("Got it"),
            self.tr("Got it; close this card"),
            self.tr("You can read this again any time from About."),
        )
        self.ok.setDefault(True)
        actions = QWidget()
        row = QHBoxLayout(actions)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.ok)
        # The words scroll when large text on a small screen makes them taller than it; the
        # button and the help link stay in view below them. The page takes no focus: a scroll
        # area of its own was a Tab stop after "Got it" where nothing showed the focus.
        about = self.tr("What Footholds is and is not, where help is, and a few first choices.")
        layout = scrolling_page(
            self,
            self.tr("Welcome to Footholds"),
            about,
            actions,
            self.help_link,
            spacing=tokens.XS,
        )
        layout.addWidget(WindowHeader(self.tr("Welcome to Footholds"), about))
        # the words below in the person's language, before they read on (welcome_language.py)
        self.language = LanguageChoice(ctx)
        layout.addWidget(self.language)
        self.texts = []
        self.country = CountryCheck(ctx)
        for title, text in parts:
            layout.addSpacing(tokens.XS)
            layout.addWidget(heading(title, 1))
            label = wrapped(text, selectable=True)
            self.texts.append(label)
            layout.addWidget(label)
            if title == self.tr("Where help is"):
                layout.addSpacing(tokens.XS // 2)
                layout.addWidget(self.country)
        layout.addSpacing(tokens.XS)
        layout.addWidget(self._plan_invitation(ctx), 0, Qt.AlignmentFlag.AlignLeft)
        # one click each: the app menu (after a pip install) and starting at login
        from footholds.ui.shell.setup_offers import SetupOffers

        self.offers = SetupOffers(ctx)
        layout.addSpacing(tokens.XS)
        layout.addWidget(self.offers)
        layout.addStretch(1)
        # fit the words, no empty band, and never taller than the screen
        fit_whole_page(self, 540)
        self.ok.clicked.connect(self.close)
        self.offers.focus_leaves.connect(lambda: self.ok.setFocus(Qt.FocusReason.OtherFocusReason))

    def _where_help_is(self, ctx: AppContext) -> str:
        """Point at the tray menu only where there is one; else at the Footholds window."""
        if ctx.tray.given_up and not ctx.tray.icon.isVisible():
            return self.tr(
                "“Get help now” is always in the Footholds window. It shows crisis lines for "
                "your region, the emergency number, and your own safety plan and people. If "
                "you are in danger, call your local emergency number."
            )
        return self.tr(
            "“Get help now” is always in the tray menu. It shows crisis lines for your "
            "region, the emergency number, and your own safety plan and people. If you "
            "are in danger, call your local emergency number."
        )

    def _plan_invitation(self, ctx: AppContext) -> QPushButton:
        """One quiet link to the safety plan, for whenever the person feels ready."""
        self.plan = window_link(
            ctx,
            self.tr("Write your safety plan, when you are ready"),
            "safety-plan",
            self.tr("Open my safety plan"),
            self.tr("A few lines written on a calmer day, for the harder ones. No rush."),
        )
        return self.plan

    def present(self, **_options: Any) -> None:
        """Show the card with "Got it" ready for Enter."""
        super().present()
        self.ok.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        """The card's words, as plain text."""
        return "\n".join(label.text() for label in self.texts)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self.ctx.settings["general.first_run_done"]:
            self.ctx.settings.set("general.first_run_done", True)
            try:
                self.ctx.settings.save()
            except OSError as exc:
                log.warning("settings not saved: %s", exc.strerror)
        super().closeEvent(event)
