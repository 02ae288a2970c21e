"""Reach out: trusted people, ready messages to copy, a win for reaching out, a weekly nudge."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core import content
from footholds.core.store import LogEntry, OwnItem, Person
from footholds.ui.people.reach_out import SHOWN, WIN, ReachOutWindow
from footholds.ui.people.trusted_people import TrustedPeople
from support import present


@pytest.fixture
def reach(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> ReachOutWindow:
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    # closed by the ctx fixture (released on close)
    window = cast(ReachOutWindow, ctx.windows.get("reach-out"))
    window.show()
    return window


def message_rows(window: ReachOutWindow) -> list[QWidget]:
    box = window.messages_box
    return [present(present(box.itemAt(i)).widget()) for i in range(box.count())]


def shown_messages(window: ReachOutWindow) -> list[str]:
    rows = message_rows(window)
    return [row.findChildren(QLabel)[0].text().strip("“”") for row in rows]


def copy_buttons(window: ReachOutWindow) -> list[QPushButton]:
    rows = message_rows(window)
    return [b for row in rows for b in row.findChildren(QPushButton) if b.text() == "Copy"]


def test_empty_state_still_offers_messages(ctx: AppContext, reach: ReachOutWindow) -> None:
    assert reach.people_empty.isVisible() and not reach.people.isVisible()
    built_in = [item["text"] for item in content.load_pack("reach_out")]
    assert shown_messages(reach) == built_in[:SHOWN]
    reach.others.click()
    assert shown_messages(reach) == built_in[SHOWN : 2 * SHOWN]
    assert not reach.said.speaking and not reach.copied.speaking


def test_one_click_copies_a_ready_message(ctx: AppContext, reach: ReachOutWindow) -> None:
    first = shown_messages(reach)[0]
    copy_buttons(reach)[0].click()
    assert QGuiApplication.clipboard().text() == first
    assert reach.copied.speaking and "Copied" in reach.copied.text()


def test_reaching_out_is_a_small_win(ctx: AppContext, reach: ReachOutWindow) -> None:
    reach.reached.click()
    (entry,) = ctx.store.all(LogEntry)
    assert entry.wins == [WIN] and entry.source == "reach-out"
    assert reach.said.speaking and reach.said.text()


def test_saying_something_moves_nothing_on_the_page(
    ctx: AppContext, reach: ReachOutWindow, qtbot: QtBot
) -> None:
    qtbot.waitExposed(reach)
    settle(qtbot, reach)
    heading_at = reach.people_empty.mapTo(reach, reach.people_empty.rect().topLeft())
    nudge_at = reach.weekly.nudge.mapTo(reach, reach.weekly.nudge.rect().topLeft())
    reach.reached.click()
    copy_buttons(reach)[0].click()
    settle(qtbot, reach)
    assert reach.said.speaking and reach.copied.speaking
    assert reach.people_empty.mapTo(reach, reach.people_empty.rect().topLeft()) == heading_at
    assert reach.weekly.nudge.mapTo(reach, reach.weekly.nudge.rect().topLeft()) == nudge_at


def test_add_a_person_with_the_keyboard_only(
    ctx: AppContext, reach: ReachOutWindow, qtbot: QtBot
) -> None:
    reach.add_person.setFocus()
    qtbot.keyClick(reach.add_person, Qt.Key.Key_Space)
    form = reach.form
    assert form.isVisible() and form.name.hasFocus()
    qtbot.keyClicks(form.name, "Sam")
    qtbot.keyClick(form.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.how, "a text, any time")
    qtbot.keyClick(form.how, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.note, "Knows about the bad weeks")
    qtbot.keyClick(form.note, Qt.Key.Key_Tab)
    assert form.message.hasFocus()
    qtbot.keyClicks(form.message, "Hey, rough day. Fancy a short call?")
    qtbot.keyClick(form.message, Qt.Key.Key_Tab)  # Tab moves on from the message box
    form.name.setFocus()
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    (person,) = ctx.store.all(Person)
    assert (person.name, person.how, person.note) == (
        "Sam",
        "a text, any time",
        "Knows about the bad weeks",
    )
    assert person.message == "Hey, rough day. Fancy a short call?"
    assert not form.isVisible() and reach.add_person.isVisible()
    card = reach.people.cards[person.id]
    assert "a text, any time" in card.how.text()
    card.copy.click()
    assert QGuiApplication.clipboard().text() == "Hey, rough day. Fancy a short call?"
    card.did.click()
    (entry,) = ctx.store.all(LogEntry)
    assert entry.wins == [WIN] and entry.source == "reach-out" and "Sam" in entry.note


def test_a_person_needs_only_a_name(ctx: AppContext, reach: ReachOutWindow) -> None:
    reach.add_person.click()
    reach.form.save.click()
    assert ctx.store.all(Person) == []
    assert reach.form.problem.text()
    reach.form.name.setText("Mum")
    reach.form.save.click()
    (person,) = ctx.store.all(Person)
    card = reach.people.cards[person.id]
    assert not card.copy.isVisible() and not card.how.isVisible()  # nothing empty is shown


def test_editing_a_person(ctx: AppContext, reach: ReachOutWindow) -> None:
    person = ctx.store.add(Person(name="Alex", how="call"))
    reach.refresh()
    reach.people.cards[person.id].change.click()
    assert reach.form.name.text() == "Alex"
    reach.form.how.setText("voice note")
    reach.form.save.click()
    assert present(ctx.store.get(Person, person.id)).how == "voice note"
    assert len(ctx.store.all(Person)) == 1


def test_removing_a_person_asks_once_and_can_be_undone(
    ctx: AppContext, reach: ReachOutWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = []
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *args: asked.append(args) or True)
    person = ctx.store.add(Person(name="Jo", message="Thinking of you"))
    reach.refresh()
    reach.people.cards[person.id].drop.click()
    assert len(asked) == 1
    assert ctx.store.all(Person) == [] and reach.people_empty.isVisible()
    reach.undo_bar.undo()
    assert [p.id for p in ctx.store.all(Person)] == [person.id]
    assert person.id in reach.people.cards


def test_own_messages_come_first_and_can_be_removed(ctx: AppContext, reach: ReachOutWindow) -> None:
    reach.own.setText("Can I ring you for five minutes?")
    reach.add_own.click()
    assert shown_messages(reach)[0] == "Can I ring you for five minutes?"
    (own,) = ctx.store.all(OwnItem)
    assert own.pack == "reach_out"
    rows = message_rows(reach)
    remove = [b for b in rows[0].findChildren(QPushButton) if b.text() == "Remove"]
    remove[0].click()
    assert ctx.store.all(OwnItem) == []
    reach.undo_bar.undo()
    assert shown_messages(reach)[0] == "Can I ring you for five minutes?"


def test_weekly_nudge_is_a_setting(ctx: AppContext, reach: ReachOutWindow) -> None:
    assert not reach.weekly.nudge.isChecked() and not reach.weekly.nudge_day.isEnabled()
    reach.weekly.nudge.click()
    assert ctx.settings["reminders.reach_out_weekly"] is True
    assert reach.weekly.nudge_day.isEnabled() and reach.weekly.nudge_time.isEnabled()
    reach.weekly.nudge_day.setCurrentIndex(2)
    reach.weekly.nudge_day.activated.emit(2)
    assert ctx.settings["reminders.reach_out_day"] == "wed"
    reach.weekly.nudge_time.setTime(QTime(18, 30))
    assert ctx.settings["reminders.reach_out_time"] == "18:30"
    ctx.settings.set("reminders.reach_out_weekly", False)  # changed elsewhere: shown here
    assert not reach.weekly.nudge.isChecked()


def test_long_names_and_messages_wrap(ctx: AppContext, reach: ReachOutWindow) -> None:
    person = ctx.store.add(Person(name="A" * 100, how="b " * 100, message="long words " * 90))
    reach.resize(460, 700)
    reach.refresh()
    card = reach.people.cards[person.id]
    for label in (card.name, card.how, card.message):
        assert label.wordWrap()
    assert reach.minimumSizeHint().width() < 600


def test_escape_closes(ctx: AppContext, reach: ReachOutWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(reach, Qt.Key.Key_Escape)
    assert not reach.isVisible()


@pytest.mark.parametrize(
    "name",
    [
        "Alexandra Catherine Montgomery-Fitzwilliam, my oldest friend from school",
        "Bartholomew-Maximilian-Featherstonehaugh-Cholmondeley",  # one word, no room to wrap
    ],
)
def test_a_long_name_is_fully_available_at_the_narrowest_width(
    ctx: AppContext, reach: ReachOutWindow, qtbot: QtBot, name: str
) -> None:
    from PySide6.QtCore import QRect

    person = ctx.store.add(Person(name=name, how="Signal", message="Could we talk tonight?"))
    reach.refresh()
    reach.resize(reach.minimumWidth(), 700)
    qtbot.waitExposed(reach)
    settle(qtbot, reach)
    card = reach.people.cards[person.id]
    label = card.name
    assert label.text().replace("\u200b", "") == name  # all of it, only invisible breaks added
    assert label.toolTip() == name and label.accessibleName() == name
    window = QRect(reach.rect())
    for widget in (label, card, card.drop, card.change, card.did, card.copy):
        where = QRect(widget.mapTo(reach, widget.rect().topLeft()), widget.size())
        assert window.contains(where), (widget, where, window)  # nothing past the edge
    # every line of it gets its height: wrapped, never clipped
    assert label.height() >= label.heightForWidth(label.width())


def test_the_nudge_days_are_named_by_the_one_date_formatter(ctx: AppContext, qtbot: QtBot) -> None:
    reach = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    names = [reach.weekly.nudge_day.itemText(i) for i in range(reach.weekly.nudge_day.count())]
    assert names == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    assert (
        reach.weekly.nudge_day.itemData(0) == "mon" and reach.weekly.nudge_day.itemData(6) == "sun"
    )


def test_the_nudge_days_are_lower_case_mid_sentence_in_spanish(ctx: AppContext) -> None:
    """ "El Domingo a las 11:00": Spanish writes a weekday lower case mid-sentence."""
    from footholds.ui.common import i18n

    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        reach = cast(ReachOutWindow, ctx.windows.show("reach-out"))
        names = [reach.weekly.nudge_day.itemText(i) for i in range(reach.weekly.nudge_day.count())]
        days = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        assert names == days
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


def test_the_thanks_for_reaching_out_sits_beside_the_button(
    ctx: AppContext, reach: ReachOutWindow, qtbot: QtBot
) -> None:
    """Its kept room under the button read as a gap twice the others before "People I
    trust"; beside it, the heading follows the button at the page's usual spacing."""
    qtbot.waitExposed(reach)
    button = reach.reached.geometry()
    said = reach.said.geometry()
    assert said.left() >= button.right()
    assert said.top() < button.bottom() and said.bottom() > button.top()
    reach.reached.click()
    assert reach.said.speaking
    words = reach.said.text()
    assert reach.said.fontMetrics().boundingRect(said, 0x1000, words).height() <= said.height()


