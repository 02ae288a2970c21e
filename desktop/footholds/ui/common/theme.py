"""Light and dark: follow the system, or the person's choice, and change live."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from footholds.ui.common import tokens
from footholds.ui.common.tokens import Colours


def _legacy(c: Colours, button: str, mid: str) -> dict[str, str]:
    """The older names painted widgets (charts, the reminder card) still ask for."""
    return {
        "window": c.background,
        "base": c.field,
        "text": c.text,
        "button": button,
        "highlight": c.accent,
        "mid": mid,
        "link": c.link,
        "soft": c.soft_text,
        "surface": c.surface,
    }


_LIGHT = _legacy(tokens.LIGHT, button=tokens.LIGHT.raised, mid="#c9c7bf")
_DARK = _legacy(tokens.DARK, button="#30353a", mid="#4a5056")


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: str) -> bool:
    """Whether windows should be dark for the theme setting (system, light or dark)."""
    return choice == "dark" or (choice == "system" and system_is_dark())


def colours(dark: bool) -> dict[str, str]:
    """The calm palette's named colours, for widgets that paint (charts, cards)."""
    return dict(_DARK if dark else _LIGHT)


class CalmStyle(QProxyStyle):
    """Fusion, with spin boxes, date and time fields and combo boxes outlined in the border
    token. Fusion derives that outline from the window colour, so it all but vanishes on a
    dark page; a style sheet border instead would lose their arrows."""

    OUTLINED = (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox)

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.border = QColor(tokens.LIGHT.border)
        self.edge = QColor(tokens.LIGHT.edge)
        self.focus = QColor(tokens.LIGHT.focus)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if (
            control == QStyle.ComplexControl.CC_Slider
            and option.state & QStyle.StateFlag.State_HasFocus
            and widget is not None
            and not widget.property(POINTER_FOCUS)
        ):
            self._ring(painter, widget.rect())  # Fusion's mark waits for a Tab in the window
        if control not in self.OUTLINED:
            return
        # a spin box's or combo box's option (the two OUTLINED) without a frame: none drawn
        if not getattr(option, "frame", True):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if not option.state & QStyle.StateFlag.State_Enabled:
            # a field that cannot be used yet sinks into the page, as a disabled line edit
            painter.setPen(QPen(self.edge, 1))
            painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        elif option.state & QStyle.StateFlag.State_HasFocus:
            # the 2 px focus ring the fields and buttons have (Fusion's is a faint tint)
            painter.setPen(QPen(self.focus, 2))
            painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 2, 2)
        else:
            painter.setPen(QPen(self.border, 1))
            painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        painter.restore()

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        # Fusion marks the tab with the focus by a faint tint round its words, and only once
        # Tab has been pressed in the window: the settings opened on their tabs showed none
        if (
            element == QStyle.ControlElement.CE_TabBarTab
            and option.state & QStyle.StateFlag.State_HasFocus
            and _kind_of(widget, ("QTabBar",))
            and widget is not None
            and not widget.property(POINTER_FOCUS)
        ):
            self._ring(painter, option.rect.adjusted(1, 1, -1, 0))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        focus_rect = element == QStyle.PrimitiveElement.PE_FrameFocusRect
        if focus_rect and _kind_of(widget, ("QTabBar",)):
            return  # the tab carries the ring (drawControl)
        if focus_rect and widget is not None and _kind_of(widget, RINGED):
            # Fusion's faint tint (about 1.7:1), and only once Tab has been pressed in the
            # window: a window that opens focused on its tabs or its Week showed nothing
            if widget.property(POINTER_FOCUS):
                return
            self._ring(painter, _ring_rect(widget, option.rect))
            return
        super().drawPrimitive(element, option, painter, widget)
        # a ticked box (the style sheet draws the empty one) keeps its outline on dark slate;
        # a focused one has the ring round its box and words (PE_FrameFocusRect, above): a
        # 2 px edge on the 13 px box itself read as a slightly darker box
        if element in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
        ):
            painter.save()
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.border, 1))
            painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
            painter.restore()

    def _ring(self, painter: QPainter, rect: QRect) -> None:
        """The 2 px ring of the fields and buttons, just inside `rect`."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.focus, 2))
        painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 3, 3)
        painter.restore()


# the kinds whose own focus mark is Fusion's faint tint: they get the ring instead. Told by
# their Qt class names (QObject.inherits), as every widget's kind is here: the style draws
# for every window, and naming the Python classes kept each of them in the idle app's memory
# (tests/unit/test_lean_start.py).
RINGED = ("QCheckBox", "QRadioButton", "QTabBar", "QToolButton", "QSlider")


def _kind_of(widget: QWidget | None, kinds: tuple[str, ...]) -> bool:
    """Whether `widget` is one of the Qt classes named in `kinds` (or a subclass)."""
    return widget is not None and any(widget.inherits(kind) for kind in kinds)


# set on a widget of those kinds while the pointer gave it the focus: a click shows where the
# pointer already is, so only focus from the keyboard (or a window opening) is ringed
POINTER_FOCUS = "footholds_pointer_focus"


def _ring_rect(widget: QWidget, rect: QRect) -> QRect:
    """Where the ring goes: round the whole tab, button or control, inside its widget, so
    nothing moves; a radio button's or a check box's round its dot or box and its words
    (the widget can be wider, in a stretching column)."""
    if _kind_of(widget, ("QRadioButton", "QCheckBox")):  # in the room kept for it (padding)
        hint = widget.sizeHint()
        return QRect(0, (widget.height() - hint.height()) // 2, hint.width(), hint.height())
    return widget.rect()


def _note_focus(_old: QWidget | None, new: QWidget | None) -> None:
    """Remember whether a ringed kind took the focus from a click (see POINTER_FOCUS)."""
    if new is not None and _kind_of(new, RINGED):
        new.setProperty(POINTER_FOCUS, QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton)


def focus_colour() -> QColor:
    """The focus ring's colour in the theme now (the fields' and buttons' ring)."""
    style = getattr(QApplication.instance(), "_footholds_style", None)
    return QColor(style.focus) if isinstance(style, CalmStyle) else QColor(tokens.LIGHT.focus)


