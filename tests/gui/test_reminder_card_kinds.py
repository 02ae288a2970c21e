"""Each kind of reminder card offers only what works for it, thanks in words that fit it, and
stays clear of the quick log the person may be typing in."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reminder_support import FakeNotifier, Kind, Rig

from footholds.app.build import AppContext
from footholds.core import content
from footholds.core.reminder_items import PACKS
from footholds.core.store import ContentMark, Medicine
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.reminders.reminder_card import WIDTH
from footholds.ui.reminders.reminder_place import card_position
from support import present

ICON = QRect(760, 2, 24, 24)  # a tray icon near the top right of the offscreen screen
IDEAS = [kind for kind in Kind if kind in PACKS]
OWN_CHOICE = [Kind.MEDICATION, Kind.ACTIVITY]  # the person's own: nothing to swap or hide
PLAN = {"id": "", "text": "Water the plants"}


@pytest.fixture
def rig(ctx: AppContext, qtbot: QtBot) -> Iterator[Rig]:
    ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    made = Rig(ctx)
    made.driver.start()
    yield made
    made.close()


def show(rig: Rig, kind: Kind) -> None:
    rig.driver.presenter.present(kind, PLAN if kind is Kind.ACTIVITY else None)
    assert rig.card.showing and rig.card.kind == kind.value


@pytest.mark.parametrize("code", ["en", "es"])
@pytest.mark.parametrize("kind", list(Kind))
def test_done_thanks_in_words_that_fit_the_kind(rig: Rig, kind: Kind, code: str) -> None:
    rig.ctx.settings.set("general.language", code)
    show(rig, kind)
    rig.card.done_button.click()
    acks = content.load_document("acknowledgements", code)
    assert rig.card.ack.text() in acks[f"done_{kind.value}"]
    if kind is not Kind.MOVEMENT:
        for word in ("movement", "movimiento"):
            assert word not in rig.card.ack.text().lower()


def test_a_medicine_taken_is_simply_noted(rig: Rig) -> None:
    heard = set()
    for _ in range(12):
        show(rig, Kind.MEDICATION)
        rig.card.done_button.click()
        heard.add(rig.card.ack.text())
    assert heard <= set(content.load_document("acknowledgements")["done_medication"])
    assert "Good. A little movement, a little care." not in heard
    show(rig, Kind.MEDICATION)
    rig.card.skip_button.click()
    skipped = content.load_document("acknowledgements")["skipped_medication"]
    assert rig.card.ack.text() in skipped
    assert not any("rest" in line.lower() for line in skipped)


@pytest.mark.parametrize("kind", IDEAS)
def test_cards_with_ideas_offer_another_hide_and_own_and_each_works(
    rig: Rig, qtbot: QtBot, kind: Kind
) -> None:
    show(rig, kind)
    card = rig.card
    assert card.another_button.isVisibleTo(card) and card.more.isVisibleTo(card)
    first = card.text.text()
    card.another_button.click()
    assert card.text.text() != first
    entries = [a for a in card.more_menu.actions() if a.isVisible()]
    assert entries == [card.hide_action, card.own_action]
    shown = present(rig.driver.presenter.current).item_id
    card.hide_action.trigger()
    [mark] = rig.ctx.store.all(ContentMark)
    assert (mark.pack, mark.item_id) == (PACKS[kind], shown)
    assert present(rig.driver.presenter.current).item_id != shown
    card.own_action.trigger()
    dialog = present(rig.driver.presenter._own_dialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.pack.currentData() == PACKS[kind]
    dialog.close()
    card.skip_button.click()  # answered, thanking: nothing left to swap or hide
    assert not card.another_button.isVisibleTo(card) and not card.more.isVisibleTo(card)


@pytest.mark.parametrize("kind", OWN_CHOICE)
def test_a_medicine_or_a_plan_offers_nothing_that_would_do_nothing(rig: Rig, kind: Kind) -> None:
    show(rig, kind)
    card = rig.card
    assert not card.another_button.isVisibleTo(card)
    assert not card.more.isVisibleTo(card)  # no "Hide this one", no "Add your own…"
    assert [b.isVisibleTo(card) for b in (card.done_button, card.later_button, card.skip_button)]
    # and back on a card with ideas, they come back
    rig.driver.presenter.answer("faded")
    show(rig, Kind.REST)
    assert card.another_button.isVisibleTo(card) and card.more.isVisibleTo(card)


def test_with_every_idea_hidden_only_what_works_is_offered(rig: Rig) -> None:
    rig.card.show_reminder("rest", None)  # the gentle fallback words: no idea to swap or hide
    card = rig.card
    assert not card.another_button.isVisibleTo(card)
    assert [a for a in card.more_menu.actions() if a.isVisible()] == [card.own_action]


def test_a_medication_notification_has_no_another_one(rig: Rig) -> None:
    rig.ctx.settings.set("reminders.delivery", "notification")
    notifier = FakeNotifier()
    rig.driver.presenter._notifier = notifier
    rig.driver.presenter.present(Kind.MEDICATION)
    rig.driver.presenter.answer("faded")
    rig.driver.presenter.present(Kind.REST)
    (_t, _b, medicine, _ms), (_t2, _b2, rest, _ms2) = notifier.sent
    assert "another" not in [key for key, _label in medicine]
    assert "another" in [key for key, _label in rest]


# -- where it goes ---------------------------------------------------------------------------


class TrayAt:
    """The tray, as the presenter sees it: only the icon's place matters here."""

    class Icon:
        def geometry(self) -> QRect:
            return ICON

    icon = Icon()


