"""The safety plan editor and its read-only view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from footholds.core import content
from footholds.core.store import SafetyPlan
from footholds.ui.registry import BY_NAME
from footholds.ui.safety_plan import SafetyPlanView


def _open(ctx, qtbot, **options):
    window = ctx.windows.show("safety-plan", **options)
    qtbot.waitExposed(window)
    return window


def test_not_in_the_tray_menu_but_can_be_opened(ctx) -> None:
    assert BY_NAME["safety-plan"].in_menu is False
    assert "safety-plan" not in ctx.tray.actions


def test_six_sections_from_the_content_pack(ctx, qtbot) -> None:
    window = _open(ctx, qtbot)
    ids = [item["id"] for item in content.load_pack("safety_plan")]
    assert len(ids) == 6
    assert list(window.fields) == ids
    assert all(field.toPlainText() == "" for field in window.fields.values())
    assert ctx.store.all(SafetyPlan) == []


def test_first_save_creates_one_plan_and_later_saves_update_it(ctx, qtbot) -> None:
    window = _open(ctx, qtbot)
    window.fields["sp-warning-signs"].setPlainText("Not answering messages")
    qtbot.mouseClick(window.save, Qt.MouseButton.LeftButton)
    [plan] = ctx.store.all(SafetyPlan)
    assert plan.sections == {"sp-warning-signs": "Not answering messages"}
    assert window.status.text() == "Saved."
    window.fields["sp-on-my-own"].setPlainText("A hot shower\nMy blue blanket")
    window.fields["sp-warning-signs"].setPlainText("")
    window.save_plan()
    [again] = ctx.store.all(SafetyPlan)
    assert again.id == plan.id
    assert again.sections == {"sp-on-my-own": "A hot shower\nMy blue blanket"}


def test_nothing_written_saves_nothing(ctx, qtbot) -> None:
    window = _open(ctx, qtbot)
    window.close()
    assert ctx.store.all(SafetyPlan) == []


def test_closing_keeps_the_words(ctx, qtbot) -> None:
    window = _open(ctx, qtbot)
    window.fields["sp-safer-space"].setPlainText("Ask Sam to keep the pills")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    [plan] = ctx.store.all(SafetyPlan)
    assert plan.sections["sp-safer-space"] == "Ask Sam to keep the pills"


def test_reopening_shows_the_saved_plan_and_focuses_a_section(ctx, qtbot) -> None:
    ctx.store.add(SafetyPlan(sections={"sp-professionals": "Dr Okafor 555 0100"}))
    window = _open(ctx, qtbot, section="sp-professionals")
    assert window.fields["sp-professionals"].toPlainText() == "Dr Okafor 555 0100"
    qtbot.waitUntil(window.fields["sp-professionals"].hasFocus)


def test_a_long_section_is_kept(ctx, qtbot) -> None:
    long_text = "One small thing at a time. " * 150
    window = _open(ctx, qtbot)
    window.fields["sp-people-places"].setPlainText(long_text)
    window.save_plan()
    assert ctx.store.all(SafetyPlan)[0].sections["sp-people-places"] == long_text.rstrip()
    assert window.width() < 900


def test_keyboard_tab_moves_between_sections_and_ctrl_s_saves(ctx, qtbot) -> None:
    window = _open(ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first, second = list(window.fields.values())[:2]
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(first, "Sleeping all day")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.all(SafetyPlan)[0].sections == {"sp-warning-signs": "Sleeping all day"}


def test_view_shows_written_sections_only_and_follows_changes(ctx, qtbot) -> None:
    view = SafetyPlanView(ctx)
    qtbot.addWidget(view)
    assert view.empty.isVisibleTo(view)
    assert view.edit.text() == "Write my safety plan"
    ctx.store.add(SafetyPlan(sections={"sp-ask-for-help": "Mum: 07700 900123", "sp-on-my-own": ""}))
    assert not view.empty.isVisibleTo(view)
    assert "People I can ask for help" in view.text()
    assert "Mum: 07700 900123" in view.text()
    assert "on my own" not in view.text()
    assert view.edit.text() == "Edit my safety plan"
    view.edit.click()
    assert ctx.windows.is_visible("safety-plan")
