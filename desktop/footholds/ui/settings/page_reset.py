"""Reset this page to defaults, in Settings: asked first (on My lists saying plainly that the
person's own words go; on a page that lists records, that those stay), then Undo puts the
whole page back as it was (LOOK.md: destructive actions are always undoable).

Its sentences keep the Settings window's context ("SettingsWindow"): Qt looks a tr() up by
the class of the object at run time, which is the window, not this base."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from footholds.core.list_words import key_of
from footholds.core.settings import LISTS_SECTION, SAFETY_SECTION, SESSIONS_SECTION, SETTINGS
from footholds.ui.common import buttons, default_lists
from footholds.ui.settings.setting_descriptions import translated

if TYPE_CHECKING:
    from footholds.ui.common.undo import UndoBar
    from footholds.ui.context import AppContext
    from footholds.ui.settings.setting_row import Row

AUTOSTART = "general.autostart"


def autostart_failed(reason: str) -> str:
    """What the line under Start at login says when the system would not take the change."""
    return QCoreApplication.translate("SettingsWindow", "That did not work: {reason}").format(
        reason=reason
    )


def _reset_said(section: str) -> str:
    """The Undo strip's words after a page's reset, in the current language."""
    done = QCoreApplication.translate(
        "SettingsWindow", "The “{page}” settings are back to how they started."
    ).format(page=translated(section))
    kept = PageReset.records_stay(section)
    return f"{done} {kept}" if kept else done


class PageReset(QWidget):
    """The Settings window's reset of a page and its Undo; SettingsWindow builds on it."""

    ctx: AppContext
    undo: UndoBar
    _rows: dict[str, Row]  # the rows of the pages built so far
    _reset_buttons: dict[str, QPushButton]

    if TYPE_CHECKING:  # the window's own, after a reset or its undo

        def _sync_autostart(self) -> None: ...
        def _sync_needs(self) -> None: ...

    def _reset_button(self, section: str) -> QPushButton:
        """The page's "Reset this page to defaults", at its foot."""
        reset = buttons.quiet(
            QCoreApplication.translate("SettingsWindow", "Reset this page to defaults")
        )
        reset.setAccessibleName(
            QCoreApplication.translate("SettingsWindow", "Reset {page} to defaults").format(
                page=translated(section)
            )
        )
        reset.setAccessibleDescription(
            QCoreApplication.translate(
                "SettingsWindow",
                "Puts every setting on this page back to how it started, after asking; "
                "entries you already wrote keep their words.",
            )
        )
        reset.clicked.connect(lambda _=False, s=section: self._on_reset_clicked(s))
        self._reset_buttons[section] = reset
        return reset

    def reset_section(self, section: str) -> None:
        """Put every setting on the page back to its default (start at login stays true)."""
        self.ctx.settings.reset_section(section)
        for row in self._rows.values():
            if row.setting.section == section:
                row.error.show_message("")
        self._sync_autostart()
        self._sync_needs()

    def _on_reset_clicked(self, section: str) -> None:
        """Ask, reset the page, and offer Undo for it (LOOK.md: destructive actions are
        always undoable): on My lists a reset takes the person's own words away."""
        page = translated(section)
        question = QCoreApplication.translate(
            "SettingsWindow", "Put the settings on the “{page}” page back to how they started?"
        ).format(page=page)
        kept = self.records_stay(section)
        if section == LISTS_SECTION and self._own_words():
            # said plainly, as these words are the person's own (PRODUCT.md); entries keep
            # theirs, as an entry holds its words itself, not a place in a list
            question += " " + QCoreApplication.translate(
                "SettingsWindow",
                "The feelings, wins and parts you added or renamed will be taken out of the "
                "lists; entries you already wrote keep their words.",
            )
        if kept:
            question += " " + kept
        reset = QCoreApplication.translate("SettingsWindow", "Reset this page")
        title = QCoreApplication.translate("SettingsWindow", "Reset to defaults")
        if not self.ctx.prompter.ask(self, title, question, action=reset):
            return
        before = {name: self.ctx.settings[name] for name in self._page_settings(section)}
        self.reset_section(section)
        self.undo.offer(
            lambda: _reset_said(section),
            lambda: self._undo_reset(before),
            spoken=lambda: QCoreApplication.translate("SettingsWindow", "Undo the reset"),
        )

    @staticmethod
    def records_stay(section: str) -> str:
        """On a page that also lists the person's records (their sessions, their own
        numbers, their routine suggestions), that a reset leaves them: they are data, not
        settings, and "back to how it started" must not read as if they went."""
        if section == SESSIONS_SECTION:
            return QCoreApplication.translate("SettingsWindow", "Your sessions stay.")
        if section == SAFETY_SECTION:
            return QCoreApplication.translate("SettingsWindow", "Your own numbers stay.")
        if section == LISTS_SECTION:
            return QCoreApplication.translate("SettingsWindow", "Your routine suggestions stay.")
        return ""

    @staticmethod
    def _page_settings(section: str) -> list[str]:
        """What Reset this page puts back (Settings.reset_section)."""
        return [s.name for s in SETTINGS if s.section == section and not s.hidden]

    def _own_words(self) -> bool:
        """Whether a list on My lists holds words of the person's own (added, or a starting
        one renamed), which a reset would take away."""
        return any(
            key_of(text) not in starting
            for name, starting in default_lists.SHIPPED.items()
            for text in self.ctx.settings[name]
        )

    def _undo_reset(self, before: dict[str, Any]) -> None:
        """Every setting on the page back exactly as it was before the reset."""
        for name, value in before.items():
            if name != AUTOSTART:  # it mirrors the system, which a reset never changed
                self.ctx.settings.set(name, value)
        self._sync_autostart()
        self._sync_needs()