def open_quick_log(ctx: AppContext, qtbot: QtBot) -> QuickLogWindow:
    ctx.windows.show("quick-log", near=ICON)
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.note)
    return window


def test_the_card_does_not_cover_the_open_quick_log(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.presenter.tray = TrayAt()  # type: ignore[assignment]
    quick = open_quick_log(rig.ctx, qtbot)
    qtbot.keyClicks(quick.form.note, "a little tired")
    assert QRect(card_position(QSize(WIDTH, 200), ICON), QSize(WIDTH, 200)).intersects(
        quick.frameGeometry()
    )  # its usual corner is where the quick log is
    rig.driver.remind_now(Kind.REST)
    card = rig.card
    qtbot.waitUntil(card.isVisible)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(card.frameGeometry())
    assert not card.frameGeometry().intersects(quick.frameGeometry())
    assert not card.frameGeometry().intersects(ICON)
    qtbot.wait(50)
    assert QApplication.focusWidget() is quick.form.note  # still typing there
    qtbot.keyClicks(quick.form.note, " today")
    assert quick.form.note.toPlainText() == "a little tired today"


def test_a_card_steps_aside_when_the_quick_log_opens_under_it(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.presenter.tray = TrayAt()  # type: ignore[assignment]
    rig.driver.remind_now(Kind.MOVEMENT)
    card = rig.card
    qtbot.waitUntil(card.isVisible)
    quick = open_quick_log(rig.ctx, qtbot)
    qtbot.waitUntil(lambda: not card.frameGeometry().intersects(quick.frameGeometry()))
    assert card.showing
    assert QApplication.focusWidget() is quick.form.note


def test_with_no_room_the_card_keeps_off_the_field_being_typed_in(qapp: QApplication) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    big = area.adjusted(40, 40, -40, -40)  # a window over nearly all the screen
    field = QRect(big.right() - 300, big.bottom() - 60, 280, 40)  # typing at its bottom right
    size = QSize(WIDTH, 200)
    where = QRect(card_position(size, QRect(), [big], field), size)
    assert area.contains(where)
    assert not where.intersects(field)


def test_placement_beside_a_window_in_the_usual_corner(qapp: QApplication) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    size = QSize(WIDTH, 200)
    usual = card_position(size, QRect())
    window = QRect(area.right() - 420, area.bottom() - 300, 400, 280)  # bottom right
    where = QRect(card_position(size, QRect(), [window]), size)
    assert area.contains(where) and not where.intersects(window)
    assert where.right() == QRect(usual, size).right()  # stacked above it, same column
    assert where.bottom() < window.top()
    # nothing of ours in the way: the usual corner
    assert card_position(size, QRect(), [QRect(QPoint(0, 0), QSize(100, 100))]) == usual


def test_with_no_room_the_card_keeps_its_place_rather_than_a_far_corner(
    qapp: QApplication,
) -> None:
    """With Settings open mid-screen the card went bottom-left, over another app's window,
    as it covered a little less of Settings there: ours are the only windows it knows of."""
    size = QSize(WIDTH, 200)
    usual = card_position(size, ICON)  # under the tray, top right
    settings = QRect(150, 60, 500, 640)  # mid-screen, over part of the usual place
    assert QRect(usual, size).intersects(settings)
    assert card_position(size, ICON, [settings]) == usual
    # even with the keyboard in it, elsewhere in the window
    assert card_position(size, ICON, [settings], QRect(200, 600, 200, 30)) == usual
    # but not over the very field being typed in
    field = QRect(usual.x() + 20, usual.y() + 40, 200, 30)
    where = QRect(card_position(size, ICON, [settings], field), size)
    assert not where.intersects(field) and not where.intersects(ICON)


def _hide_all_rest_ideas_but(rig: Rig, kept: int) -> list[str]:
    """Hide every rest idea but the first `kept`; returns the ids still shown."""
    ids = [str(item["id"]) for item in content.load_pack("rest", "en")]
    for item_id in ids[kept:]:
        rig.ctx.store.add(ContentMark(pack="rest", item_id=item_id, mark="hidden"))
    rig.driver.presenter.chooser.forget_marks()
    return ids[:kept]


def test_another_one_is_offered_only_while_there_is_another(rig: Rig) -> None:
    [left, other] = _hide_all_rest_ideas_but(rig, 2)
    show(rig, Kind.REST)
    card = rig.card
    assert card.item is not None and card.item["id"] in (left, other)
    assert card.another_button.isVisibleTo(card)
    card.hide_action.trigger()  # one of the two hidden: the other is the last idea
    assert card.item is not None and card.item["id"] in (left, other)
    assert not card.another_button.isVisibleTo(card)  # it would show the same one again
    assert card.hide_action.isVisible()
    card.hide_action.trigger()  # the last idea hidden: the gentle words, nothing to swap
    assert card.item is None and card.text.text()
    assert not card.another_button.isVisibleTo(card) and not card.hide_action.isVisible()


def test_a_notification_with_the_last_idea_has_no_another_one(rig: Rig) -> None:
    _hide_all_rest_ideas_but(rig, 1)
    rig.ctx.settings.set("reminders.delivery", "notification")
    notifier = FakeNotifier()
    rig.driver.presenter._notifier = notifier
    rig.driver.presenter.present(Kind.REST)
    [(_title, _body, actions, _ms)] = notifier.sent
    assert "another" not in [key for key, _label in actions]
