"""Every label's and control's text meets WCAG AA against what it sits on, in the main
windows, in light and dark, and in windows already open when the theme changes live."""

from __future__ import annotations

from typing import TypeVar, cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.common import theme, tokens
from footholds.ui.reflect.questionnaire import QuestionnaireWindow

WINDOWS = (
    "affirmation",
    "proof-list",
    "tough-day",
    "help-now",
    "today",
    "quick-log",
    "journal",
    "thought-log",
    "settings",
    "questionnaire",
    "reach-out",
)
R = QPalette.ColorRole


W = TypeVar("W", bound=QWidget)


def _opaque(colour: QColor) -> bool:
    return colour.alpha() == 255


def background(widget: QWidget) -> QColor:
    """The colour actually under `widget`: the nearest ancestor that paints its own."""
    w: QWidget | None = widget
    while w is not None:
        if w.isWindow() or w.property("card") or w.objectName() == "card":
            colour = w.palette().color(R.Window)
            if _opaque(colour):
                return colour
        elif w.autoFillBackground() and _opaque(w.palette().color(w.backgroundRole())):
            return w.palette().color(w.backgroundRole())
        w = w.parentWidget()
    raise AssertionError(f"nothing paints under {widget!r}")


def _large(widget: QWidget) -> bool:
    font = widget.font()
    return font.pointSizeF() >= 18 or (font.bold() and font.pointSizeF() >= 14)


