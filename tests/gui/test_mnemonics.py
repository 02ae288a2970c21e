"""Alt letters (mnemonics) where a keyboard-only tour found none: the tray menu, the quick log,
Today, the proof list and the Affirmation. Each action a person presses shows its underlined
letter, letters are unique among what shows together, in English and in Spanish, and an
Alt letter presses its button from inside a text box too (ui/common/alt_keys.py only stops
letters that no shortcut takes)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Affirmation, Goal, LogEntry, Proof, RoutineItem
from footholds.ui.common import buttons, i18n
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.proofs.affirmation import AffirmationWindow
from footholds.ui.proofs.proof_list import ProofListWindow
from footholds.ui.today.today import TodayWindow
from support import person_day

ALT = Qt.KeyboardModifier.AltModifier
LANGUAGES = ("en", "es")


def letter(text: str) -> str | None:
    """The underlined letter of `text` ("&Save": "s"), or None; "&&" is a plain "&"."""
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def unique(texts: list[str]) -> None:
    letters = Counter(found for found in map(letter, texts) if found)
    twice = {key: [t for t in texts if letter(t) == key] for key, n in letters.items() if n > 1}
    assert twice == {}, f"the same Alt letter twice: {twice}"


def keyed(*widgets: QAbstractButton) -> None:
    """Each of `widgets` underlines a letter."""
    missing = [w.text() for w in widgets if letter(w.text()) is None]
    assert missing == [], f"no Alt letter: {missing}"


def shown_buttons(window: QWidget) -> list[str]:
    """The words of every button showing in `window`, with their "&"."""
    return [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, ctx: AppContext) -> Iterator[str]:
    code = cast(str, request.param)
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)
    QApplication.processEvents()
    yield code
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)
    i18n.remove(ctx.app)


def menu_words(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]


@pytest.mark.parametrize("lock", ["off", "open", "locked"])
def test_the_tray_menu_has_an_alt_letter_on_every_line(
    ctx: AppContext, language: str, lock: str
) -> None:
    tray = ctx.tray
    ctx.reminders.start()  # its submenu, Reminders
    try:
        if lock != "off":
            tray.lock_actions = {"open": QApplication.processEvents, "locked": QApplication.beep}
            tray.set_lock_state(lock)
        words = menu_words(tray.menu)
        assert [w for w in words if letter(w) is None] == []
        unique(words)
        # QAction.menu() is typed QObject (a template in Qt); a tray submenu is a QMenu
        (reminders,) = [cast(QMenu, a.menu()) for a in tray.menu.actions() if a.menu()]
        status, *actions = [a for a in reminders.actions() if not a.isSeparator()]
        assert not status.isEnabled()  # the line to read: nothing to press
        assert [a.text() for a in actions if letter(a.text()) is None] == []
        unique([a.text() for a in actions])
        if language == "es":
            assert letter(tray.actions["quick-log"].text()) == "r"  # "&Registro rápido"
    finally:
        tray.set_lock_state("off")
        ctx.reminders.stop()


def test_the_quick_log_has_alt_letters(ctx: AppContext, language: str, qtbot: QtBot) -> None:
    window = cast(QuickLogWindow, ctx.windows.show("quick-log"))
    qtbot.waitUntil(window.isVisible)
    sleep = window.sleep
    sleep.show()  # a morning's question, shown with the rest
    keyed(window.save, window.plan, window.form.more, sleep.note, sleep.later)
    keyed(window.help_link.button)  # Get help now, from anywhere in the window
    unique(shown_buttons(window))
    window.thanks.thank(LogEntry(wins=["drank water"]).clean())
    keep = window.thanks.keep_proof
    keyed(keep)
    unique([*shown_buttons(window), keep.text()])
    assert "&" not in window.save.accessibleName()
    assert "&" not in window.form.more.accessibleName()


def test_the_affirmation_has_alt_letters(ctx: AppContext, language: str, qtbot: QtBot) -> None:
    ctx.store.add(Affirmation(text="My own words"))
    window = cast(AffirmationWindow, ctx.windows.show("affirmation"))
    qtbot.waitUntil(window.isVisible)
    window.write.click()
    keyed(window.next, window.favourite, window.hide_button, window.write, window.from_proof)
    keyed(window.own_save, window.help_link.button)
    unique(shown_buttons(window))
    for _ in range(len(window.ctx.store.all(Affirmation)) + 30):  # its own card: Remove
        if window.hide_button.text() != window.tr("&Hide this one"):
            break
        window.show_next()
    keyed(window.hide_button)
    unique(shown_buttons(window))
    assert "&" not in window.next.accessibleName() and "&" not in window.write.accessibleName()


def test_the_proof_list_has_alt_letters(ctx: AppContext, language: str, qtbot: QtBot) -> None:
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitUntil(window.isVisible)
    unique(shown_buttons(window))  # empty: "Add my first one"
    assert window.add_first.isVisibleTo(window)
    keyed(window.add_first)
    ctx.store.add(Proof(day=person_day(), text="Walked to the end of the road"))
    QApplication.processEvents()
    window.list.setCurrentIndex(window.list.model().index(0, 0))
    keyed(window.show_one, window.add, window.edit, window.remove, window.help_link.button)
    unique(shown_buttons(window))
    window.add.click()
    keyed(window.editor.save, window.editor.cancel)
    unique(shown_buttons(window))
    window.editor.cancel.click()
    window.show_random()
    unique(shown_buttons(window))
    assert "&" not in window.add.accessibleName()


def test_today_has_alt_letters(ctx: AppContext, language: str, qtbot: QtBot) -> None:
    ctx.store.add(Goal(title="Answer one email", steps=[{"text": "Open it"}]))
    ctx.store.add(RoutineItem(text="Drink water", position=0))
    window = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitUntil(window.isVisible)
    QApplication.processEvents()
    keyed(window.next_done, window.help_link.button)
    named = ("plan", "add_goal", "add", "change", "taken", "open_form")
    found = [
        b
        for part in window.findChildren(QWidget)
        for name in named
        if isinstance(b := getattr(part, name, None), QAbstractButton) and b.isVisibleTo(window)
    ]
    assert len(found) >= 3
    keyed(*found)
    unique(shown_buttons(window))


def in_box(ctx: AppContext, qtbot: QtBot, window: QWidget, box: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)


@pytest.mark.parametrize(("code", "more", "save"), [("en", "m", "s"), ("es", "m", "g")])
def test_alt_letters_press_their_buttons_from_the_quick_logs_note(
    ctx: AppContext, qtbot: QtBot, code: str, more: str, save: str
) -> None:
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)
    try:
        window = cast(QuickLogWindow, ctx.windows.show("quick-log"))
        note = window.form.note
        in_box(ctx, qtbot, window, note)
        qtbot.keyClicks(note, "a calm hour")
        key = getattr(Qt.Key, f"Key_{more.upper()}")
        qtbot.keyClick(note, key, ALT)
        qtbot.waitUntil(window.form.more.isChecked)  # a mnemonic clicks as animateClick()
        assert note.toPlainText() == "a calm hour"  # no "m" typed into the words
        note.setFocus()
        qtbot.keyClick(note, getattr(Qt.Key, f"Key_{save.upper()}"), ALT)
        qtbot.waitUntil(lambda: bool(ctx.store.all(LogEntry)))
        (entry,) = ctx.store.all(LogEntry)
        assert entry.note == "a calm hour"
    finally:
        ctx.settings.set("general.language", "en")
        i18n.apply(ctx)
        i18n.remove(ctx.app)


def test_alt_s_saves_an_own_affirmation_from_its_field(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(AffirmationWindow, ctx.windows.show("affirmation"))
    window.write.click()
    in_box(ctx, qtbot, window, window.own_text)
    qtbot.keyClicks(window.own_text, "I am allowed to rest")
    qtbot.keyClick(window.own_text, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: bool(ctx.store.all(Affirmation)))  # clicked after a moment
    assert window.own_text.text() == ""  # kept, and no "s" typed after it
    assert [a.text for a in ctx.store.all(Affirmation)] == ["I am allowed to rest"]


def test_a_buttons_name_never_says_its_mark() -> None:
    assert buttons.plain("&Save") == "Save"
    assert buttons.plain("Salt && pepper") == "Salt & pepper"
    assert buttons.plain("Tom & Jerry") == "Tom & Jerry"
    assert letter("Salt && pepper") is None and letter("Show me &one") == "o"


def test_reach_outs_person_form_saves_and_cancels_by_alt_letter(
    ctx: AppContext, qtbot: QtBot, language: str
) -> None:
    from footholds.core.store import Person
    from footholds.ui.people.reach_out import ReachOutWindow

    reach = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    reach.activateWindow()
    qtbot.waitUntil(reach.isActiveWindow)  # an Alt letter is a shortcut of the active window
    reach.add_person.click()
    form = reach.form
    keyed(form.save, form.cancel)
    unique(shown_buttons(reach))
    qtbot.keyClicks(form.name, "Sam")
    qtbot.keyClick(form.name, _key(form.save), ALT)
    qtbot.waitUntil(lambda: len(ctx.store.all(Person)) == 1)
    reach.add_person.click()
    qtbot.keyClick(form.name, _key(form.cancel), ALT)
    qtbot.waitUntil(lambda: not form.isVisible())
    reach.close()


def _key(button: QAbstractButton) -> Qt.Key:
    return Qt.Key(ord((letter(button.text()) or "?").upper()))