def test_copying_a_persons_message_is_said_on_their_card(
    ctx: AppContext, reach: ReachOutWindow, qtbot: QtBot
) -> None:
    """Said at the foot of the page, next to "Show other messages", it was out of sight of
    the button clicked; on the card, beside its buttons, in room kept from the start."""
    first = ctx.store.add(Person(name="Alex", message="Rough day, can we talk?"))
    second = ctx.store.add(Person(name="Sam", message="Fancy a walk?"))
    reach.refresh()
    qtbot.waitExposed(reach)
    alex, sam = reach.people.cards[first.id], reach.people.cards[second.id]
    settle(qtbot, reach)  # the new cards laid out
    places = {
        w: w.mapTo(reach, w.rect().topLeft()) for w in (alex, sam, alex.drop, reach.weekly.nudge)
    }
    alex.copy.click()
    settle(qtbot, reach)
    assert QGuiApplication.clipboard().text() == "Rough day, can we talk?"
    assert alex.done.speaking and alex.done.text() == "Copied"
    assert not sam.done.speaking and not reach.copied.speaking
    assert {w: w.mapTo(reach, w.rect().topLeft()) for w in places} == places
    # beside the buttons, within the card, and the word shown whole
    done = alex.done.geometry()
    assert done.left() > alex.drop.geometry().right() or done.top() > alex.drop.geometry().top()
    assert alex.rect().contains(
        alex.done.geometry().translated(present(alex.done.parentWidget()).pos())
    )
    assert alex.done.fontMetrics().horizontalAdvance(alex.done.text()) <= done.width()
    if done.top() < alex.drop.geometry().bottom():  # on the buttons' line: level with them
        assert abs(done.center().y() - alex.drop.geometry().center().y()) <= 1


