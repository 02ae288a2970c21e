"""Reach out's person form: words kept earlier (a second Cancel within the Undo's seconds,
or several drafts waiting at a start) come back with a line saying so and a way to clear
them, and every set of them reaches the person, never only the newest."""

from __future__ import annotations

from typing import Any, cast

from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Person
from footholds.ui.people.reach_out import ReachOutWindow


def _reach(ctx: AppContext, qtbot: QtBot) -> ReachOutWindow:
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    qtbot.waitExposed(window)
    return window


def _words(name: str, person: str = "", note: str = "") -> dict[str, Any]:
    return {"person": person, "name": name, "how": "", "note": note, "message": ""}


def test_words_kept_by_a_second_cancel_come_back_saying_so(ctx: AppContext, qtbot: QtBot) -> None:
    alex = ctx.store.add(Person(name="Alex", message="Call me?"))
    reach = _reach(ctx, qtbot)
    form = reach.form
    reach.add_person.click()
    qtbot.keyClicks(form.name, "Sam")
    form.cancel.click()  # "Sam" set aside, its offer stands
    reach._on_person_edit(alex.id)
    qtbot.keyClicks(form.note, " met at the park")
    form.cancel.click()  # the second Cancel: "Sam" kept
    # said in the Undo strip's room once its offer passes: one thing there at a time
    assert reach.undo_bar.isVisible() and not reach.aside.bar.isVisible()
    assert "Sam" in str(reach.draft())
    reach.undo_bar.timer.timeout.emit()  # the few seconds pass: Alex's note goes
    assert reach.aside.bar.isVisible()  # the earlier words are still here
    reach.add_person.click()
    assert form.name.text() == "Sam"
    assert form.kept_row.isVisible() and "earlier" in form.kept_said.text()
    assert not reach.aside.bar.isVisible()  # nothing else waits
    form.clear_kept.click()  # the person does not want them
    assert form.name.text() == "" and not form.kept_row.isVisible()
    assert reach.undo_bar.pending()  # undoable, as every clearing
    reach.undo_bar.undo()
    assert form.name.text() == "Sam" and form.kept_row.isVisible()


def test_words_just_set_aside_come_back_without_the_line(ctx: AppContext, qtbot: QtBot) -> None:
    reach = _reach(ctx, qtbot)
    reach.add_person.click()
    qtbot.keyClicks(reach.form.name, "Sam")
    reach.form.cancel.click()
    reach.add_person.click()  # the offer's own words: nothing to explain
    assert reach.form.name.text() == "Sam" and not reach.form.kept_row.isVisible()


def test_cleared_words_go_when_the_undo_passes(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.windows.drafts = {"reach-out": {"form": _words("Sam")}}
    reach = _reach(ctx, qtbot)
    assert reach.form.name.text() == "Sam" and "not saved yet" in reach.form.kept_said.text()
    reach.form.clear_kept.click()
    reach.undo_bar.timer.timeout.emit()
    assert reach.draft() is None
    reach.add_person.click()
    assert reach.form.name.text() == ""


def _names_reached(reach: ReachOutWindow) -> list[str]:
    """Every set of words the person can reach: the form's, then each the strip opens."""
    seen = [reach.form.name.text()]
    for _ in range(10):
        reach.form.save.click()  # kept as someone in their list
        if not reach.aside.bar.isVisible():
            break
        reach.aside.bar.button.click()
        assert reach.form.kept_row.isVisible()
        seen.append(reach.form.name.text())
    return seen


def test_two_waiting_drafts_both_reach_the_form(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.windows.drafts = {
        "reach-out": {"form": _words("Kim")},
        "reach-out.earlier": {"form": _words("Sam", note="likes walks")},
    }
    reach = _reach(ctx, qtbot)
    assert reach.form.isVisibleTo(reach) and reach.form.name.text() == "Kim"  # the newest
    assert reach.aside.bar.isVisibleTo(reach)  # the other is offered
    assert "Sam" in str(reach.draft()) and "Kim" in str(reach.draft())  # a quit keeps both
    assert _names_reached(reach) == ["Kim", "Sam"]
    assert sorted(p.name for p in ctx.store.all(Person)) == ["Kim", "Sam"]
    assert reach.draft() is None


def test_three_waiting_drafts_with_words_set_aside_all_reach_the_form(
    ctx: AppContext, qtbot: QtBot
) -> None:
    alex = ctx.store.add(Person(name="Alex"))
    ctx.windows.drafts = {
        "reach-out": {"form": _words("Kim"), "aside": [_words("Lee")]},
        "reach-out.earlier": {"form": _words("Alex", person=alex.id, note="the park")},
        "reach-out.earlier.2": {"form": _words("Sam"), "aside": [_words("Jo")]},
    }
    reach = _reach(ctx, qtbot)
    assert reach.form.name.text() == "Kim"
    kept = str(reach.draft())
    assert all(name in kept for name in ("Kim", "Lee", "the park", "Sam", "Jo"))
    assert sorted(_names_reached(reach)) == ["Alex", "Jo", "Kim", "Lee", "Sam"]
    assert ctx.store.get(Person, alex.id).note == "the park"  # type: ignore[union-attr]


def test_opening_the_others_keeps_the_words_in_the_form(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.windows.drafts = {
        "reach-out": {"form": _words("Kim")},
        "reach-out.earlier": {"form": _words("Sam")},
    }
    reach = _reach(ctx, qtbot)
    qtbot.keyClicks(reach.form.note, "from work")
    reach.aside.bar.button.click()  # Sam's words in the form; Kim's kept in turn
    assert reach.form.name.text() == "Sam"
    assert reach.aside.bar.isVisible()
    reach.aside.bar.button.click()
    assert reach.form.name.text() == "Kim" and reach.form.note.text() == "from work"


def test_edit_while_the_form_holds_words_keeps_them(ctx: AppContext, qtbot: QtBot) -> None:
    """Edit on a card while the form held words typed for someone else wrote over them."""
    alex = ctx.store.add(Person(name="Alex"))
    reach = _reach(ctx, qtbot)
    reach.add_person.click()
    qtbot.keyClicks(reach.form.name, "Sam")
    reach._on_person_edit(alex.id)
    assert reach.form.name.text() == "Alex"
    assert reach.aside.bar.isVisible() and "Sam" in str(reach.draft())
    reach.aside.bar.button.click()
    assert reach.form.name.text() == "Sam" and reach.form.kept_row.isVisible()
