"""The safety plan editor and its read-only view."""

from __future__ import annotations

import os
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import content
from footholds.core.store import SafetyPlan
from footholds.ui.help.safety_plan import KEEP_AFTER_MS, SafetyPlanWindow
from footholds.ui.help.safety_plan_view import SafetyPlanView
from footholds.ui.shell.registry import BY_NAME
from footholds.ui.shell.tray import menu_entries


def _open(ctx: AppContext, qtbot: QtBot, **options: object) -> SafetyPlanWindow:
    window = cast(SafetyPlanWindow, ctx.windows.show("safety-plan", **options))
    qtbot.waitExposed(window)
    return window


def test_in_the_tray_menu_right_below_tough_day_and_get_help_now(
    ctx: AppContext, qtbot: QtBot
) -> None:
    assert BY_NAME["safety-plan"].in_menu is True
    names = [n for n in menu_entries() if not n.startswith("|")]
    assert names[:4] == ["tough-day", "help-now", "safety-plan", "-"]
    action = ctx.tray.actions["safety-plan"]
    assert action.text().replace("&", "") == "Safety plan"
    action.trigger()
    assert ctx.windows.is_visible("safety-plan")


def test_seven_parts_from_the_content_pack_with_numbered_steps(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = _open(ctx, qtbot)
    ids = [item["id"] for item in content.load_pack("safety_plan")]
    assert len(ids) == 7
    assert list(window.fields) == ids
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert "What matters to me, what I want to stay for" in texts
    assert "1. My warning signs" in texts and "6. Making my space safer" in texts
    order = texts.index("Go down the steps in order: if one does not help, try the next.")
    assert order < texts.index("1. My warning signs")
    assert texts.index("What matters to me, what I want to stay for") < order
    assert all(field.toPlainText() == "" for field in window.fields.values())
    assert ctx.store.all(SafetyPlan) == []


def test_first_save_creates_one_plan_and_later_saves_update_it(
    ctx: AppContext, qtbot: QtBot
) -> None:
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


def test_nothing_written_saves_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.close()
    assert ctx.store.all(SafetyPlan) == []


def test_closing_keeps_the_words(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.fields["sp-safer-space"].setPlainText("Ask Sam to keep the pills")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    [plan] = ctx.store.all(SafetyPlan)
    assert plan.sections["sp-safer-space"] == "Ask Sam to keep the pills"


def test_reopening_shows_the_saved_plan_and_focuses_a_section(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(SafetyPlan(sections={"sp-professionals": "Dr Okafor 555 0100"}))
    window = _open(ctx, qtbot, section="sp-professionals")
    assert window.fields["sp-professionals"].toPlainText() == "Dr Okafor 555 0100"
    qtbot.waitUntil(window.fields["sp-professionals"].hasFocus)


def test_the_plan_opens_where_the_keyboard_is_not_where_it_was_last_scrolled(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea

    window = _open(ctx, qtbot)
    area = window.findChild(QScrollArea)
    assert area is not None
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # read down to the last steps, then closed
    window.close()
    window = _open(ctx, qtbot)
    assert bar.value() == 0  # at the top, where the focus is
    last = list(window.fields)[-1]
    window.present(section=last)
    field = window.fields[last]
    top = field.mapTo(area.viewport(), QPoint(0, 0)).y()
    # in sight where the caret is (its first line), as Qt scrolls to a text box's caret
    assert top >= 0 and top + 2 * field.fontMetrics().height() <= area.viewport().height()


def test_a_long_section_is_kept(ctx: AppContext, qtbot: QtBot) -> None:
    long_text = "One small thing at a time. " * 150
    window = _open(ctx, qtbot)
    window.fields["sp-people-places"].setPlainText(long_text)
    window.save_plan()
    assert ctx.store.all(SafetyPlan)[0].sections["sp-people-places"] == long_text.rstrip()
    assert window.width() < 900


def test_keyboard_tab_moves_between_sections_and_ctrl_s_saves(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = _open(ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first, second = list(window.fields.values())[:2]
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(first, "Biscuit, my dog")  # the first part: what I want to stay for
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.all(SafetyPlan)[0].sections == {"sp-reasons": "Biscuit, my dog"}


def test_view_shows_written_sections_only_and_follows_changes(
    ctx: AppContext, qtbot: QtBot
) -> None:
    view = SafetyPlanView(ctx)
    qtbot.addWidget(view)
    assert view.empty.isVisibleTo(view)
    assert view.edit.text() == "Write my safety plan"
    assert "haven't" not in view.empty.text()
    ctx.store.add(SafetyPlan(sections={"sp-ask-for-help": "Mum: 07700 900123", "sp-on-my-own": ""}))
    assert not view.empty.isVisibleTo(view)
    assert "People I can ask for help" in view.text()
    assert "Mum: 07700 900123" in view.text()
    assert "on my own" not in view.text()
    assert view.edit.text() == "Edit my safety plan"
    view.edit.click()
    assert ctx.windows.is_visible("safety-plan")


def test_the_safer_ways_are_ticked_saved_and_shown(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    assert list(window.safer) == ["lock-away", "someone-holds", "small-supply", "take-back"]
    assert not any(box.isChecked() for box in window.safer.values())
    window.safer["small-supply"].setChecked(True)
    window.safer["lock-away"].setChecked(True)
    window.close()
    [plan] = ctx.store.all(SafetyPlan)
    assert plan.sections == {} and plan.safer == ["lock-away", "small-supply"]
    again = _open(ctx, qtbot)
    assert again.safer["small-supply"].isChecked() and not again.safer["take-back"].isChecked()
    view = SafetyPlanView(ctx)
    qtbot.addWidget(view)
    assert "Keep only a small supply at home" in view.text()
    assert "6. Making my space safer" in view.text()  # its own number, as the editor says


def test_an_old_plan_opens_with_nothing_ticked_and_keeps_its_words(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(SafetyPlan(sections={"sp-safer-space": "Ask Sam to keep the pills"}))
    window = _open(ctx, qtbot)
    assert window.fields["sp-safer-space"].toPlainText() == "Ask Sam to keep the pills"
    assert not window.changed()
    window.fields["sp-reasons"].setPlainText("Biscuit, my dog")
    window.save_plan()
    [plan] = ctx.store.all(SafetyPlan)
    assert plan.sections["sp-reasons"] == "Biscuit, my dog" and plan.safer == []


def test_copy_puts_the_plan_as_shown_on_the_clipboard(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.fields["sp-reasons"].setPlainText("The sea in June")
    window.fields["sp-ask-for-help"].setPlainText("Mum: 07700 900123")
    window.safer["someone-holds"].setChecked(True)
    qtbot.mouseClick(window.output.copy, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("My safety plan\n")
    assert copied.index("The sea in June") < copied.index("4. People I can ask for help")
    assert "6. Making my space safer" in copied and "Give them to someone I trust" in copied
    assert "#" not in copied
    assert window.status.text().startswith("Copied.")
    [plan] = ctx.store.all(SafetyPlan)  # what leaves is what is kept
    assert plan.sections["sp-reasons"] == "The sea in June"


def test_save_is_the_one_obvious_action_and_the_ways_out_are_quiet(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = _open(ctx, qtbot)
    out = window.output
    assert {b.property("role") for b in (out.copy, out.save_as, out.print_button)} == {"quiet"}


def test_copy_of_an_empty_plan_copies_nothing_and_says_so_kindly(
    ctx: AppContext, qtbot: QtBot
) -> None:
    QGuiApplication.clipboard().setText("before")
    window = _open(ctx, qtbot)
    window.output.copy.click()
    assert QGuiApplication.clipboard().text() == "before"
    assert "haven't" not in window.status.text() and window.status.text()
    assert ctx.store.all(SafetyPlan) == []


def test_save_as_writes_each_format_privately(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _open(ctx, qtbot)
    window.fields["sp-warning-signs"].setPlainText("Not answering messages")
    for name, start in (("plan.md", b"# My safety plan"), ("plan.html", b"<!DOCTYPE html>"),
                        ("plan.pdf", b"%PDF")):  # fmt: skip
        target = tmp_path / name
        assert window.output.export_to(target)
        assert target.read_bytes().startswith(start)
        assert target.stat().st_mode & 0o777 == 0o600
    assert "Not answering messages" in (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert not window.output.export_to(tmp_path / "missing" / "plan.md")
    assert "could not be written" in window.status.text()


def test_saved_and_printed_the_plan_ends_with_the_country_s_number(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Step 5 left empty, Spain chosen: the paper plan still says to call 112."""
    from PySide6.QtPrintSupport import QPrintDialog

    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    ctx.settings.set("safety.region", "ES")
    window = _open(ctx, qtbot)
    window.fields["sp-warning-signs"].setPlainText("Not answering messages")
    for name in ("plan.md", "plan.html"):
        assert window.output.export_to(tmp_path / name)
    assert "call **112**." in (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert "call <b>112</b>." in (tmp_path / "plan.html").read_text(encoding="utf-8")
    assert window.output.export_to(tmp_path / "plan.pdf")
    window.output.print_button.click()
    for pdf in (tmp_path / "plan.pdf", printed):
        text = _pdf_text(pdf)
        assert "If you need help now" in text, pdf
        assert "call 112." in text and "Emergency number for Spain checked on" in text, pdf
    QGuiApplication.clipboard().clear()
    window.output.copy.click()
    assert "call 112." in QGuiApplication.clipboard().text()


def _pdf_text(path: Path) -> str:
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(raw.split())


def test_the_plan_is_never_saved_over_footholds_own_files(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.fields["sp-warning-signs"].setPlainText("Not answering messages")
    target = ctx.paths.settings_file
    assert not window.output.export_to(target)
    assert "one of Footholds' own folders" in window.status.text()
    assert str(ctx.paths.config_dir) in window.status.text()
    assert not target.exists() or b"Not answering" not in target.read_bytes()


def test_the_good_to_know_link_opens_the_knowledge(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    assert window.knowledge.isVisibleTo(window)
    window.knowledge.click()
    assert ctx.windows.is_visible("help-knowledge")


def test_print_sends_the_plan_to_the_printer(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window = _open(ctx, qtbot)
    window.fields["sp-reasons"].setPlainText("The sea in June")
    umask = os.umask(0o022)
    try:
        window.output.print_button.click()
    finally:
        os.umask(umask)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600  # as Save as writes it
    # printed to a file: said as Save as says it, not "Sent to the printer."
    assert window.status.text() == f"Saved to {target}"


def test_print_cancelled_changes_nothing_but_keeps_the_words(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Rejected.value)
    window = _open(ctx, qtbot)
    window.fields["sp-reasons"].setPlainText("The sea in June")
    window.output.print_button.click()
    assert window.status.text() != "Sent to the printer."
    assert ctx.store.all(SafetyPlan)[0].sections == {"sp-reasons": "The sea in June"}


def test_a_paste_past_the_limit_stops_at_it_and_says_so_under_the_box(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = _open(ctx, qtbot)
    field = window.fields["sp-reasons"]
    field.setPlainText("My cat Miso. ")
    field.moveCursor(field.textCursor().MoveOperation.End)
    pasted = "The sea in September, the long walk by the river. " * 130  # 6,630 characters
    QGuiApplication.clipboard().setText(pasted)
    field.paste()
    limit = SafetyPlan.SECTION_LIMIT
    shown = field.toPlainText()
    assert len(shown) == limit  # the box stops at what the store keeps
    assert shown == ("My cat Miso. " + pasted)[:limit]  # the start of the paste, in place
    assert (
        window.said["sp-reasons"].text()
        == "Up to 5,000 characters fit here; the rest was left out."
    )
    qtbot.keyClick(field, Qt.Key.Key_X)  # typing at the limit is said too, and left out
    assert field.toPlainText() == shown
    window.save_plan()
    # every character the box shows is kept: nothing is cut behind "Saved."
    assert ctx.store.all(SafetyPlan)[0].sections["sp-reasons"] == shown.rstrip()
    assert window.status.text() == "Saved."


def test_a_paste_in_the_middle_loses_the_end_of_the_paste_not_the_words_after_it(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = _open(ctx, qtbot)
    field = window.fields["sp-people-places"]
    field.setPlainText("Sam. Dana.")
    cursor = field.textCursor()
    cursor.setPosition(5)
    field.setTextCursor(cursor)
    QGuiApplication.clipboard().setText("ü🙂" * 3000)  # characters count, not UTF-16 units
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    text = field.toPlainText()
    assert len(text) == SafetyPlan.SECTION_LIMIT
    assert text.startswith("Sam. ü🙂") and text.endswith("Dana.")
    field.undo()  # one Undo takes the whole paste back
    assert field.toPlainText() == "Sam. Dana."


def test_words_past_the_limit_are_never_saved_cut_nor_called_saved(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = _open(ctx, qtbot)
    field = window.fields["sp-reasons"]
    field.setPlainText("a" * (SafetyPlan.SECTION_LIMIT + 10))  # as if the box took more
    assert window.save_plan() is False
    assert window.status.text() == "Up to 5,000 characters fit here."
    assert ctx.store.all(SafetyPlan) == []
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # the person's own close (a quit is not refused)
    assert window.isVisible()  # kept open with the words, not closed on a part of them
    assert len(field.toPlainText()) == SafetyPlan.SECTION_LIMIT + 10
    ctx.windows.close_unless(lambda _name: False)  # as the lock does: out of sight all the same
    assert not window.isVisible()
    assert len(field.toPlainText()) == SafetyPlan.SECTION_LIMIT + 10  # the words still kept
    field.setPlainText("")  # then it closes as ever, before the store does
    window.close()
    assert not window.isVisible()


def test_a_plan_with_empty_old_sections_is_unchanged_and_not_saved_again_on_close(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(
        SafetyPlan(sections={"signs": "", "calm": "", "sp-reasons": "Biscuit, my dog \n"})
    )
    window = _open(ctx, qtbot)
    saved: list[str] = []
    ctx.signals.store_changed.connect(saved.append)
    assert not window.changed() and not window.unsaved_work()
    window.close()
    assert saved == []
    [plan] = ctx.store.all(SafetyPlan)
    assert plan.sections == {"signs": "", "calm": "", "sp-reasons": "Biscuit, my dog \n"}


def test_a_print_that_never_started_says_nothing_was_printed(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A printer that will not start (here a file Qt cannot open) is never "Sent to the
    printer.": the person is told nothing was printed, and of Save as."""
    from PySide6.QtPrintSupport import QPrintDialog

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(tmp_path / "gone" / "plan.pdf"))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window = _open(ctx, qtbot)
    window.fields["sp-reasons"].setPlainText("The sea in June")
    window.output.print_button.click()
    assert window.status.text().startswith("Nothing was printed")
    assert "Save as…" in window.status.text()
    assert not window.status.open_it.isVisibleTo(window)


def test_the_intro_says_when_the_plan_is_saved_as_it_is(ctx: AppContext, qtbot: QtBot) -> None:
    """The plan is saved a moment after typing stops and at the close, and Save keeps it at
    once: "saved as you write" read as every key, beside a Save that then seemed needless."""
    window = _open(ctx, qtbot)
    intro = window.header.line.text()
    assert "as you write" not in intro
    assert "stop typing" in intro and "close" in intro and "Save" in intro
    box = window.fields["sp-safer-space"]
    box.setFocus()
    qtbot.keyClicks(box, "Ask Sam")
    assert ctx.store.all(SafetyPlan) == []  # not at each key: after the pause
    assert window.soon.isActive()
    qtbot.waitUntil(lambda: bool(ctx.store.all(SafetyPlan)), timeout=KEEP_AFTER_MS + 2000)
    [plan] = ctx.store.all(SafetyPlan)
    assert plan.sections["sp-safer-space"] == "Ask Sam"
