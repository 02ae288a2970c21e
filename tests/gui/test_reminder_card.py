"""The reminder card: never takes the focus, records each answer, fades, one at a time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from reminder_support import Kind, Rig, visible_cards
from settling import settle

from footholds.app.build import AppContext
from footholds.core import content
from footholds.core.store import ContentMark, Session
from footholds.ui.common import theme
from footholds.ui.reminders.reminder_card import WIDTH
from footholds.ui.reminders.reminder_place import card_position
from support import present


@pytest.fixture
def rig(ctx: AppContext, qtbot: QtBot) -> Iterator[Rig]:
    made = Rig(ctx)
    made.driver.start()
    yield made
    made.close()


@pytest.fixture
def work(qtbot: QtBot) -> QLineEdit:
    """Another window, with the keyboard focus in a text field, as someone's work."""
    field = QLineEdit()
    field.setWindowTitle("work")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is field)
    return field


def test_the_card_never_takes_the_focus(rig: Rig, work: QLineEdit, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    card = rig.card
    qtbot.waitUntil(card.isVisible)
    assert card.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert card.windowFlags() & Qt.WindowType.Tool
    assert card.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert card.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    # shown on screen and at rest: by then it would have taken the focus, if it could
    qtbot.waitExposed(card)
    settle(qtbot, card)
    assert QApplication.activeWindow() is work
    assert QApplication.focusWidget() is work
    assert not card.isActiveWindow()


def test_the_card_reads_at_a_glance(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    card = rig.card
    item = present(present(rig.driver.presenter.current).item)
    assert card.title.text() == "A little movement"
    assert card.text.text() == item["text"]
    assert card.seconds.text() == f"About {item['seconds']} seconds"
    assert card.postures.isVisibleTo(card)
    assert [b.text() for b in (card.done_button, card.later_button, card.skip_button)] == [
        "Done",
        "Later",
        "Not now",
    ]
    assert card.another_button.text() == "Another one"
    for widget in (card.done_button, card.later_button, card.skip_button, card.more):
        assert widget.accessibleName()
    assert card.width() == WIDTH


def test_done_records_done_and_a_moved_win(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    item_id = present(rig.driver.presenter.current).item_id
    qtbot.mouseClick(rig.card.done_button, Qt.MouseButton.LeftButton)
    assert rig.outcomes() == [("movement", "shown"), ("movement", "done")]
    assert {e.item_id for e in rig.events()} == {item_id}
    [win] = rig.wins()
    assert win.wins == ["moved"] and win.source == "reminder"
    assert rig.card.ack.text() in content.load_document("acknowledgements")["done_movement"]
    assert not rig.card.buttons.isVisibleTo(rig.card)
    qtbot.waitUntil(lambda: not rig.card.isVisible(), timeout=5000)


def test_done_after_a_rest_logs_rested(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.REST)
    assert not rig.card.postures.isVisibleTo(rig.card)  # postures are for movements
    rig.card.done_button.click()
    assert rig.wins()[0].wins == ["rested"]


def test_later_snoozes_without_a_win(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.card.later_button.click()
    assert rig.outcomes()[-1] == ("movement", "snoozed")
    assert rig.wins() == []
    assert "10 minutes" in rig.card.ack.text()
    status = rig.driver.status()
    assert status.next_kind is Kind.MOVEMENT
    minutes = (present(status.next_at) - rig.clock.now()).total_seconds() / 60
    assert 9.9 < minutes <= 11.1  # the snooze, then a minute of calm after an answer


def test_later_with_a_rest_put_off_says_it_comes_with_the_rest(rig: Rig, qtbot: QtBot) -> None:
    """A movement put off until about when a rest already put off comes waits for that rest,
    which covers it: the card closed without a word; it names the rest's time now."""
    rig.driver.remind_now(Kind.REST)
    rig.card.later_button.click()
    rest = present(rig.driver.scheduler.comes_back_at(Kind.REST))
    rig.card.hide()
    rig.run(2)
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.card.later_button.click()
    assert rig.outcomes()[-1] == ("movement", "snoozed")
    assert rig.driver.scheduler.comes_back_at(Kind.MOVEMENT) is None  # it waits for the rest
    minutes = round((rest - rig.clock.now()).total_seconds() / 60)
    assert rig.card.ack.text() == (
        f"All right. It will come with your rest, in about {minutes} minutes."
    )
    assert rig.card.isVisible()


def session_from_now(rig: Rig, minutes: int, *, starts_in: int = -1) -> Session:
    """A therapy session around the rig's clock. Sessions are read in this computer's zone,
    so the wall-clock time is taken there, whatever zone the rig's clock is in."""
    start = (rig.clock.now() + timedelta(minutes=starts_in)).astimezone()
    day, hhmm = start.date().isoformat(), start.strftime("%H:%M")
    return rig.ctx.store.add(Session(day=day, time=hhmm, minutes=minutes))


@pytest.mark.parametrize(("length", "said"), [(20, "in about 35 minutes"), (90, "at 11:45")])
def test_later_in_a_session_says_when_it_really_comes_back_and_it_does(
    rig: Rig, qtbot: QtBot, length: int, said: str
) -> None:
    """The snooze ends inside the quiet of a session: it comes back once that is over (the
    session's end and 15 minutes), and the card says so, naming the session, not "in about
    10 minutes"."""
    rig.ctx.settings.set("reminders.quiet_hours", False)
    rig.ctx.settings.set("reminders.rest_enabled", False)  # a rest would cover the movement
    session_from_now(rig, length)  # started a minute ago, 10:00 on the rig's clock
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.card.later_button.click()
    assert rig.card.ack.text() == f"All right. It will come back after your session, {said}."
    back = present(rig.driver.scheduler.comes_back_at(Kind.MOVEMENT))
    assert back == rig.clock.now() + timedelta(minutes=length + 15 - 1 + 1)  # a calm minute
    rig.card.hide()
    rig.run((back - rig.clock.now()).total_seconds() / 60 - 1)
    assert rig.driver.presenter.current is None  # still quiet
    rig.run(1)
    assert rig.driver.presenter.current is not None
    assert rig.driver.presenter.current.kind is Kind.MOVEMENT


def test_later_says_tomorrow_without_a_doubled_at(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Held past midnight (quiet hours, a pause): "come back tomorrow at 07:00", never "come
    back at tomorrow at 07:00"."""
    now = rig.driver.scheduler.now()
    back = now.replace(hour=7, minute=0) + timedelta(days=1)
    monkeypatch.setattr(rig.driver.scheduler, "comes_back_at", lambda kind: back)
    words = rig.driver.presenter.thanks.later(Kind.MOVEMENT)
    assert words == "All right. It will come back tomorrow at 07:00."


@pytest.mark.parametrize(
    ("hours", "said"),
    [(2, "with your rest, at 12:00"), (21, "with your rest, tomorrow at 07:00")],
)
def test_later_with_a_rest_names_its_time_later_on(
    rig: Rig, monkeypatch: pytest.MonkeyPatch, hours: int, said: str
) -> None:
    scheduler = rig.driver.scheduler
    rest = scheduler.now() + timedelta(hours=hours)
    back = {Kind.REST: rest}  # the movement waits for it: no time of its own
    monkeypatch.setattr(scheduler, "comes_back_at", back.get)
    monkeypatch.setattr(scheduler, "comes_with_rest", lambda kind: kind is Kind.MOVEMENT)
    words = rig.driver.presenter.thanks.later(Kind.MOVEMENT)
    assert words == f"All right. It will come {said}."


def test_not_now_is_a_kind_skip(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.card.skip_button.click()
    assert rig.outcomes()[-1] == ("movement", "skipped")
    assert rig.wins() == []
    thanks = rig.card.ack.text()
    assert thanks in content.load_document("acknowledgements")["skipped"]
    for word in ("fail", "missed", "streak"):
        assert word not in thanks.lower()


def test_an_unanswered_card_fades_and_waits_in_the_tray(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    assert rig.card.fade_timer.interval() == 40_000  # reminders.card_seconds
    rig.card.fade_timer.start(30)
    qtbot.waitUntil(lambda: rig.outcomes()[-1] == ("movement", "faded"), timeout=3000)
    qtbot.waitUntil(lambda: not rig.card.isVisible(), timeout=3000)
    assert rig.wins() == []
    assert rig.driver.status().waiting is Kind.MOVEMENT
    assert "here whenever you want it" in rig.ctx.tray.icon.toolTip()
    assert rig.driver.menu.actions["show"].isVisible()


def test_only_one_card_at_a_time(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.driver.remind_now(Kind.MOVEMENT)
    assert len(visible_cards()) == 1
    assert rig.outcomes() == [("movement", "shown")]  # the same one, brought back into view
    rig.driver.remind_now(Kind.REST)
    assert len(visible_cards()) == 1
    assert rig.card.kind == "rest" and rig.card.showing
    assert rig.outcomes() == [("movement", "shown"), ("movement", "faded"), ("rest", "shown")]


def test_another_one_changes_the_words(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    first = rig.card.text.text()
    rig.card.another_button.click()
    assert rig.card.text.text() != first
    ids = [e.item_id for e in rig.events()]
    assert len(ids) == 2 and ids[0] != ids[1]
    assert rig.card.showing  # still up, still answerable


def test_hide_this_one_never_shows_it_again(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.REST)
    hidden = present(rig.driver.presenter.current).item_id
    rig.card.hide_action.trigger()
    [mark] = rig.ctx.store.all(ContentMark)
    assert (mark.pack, mark.item_id, mark.mark) == ("rest", hidden, "hidden")
    assert present(rig.driver.presenter.current).item_id != hidden
    for _ in range(60):
        assert present(rig.driver.presenter.pick(Kind.REST))["id"] != hidden


def test_the_posture_switcher_picks_a_movement_that_fits(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    assert rig.card.posture_buttons["sitting"].isChecked()  # from reminders.posture
    rig.card.posture_buttons["lying"].click()
    item = present(present(rig.driver.presenter.current).item)
    assert item["posture"] == "lying"
    assert rig.card.text.text() == item["text"]
    assert rig.ctx.settings["reminders.posture"] == "sitting"  # the setting is left alone


def test_a_posture_picked_on_a_card_lasts_for_that_card_only(rig: Rig, qtbot: QtBot) -> None:
    """The card's row says how the person is right now; Settings keeps their usual posture,
    and the next movement card follows it again (it carried "Standing" over while Settings
    still said "In a chair")."""
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.card.posture_buttons["standing"].click()
    rig.card.skip_button.click()
    rig.driver.remind_now(Kind.MOVEMENT)
    assert rig.card.posture_buttons["sitting"].isChecked()
    item = present(present(rig.driver.presenter.current).item)
    assert item.get("posture", "sitting") == "sitting"  # one without a posture fits any
    rig.ctx.settings.set("reminders.posture", "lying")  # a new usual posture, followed too
    rig.card.skip_button.click()
    rig.driver.remind_now(Kind.MOVEMENT)
    assert rig.card.posture_buttons["lying"].isChecked()


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_the_card_follows_light_and_dark(rig: Rig, qtbot: QtBot, choice: str) -> None:
    rig.ctx.settings.set("general.theme", choice)
    rig.driver.remind_now(Kind.MOVEMENT)
    colours = theme.colours(choice == "dark")
    card = rig.card
    assert card.palette().color(card.backgroundRole()) == QColor(colours["window"])
    image = card.grab().toImage()
    assert image.pixelColor(card.width() // 2, 3) == QColor(colours["window"])
    assert image.pixelColor(1, card.height() // 2) == QColor(colours["highlight"])
    assert card.palette().color(card.foregroundRole()) == QColor(colours["text"])


def test_the_card_sits_bottom_right_when_the_tray_is_unknown(qapp: QApplication) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    where = card_position(QSize(WIDTH, 200), QRect())
    assert where == QPoint(area.right() - 12 - WIDTH + 1, area.bottom() - 12 - 200 + 1)


def test_the_card_sits_under_a_top_right_tray_without_covering_it(qapp: QApplication) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    icon = QRect(area.right() - 30, area.top(), 24, 24)
    where = card_position(QSize(WIDTH, 200), icon)
    assert where.y() > icon.bottom()
    assert where.x() + WIDTH - 1 == area.right() - 12
    assert not QRect(where, QSize(WIDTH, 200)).intersects(icon)


def test_asked_for_from_the_menu_it_takes_the_keyboard(
    rig: Rig, work: QLineEdit, qtbot: QtBot
) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.driver.menu.actions["show"].trigger()
    card = rig.card
    assert not card.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    assert QApplication.focusWidget() is card.done_button
    qtbot.keyClick(card.done_button, Qt.Key.Key_Escape)
    assert rig.outcomes()[-1] == ("movement", "faded")
    rig.driver.remind_now(Kind.REST)  # the next one is passive again
    assert card.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus


def test_enter_presses_the_focused_button(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.driver.show_reminder_now()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is rig.card.done_button)
    qtbot.keyClick(rig.card.done_button, Qt.Key.Key_Return)
    assert rig.outcomes()[-1] == ("movement", "done")


def test_the_pointer_over_the_card_postpones_fading_but_never_stops_it(
    rig: Rig, qtbot: QtBot
) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    card = rig.card
    card.fade_timer.start(1000)
    spot = QPointF(5, 5)
    QApplication.sendEvent(card, QEnterEvent(spot, spot, card.mapToGlobal(spot)))
    assert card.fade_timer.isActive()
    assert card.fade_timer.remainingTime() > 14_000


def test_long_words_are_shown_whole(rig: Rig, qtbot: QtBot) -> None:
    long = "Roll your shoulders back slowly, then forwards, breathing out each time. " * 6
    rig.card.show_reminder("movement", {"id": "own", "text": long.strip()}, fade_seconds=40)
    qtbot.waitUntil(rig.card.isVisible)
    settle(qtbot, rig.card)
    label = rig.card.text
    assert label.height() >= label.heightForWidth(label.width())
    assert rig.card.buttons.geometry().bottom() < rig.card.height()
    assert not rig.card.seconds.isVisibleTo(rig.card)  # own ideas may have no duration


def test_a_card_on_screen_changes_with_the_theme(rig: Rig, qtbot: QtBot) -> None:
    rig.ctx.settings.set("general.theme", "light")
    rig.driver.remind_now(Kind.REST)
    rig.ctx.settings.set("general.theme", "dark")
    card = rig.card
    assert card.dark
    assert card.palette().color(card.backgroundRole()) == QColor(theme.colours(True)["window"])


def test_wind_down_mentions_the_usual_wake_time_only_when_set(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.presenter.present(Kind.WINDDOWN)
    assert "getting up around" not in rig.card.text.text()
    rig.card.later_button.click()
    rig.ctx.settings.set("day.wake_time", "07:30")
    rig.driver.presenter.present(Kind.WINDDOWN)
    assert "around 07:30 tomorrow" in rig.card.text.text()


def test_the_card_uses_the_design_system_and_another_one_keeps_to_the_right(qtbot: QtBot) -> None:
    from footholds.ui.reminders.reminder_card import ReminderCard

    card = ReminderCard()
    qtbot.addWidget(card)
    # no duration
    card.show_reminder("nourishment", {"id": "n", "text": "A glass of water, if you can."})
    qtbot.waitExposed(card)
    settle(qtbot, card)
    assert card.done_button.property("role") == "primary"  # the one thing the card is for
    assert {card.later_button.property("role"), card.skip_button.property("role")} == {"secondary"}
    assert card.seconds.property("soft")
    assert not [w for w in (card.done_button, card.seconds, card.ack) if w.styleSheet()]
    another = card.another_button
    right = another.mapTo(card, QPoint(another.width(), 0)).x()
    assert right >= card.skip_button.mapTo(card, QPoint(card.skip_button.width(), 0)).x() - 2
    # its own size, not the whole row with its words in the middle
    assert another.width() <= another.sizeHint().width() + 2


def open_journal(ctx: AppContext, qtbot: QtBot) -> QWidget:
    """One of our own windows, active, with the keyboard in it (it closes on Esc)."""
    ctx.windows.show("journal")
    window = present(ctx.windows.get("journal"))
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_esc_in_our_window_puts_the_card_away_and_leaves_the_window(
    rig: Rig, ctx: AppContext, qtbot: QtBot
) -> None:
    window = open_journal(ctx, qtbot)
    rig.driver.remind_now(Kind.MOVEMENT)
    card = rig.card
    qtbot.waitUntil(card.isVisible)
    qtbot.waitUntil(window.isActiveWindow)  # the card gave the activation straight back
    assert not card.isActiveWindow()
    qtbot.keyClick(present(QApplication.focusWidget()), Qt.Key.Key_Escape)
    assert window.isVisible()  # the Esc was the card's
    assert rig.outcomes()[-1] == ("movement", "faded")  # as Esc on the card: nothing counted
    assert rig.wins() == []
    assert rig.driver.status().waiting is Kind.MOVEMENT  # it waits quietly in the tray
    qtbot.waitUntil(lambda: not card.isVisible(), timeout=3000)
    qtbot.keyClick(present(QApplication.focusWidget()), Qt.Key.Key_Escape)
    assert not window.isVisible()  # the next Esc is the window's, as always


def _esc(widget: QWidget, kind: QEvent.Type, repeat: bool = False) -> None:
    for sent in (QEvent.Type.ShortcutOverride, kind) if kind == QEvent.Type.KeyPress else (kind,):
        event = QKeyEvent(sent, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, "", repeat)
        QApplication.sendEvent(widget, event)


def test_a_held_esc_puts_the_card_away_and_still_leaves_the_window(
    rig: Rig, ctx: AppContext, qtbot: QtBot
) -> None:
    window = open_journal(ctx, qtbot)
    rig.driver.remind_now(Kind.MOVEMENT)
    qtbot.waitUntil(rig.card.isVisible)
    qtbot.waitUntil(window.isActiveWindow)
    focus = present(QApplication.focusWidget())
    _esc(focus, QEvent.Type.KeyPress)
    qtbot.waitUntil(lambda: not rig.card.isVisible(), timeout=3000)
    for _ in range(5):  # the key held down: the keyboard repeats it
        _esc(present(QApplication.focusWidget()), QEvent.Type.KeyPress, repeat=True)
    assert window.isVisible()
    _esc(present(QApplication.focusWidget()), QEvent.Type.KeyRelease)
    qtbot.keyClick(present(QApplication.focusWidget()), Qt.Key.Key_Escape)
    assert not window.isVisible()  # a new press is the window's again


def test_esc_goes_to_the_window_while_the_card_thanks(
    rig: Rig, ctx: AppContext, qtbot: QtBot
) -> None:
    window = open_journal(ctx, qtbot)
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.card.skip_button.click()  # answered: the card is only saying thank you now
    assert rig.card.isVisible() and not rig.card.showing
    qtbot.keyClick(present(QApplication.focusWidget()), Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert rig.outcomes()[-1] == ("movement", "skipped")


def test_with_no_card_esc_is_left_alone(rig: Rig, ctx: AppContext, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.card.put_away()  # a card came and went before the window opened
    qtbot.waitUntil(lambda: not rig.card.isVisible(), timeout=3000)
    window = open_journal(ctx, qtbot)
    outcomes = rig.outcomes()
    qtbot.keyClick(present(QApplication.focusWidget()), Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert rig.outcomes() == outcomes


def test_an_esc_shortcut_in_our_window_waits_for_the_card(
    rig: Rig, work: QLineEdit, qtbot: QtBot
) -> None:
    """A window that closes on Esc with a shortcut, not a key press, is kept too."""
    pressed: list[bool] = []
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), work)
    shortcut.activated.connect(lambda: pressed.append(True))
    rig.driver.remind_now(Kind.MOVEMENT)
    qtbot.waitUntil(rig.card.isVisible)
    qtbot.keyClick(work, Qt.Key.Key_Escape)
    assert pressed == [] and not rig.card.showing
    qtbot.waitUntil(lambda: not rig.card.isVisible(), timeout=3000)
    qtbot.keyClick(work, Qt.Key.Key_Escape)
    assert pressed == [True]


@pytest.mark.parametrize("language", ["en", "es"])
def test_longer_words_swapped_in_leave_the_answers_where_they_were(
    rig: Rig, qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    """A longer idea chosen on the card ("In bed or on the floor", Another one) made the words
    a line longer and pushed Done, Later and Not now down 17 px: a tired click landed where
    the button had been. With the card at the top of the screen (a top panel's tray), where
    it cannot grow upward, the answers stay put through every posture and Another one."""
    from footholds.ui.common import i18n

    if language == "es":
        i18n.install(qapp, "es")
        rig.ctx.settings.set("general.language", "es")
        rig.driver.presenter.chooser.set_language("es")
    try:
        rig.driver.remind_now(Kind.MOVEMENT)
        card = rig.card
        qtbot.waitUntil(card.isVisible)
        screen = present(card.screen()).availableGeometry()
        card.move(screen.right() - card.width() - 12, screen.top() + 12)  # under a top panel
        settle(qtbot, card)

        def answers() -> list[QPoint]:
            return [b.mapToGlobal(QPoint(0, 0)) for b in (card.done_button, card.skip_button)]

        where = answers()
        seen = {card.text.text()}
        for posture in ("lying", "standing", "sitting", "lying", "sitting"):
            card.posture_buttons[posture].click()
            settle(qtbot, card)
            seen.add(card.text.text())
            assert answers() == where, posture
            for _ in range(4):
                if card.another_button.isVisible():
                    card.another_button.click()
                    settle(qtbot, card)
                    seen.add(card.text.text())
                    assert answers() == where
        assert len(seen) > 5  # words of different lengths came and went
    finally:
        if language == "es":
            i18n.remove(qapp)
