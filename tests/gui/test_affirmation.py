"""The affirmation window: own words first, favourites, hide with undo, write your own."""

from __future__ import annotations

import random
from datetime import datetime
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.app.handlers import after_start
from footholds.core import content, days
from footholds.core.store import Affirmation, ContentMark, Proof
from footholds.ui.proofs.affirmation import AffirmationWindow, deck


def _open(ctx: AppContext, qtbot: QtBot) -> AffirmationWindow:
    window = cast(AffirmationWindow, ctx.windows.show("affirmation"))
    qtbot.waitExposed(window)
    return window


def _key(window: AffirmationWindow) -> str:
    """The key of the affirmation shown (one always is, in these tests)."""
    shown = window.current()
    assert shown is not None
    return shown.key


def _mark(item_id: str, mark: str) -> ContentMark:
    return ContentMark(pack="affirmations", item_id=item_id, mark=mark)


def test_the_built_in_pack_is_large_enough_and_has_the_reframe() -> None:
    pack = content.load_pack("affirmations")
    assert len(pack) >= 40
    assert any("depression" in item["text"] for item in pack)


def test_deck_order_own_then_favourites_then_the_rest_without_hidden() -> None:
    pack = [{"id": f"a{i}", "text": f"built-in {i}"} for i in range(10)]
    own = [Affirmation(text="mine"), Affirmation(text="my favourite", favourite=True)]
    marks = [_mark("a3", "favourite"), _mark("a5", "hidden"), _mark("a7", "favourite")]
    cards = deck(own, marks, pack, random.Random(1))
    assert [c.text for c in cards[:2]] == ["my favourite", "mine"]
    assert {c.key for c in cards[2:4]} == {"a3", "a7"}
    assert all(c.favourite for c in cards[2:4])
    assert "a5" not in {c.key for c in cards}
    assert len(cards) == 2 + 9


def test_a_hidden_favourite_stays_hidden() -> None:
    pack = [{"id": "a1", "text": "x"}, {"id": "a2", "text": "y"}]
    cards = deck([], [_mark("a1", "favourite"), _mark("a1", "hidden")], pack, random.Random())
    assert [c.key for c in cards] == ["a2"]


def test_opens_with_the_persons_own_words_first(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Affirmation(text="I have done hard things before."))
    window = _open(ctx, qtbot)
    assert window.words.text() == "I have done hard things before."
    assert window.whose.text() == "In your own words"
    window.next.click()
    assert window.words.text() != "I have done hard things before."
    font = window.words.font()
    assert font.pointSizeF() >= window.next.font().pointSizeF() + 6  # large, calm type