def _calm_style(app: QApplication) -> CalmStyle:
    """The app's one CalmStyle, made on first use; the app keeps the Python reference."""
    style = getattr(app, "_footholds_style", None)
    if not isinstance(style, CalmStyle):
        style = CalmStyle()
        app._footholds_style = style  # type: ignore[attr-defined]
        app.setStyle(style)
        app.focusChanged.connect(_note_focus)
    return style


def apply(app: QApplication, choice: str) -> None:
    """Apply a calm palette on Qt's Fusion style, which looks the same on every desktop.

    Called again on every light/dark change: the application style sheet is set anew, so
    every open window restyles its soft text, fields and buttons from the new tokens.
    """
    dark = is_dark(choice)
    _calm_style(app).border = QColor(tokens.colours(dark).border)
    _calm_style(app).focus = QColor(tokens.colours(dark).focus)
    _calm_style(app).edge = QColor(tokens.colours(dark).edge)
    c = colours(dark)
    pal = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.Base, "base"),
        (role.AlternateBase, "button"),
        (role.Button, "button"),
        (role.Highlight, "highlight"),
        (role.Mid, "mid"),
        (role.Link, "link"),
        (role.ToolTipBase, "base"),
    ):
        pal.setColor(r, QColor(c[key]))
    for r in (role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText):
        pal.setColor(r, QColor(c["text"]))
    pal.setColor(role.PlaceholderText, QColor(c["soft"]))
    # Fusion draws frames, checkbox and radio outlines from these; derived from the window
    # colour they vanish on dark backgrounds, so give them contrast explicitly.
    window, mid = QColor(c["window"]), QColor(c["mid"])
    pal.setColor(role.Light, window.lighter(130) if dark else QColor("#ffffff"))
    pal.setColor(role.Midlight, mid.lighter(115))
    pal.setColor(role.Dark, QColor(c["soft"]) if dark else mid.darker(125))
    pal.setColor(role.Shadow, QColor("#000000") if dark else mid.darker(160))
    pal.setColor(role.HighlightedText, QColor(c["base"]))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(disabled, r, QColor(c["soft"]))
    # a time or number field that waits (unticked "At a time") shows the page, not white
    pal.setColor(disabled, role.Base, QColor(c["window"]))
    # set only what changed: each set restyles every widget the app has
    if app.palette() != pal:
        app.setPalette(pal)
    sheet = stylesheet(tokens.colours(dark))
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    # only a real switch leaves links behind; the first apply at start has none to fix
    previous = app.property(_APPLIED)
    app.setProperty(_APPLIED, "dark" if dark else "light")
    if previous is not None and previous != ("dark" if dark else "light"):
        refresh_links(app)