def test_i_reached_out_on_a_card_is_answered_on_that_card(
    ctx: AppContext, reach: ReachOutWindow, qtbot: QtBot
) -> None:
    """The warm thanks sits at the head of the page, out of sight below a few cards: the
    card whose button was used says "Noted" beside it, in its kept room."""
    first = ctx.store.add(Person(name="Alex", message="Rough day, can we talk?"))
    second = ctx.store.add(Person(name="Sam"))
    reach.refresh()
    qtbot.waitExposed(reach)
    alex, sam = reach.people.cards[first.id], reach.people.cards[second.id]
    settle(qtbot, reach)
    place = alex.drop.mapTo(reach, alex.drop.rect().topLeft())
    alex.did.click()
    assert alex.done.speaking and alex.done.text() == "Noted"
    assert not sam.done.speaking
    assert alex.done.fontMetrics().horizontalAdvance("Noted") <= alex.done.width()
    settle(qtbot, reach)
    assert alex.drop.mapTo(reach, alex.drop.rect().topLeft()) == place
    (entry,) = ctx.store.all(LogEntry)
    assert "Alex" in entry.note


def test_undoing_the_removal_of_my_message_puts_the_keyboard_on_its_row(
    ctx: AppContext, reach: ReachOutWindow, qtbot: QtBot
) -> None:
    """As for a person: Undo brings the message back with the keyboard on its row (its own
    Remove), on the page of messages it is on, not in the field for writing a new one."""
    for text in ("Can I ring you for five minutes?", "Fancy a walk this week?"):
        reach.own.setText(text)
        reach.add_own.click()
    reach.activateWindow()
    qtbot.waitUntil(reach.isActiveWindow)
    walk = next(o for o in ctx.store.all(OwnItem) if o.text.startswith("Fancy"))
    remove = _remove_of(reach, walk.text)
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    assert walk.id not in [o.id for o in ctx.store.all(OwnItem)]
    reach.others.click()  # on to the next messages before thinking better of it
    qtbot.keyClick(reach.undo_bar.button, Qt.Key.Key_Space)
    back = _remove_of(reach, walk.text)  # shown again, on its page
    qtbot.waitUntil(back.hasFocus)


