"""The safety plan is saved a little after typing pauses, with no Save and no close: a kill -9
or a crash loses at most the last moments of typing. Read here from disk, with no quit; and
never in the clear when the person chose to lock it too."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
import test_unlock as base
from lock_starting import every_file, opened, start, stop
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.lock.readable import readable_plan
from footholds.core.paths import Paths
from footholds.core.store import SafetyPlan
from footholds.core.store.storage import SEALED_FILE
from footholds.ui.help.safety_plan import KEEP_AFTER_MS, SafetyPlanWindow

SOON = KEEP_AFTER_MS + 3000
closed_lock, locked = base.closed_lock, base.locked  # the lock's own fixtures


def _open(ctx: AppContext, qtbot: QtBot) -> SafetyPlanWindow:
    window = cast(SafetyPlanWindow, ctx.windows.show("safety-plan"))
    qtbot.waitExposed(window)
    return window


def typed(qtbot: QtBot, field: QPlainTextEdit, words: str) -> None:
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, words)


def on_disk(ctx: AppContext) -> dict[str, str]:
    """The plan's parts as its file holds them: what a start after a kill would find."""
    plan = readable_plan(ctx.paths.store_dir)
    return plan.sections if plan is not None else {}


def test_words_typed_reach_the_plan_on_disk_soon_after_typing_pauses(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = _open(ctx, qtbot)
    typed(qtbot, window.fields["sp-reasons"], "my sister's laugh")
    assert on_disk(ctx) == {}  # not at each key: once the typing pauses
    qtbot.waitUntil(lambda: on_disk(ctx) == {"sp-reasons": "my sister's laugh"}, timeout=SOON)
    assert window.isVisible()  # no close, no Save
    assert window.status.text() == "Saved."  # said quietly, where Save says it
    assert not window.changed()

    typed(qtbot, window.fields["sp-reasons"], " and the dog")
    assert window.status.text() == ""  # words typed since are not called saved
    qtbot.waitUntil(
        lambda: on_disk(ctx).get("sp-reasons") == "my sister's laugh and the dog", timeout=SOON
    )
    assert len(ctx.store.all(SafetyPlan)) == 1  # one plan, changed: never a second


def test_the_status_line_keeps_its_room_when_saved_is_said(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    save_top = window.save.mapTo(window, window.save.rect().topLeft()).y()
    typed(qtbot, window.fields["sp-reasons"], "the sea in winter")
    qtbot.waitUntil(lambda: window.status.text() == "Saved.", timeout=SOON)
    assert window.save.mapTo(window, window.save.rect().topLeft()).y() == save_top


def test_a_tick_is_kept_soon_too(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    key, box = next(iter(window.safer.items()))
    box.setFocus()
    box.click()

    def ticked() -> bool:
        plan = readable_plan(ctx.paths.store_dir)
        return plan is not None and plan.safer == [key]

    qtbot.waitUntil(ticked, timeout=SOON)


def test_a_part_over_its_limit_is_not_called_saved_and_the_rest_is_kept(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = _open(ctx, qtbot)
    window.fields["sp-reasons"].setPlainText("a" * (SafetyPlan.SECTION_LIMIT + 10))
    typed(qtbot, window.fields["sp-warning-signs"], "not answering the phone")
    qtbot.waitUntil(
        lambda: on_disk(ctx) == {"sp-warning-signs": "not answering the phone"}, timeout=SOON
    )
    assert window.status.text() != "Saved."  # a part of it is not in the plan
    assert window.draft() == {"sections": {"sp-reasons": "a" * (SafetyPlan.SECTION_LIMIT + 10)}}


def test_nothing_is_saved_while_the_plan_is_only_to_read(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("lock.safety_plan", True)
        window = _open(ctx, qtbot)
        typed(qtbot, window.fields["sp-reasons"], "the garden")
        assert ctx.locker.lock_now()  # saved first, as Lock now does (keep_before_lock)
        assert window.fields["sp-reasons"].isReadOnly()
        before = every_file(footholds_home)
        qtbot.wait(KEEP_AFTER_MS + 500)  # the pause passes while locked: nothing is tried
        assert every_file(footholds_home) == before
        assert not [n for n, d in before.items() if b"the garden" in d]
    finally:
        stop(ctx)


def test_a_plan_locked_too_is_kept_sealed_never_in_the_clear(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("lock.safety_plan", True)
        window = _open(ctx, qtbot)
        typed(qtbot, window.fields["sp-reasons"], "a walk by the river")
        qtbot.waitUntil(lambda: not window.changed(), timeout=SOON)
        place = paths.store_dir / f"{SafetyPlan.KIND}.json"
        assert place.read_bytes().startswith(SEALED_FILE)
        assert not [n for n, d in every_file(footholds_home).items() if b"by the river" in d]
    finally:
        stop(ctx)


def test_opening_the_plan_saves_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(SafetyPlan(sections={"sp-reasons": "the light in May"}))
    before = (ctx.paths.store_dir / f"{SafetyPlan.KIND}.json").read_bytes()
    window = _open(ctx, qtbot)
    qtbot.wait(KEEP_AFTER_MS + 500)
    assert (ctx.paths.store_dir / f"{SafetyPlan.KIND}.json").read_bytes() == before
    assert window.status.text() == ""


def test_a_store_that_refuses_is_told_once_not_at_every_pause(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Said inside the window, where "Saved." shows (never a box over the plan: the help
    windows stay usable), once, not at every pause; Save tells it again when pressed."""
    boxes: list[str] = []

    def warn(_parent: object, words: str, *_args: object, **_kw: object) -> None:
        boxes.append(words)

    monkeypatch.setattr(ctx.prompter, "warn", warn)
    window = _open(ctx, qtbot)
    told: list[str] = []
    say = window.status.say

    def said(words: str) -> None:
        if words and words != "Saved.":
            told.append(words)
        say(words)

    monkeypatch.setattr(window.status, "say", said)
    ctx.store.read_only = True  # opened only to read: nothing it is given is kept
    typed(qtbot, window.fields["sp-reasons"], "the bus to the coast")
    qtbot.waitUntil(lambda: len(told) == 1, timeout=SOON)
    assert window.status.text() != "Saved."  # never called saved when it was not
    typed(qtbot, window.fields["sp-reasons"], ", in spring")
    qtbot.wait(KEEP_AFTER_MS + 500)
    assert len(told) == 1  # said once; Save still tells it when pressed
    window.save.click()
    assert len(told) == 2
    assert boxes == []
    assert window.changed()  # the words stay in the boxes
