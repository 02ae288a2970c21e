"""Today's "From your last session" card: a long note to try is cut to its first lines,
with a quiet Show all beside it, so the rest of Today stays in view."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from footholds.ui.reflect.session_try_card import FOLDED, SessionTryCard

LONG = "try a short walk after lunch " * 70  # about 2,000 characters


def card_of(qtbot: QtBot, words: str) -> SessionTryCard:
    card = SessionTryCard()
    qtbot.addWidget(card)
    card.resize(480, 200)
    card.show_words(words)
    qtbot.waitExposed(card)
    return card


def test_a_long_note_shows_its_first_lines_and_a_show_all(qtbot: QtBot) -> None:
    card = card_of(qtbot, LONG)
    assert card.isVisible()
    assert card.text.is_cut() and card.text.text() == LONG
    assert card.whole.isVisible() and card.whole.text() == "Show all"
    lines = card.text.fontMetrics().lineSpacing()
    assert card.text.heightForWidth(card.text.width()) <= (FOLDED + 1) * lines
    card.whole.click()  # shown whole in place, and folded again
    assert not card.text.is_cut() and card.whole.text() == "Show less"
    assert card.text.heightForWidth(card.text.width()) > (FOLDED + 1) * lines
    card.whole.click()
    assert card.text.is_cut() and card.whole.text() == "Show all"


def test_a_short_note_has_no_show_all(qtbot: QtBot) -> None:
    card = card_of(qtbot, "A walk after lunch")
    assert not card.text.is_cut() and not card.whole.isVisible()


def test_new_words_start_folded_again(qtbot: QtBot) -> None:
    card = card_of(qtbot, LONG)
    card.whole.click()
    card.show_words(LONG + "and rest")
    assert card.text.is_cut() and not card.whole.isChecked()
    card.show_words("")
    assert not card.isVisible()
