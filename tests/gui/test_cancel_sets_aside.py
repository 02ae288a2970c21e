"""Cancel never drops words typed and not saved without a word: the form closes, and the
window's Undo strip offers them back for a few seconds (Reach out's person form, the proof
list's editor), as a removal is offered back."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Person, Proof
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.proofs.proof_list import ProofListWindow
from support import person_day

MESSAGE = "Hey, it's a heavy week. Could we talk for ten minutes on Sunday? " * 40


def _reach(ctx: AppContext, qtbot: QtBot) -> ReachOutWindow:
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    qtbot.waitExposed(window)
    return window


def test_cancel_in_the_person_form_offers_the_words_back(ctx: AppContext, qtbot: QtBot) -> None:
    reach = _reach(ctx, qtbot)
    form = reach.form
    qtbot.mouseClick(reach.add_person, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.name, "Sam")
    form.message.setPlainText(MESSAGE)  # a long message pasted
    form.message.document().setModified(True)
    qtbot.mouseClick(form.cancel, Qt.MouseButton.LeftButton)
    assert form.isHidden() and reach.add_person.isVisible()
    assert reach.undo_bar.isVisible() and reach.undo_bar.pending()
    assert "set aside" in reach.undo_bar.message.whole
    assert reach.draft() == {
        "form": {"person": "", "name": "Sam", "how": "", "note": ""} | {"message": MESSAGE}
    }  # kept at a quit meanwhile, too
    qtbot.mouseClick(reach.undo_bar.button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and not reach.add_person.isVisible()
    assert (form.name.text(), form.message.toPlainText()) == ("Sam", MESSAGE)
    assert reach.focusWidget() is form.name
    assert ctx.store.all(Person) == []


def test_add_someone_again_while_the_offer_stands_brings_the_words(
    ctx: AppContext, qtbot: QtBot
) -> None:
    reach = _reach(ctx, qtbot)
    form = reach.form
    reach.add_person.click()
    qtbot.keyClicks(form.name, "Sam")
    form.cancel.click()
    reach.add_person.click()  # the tour's next click: the words are there, not an empty form
    assert form.name.text() == "Sam"
    assert not reach.undo_bar.pending()


def test_cancel_of_an_unchanged_form_offers_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Person(name="Alex", message="Call me?"))
    reach = _reach(ctx, qtbot)
    reach.add_person.click()
    reach.form.cancel.click()
    assert not reach.undo_bar.pending()
    reach._on_person_edit(ctx.store.all(Person)[0].id)
    reach.form.cancel.click()  # opened and left as it was
    assert not reach.undo_bar.pending()


def test_the_offer_ends_and_the_form_opens_empty(ctx: AppContext, qtbot: QtBot) -> None:
    reach = _reach(ctx, qtbot)
    reach.add_person.click()
    qtbot.keyClicks(reach.form.name, "Sam")
    reach.form.cancel.click()
    reach.undo_bar.timer.timeout.emit()  # the few seconds pass
    assert not reach.undo_bar.pending() and reach.draft() is None
    reach.add_person.click()
    assert reach.form.name.text() == ""


def test_cancel_in_the_proof_editor_offers_the_words_back(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Proof(day=person_day(), text="Walked the dog"))
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    window.list.setCurrentRow(0)
    window.edit.click()
    qtbot.keyClicks(window.editor.text, " and fed the cat")
    qtbot.mouseClick(window.editor.cancel, Qt.MouseButton.LeftButton)
    assert not window.editor.isVisible()
    assert window.undo.isVisible() and "set aside" in window.undo.message.whole
    qtbot.mouseClick(window.undo.button, Qt.MouseButton.LeftButton)
    assert window.editor.isVisible()
    assert window.editor.text.toPlainText() == "Walked the dog and fed the cat"
    assert window.editor.editing is not None and window.focusWidget() is window.editor.text
    assert [p.text for p in ctx.store.all(Proof)] == ["Walked the dog"]
    # let go once the offer ends: the entry opens as saved
    window.editor.cancel.click()
    window.undo.timer.timeout.emit()
    window.edit.click()
    assert window.editor.text.toPlainText() == "Walked the dog"
    window.editor.cancel.click()
    assert not window.undo.pending()  # nothing typed: nothing to offer


def test_saved_or_cancelled_the_form_holds_no_typing(ctx: AppContext, qtbot: QtBot) -> None:
    """The form hid with the words still in it, marked typed: the window then counted as one
    being written in, and kept its old language after a switch (language_follow.py)."""
    from footholds.ui.shell.windows import holds_typing

    reach = _reach(ctx, qtbot)
    for close in ("save", "cancel"):
        reach.add_person.click()
        qtbot.keyClicks(reach.form.name, "Sam" if close == "save" else "Alex")
        qtbot.keyClicks(reach.form.message, "Hello")
        (reach.form.save if close == "save" else reach.form.cancel).click()
        assert reach.form.isHidden() and not holds_typing(reach)
    assert [p.name for p in ctx.store.all(Person)] == ["Sam"]
    reach.undo_bar.undo()  # the words cancelled are still offered back
    assert reach.form.name.text() == "Alex" and reach.form.message.toPlainText() == "Hello"


def test_a_second_cancel_keeps_both_sets_of_words(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Person(name="Alex", message="Call me?"))
    reach = _reach(ctx, qtbot)
    form = reach.form
    alex = ctx.store.all(Person)[0].id
    reach.add_person.click()
    qtbot.keyClicks(form.name, "Sam")
    form.cancel.click()  # "Sam" set aside, its offer stands
    reach._on_person_edit(alex)  # Edit Alex within the few seconds
    qtbot.keyClicks(form.note, "met at the park")
    form.cancel.click()  # the second Cancel
    assert reach.undo_bar.pending()
    kept = reach.draft()
    assert kept is not None and "park" in str(kept) and "Sam" in str(kept)
    reach.undo_bar.undo()
    assert "park" in form.note.text()
    form.cancel.click()
    reach.undo_bar.timer.timeout.emit()  # the few seconds pass: the offered words go
    reach.add_person.click()  # the first Cancel's words are the form's still
    assert form.name.text() == "Sam"


def test_undo_while_typing_for_someone_else_keeps_those_words(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(Person(name="Alex", message="Call me?"))
    reach = _reach(ctx, qtbot)
    form = reach.form
    alex = ctx.store.all(Person)[0].id
    reach.add_person.click()
    qtbot.keyClicks(form.name, "Sam")
    form.cancel.click()
    reach._on_person_edit(alex)
    qtbot.keyClicks(form.note, "she always listens")
    reach.undo_bar.undo()  # the strip's Undo, still on show
    assert form.name.text() == "Sam"  # the words set aside, back
    assert "listens" in str(reach.draft())  # Alex's note kept, not written over
    form.cancel.click()
    reach.undo_bar.timer.timeout.emit()
    reach._on_person_edit(alex)
    assert form.note.text() == "she always listens"


def test_a_quit_keeps_the_form_and_the_words_set_aside(ctx: AppContext, qtbot: QtBot) -> None:
    reach = _reach(ctx, qtbot)
    form = reach.form
    reach.add_person.click()
    qtbot.keyClicks(form.name, "Sam")
    form.cancel.click()
    reach.add_person.click()  # takes Sam's words back: start again for a clean test
    form.name.clear()
    qtbot.keyClicks(form.name, "Kim")
    form.cancel.click()
    ctx.store.add(Person(name="Alex", message="Call me?"))
    reach._on_person_edit(ctx.store.all(Person)[0].id)
    qtbot.keyClicks(form.note, "the park")
    kept = reach.draft()
    assert kept is not None and "park" in str(kept["form"]) and "Kim" in str(kept["aside"])