_APPLIED = "footholds_theme_applied"


def refresh_links(app: QApplication) -> None:
    """Give the links inside rich-text labels the new theme's link colour.

    Qt colours a link once, when the label's text is parsed, from the palette of that moment;
    a later palette change leaves it behind (a light-theme teal at 2.4:1 on dark slate). Setting
    the same text again is ignored by QLabel, so it is cleared and set anew.
    """
    from shiboken6 import isValid

    # walked from the live windows down, never app.allWidgets(): a window released a moment
    # ago can still be listed there while Qt takes it apart (a crash seen in the test suite)
    from footholds.ui.common.top_windows import top_windows

    labels = [
        label
        for top in top_windows()
        if isValid(top)
        for label in ([top] if isinstance(top, QLabel) else []) + top.findChildren(QLabel)
    ]
    for widget in labels:
        if not isValid(widget) or "<a " not in (text := widget.text()):
            continue
        if widget.textFormat() == Qt.TextFormat.PlainText:
            continue
        widget.clear()
        widget.setText(text)


def stylesheet(c: Colours) -> str:
    """The application style sheet: soft text, borders, focus rings, button roles, cards.

    Buttons show focus by their ring alone (outline: none): Fusion's dotted box inside the
    ring made a second one.

    No stock icons on dialog buttons ("Close", "Cancel"), even where the desktop asks for them:
    they are drawn once in the desktop's colours, so dark on a dark button, and not from the
    app's one icon family. A rule here, not a Python styleHint() on the style: Qt asks that
    tens of thousands of times while a big window is built, and each call crossed into Python.

    Read-only text views (the check-in preview is white paper in both themes) keep their own
    palette (no background here: palette(base) is the app's, and made the paper dark); they
    take Tab (Page Down reads on) and have the fields' 2 px ring then, its second pixel
    taken from their margin (Qt sets where the page inside sits once, not on focus); on white paper
    (paper="true") the light theme's, as the dark one's pale ring all but vanished on it.
    Lists and trees take the same 2 px ring the same way (a 1 px edge in the focus colour was
    all they had); a frameless list (the journal's cards) keeps 2 px of clear edge for it while
    it waits, so its rows never move. The calendar's days mark their own focus. A boxed
    list's current row has the ring too while the list has the keyboard (the chosen row's
    wash alone was 1.4:1 on dark slate), its padding giving way so its words never move.
    Labels and buttons
    opt in by a property (soft, role, card) rather than by colours baked into their own style
    sheets, which a live light/dark switch would leave behind.
    """
    r, pad = tokens.RADIUS, tokens.XS
    return f"""
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QLabel[soft="true"] {{ color: {c.soft_text}; }}
QLabel[feedback="true"] {{ color: {c.link}; }}
QFrame[card="true"] {{ background: {c.surface}; border: 1px solid {c.edge};
    border-left: {tokens.EDGE}px solid {c.accent}; border-radius: {r}px; }}
QFrame[card="true"] QLabel {{ background: transparent; }}
QFrame[rule="true"] {{ background: {c.edge}; border: none; }}
QFrame[helpband="true"] {{ background: {c.selection}; border-top: 2px solid {c.accent}; }}
QFrame[helpband="true"] QLabel {{ background: transparent; color: {c.text}; }}
QCheckBox::indicator:unchecked, QListView::indicator:unchecked {{
    border: 1px solid {c.border}; border-radius: 2px; background: {c.field};
    width: 12px; height: 12px; }}
QCheckBox {{ padding: 3px; }}
QCheckBox::indicator:unchecked:disabled {{ border-color: {c.edge}; background: {c.background}; }}
QRadioButton {{ padding: 3px 4px; }}
QRadioButton::indicator {{ width: 12px; height: 12px; border-radius: 7px;
    border: 1px solid {c.border}; background: {c.field}; }}
QRadioButton::indicator:checked {{ border: 1px solid {c.accent}; background: qradialgradient(
    cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {c.accent}, stop:0.55 {c.accent},
    stop:0.65 {c.field}, stop:1 {c.field}); }}
QLineEdit, QPlainTextEdit[readOnly="false"], QTextEdit[readOnly="false"] {{
    border: 1px solid {c.border}; border-radius: 4px;
    background: {c.field}; color: {c.text}; selection-background-color: {c.accent};
    selection-color: {c.accent_text}; }}
QLineEdit {{ padding: 3px 5px; }}
QLineEdit:focus, QPlainTextEdit[readOnly="false"]:focus, QTextEdit[readOnly="false"]:focus {{
    border: 2px solid {c.focus}; }}
QLineEdit:focus {{ padding: 2px 4px; }}
QLineEdit:disabled, QPlainTextEdit[readOnly="false"]:disabled,
QTextEdit[readOnly="false"]:disabled {{ background: {c.background}; color: {c.soft_text};
    border-color: {c.edge}; }}
QTextEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {{
    border: 1px solid {c.border}; border-radius: 4px; margin: 1px; }}
QTextEdit[readOnly="true"]:focus, QPlainTextEdit[readOnly="true"]:focus {{
    border: 2px solid {c.focus}; margin: 0; }}
QTextEdit[paper="true"]:focus {{ border-color: {tokens.LIGHT.focus}; }}
QLineEdit[plain="true"] {{ background: transparent; border: none;
    border-bottom: 1px solid transparent; border-radius: 0; padding: 3px 0; }}
QLineEdit[plain="true"]:focus {{ border-bottom: 2px solid {c.focus}; padding: 3px 0 2px 0; }}
QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{ border: none; padding: 0;
    background: transparent; }}
QMenu {{ border: 1px solid {c.border}; }}
QMenu::separator {{ height: 1px; background: {c.border}; margin: 4px 8px; }}
QListView, QTreeView, QTableView {{ border: 1px solid {c.border}; margin: 1px; }}
QListView:focus, QTreeView:focus, QTableView:focus {{ border: 2px solid {c.focus}; margin: 0; }}
QCalendarWidget QTableView, QCalendarWidget QTableView:focus {{ border: none; margin: 0; }}
QScrollBar:vertical {{ background: transparent; width: 12px; margin: 0; }}
QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 0; }}
QScrollBar::handle {{ background: {c.border}; border-radius: 3px; }}
QScrollBar::handle:vertical {{ min-height: 32px; margin: 2px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; margin: 2px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {c.soft_text}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QSplitter::handle {{ background: transparent; image: none; }}
QSplitter::handle:hover, QSplitter::handle:pressed {{ background: {c.border}; }}
QListView[frameless="true"] {{ border: 2px solid transparent; margin: 0; }}
QListView[frameless="true"]:focus {{ border-color: {c.focus}; }}
QListView[boxed="true"] {{ background: {c.surface}; border: 1px solid {c.edge}; margin: 1px;
    border-radius: {r}px; selection-background-color: {c.selection};
    selection-color: {c.text}; }}
QListView[boxed="true"]::item {{ border-bottom: 1px solid {c.edge}; padding: 3px 2px; }}
QListView[boxed="true"]::item:selected {{ background: {c.selection}; color: {c.text}; }}
QListView[boxed="true"]::item:focus {{ border: 2px solid {c.focus}; padding: 1px 0 2px 0; }}
QListView[boxed="true"]:focus {{ border: 2px solid {c.focus}; margin: 0; }}
QPushButton[role="primary"] {{ background: {c.accent}; color: {c.accent_text};
    border: 2px solid {c.accent}; border-radius: {r}px; padding: {pad - 1}px {3 * pad}px;
    font-weight: 600; outline: none; }}
QPushButton[role="primary"]:hover {{ border-color: {c.focus}; }}
QPushButton[role="primary"]:focus {{ border-color: {c.text}; }}
QPushButton[role="primary"]:disabled {{ background: {c.raised}; color: {c.soft_text};
    border-color: {c.edge}; }}
QPushButton[role="secondary"] {{ background: {c.raised}; color: {c.text};
    border: 1px solid {c.border}; border-radius: {r}px; padding: {pad}px {2 * pad + 1}px;
    outline: none; }}
QPushButton[role="secondary"]:hover {{ background: {c.surface}; }}
QPushButton[role="secondary"]:checked {{ background: {c.surface}; border-color: {c.accent}; }}
QPushButton[role="secondary"]:focus {{ border: 2px solid {c.focus};
    padding: {pad - 1}px {2 * pad}px; }}
QPushButton[role="secondary"]:disabled {{ color: {c.soft_text}; border-color: {c.edge}; }}
QPushButton[role="quiet"] {{ background: transparent; color: {c.text};
    border: 2px solid transparent; border-radius: {r}px; padding: {pad - 1}px {2 * pad}px;
    outline: none; }}
QPushButton[role="quiet"]:hover, QPushButton[role="quiet"]:checked {{ background: {c.raised}; }}
QPushButton[role="quiet"]:focus {{ border-color: {c.focus}; }}
QPushButton[role="quiet"]:disabled {{ color: {c.soft_text}; }}
QPushButton[role="link"] {{ background: transparent; color: {c.link}; text-decoration: underline;
    border: 2px solid transparent; border-radius: 4px; padding: 1px 2px; text-align: left;
    outline: none; }}
QPushButton[role="link"]:focus {{ border-color: {c.focus}; }}
QPushButton[role="link"]:disabled {{ color: {c.soft_text}; }}
QPushButton[role="link"][alt_held="true"] {{ text-decoration: none; }}
"""


