"""A window used a little (its main buttons clicked, words typed, an Undo offered) is freed
as it is released too, not left to the garbage collector: a cycle can be made by an action
(an offer's callback kept by the window's Undo strip) as well as at the opening. See
test_window_no_cycle.py for why."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from release_checks import collector_off, flush_deletes

from footholds.app.build import AppContext
from footholds.core.store import Goal, Person, Proof


def _medication(window: Any) -> None:
    window.add.click()  # no name yet: "Write the medicine's name first."
    window.name.setText("Sertraline")
    window.dose.setText("50 mg")
    window.add.click()
    window.list.setCurrentRow(0)
    window.change_dose.setText("100 mg")
    window.add_change.click()
    window.remove.click()  # its Undo offered, and standing as the window closes
    assert window.undo_bar.pending()
    window.name.setText("Half typed")


def _today(window: Any) -> None:
    window.routine.typed.setText("Open the curtains")
    window.routine.add.click()
    window.refresh()
    window.next_done.click()
    window.goals.new_goal.setText("Walk to the corner")
    window.goals.add_goal.click()
    window.routine.change.click()
    assert [goal.title for goal in window.ctx.store.all(Goal)] == ["Walk to the corner"]


def _safety_plan(window: Any) -> None:
    window.fields["sp-warning-signs"].setPlainText("Not answering messages")
    window.save.click()
    window.output.copy.click()
    assert window.status.text().startswith("Copied")
    next(iter(window.safer.values())).click()
    window.fields["sp-on-my-own"].setPlainText("A hot shower")


def _reach_out(window: Any) -> None:
    window.add_person.click()
    window.form.name.setText("Sam")
    window.form.cancel.click()  # the words set aside, offered back by the Undo strip
    window.add_person.click()
    window.form.name.setText("Alex")
    window.form.save.click()
    window.others.click()
    window.own.setText("Hello, thinking of you")
    window.add_own.click()
    card = next(iter(window.people.cards.values()))
    card.did.click()
    card.drop.click()  # its Undo offered, and standing as the window closes
    assert window.undo_bar.pending() and not window.ctx.store.all(Person)


def _proof_list(window: Any) -> None:
    window.add_first.click()
    window.editor.text.setPlainText("Went to the shop when everything felt heavy")
    window.editor.save.click()
    window.add.click()
    window.editor.text.setPlainText("Answered one message")
    window.editor.cancel.click()  # the words set aside, offered back by the Undo strip
    window.search.setText("shop")
    window.search.clear()
    window.show_one.click()
    window.list.setCurrentRow(0)
    window.edit.click()
    window.editor.cancel.click()
    window.list.setCurrentRow(0)
    window.remove.click()  # its Undo offered, and standing as the window closes
    assert window.undo.pending() and len(window.ctx.store.all(Proof)) == 0


USES: dict[str, Callable[[Any], None]] = {
    "medication": _medication,
    "today": _today,
    "safety-plan": _safety_plan,
    "reach-out": _reach_out,
    "proof-list": _proof_list,
}


@pytest.mark.parametrize("name", sorted(USES))
def test_a_window_used_and_released_is_freed_without_the_collector(
    ctx: AppContext, said_yes: list[str], name: str
) -> None:
    window: QWidget = ctx.windows.show(name)
    QCoreApplication.processEvents()
    USES[name](window)
    QCoreApplication.processEvents()
    gone = weakref.ref(window)
    with collector_off():  # only reference counts may free it now
        window.close()
        del window
        flush_deletes()
        assert gone() is None, f"{name}, used, is held in a reference cycle after its release"