def test_next_goes_round_every_built_in_one(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    seen = set()
    for _ in range(len(window.cards)):
        seen.add(_key(window))
        window.next.click()
    assert len(seen) == len(content.load_pack("affirmations"))


def test_favourite_a_built_in_one_and_take_it_back(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    key = _key(window)
    qtbot.mouseClick(window.favourite, Qt.MouseButton.LeftButton)
    marks = ctx.store.all(ContentMark)
    assert [(m.item_id, m.mark) for m in marks] == [(key, "favourite")]
    assert window.favourite.isChecked()
    assert _key(window) == key  # the deck did not reshuffle under the person
    qtbot.mouseClick(window.favourite, Qt.MouseButton.LeftButton)
    assert ctx.store.all(ContentMark) == []
    assert not window.favourite.isChecked()
    window.rebuild()  # favourites come right after the person's own
    ctx.store.add(_mark(key, "favourite"))
    window.rebuild()
    assert _key(window) == key
    assert window.whose.text() == "One of your favourites"


def test_favourite_own_words(ctx: AppContext, qtbot: QtBot) -> None:
    mine = ctx.store.add(Affirmation(text="Slow is still moving."))
    window = _open(ctx, qtbot)
    window.favourite.click()
    saved = ctx.store.get(Affirmation, mine.id)
    assert saved is not None and saved.favourite is True


def test_hide_then_undo(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    key = _key(window)
    before = len(window.cards)
    qtbot.mouseClick(window.hide_button, Qt.MouseButton.LeftButton)
    assert [(m.item_id, m.mark) for m in ctx.store.all(ContentMark)] == [(key, "hidden")]
    assert len(window.cards) == before - 1
    assert _key(window) != key
    assert window.undo.isVisible()
    window.undo.button.click()
    assert ctx.store.all(ContentMark) == []
    assert _key(window) == key
    window.hide_button.click()
    window.undo.timer.timeout.emit()
    window.rebuild()
    assert key not in {c.key for c in window.cards}


def test_remove_own_words_with_undo(ctx: AppContext, qtbot: QtBot, said_yes: list[str]) -> None:
    ctx.store.add(Affirmation(text="Mine to keep"))
    window = _open(ctx, qtbot)
    assert window.hide_button.text().replace("&", "") == "Remove"
    window.hide_button.click()
    assert said_yes == ["Remove your words “Mine to keep”?"]
    assert ctx.store.all(Affirmation) == []
    window.undo.button.click()
    assert [a.text for a in ctx.store.all(Affirmation)] == ["Mine to keep"]
    assert window.words.text() == "Mine to keep"


def test_write_your_own_by_keyboard(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.write.click()
    assert window.own_area.isVisible()
    qtbot.keyClicks(window.own_text, "I am experiencing depression; I am not depression.")
    qtbot.keyClick(window.own_text, Qt.Key.Key_Return)
    [saved] = ctx.store.all(Affirmation)
    assert saved.text == "I am experiencing depression; I am not depression."
    assert window.words.text() == saved.text
    assert not window.own_area.isVisible()
    window.write.click()
    qtbot.keyClick(window.own_text, Qt.Key.Key_Escape)  # Esc leaves the field first
    assert not window.own_area.isVisible() and window.isVisible()


def test_a_long_own_affirmation_wraps(ctx: AppContext, qtbot: QtBot) -> None:
    text = "A kinder voice. " * 30
    ctx.store.add(Affirmation(text=text.strip()))
    window = _open(ctx, qtbot)
    assert window.words.wordWrap()
    assert window.words.text() == text.strip()
    assert window.width() < 900


def test_show_one_from_the_proof_list(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.from_proof.click()
    assert "proof list is empty" in window.whose.text()
    ctx.store.add(Proof(text="Got out of bed on a grey Monday", day="2025-11-03"))
    window.from_proof.click()
    assert window.words.text() == "Got out of bed on a grey Monday"
    assert "proof list" in window.whose.text()
    assert not window.favourite.isEnabled() and not window.hide_button.isEnabled()
    window.next.click()
    assert window.favourite.isEnabled()


def test_keyboard_next_and_escape(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = _key(window)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert _key(window) != first
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_shown_after_start_only_when_the_setting_is_on(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("general.first_run_done", True)
    after_start(ctx, "")
    assert not ctx.windows.is_visible("affirmation")
    ctx.settings.set("general.affirmation_at_login", True)
    after_start(ctx, "")
    assert ctx.windows.is_visible("affirmation")


def test_the_first_run_card_comes_before_the_login_affirmation(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("general.affirmation_at_login", True)
    after_start(ctx, "")
    assert ctx.windows.is_visible("first-run")
    assert not ctx.windows.is_visible("affirmation")


def test_a_long_paste_of_own_words_says_where_it_stops_and_opening_moves_nothing(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """2,000 characters pasted were kept cut at 500, mid-word, without a word said; and
    opening the field grew the window by its height."""
    window = _open(ctx, qtbot)
    qtbot.waitExposed(window)
    settle(qtbot, window)
    size = window.size()
    places = {w: w.mapTo(window, w.rect().topLeft()) for w in (window.write, window.help_link)}
    window.write.click()
    settle(qtbot, window)
    assert window.size() == size
    assert {w: w.mapTo(window, w.rect().topLeft()) for w in places} == places
    QApplication.clipboard().setText("someday desk and walk " * 100)
    qtbot.keyClick(window.own_text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    said = "Up to 500 characters fit here; the rest was left out."  # a paste, cut
    if not window.own_text.text():  # a platform without a clipboard: type to the limit
        window.own_text.setText("x" * 499)
        qtbot.keyClicks(window.own_text, "x")
        said = "Up to 500 characters fit here."
    assert len(window.own_text.text()) == Affirmation.TEXT_LIMIT == 500
    assert window.own_said.text() == said
    settle(qtbot, window)
    assert {w: w.mapTo(window, w.rect().topLeft()) for w in places} == places


def test_a_new_day_start_hour_relabels_the_proof_on_the_card(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:58 on Sunday the day starting at 4 am makes Saturday's proof "today"; set to
    midnight in Settings, Saturday is "yesterday": the open window says so at once, as the
    proof list does, and again when it was out of sight meanwhile."""
    monkeypatch.setattr(days, "now_local", lambda: datetime(2026, 12, 6, 0, 58).astimezone())
    ctx.settings.set("day.start_hour", 4)
    ctx.store.add(Proof(text="Got through the night", day="2026-12-05"))
    window = _open(ctx, qtbot)
    window.from_proof.click()
    assert window.whose.text() == "From your proof list, today"
    ctx.settings.set("day.start_hour", 0)
    qtbot.waitUntil(lambda: window.whose.text() == "From your proof list, yesterday")
    window.hide()
    ctx.settings.set("day.start_hour", 4)
    window.show()
    assert window.whose.text() == "From your proof list, today"
    window.next.click()  # an affirmation again: its own line, not the proof's date
    ctx.settings.set("day.start_hour", 0)
    qtbot.wait(300)  # past the refresh's short wait
    assert "proof list" not in window.whose.text()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_buttons_beside_hide_stay_put_when_the_card_is_the_persons_own(
    ctx: AppContext, qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    """ "Hide this one" became "Remove" on the person's own words ("Ocultar esta", "Quitar"),
    and Write my own and the proof button beside it moved: that slot keeps one width."""
    from footholds.ui.common import i18n

    if language == "es":
        i18n.install(qapp, "es")
    try:
        ctx.store.add(Affirmation(text="Mine to keep"))
        window = _open(ctx, qtbot)
        settle(qtbot, window)
        assert window.current() is not None and window.current().own  # type: ignore[union-attr]
        own_at = (window.hide_button.width(), window.write.x(), window.from_proof.x())
        window.show_next()  # a built-in one: "Hide this one"
        settle(qtbot, window)
        assert not window.current().own  # type: ignore[union-attr]
        shown = window.hide_button.text().replace("&", "")
        assert shown != ("Quitar" if language == "es" else "Remove")
        assert (window.hide_button.width(), window.write.x(), window.from_proof.x()) == own_at
    finally:
        if language == "es":
            i18n.remove(qapp)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_favourite_button_keeps_one_width_marked_or_not(
    ctx: AppContext, qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    """ "Favourite" became "Favourite ✓" ("Favorita ✓") when marked, and the button grew:
    it keeps the width of the wider, and nothing beside it moves."""
    from footholds.ui.common import i18n

    if language == "es":
        i18n.install(qapp, "es")
    try:
        window = _open(ctx, qtbot)
        settle(qtbot, window)
        assert window.current() is not None and not window.favourite.isChecked()
        plain = window.favourite.text()
        at = (window.favourite.width(), window.feedback.x(), window.next.x())
        window.favourite.click()
        settle(qtbot, window)
        assert window.favourite.isChecked() and window.favourite.text() != plain
        assert (window.favourite.width(), window.feedback.x(), window.next.x()) == at
        window.favourite.click()  # and back
        settle(qtbot, window)
        assert (window.favourite.width(), window.feedback.x(), window.next.x()) == at
    finally:
        if language == "es":
            i18n.remove(qapp)


def test_the_favourite_button_makes_room_again_in_a_larger_font(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """A new font reaching the button measures both words again before either is said."""
    window = _open(ctx, qtbot)
    settle(qtbot, window)
    larger = window.favourite.font()
    larger.setPointSizeF(larger.pointSizeF() * 1.6)
    window.favourite.setFont(larger)
    settle(qtbot, window)
    at = (window.favourite.width(), window.next.x())
    window.favourite.click()
    settle(qtbot, window)
    assert window.favourite.text().replace("&", "") == "Favourite ✓"
    assert window.favourite.width() >= window.favourite.sizeHint().width()  # its words whole
    assert (window.favourite.width(), window.next.x()) == at


LONG_OWN = " ".join(["I am allowed to rest and still be worth something to those I love"] * 7)


@pytest.mark.parametrize("first", [True, False])
def test_long_words_of_ones_own_show_whole_without_a_scroll_bar(
    ctx: AppContext, qtbot: QtBot, first: bool
) -> None:
    """A long affirmation of their own (near the 500 letters kept) put a scroll bar beside the
    page, 4 px of it, over room left empty under the buttons: the words re-wrapped narrower
    and scrolling showed nothing more. The window grows to them where it stands instead."""
    from footholds.ui.common.scrolling import page_area

    own = ctx.store.add(Affirmation(text=LONG_OWN[: Affirmation.TEXT_LIMIT]))
    window = _open(ctx, qtbot)
    if not first:  # come back to it with Another, after the window opened on other words
        window.show_next()
        while _key(window) != own.id:
            window.show_next()
    assert _key(window) == own.id  # their own words come first as it opens
    qtbot.waitExposed(window)
    settle(qtbot, window)
    assert window.words.text().startswith("I am allowed")
    bar = page_area(window).verticalScrollBar()
    assert bar.maximum() == 0, f"the page scrolls by {bar.maximum()} px"
    assert window.height() <= window.screen().availableGeometry().height()