def _remove_of(window: ReachOutWindow, text: str) -> QPushButton:
    name = f"Remove my message: {text}"
    buttons = [b for row in message_rows(window) for b in row.findChildren(QPushButton)]
    return next(b for b in buttons if b.accessibleName() == name)


def test_spanish_messages_wear_spanish_quotation_marks(ctx: AppContext, qtbot: QtBot) -> None:
    """The Spanish ready messages and a person's message showed English “…”: «…» in Spanish."""
    from footholds.ui.common import i18n

    ctx.store.add(Person(name="Ana", how="WhatsApp", message="¿Hablamos esta noche?"))
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
        rows = [row.findChildren(QLabel)[0].text() for row in message_rows(window)]
        built_in = [item["text"] for item in content.load_pack("reach_out", "es")]
        assert rows == [f"«{text}»" for text in built_in[:SHOWN]]
        [card] = window.people.cards.values()
        assert card.message.text() == "«¿Hablamos esta noche?»"
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


def test_how_they_like_to_be_reached_shows_its_whole_example_in_spanish(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """The example was the field's placeholder, cut to "…una llamada después …" in Spanish:
    it is a wrapped line under the field now, whole at any width."""
    from footholds.ui.common import i18n

    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
        qtbot.waitExposed(window)
        window.form.start(None)
        settle(qtbot, window)
        example = window.form.how_example
        assert example.text() == "Por ejemplo: un mensaje, una llamada después de las seis"
        assert example.isVisible() and example.wordWrap()
        assert example.height() >= example.heightForWidth(example.width())
        assert window.form.how.placeholderText() == ""  # nothing cut short in the field
        assert window.form.how.accessibleDescription() == example.text()
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


def test_add_someone_in_get_help_now_opens_the_add_form_with_the_keyboard_in_it(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Get help now › People you trust › Add someone: Reach out opens on its add form, the
    keyboard in the name. It opened on "I reached out to someone", and Enter then noted a
    reach-out that never happened."""
    help_now = ctx.windows.show("help-now")
    qtbot.waitExposed(help_now)
    people = help_now.findChild(TrustedPeople)
    assert people is not None and people.add_someone.isVisible()
    people.add_someone.click()
    reach = cast(ReachOutWindow, ctx.windows.get("reach-out"))
    qtbot.waitExposed(reach)
    assert reach.form.isVisible() and not reach.add_person.isVisible()
    assert reach.focusWidget() is reach.form.name
    qtbot.keyClicks(reach.form.name, "Sam")
    qtbot.keyClick(reach.form.name, Qt.Key.Key_Return)
    assert ctx.store.all(LogEntry) == []  # no reach-out noted
    assert [p.name for p in ctx.store.all(Person)] == ["Sam"]


def test_asked_to_add_again_a_form_already_open_keeps_its_words(
    ctx: AppContext, reach: ReachOutWindow
) -> None:
    reach.present(add=True)
    reach.form.name.setText("Priya")
    reach.present(add=True)
    assert reach.form.isVisible() and reach.form.name.text() == "Priya"
    assert reach.focusWidget() is reach.form.name