def window_style(dark: bool) -> str:
    """The older look, keyed on object names, that the Thought log, Reach out and Medication
    set themselves at each switch (the others follow the application style sheet's properties)."""
    c = colours(dark)
    return (
        "QLabel#heading { font-size: 13pt; font-weight: 600; }"
        "QLabel#subheading { font-weight: 600; }"
        f"QLabel#soft {{ color: {c['soft']}; }}"
        f"QFrame#card {{ background: {c['base']}; border: 1px solid {c['mid']};"
        " border-radius: 8px; }"
        "QFrame#card QLabel { background: transparent; }"
        "QLabel#big { font-size: 14pt; }"
        f"QFrame#rule {{ background: {c['mid']}; border: none; }}"
        # Fusion outlines an empty box in the window colour, darkened: lost on a dark page.
        "QCheckBox::indicator:unchecked, QListView::indicator:unchecked"
        f" {{ border: 1px solid {c['soft']}; border-radius: 2px; background: {c['base']};"
        " width: 12px; height: 12px; }"
        # a widget's own sheet wins over the app's: the waiting look is repeated here
        # (Reach out's "A gentle nudge")
        "QCheckBox::indicator:unchecked:disabled"
        f" {{ border-color: {tokens.colours(dark).edge};"
        f" background: {tokens.colours(dark).background}; }}"
    )
