"""Settings, built from the declarations in core/settings.py: one page per section.

Each declared, non-hidden setting gets the generic editor for its kind. A change applies at
once; a value the settings refuse is explained beside the field and the old value stays.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core.settings import (
    GENERAL_SECTION,
    LOCK_SECTION,
    SETTINGS,
    SettingError,
    sections,
)
from footholds.platform.autostart import Autostart
from footholds.ui.common import default_lists, icons, tokens
from footholds.ui.common.calm import centre_first_time, fit_to_screen, fit_to_words
from footholds.ui.common.components import WindowHeader, window_margins
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.lazy_tabs import LazyTabs
from footholds.ui.common.prompter import excerpt
from footholds.ui.common.reading_order import ReadingOrderWindow, open_on_first
from footholds.ui.common.strip_place import StripPlace
from footholds.ui.common.undo import UndoBar, put_back
from footholds.ui.common.weak import weak_method
from footholds.ui.settings.list_editors import ListBase
from footholds.ui.settings.page_reset import AUTOSTART, autostart_failed
from footholds.ui.settings.setting_descriptions import translated
from footholds.ui.settings.setting_row import Row, error_message
from footholds.ui.settings.settings_kept import KeptWords
from footholds.ui.settings.settings_pages import SettingsPages
from footholds.ui.settings.settings_parts import DATA_PAGE

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

log = logging.getLogger(__name__)
MIN_WIDTH, MIN_HEIGHT = 612, 420  # every page's rows fit, in English and Spanish
NAME = "settings"  # its name among the windows, and its drafts'


class SettingsWindow(ReadingOrderWindow, SettingsPages, KeptWords):
    """Every setting, changeable at once; plus the actions on the person's data.

    A page is built when it is first shown (LazyTabs): opening Settings builds one of ten.
    The names that reach into a page (rows, data_page, own_lines, ...; settings_parts.py)
    build the page they need when asked, so a caller never sees half a window."""

    follows_language = True  # words itself again on a language change (changeEvent)

    def __init__(self, ctx: AppContext, autostart: Autostart | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        if autostart is None:
            from footholds.platform.autostart import choose_autostart

            autostart = choose_autostart()
        self.autostart = autostart
        self.setWindowIcon(icons.app_icon())
        self._rows: dict[str, Row] = {}  # the rows of the pages built so far
        self._rebuild_pending = False
        self._stale = False  # the language changed while the window was closed
        self._reset_buttons: dict[str, QPushButton] = {}
        # the width the window has of its own (as made, or as the person sized it), and the
        # one the tabs last fitted it to: the tabs widen it for a language's longer names,
        # only while closed (a language change on screen keeps its size and place), and it
        # comes back to its own at the next opening in English (not 848 for good)
        self._own_width = 0
        self._fitted_width: int | None = None
        # as wide as the window, the pages carrying its margins: each page's scroll bar at
        # the window's edge, the page ending where the help link does (the bar sat inside
        # the margin, beside it); the tabs themselves start in line with the header
        left, _top, right, _bottom = tokens.WINDOW
        self.tabs = LazyTabs(sides=(left, right))
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet(f"QTabWidget::tab-bar {{ left: {left}px; }}")
        # the shared header, as every window opens (it opened straight onto the tabs)
        self.header = WindowHeader("")
        layout = window_margins(QVBoxLayout(self))
        margins = layout.contentsMargins()
        layout.setContentsMargins(0, margins.top(), 0, margins.bottom())
        header = QHBoxLayout()
        header.setContentsMargins(left, 0, right, 0)
        header.addWidget(self.header)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        # Undo for a list entry taken off or a page reset, beside the help link at the foot:
        # its place is kept, nothing moves. No Close button: Esc and the title bar close it,
        # as every window (ui/common/README). Help is one click away from every window (PRODUCT.md);
        # the link words itself again on a language change, as the pages do
        self.undo = UndoBar()
        self.undo.belong_to_pages(self.tabs)  # an offer stands on its own page only
        self.help_link = HelpLink(ctx)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(left, 0, right, 0)
        # its room shared with a page's strip of words kept (My sessions' set aside)
        bottom.addWidget(StripPlace(self.undo), 1)
        bottom.addWidget(self.help_link, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        self.resize(660, 580)
        # narrower, the rows' labels and controls no longer fit side by side and the page
        # scrolls sideways (found at 300 x 250)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.tabs.page_built.connect(self._on_page_built)
        self._take_kept(NAME)  # words typed and not added when Footholds last closed
        self._build()
        ctx.signals.setting_changed.connect(self._on_setting_changed)
        ctx.locker.changed.connect(self._on_lock_changed)  # its page's settings follow it

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        """(Re)make the pages in the current language; keeps the page the person is on. Only
        that page is built now, the others when they are first shown. Words typed on a page
        and not added yet go into its new one, as they were (`_carry_typed`)."""
        current = self.tabs.currentIndex()
        held = self._held_control()
        self._carry_typed()
        self.tabs.clear_pages()
        self._rows.clear()
        self._reset_buttons.clear()
        self.setWindowTitle(self.tr("Footholds settings"))
        self.header.set_text(self.tr("Settings"), self.tr("Every change here is in use at once."))
        self._describe_tab_scrolling()
        for section in sections():
            shown = [s for s in SETTINGS if s.section == section and not s.hidden]
            if shown:
                about = self.tr(
                    "Everything on the {page} page; each change applies at once."
                ).format(page=translated(section))
                # a page not built yet holds how to build it, and that weakly: its window
                # holds the tabs (a cycle left the closed window to Python's collector)
                build = partial(weak_method(self._section_page), section, shown)
                self.tabs.add_page(section, translated(section), about, build)
        about = self.tr(
            "Where your entries are kept, and ways to back up, restore, export or import them."
        )
        self.tabs.add_page(
            DATA_PAGE, self.tr("Your data"), about, weak_method(self._make_data_page)
        )
        self.tabs.open_at(max(0, current))
        self._load_values()
        # the General page built now, whichever page opens: the window is sized for it, and
        # the keyboard may go back to its language box
        self.tabs.ensure(GENERAL_SECTION)
        self._fit()
        self._hold_again(held)

    def _fit(self) -> None:
        """Sized for the tabs and the General page only while closed (made, or opening
        again): on screen, a language change keeps the window's size and place (Spanish
        widened it from 1026 to 1103 px under the person); a tab that does not fit waits
        behind the scroll arrows until the next opening fits them all. Qt still grows it
        if the new words cannot fit at all (its layout's minimum)."""
        if self.isVisible():
            return
        self._fit_tabs()
        # sized for the General page (`_build` made it): going to it later grew the window
        # under the pointer (Reminders to General, 20 px in Spanish). A page switch never
        # resizes the window; the longer pages scroll.
        self._fit_page()

    def _held_control(self) -> tuple[str, int] | None:
        """Where the keyboard is, when on a row's control: the row's setting and the
        control's place among the row's own (a time field, its Add)."""
        focus = self.focusWidget()  # the window's own: it may not be the active one now
        if focus is None:
            return None
        for name, row in self._rows.items():
            controls = self._controls(row.field)
            if focus in controls:
                return name, controls.index(focus)
        return None

    def _hold_again(self, held: tuple[str, int] | None) -> None:
        """The keyboard back on the same control of the row made again (choosing a language
        makes every page again; the focus fell to the General tab)."""
        row = self._rows.get(held[0]) if held is not None else None
        if held is None or row is None:
            return
        controls = self._controls(row.field)
        if controls:
            controls[min(held[1], len(controls) - 1)].setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _controls(field: QWidget) -> list[QWidget]:
        """The controls in a row's field that take the keyboard, in the order made."""
        return [w for w in field.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]

    def _fit_tabs(self) -> None:
        """Wide enough for every page's tab (Spanish names are longer), so none hides behind
        the scroll arrows; never wider than the screen, where the arrows still help. Only
        while closed (`_fit`): widened for Spanish, it narrows again at the next opening in
        English, never below its own width. A width the person chose (the window no longer
        as the tabs last left it) stays theirs."""
        bar = self.tabs.tabBar()
        if not bar.count():
            return
        if self.width() != self._fitted_width:
            self._own_width = self.width()
        # every tab side by side, plus the window's margins (not where the last tab ends:
        # once the bar has scrolled, that is short by what it scrolled)
        left, _top, right, _bottom = tokens.WINDOW
        need = bar.sizeHint().width() + left + right + 8
        # (room for the frame's two sides: the wider window margins left 40 too little on an
        # 800-pixel screen)
        screen = self.screen().availableGeometry().width() - 24 if self.screen() else need
        width = max(self._own_width, min(need, screen))
        if width != self.width():
            self.resize(width, self.height())
        self._fitted_width = width

    def _fit_page(self) -> None:
        """Tall enough for the General page when the screen has room: a few pixels short, it
        scrolled, its bar beside it for nothing. Never shorter; the long pages (Reminders)
        scroll rather than make the window as tall as the screen. Only when the pages are
        (re)made, never on a page switch."""
        stack = self.tabs.findChild(QStackedWidget)
        layout = self.layout()
        if stack is None or layout is None:
            return
        # as wide as the window: the page carries the window's side margins itself (LazyTabs
        # sides), and its height for a width counts them; taken off here too, its notes
        # wrapped narrower than they are and the window grew for lines that were not there
        wide = self.width()
        scroll = self.tabs.scroll_of(GENERAL_SECTION)
        page = scroll.widget() if scroll is not None else None
        if page is None:
            return
        # (its size hint wraps the notes at a narrow guess, and asks for too much)
        tall = page.heightForWidth(wide) if page.hasHeightForWidth() else page.sizeHint().height()
        # and what is round the page: the title, the tabs, the foot and the margins
        need = layout.sizeHint().height() - stack.sizeHint().height() + tall
        if need > self.height():
            fit_to_words(self, self.width(), need, self.height())

    def _describe_tab_scrolling(self) -> None:
        """The arrows Qt adds when the page tabs do not all fit; Qt names them, not what for."""
        about = {
            "ScrollLeftButton": self.tr("Shows the page tabs further to the left."),
            "ScrollRightButton": self.tr("Shows the page tabs further to the right."),
        }
        for arrow in self.tabs.tabBar().findChildren(QToolButton):
            if arrow.objectName() in about:
                arrow.setAccessibleDescription(about[arrow.objectName()])

    def _on_page_built(self, key: str) -> None:
        for row in self._rows.values():
            if row.setting.section == key:
                row.editor.load(self.ctx.settings[row.setting.name])
        self._give_back(key)
        self._sync_needs()

    def _load_values(self) -> None:
        self._sync_autostart()
        for name, row in self._rows.items():
            row.editor.load(self.ctx.settings[name])
        self._sync_needs()

    # -- changes -----------------------------------------------------------------------

    def apply(self, name: str, value: Any) -> bool:
        """Set one value as the person gave it; on refusal explain and keep the old one."""
        row = self._row(name)
        if name == AUTOSTART:
            return self._set_autostart(bool(value))
        try:
            self.ctx.settings.set(name, value)
        except SettingError as exc:
            log.info("setting %s refused: %s", name, exc)
            row.error.show_message(error_message(row.setting))
            if row.editor.reverts_on_error:
                row.editor.load(self.ctx.settings[name])
            return False
        row.error.show_message("")
        row.editor.load(self.ctx.settings[name])
        row.editor.accepted()
        self._sync_needs()
        return True

    def _on_edited(self, name: str, value: Any) -> None:
        self.apply(name, value)

    def _offer_undo(self, name: str, before: list[str], row: int) -> None:
        text = before[row]

        def said() -> str:  # a starting entry as the person sees it, in the language now
            return self.tr("Removed “{entry}”.").format(entry=excerpt(default_lists.word(text)))

        self.undo.offer(
            said,
            lambda: self._put_back(name, before, row),
        )

    def _put_back(self, name: str, before: list[str], row: int) -> QWidget | None:
        """Undo for an entry taken off a list: that entry back in its place, and nothing
        else changed. Words added, renamed or moved since the removal stay as they are now
        (Undo once put the whole list back as it was then, losing them)."""
        text = before[row]
        if not self.apply(name, put_back(self.ctx.settings[name], before, row)):
            return None
        editor = self._row(name).editor
        return editor.show_entry(text) if isinstance(editor, ListBase) else None

    def _set_autostart(self, on: bool) -> bool:
        row = self._row(AUTOSTART)
        ok = True
        try:
            if on:
                from footholds.platform.autostart import autostart_command

                self.autostart.enable(autostart_command())
            else:
                self.autostart.disable()
            row.error.show_message("")
        except OSError as exc:
            ok = False
            row.error.show_message(autostart_failed(str(exc.strerror or exc)))
        self._sync_autostart()
        return ok and self.autostart.status() == on

    def _sync_autostart(self) -> None:
        """The setting mirrors what the system will really do at the next login."""
        actual = self.autostart.status()
        if self.ctx.settings[AUTOSTART] != actual:
            self.ctx.settings.set(AUTOSTART, actual)
        if AUTOSTART in self._rows:
            self._rows[AUTOSTART].editor.load(actual)

    def _on_setting_changed(self, name: str, value: Any) -> None:
        row = self._rows.get(name)
        if row is not None:
            row.editor.load(value)
        self._sync_needs()

    def _on_lock_changed(self, _locked: bool) -> None:
        self._sync_needs()

    def _sync_needs(self) -> None:
        """Grey out the fields that do nothing while their check box is off (working hours)."""
        for row in self._rows.values():
            needs = row.setting.needs
            lock = row.setting.section == LOCK_SECTION  # they matter only with the lock on
            if needs or lock:
                on = self.ctx.locker.enabled if lock else bool(self.ctx.settings[needs])
                row.editor.setEnabled(on)
                if row.label is not None:
                    row.label.setEnabled(on)

    # -- window ------------------------------------------------------------------------

    def present(self, section: str = "") -> None:
        """Show and raise the window; `section` picks a page by its declared name."""
        if self._stale:
            self._stale = False
            self._build()  # also loads the values
        else:
            self._load_values()
            self._fit()  # opening again: all the tabs in view (a language changed meanwhile)
        section, self._kept_page = section or self._kept_page, ""  # words waiting: there
        if section:
            self.tabs.show_page(section)
        fit_to_screen(self)  # its pages scroll: on a small laptop screen it fits whole
        centre_first_time(self)  # once its tabs have set its width
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
        open_on_first(self)  # the page tabs, not the help link made before the pages

    def changeEvent(self, event: QEvent) -> None:
        # A new translator was installed: rebuild the pages once the event loop is free,
        # never inside the combo box whose change caused it.
        if event.type() == QEvent.Type.LanguageChange and not self._rebuild_pending:
            self._rebuild_pending = True  # one rebuild for the several events an install sends
            QTimer.singleShot(0, self, self._on_language_changed)  # not after it is gone
        super().changeEvent(event)

    def _on_language_changed(self) -> None:
        self._rebuild_pending = False
        if self.isVisible():
            self._build()
        else:  # a closed window is rebuilt when it next opens, not in the background
            self._stale = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