def pairs(window: QWidget) -> list[tuple[str, QColor, QColor, float]]:
    """(what, text colour, background, minimum ratio) for every visible, enabled text."""
    found: list[tuple[str, QColor, QColor, float]] = []
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or not w.isEnabled():
            continue
        w.ensurePolished()
        pal = w.palette()
        need = tokens.LARGE_AA if _large(w) else tokens.TEXT_AA
        if isinstance(w, QLabel):
            if not w.text().strip() or "color:" in w.text():  # rich text brings its own
                continue
            found.append(
                (f"label {w.text()[:40]!r}", pal.color(w.foregroundRole()), background(w), need)
            )
        elif isinstance(w, QCheckBox | QRadioButton):
            found.append(
                (
                    f"{type(w).__name__} {w.text()[:40]!r}",
                    pal.color(R.WindowText),
                    background(w.parentWidget() or w),
                    need,
                )
            )
        elif isinstance(w, QPushButton) and w.text():
            flat = w.isFlat() or w.property("role") in ("quiet", "link")
            under = background(w.parentWidget() or w) if flat else pal.color(R.Button)
            found.append((f"button {w.text()[:40]!r}", pal.color(R.ButtonText), under, need))
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit) and not isinstance(
            w.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            found.append(
                (
                    f"{type(w).__name__} {w.accessibleName()!r}",
                    pal.color(R.Text),
                    pal.color(R.Base),
                    need,
                )
            )
        elif isinstance(w, QComboBox):
            found.append(
                (
                    f"combo {w.accessibleName()!r}",
                    pal.color(R.ButtonText),
                    pal.color(R.Button),
                    need,
                )
            )
        elif isinstance(w, QAbstractButton):
            continue  # tool buttons: icons, checked by the icon tests
    return found


def failures(windows: list[QWidget]) -> list[str]:
    bad = []
    for window in windows:
        for what, fg, bg, need in pairs(window):
            ratio = tokens.contrast(fg.name(), bg.name())
            if ratio < need:
                bad.append(
                    f"{window.objectName()}: {what} {fg.name()} on {bg.name()} = {ratio:.2f}"
                )
    return bad


def _open_all(ctx: AppContext, qtbot: QtBot) -> list[QWidget]:
    windows = [ctx.windows.show(name) for name in WINDOWS]
    for window in windows:
        qtbot.waitExposed(window)
        settle(qtbot, window)
    return windows


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_every_text_meets_aa_in_each_theme(ctx: AppContext, qtbot: QtBot, choice: str) -> None:
    ctx.settings.set("general.theme", choice)  # windows with their own style sheets read it
    theme.apply(ctx.app, choice)
    try:
        windows = _open_all(ctx, qtbot)
        checked = sum(len(pairs(w)) for w in windows)
        assert checked > 100  # the walk found the windows' words
        bad = failures(windows)
        assert bad == [], "\n".join(bad)
    finally:
        theme.apply(ctx.app, "light")


@pytest.mark.parametrize(("before", "after"), [("light", "dark"), ("dark", "light")])
def test_open_windows_keep_aa_after_a_live_switch(
    ctx: AppContext, qtbot: QtBot, before: str, after: str
) -> None:
    """The soft text of windows already open used to keep its old colour (2.4:1 in dark)."""
    from footholds.app import build as app_module

    ctx.signals.setting_changed.connect(lambda name, _v: app_module._on_setting(ctx, name))
    ctx.settings.set("general.theme", before)
    try:
        windows = _open_all(ctx, qtbot)
        ctx.settings.set("general.theme", after)
        for window in windows:  # read where the new style sheet's sizes came to rest
            settle(qtbot, window)
        bad = failures(windows)
        assert bad == [], "\n".join(bad)
        soft = [w for win in windows for w in win.findChildren(QLabel) if w.property("soft")]
        assert soft  # the hints are there and were checked
        want = tokens.colours(after == "dark").soft_text
        assert all(w.palette().color(w.foregroundRole()).name() == want for w in soft)
    finally:
        theme.apply(ctx.app, "light")


@pytest.mark.parametrize(("before", "after"), [("light", "dark"), ("dark", "light")])
def test_the_tray_menu_follows_a_live_switch(
    ctx: AppContext, qtbot: QtBot, before: str, after: str
) -> None:
    """The tray menu and its Reminders submenu are Qt's own widgets on X11 (an XEmbed
    tray): shown once in one theme, they are drawn in the other after a switch."""
    from PySide6.QtCore import QPoint

    from footholds.app import build as app_module

    ctx.signals.setting_changed.connect(lambda name, _v: app_module._on_setting(ctx, name))
    ctx.reminders.start()
    menu = ctx.tray.menu
    [sub] = [cast(QMenu, a.menu()) for a in menu.actions() if a.menu() is not None]

    def shade(widget: QMenu) -> str:
        widget.popup(QPoint(20, 20))
        qtbot.waitExposed(widget)
        image = widget.grab().toImage()
        widget.hide()
        return image.pixelColor(image.width() // 2, image.height() - 3).name()

    try:
        ctx.settings.set("general.theme", before)
        assert shade(menu) == shade(sub) == theme.colours(before == "dark")["window"]
        ctx.settings.set("general.theme", after)
        assert shade(menu) == shade(sub) == theme.colours(after == "dark")["window"]
    finally:
        ctx.reminders.stop()
        theme.apply(ctx.app, "light")


def test_every_token_pair_meets_aa() -> None:
    """Text 4.5:1, large text and borders (fields, checkboxes, focus rings) 3:1."""
    for dark in (False, True):
        c = tokens.colours(dark).as_dict()
        for fg, bg, need in tokens.PAIRS:
            assert tokens.contrast(c[fg], c[bg]) >= need, (dark, fg, bg)


def test_dark_style_sheet_outlines_checkboxes_fields_and_menus(ctx: AppContext) -> None:
    """Unchecked checkboxes, text fields and menus get the border token, which is 3:1."""
    sheet = theme.stylesheet(tokens.DARK)
    border = f"border: 1px solid {tokens.DARK.border}"
    for selector in ("QCheckBox::indicator:unchecked", "QLineEdit, QPlainTextEdit", "QMenu {"):
        block = sheet[sheet.index(selector) :]
        assert border in block[: block.index("}")], selector
    theme.apply(ctx.app, "dark")
    try:
        assert ctx.app.styleSheet() == sheet
    finally:
        theme.apply(ctx.app, "light")


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_spin_boxes_date_fields_combos_and_ticked_boxes_are_outlined(
    qapp: QApplication, qtbot: QtBot, choice: str
) -> None:
    """Fusion outlines these in a shade of the window colour, lost on a dark page: the calm
    style draws the border token round them (3:1), and keeps their arrows and ticks."""
    from PySide6.QtWidgets import (
        QDateEdit,
        QFormLayout,
        QSpinBox,
        QStyle,
        QStyleOptionButton,
        QTimeEdit,
    )

    theme.apply(qapp, choice)
    try:
        page = QWidget()
        form = QFormLayout(page)
        date_field = QDateEdit()
        date_field.setCalendarPopup(True)
        combo = QComboBox()
        combo.addItems(["Dark", "Light"])
        controls = [QSpinBox(), date_field, QTimeEdit(), combo]
        for control in controls:
            form.addRow("x", control)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        page_colour = page.palette().color(R.Window).name()
        for control in controls:
            image = control.grab().toImage()
            edge = image.pixelColor(0, image.height() // 2).name()
            assert tokens.contrast(edge, page_colour) >= tokens.LARGE_AA, (control, edge)
        # a ticked checkbox keeps its box, like an empty one
        for ticked in (True, False):
            box = QCheckBox("Quiet hours")
            box.setChecked(ticked)
            form.addRow(box)
            qtbot.waitUntil(box.isVisible)
            option = QStyleOptionButton()
            box.initStyleOption(option)
            rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
            image = box.grab().toImage()
            edge = image.pixelColor(rect.left(), rect.center().y()).name()
            assert tokens.contrast(edge, page_colour) >= tokens.LARGE_AA, (ticked, edge)
    finally:
        theme.apply(qapp, "light")


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_questionnaire_pages_and_the_reminder_card_meet_aa(
    ctx: AppContext, qtbot: QtBot, choice: str
) -> None:
    """The pages the window list above does not show at first, and the reminder card (a
    window of its own, painted in its own colours), after both moved onto the tokens."""
    from footholds.ui.reminders.reminder_card import ReminderCard

    ctx.settings.set("general.theme", choice)
    theme.apply(ctx.app, choice)
    try:
        form = cast(QuestionnaireWindow, ctx.windows.show("questionnaire"))
        qtbot.waitExposed(form)
        form.start("phq9")  # the questions, each a card with its answers
        assert form.page is not None
        form.page.pick([3, 1, 0, 0, 0, 0, 0, 0, 2])
        checked = failures([form])
        form._on_save_clicked()  # the thanks, and the calm safety card (question 9)
        assert form.safety.isVisibleTo(form)
        checked += failures([form])
        card = ReminderCard()
        qtbot.addWidget(card)
        card.show_reminder(
            "movement", {"text": "Roll your shoulders", "seconds": 30}, dark=choice == "dark"
        )
        qtbot.waitExposed(card)
        assert len(pairs(card)) >= 5  # title, words, seconds, the buttons
        checked += failures([card])
        assert checked == [], "\n".join(checked)
        # the answer circles are outlined by the theme (3:1), not a window's own sheet
        c = tokens.colours(choice == "dark")
        sheet = ctx.app.styleSheet()
        block = sheet[sheet.index("QRadioButton::indicator {") :]
        assert f"border: 1px solid {c.border}" in block[: block.index("}")]
        assert form.findChildren(QRadioButton) and form.styleSheet() == ""
    finally:
        theme.apply(ctx.app, "light")


def ready_and_waiting(qtbot: QtBot, make: type[W], sheet: str = "") -> tuple[QWidget, W, W]:
    """A page with two of `make`, the second disabled, shown: one ready, one waiting."""
    page = QWidget()
    page.resize(300, 80)
    if sheet:
        page.setStyleSheet(sheet)
    ready, waiting = make(page), make(page)
    waiting.move(0, 40)
    waiting.setEnabled(False)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page, ready, waiting


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_a_field_that_cannot_be_used_yet_does_not_look_like_one_that_can(
    qapp: QApplication, qtbot: QtBot, choice: str
) -> None:
    """My medicines' "New dose" waits for a medicine to be chosen: it was as white and as
    outlined as a field ready for typing. Disabled, it sinks into the page."""
    theme.apply(qapp, choice)
    try:
        page, ready, waiting = ready_and_waiting(qtbot, QLineEdit)
        inside = [f.grab().toImage() for f in (ready, waiting)]
        middle = [i.pixelColor(i.width() // 2, i.height() // 2).name() for i in inside]
        assert middle[0] != middle[1]
        assert middle[1] == page.palette().color(R.Window).name()  # the page shows through
    finally:
        theme.apply(qapp, "light")


@pytest.mark.parametrize("dark", [False, True])
def test_a_scroll_bar_s_handle_stands_out_from_the_page(
    qapp: QApplication, qtbot: QtBot, dark: bool
) -> None:
    """Fusion drew the handle in about the page's own colour and the groove darker, so the
    groove read as the handle: at the top of a page it seemed to be at the bottom."""
    from PySide6.QtWidgets import QScrollArea, QStyle, QStyleOptionSlider

    theme.apply(qapp, "dark" if dark else "light")
    try:
        area = QScrollArea()
        qtbot.addWidget(area)
        tall = QWidget()
        tall.setMinimumHeight(2000)
        area.setWidget(tall)
        area.resize(300, 300)
        area.show()
        qtbot.waitExposed(area)
        bar = area.verticalScrollBar()
        option = QStyleOptionSlider()
        bar.initStyleOption(option)
        handle = bar.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
        )
        image = bar.grab().toImage()
        middle = image.pixelColor(handle.center())
        page = tokens.colours(dark).background
        assert tokens.contrast(middle.name(), page) >= tokens.LARGE_AA
        assert handle.top() < bar.height() // 4  # at the top of the page, at the top
    finally:
        theme.apply(qapp, "system")


@pytest.mark.parametrize("choice", ["light", "dark"])
@pytest.mark.parametrize("words", ["", "Quiet hours"])
def test_a_checkbox_with_the_focus_has_a_ring_ticked_or_not(
    qapp: QApplication, qtbot: QtBot, choice: str, words: str
) -> None:
    """Fusion marks a focused checkbox with a faint tint inside its box, unseen beside words
    kept in a label of their own (the bare-minimum three): the box gets the focus ring, round
    it and its words as a radio button's (a 2 px edge on the box itself read as a darker box)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton, QVBoxLayout

    theme.apply(qapp, choice)
    try:
        focus = tokens.colours(choice == "dark").focus
        page = QWidget()
        layout = QVBoxLayout(page)
        other = QLineEdit()
        box = QCheckBox(words)
        layout.addWidget(other)
        layout.addWidget(box)
        qtbot.addWidget(page)
        page.show()
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        page_colour = page.palette().color(R.Window).name()
        assert tokens.contrast(focus, page_colour) >= tokens.LARGE_AA
        for ticked in (False, True):
            box.setChecked(ticked)
            for focused in (False, True):
                (box if focused else other).setFocus(Qt.FocusReason.TabFocusReason)

                def settled(f: bool = focused) -> bool:
                    return box.hasFocus() == f

                qtbot.waitUntil(settled)
                option = QStyleOptionButton()
                box.initStyleOption(option)
                rect = box.style().subElementRect(
                    QStyle.SubElement.SE_CheckBoxIndicator, option, box
                )
                image = box.grab().toImage()
                y = rect.center().y()
                # the ring goes round the box, in the room kept left of it
                edge = {image.pixelColor(x, y).name() for x in range(rect.left())}
                assert (focus in edge) is focused, (ticked, focused, edge)
    finally:
        theme.apply(qapp, "light")


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_a_time_field_that_waits_sinks_into_the_page(
    qapp: QApplication, qtbot: QtBot, choice: str
) -> None:
    """Plan something's 18:00, unticked "At a time", was as white and outlined as the
    field beside it that could be used. Disabled, it shows the page and a softer edge."""
    from PySide6.QtWidgets import QTimeEdit

    theme.apply(qapp, choice)
    try:
        page, ready, waiting = ready_and_waiting(qtbot, QTimeEdit)
        page_colour = page.palette().color(R.Window).name()
        inside, edges = [], []
        for field in (ready, waiting):
            image = field.grab().toImage()
            inside.append(image.pixelColor(4, image.height() // 2).name())
            edges.append(image.pixelColor(0, image.height() // 2).name())
        assert inside[0] != page_colour
        assert inside[1] == page_colour
        assert edges[1] == tokens.colours(choice == "dark").edge
        assert tokens.contrast(edges[0], page_colour) >= tokens.LARGE_AA  # the usable one
    finally:
        theme.apply(qapp, "light")


@pytest.mark.parametrize("dark", [False, True])
def test_a_menus_separators_can_be_seen(qapp: QApplication, qtbot: QtBot, dark: bool) -> None:
    """The tray menu's separators were drawn 1.1:1 on the dark menu: groups ran together.
    Drawn in the border token, as the menu's own outline, they stand out in both themes."""
    from PySide6.QtWidgets import QMenu

    theme.apply(qapp, "dark" if dark else "light")
    try:
        menu = QMenu()
        qtbot.addWidget(menu)
        menu.addAction("Quick log")
        line = menu.addSeparator()
        menu.addAction("Today")
        menu.popup(menu.pos())
        qtbot.waitExposed(menu)
        image = menu.grab().toImage()
        place = menu.actionGeometry(line)
        ground = image.pixelColor(place.left() + 2, place.center().y()).name()
        seen = [
            image.pixelColor(place.center().x(), y).name()
            for y in range(place.top(), place.bottom() + 1)
        ]
        best = max(tokens.contrast(colour, ground) for colour in seen)
        assert best >= tokens.LARGE_AA, (ground, seen)
        menu.close()
    finally:
        theme.apply(qapp, "system")


@pytest.mark.parametrize("older", [False, True])
@pytest.mark.parametrize("choice", ["light", "dark"])
def test_a_checkbox_that_waits_sinks_into_the_page(
    qapp: QApplication, qtbot: QtBot, choice: str, older: bool
) -> None:
    """A disabled empty box (Settings' "A gentle nudge" while its reminder is off) looked
    as ready as the one beside it in dark. Disabled, it shows the page and a softer edge,
    as a waiting field does."""
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    theme.apply(qapp, choice)
    try:
        # the windows that still set the older look on themselves
        older_look = theme.window_style(choice == "dark") if older else ""
        page, ready, waiting = ready_and_waiting(qtbot, QCheckBox, older_look)
        page_colour = page.palette().color(R.Window).name()
        inside, edges = [], []
        for box in (ready, waiting):
            option = QStyleOptionButton()
            box.initStyleOption(option)
            mark = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
            image = box.grab().toImage()
            middle = mark.center()
            inside.append(image.pixelColor(middle).name())
            edges.append(image.pixelColor(mark.left(), middle.y()).name())
        assert inside[0] != page_colour
        assert inside[1] == page_colour
        assert edges[1] == tokens.colours(choice == "dark").edge
        assert edges[0] != edges[1]
    finally:
        theme.apply(qapp, "light")
