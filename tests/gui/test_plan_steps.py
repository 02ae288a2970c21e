"""The safety plan in Get help now, through one widget (ui/help/plan_steps.py): the start of
each part, and a "Show all" that shows the whole part in place. Before, Get help now cut each
part short with only Edit to read the rest."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import SafetyPlan
from footholds.platform import phone_links
from footholds.ui.common import i18n
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.help.plan_steps import PlanStep

LONG = "\n".join(["Hot shower, a song 🎵", *["then one more small thing"] * 58, "TAIL 🌿"])
SHORT = "Walk to the river"
ON_MY_OWN = "Things I can do on my own to feel a little better"


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


@pytest.fixture
def plan(ctx: AppContext) -> AppContext:
    ctx.settings.set("safety.region", "GB")
    ctx.store.add(SafetyPlan(sections={"sp-reasons": SHORT, "sp-on-my-own": LONG}))
    return ctx


def running_help(ctx: AppContext, qtbot: QtBot) -> tuple[QWidget, list[QWidget]]:
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    return window, window.plan.parts


def steps(parts: list[QWidget]) -> dict[str, PlanStep]:
    return {p.title: p for p in parts if isinstance(p, PlanStep)}


def top_of(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).y()


def test_each_part_shows_its_start_and_all_of_it_with_one_key(
    plan: AppContext, qtbot: QtBot
) -> None:
    window, parts = running_help(plan, qtbot)
    shown = steps(parts)
    short = shown["What matters to me, what I want to stay for"]
    assert short.text() == SHORT and short.toggle is None  # nothing more to show
    step = shown[ON_MY_OWN]
    assert step.text() == "Hot shower, a song 🎵\nthen one more small thing…"
    toggle = step.toggle
    assert toggle is not None and toggle.isVisible() and toggle.text() == "Show all"
    assert toggle.accessibleName() == f"Show all of {ON_MY_OWN}"
    assert toggle.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable with Tab
    heading, button = top_of(step.heading, window), top_of(toggle, window)
    above = top_of(short, window)
    tall = step.height()
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)  # by keyboard
    assert step.text() == LONG and "TAIL 🌿" in step.words.text()
    assert toggle.text() == "Show less"
    assert toggle.accessibleName() == f"Show less of {ON_MY_OWN}"
    qtbot.waitUntil(lambda: step.height() > tall + 500)  # the page grows below the step
    # what is above the words stays where it was: the heading, the button, the part above
    assert top_of(step.heading, window) == heading and top_of(toggle, window) == button
    assert top_of(short, window) == above
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert step.text().endswith("…") and toggle.text() == "Show all" and toggle.hasFocus()
    qtbot.waitUntil(lambda: step.height() == tall)
    window.close()


def test_the_tough_day_shows_the_whole_plan_with_no_toggle(plan: AppContext, qtbot: QtBot) -> None:
    window = plan.windows.show("tough-day")
    assert window is not None
    shown = steps(window.plan.parts)  # type: ignore[attr-defined]
    step = shown[ON_MY_OWN]
    assert step.text() == LONG and step.toggle is None
    window.close()


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[None]:
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    yield
    ctx.settings.set("general.language", "en")
    i18n.apply(ctx)


def test_show_all_in_spanish(plan: AppContext, spanish: None, qtbot: QtBot) -> None:
    window, parts = running_help(plan, qtbot)
    [toggle] = [p.toggle for p in steps(parts).values() if p.toggle is not None]
    assert toggle.text() == "Mostrar todo"
    assert toggle.accessibleName().startswith("Mostrar completo: ")
    toggle.click()
    assert toggle.text() == "Mostrar menos"
    window.close()


@pytest.mark.parametrize("name", ["tough-day", "help-now"])
def test_a_step_keeps_its_own_number_when_those_before_are_empty(
    ctx: AppContext, spanish: None, qtbot: QtBot, name: str
) -> None:
    # the tour: only "small supply" ticked under step 6, and both windows said "1." for it,
    # where the plan's window and `footholds safety-plan` say "6."
    ctx.store.add(SafetyPlan(sections={}, safer=["small-supply"]))
    window = ctx.windows.show(name)
    assert window is not None
    [step] = steps(window.plan.parts).values()  # type: ignore[attr-defined]
    assert step.heading.text() == "<b>6. Hacer mi entorno más seguro</b>"
    window.close()
