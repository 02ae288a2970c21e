"""The check-in window: preview, sections, the session note, saving, PDF and the import dialog."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from checkin_support import opened_checkin
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QTextBlock, QTextDocument, QTextFragment
from pytestqt.qtbot import QtBot

from checkin_clock import checkin_on
from checkin_data import FIRST, LAST, TODAY, TZ, fill
from footholds.app.build import AppContext
from footholds.core import checkin
from footholds.core.store import LogEntry, Proof, Session
from footholds.render.paper import pdf_bytes, to_date
from footholds.ui.common import i18n, theme, tokens
from footholds.ui.common.top_windows import top_windows
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.settings.import_dialog import ImportDialog
from support import child_env, present

DAYLIO = Path(__file__).parents[1] / "unit" / "data" / "daylio_sample.csv"


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> CheckinWindow:
    checkin_on(monkeypatch, TODAY)
    return opened_checkin(ctx, qtbot)


@pytest.fixture
def full(ctx: AppContext) -> AppContext:
    fill(ctx.store)
    return ctx


def preview_text(win: CheckinWindow) -> str:
    win.refresh()
    return win.preview.toPlainText()


def test_empty_store_reads_kindly(window: CheckinWindow) -> None:
    text = preview_text(window)
    assert "Check-in summary" in text
    assert text.count("Nothing noted here for these days.") == 1  # once, not per section
    first, last = window.first.date(), window.last.date()
    assert first.daysTo(last) == 13  # the last 14 days without a session


def test_preview_dates_come_from_the_one_formatter_in_spanish(
    full: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "mar 10 mar" as everywhere else in the app, not Qt's "mar., 10 mar." or "10 marzo 2026";
    the year only for a day not in the summary's year."""
    full.store.add(Proof(at=datetime(2026, 3, 12, 9, tzinfo=TZ), day="2025-11-20", text="Old."))
    full.settings.set("general.language", "es")
    i18n.apply(full)
    try:
        checkin_on(monkeypatch, TODAY)
        win = opened_checkin(full, qtbot)
        text = preview_text(win)
    finally:
        full.settings.set("general.language", "en")
        i18n.remove(full.app)
    assert "mar 10 mar: Got through Monday's meeting." in text
    assert "jue 20 nov 2025: Old." in text
    assert "2 mar 2026" in text and "marzo" not in text
    assert "1,5" in text and "1.5" not in text  # Wed 4 Mar's energy, as Spanish writes it


def test_full_store_starts_at_the_last_session_and_loads_the_note(
    full: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkin_on(monkeypatch, TODAY)
    full.windows.show("check-in")
    win = cast(CheckinWindow, full.windows.get("check-in"))
    assert (win.first.date().day(), win.last.date().day()) == (2, 16)
    assert win.talk.toPlainText().startswith("Sleep has been hard.")
    text = preview_text(win)
    for line in ("a long call with my manager", "I always let people down.", "a walk (3 times)"):
        assert line in text


def test_leaving_sections_out_changes_preview_and_export(
    full: AppContext, window: CheckinWindow, tmp_path: Path
) -> None:
    window.load()
    window.sections["tried"].setChecked(False)
    window.sections["thoughts"].setChecked(False)
    text = preview_text(window)
    assert "breathing slowly" not in text and "I always let people down" not in text
    assert "a long call with my manager" in text
    assert window.output.export_to(tmp_path / "summary.md")
    saved = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "## What I tried" not in saved and "## What set things off" in saved
    assert (tmp_path / "summary.md").stat().st_mode & 0o077 == 0


def test_exports_in_every_format(full: AppContext, window: CheckinWindow, tmp_path: Path) -> None:
    window.load()
    assert window.output.export_to(tmp_path / "a.html")
    assert window.output.export_to(tmp_path / "b.pdf")
    assert window.output.export_to(tmp_path / "c", "md")
    assert "<svg" in (tmp_path / "a.html").read_text(encoding="utf-8")
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "c.md").read_text(encoding="utf-8").startswith("# Check-in summary")
    assert str(tmp_path / "c.md") in window.status.text()


def test_an_unwritable_place_is_said_plainly(window: CheckinWindow, tmp_path: Path) -> None:
    assert not window.output.export_to(tmp_path / "no-such-folder" / "x.md")
    assert "could not be written" in window.status.text()


def test_never_saved_over_footholds_own_files(window: CheckinWindow, ctx: AppContext) -> None:
    settings = ctx.paths.settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_bytes(b"{}")
    proofs = ctx.paths.store_dir / "proof.json"
    for target, folder in ((settings, ctx.paths.config_dir), (proofs, ctx.paths.data_dir)):
        assert not window.output.export_to(target, "md")
        assert "one of Footholds' own folders" in window.status.text()
        assert str(folder) in window.status.text()
    assert settings.read_bytes() == b"{}" and not (ctx.paths.store_dir / "proof.json").exists()


def test_saving_the_session_remembers_date_and_note(window: CheckinWindow, ctx: AppContext) -> None:
    window.talk.setPlainText("How to rest without guilt.")
    window.session_day.setDate(window.session_day.date().addDays(2))
    window.save_session.click()
    sessions = ctx.store.all(Session)
    assert len(sessions) == 1 and sessions[0].talk_about == "How to rest without guilt."
    assert sessions[0].day == "2026-03-18"
    assert "next summary will start" in window.note.saved.text()
    window.talk.setPlainText("Changed my mind.")
    window.close()  # closing keeps what was written
    assert [s.talk_about for s in ctx.store.all(Session)] == ["Changed my mind."]


def test_saved_for_this_session_is_said_under_the_button_then_fades(
    window: CheckinWindow, qtbot: QtBot
) -> None:
    said, hint = window.note.saved, window.note.hint
    below = window.sections["talk"].geometry()
    window.save_session.click()
    assert said.speaking and "next summary will start from 16 Mar 2026" in said.text()
    assert window.status.text() == ""  # not at the foot of the column, for good
    # in the hint's place (it says the same ahead of time): nothing under it moves
    assert not hint.isVisible() and said.geometry().top() == hint.geometry().top()
    assert said.heightForWidth(said.width()) <= said.height()
    assert window.sections["talk"].geometry() == below
    qtbot.waitUntil(lambda: not said.speaking, timeout=8000)
    assert said.text() == "" and hint.isVisible()
    assert window.sections["talk"].geometry() == below
    window.save_session.click()
    window.close()
    window.present()  # reopened: last time's words are not news
    assert not said.speaking and window.status.text() == ""


def test_a_session_saved_on_a_past_day_is_where_from_starts(window: CheckinWindow) -> None:
    """ "Your next summary will start from 10 Mar" and a From field still on 3 Mar would
    disagree: a session already over moves From to it. One today or later leaves it: this
    summary is the one for that session."""
    first = window.first.date()
    window.session_day.setDate(window.last.date())  # today's session
    window.save_session.click()
    assert window.first.date() == first
    past = first.addDays(7)
    window.session_day.setDate(past)
    window.save_session.click()
    assert window.first.date() == past
    assert "10 Mar 2026" in window.note.saved.text()


def test_closing_with_nothing_written_saves_nothing(window: CheckinWindow, ctx: AppContext) -> None:
    window.close()
    assert ctx.store.all(Session) == []


def test_saving_a_summary_adds_no_session(
    window: CheckinWindow, ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    """Save as… (and Print…) made a session dated today that the person never added: My
    sessions listed it, the note said the first session was still to come, and the next
    day's summary covered one day, the words to talk about kept with that session. They
    stay the window's draft instead, on disk at once, and come back at the next opening."""
    from footholds.app.quitting import bring_back_drafts
    from footholds.core import drafts

    bring_back_drafts(ctx)  # as at the start: drafts can be written from now on
    qtbot.keyClicks(window.talk, "ask about sleep")
    assert window.output.export_to(tmp_path / "summary.md")
    assert "ask about sleep" in (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert ctx.store.all(Session) == []
    assert window.draft() == {"talk": "ask about sleep", "shown": []}
    assert drafts.take(ctx.paths.drafts_file)["check-in"] == window.draft()
    window.close()
    assert ctx.store.all(Session) == []  # nor does closing
    window.present()
    assert window.talk.toPlainText() == "ask about sleep"
    # kept at a quit and brought back by a window built afresh, as after a crash
    ctx.windows.drafts = drafts.take(ctx.paths.drafts_file)
    again = cast(CheckinWindow, ctx.windows.build_again("check-in"))
    qtbot.addWidget(window)  # the old build is the caller's to put away (build_again)
    window.hide()
    again.present()
    assert again.talk.toPlainText() == "ask about sleep"


def test_printing_a_summary_adds_no_session(
    window: CheckinWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.render.paper import Printed

    monkeypatch.setattr(
        "footholds.ui.reflect.checkin_output.print_report",
        lambda *_a, **_k: Printed(None, True),
    )
    qtbot.keyClicks(window.talk, "ask about sleep")
    window.print_button.click()
    assert window.status.text() == "Sent to the printer."
    assert ctx.store.all(Session) == []
    assert present(window.draft())["talk"] == "ask about sleep"


def test_a_saved_summary_keeps_the_words_with_the_session_that_day(
    window: CheckinWindow, ctx: AppContext, tmp_path: Path
) -> None:
    ctx.store.add(Session(day="2026-03-17"))
    window.close()
    window.present()
    assert window.session_day.date() == QDate(2026, 3, 17)
    window.talk.setPlainText("How to rest.")
    assert window.output.export_to(tmp_path / "summary.md")
    assert [(s.day, s.talk_about) for s in ctx.store.all(Session)] == [
        ("2026-03-17", "How to rest.")
    ]
    assert window.draft() is None


def test_new_entries_refresh_an_open_window(
    window: CheckinWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(LogEntry(tried="a warm shower", at=datetime(2026, 3, 12, 12, 0).astimezone()))
    qtbot.waitUntil(lambda: "a warm shower" in window.preview.toPlainText(), timeout=3000)


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_preview_is_paper_in_light_and_dark(
    ctx: AppContext, window: CheckinWindow, choice: str
) -> None:
    ctx.settings.set("general.theme", choice)
    theme.apply(ctx.app, choice)
    window.refresh()
    image = window.preview.viewport().grab().toImage()
    corner = image.pixelColor(image.width() - 3, image.height() - 3)
    assert corner.lightness() > 240  # white paper, dark ink, whatever the theme
    assert window.preview.palette().color(window.preview.palette().ColorRole.Text).lightness() < 80


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_the_preview_shows_it_has_the_keyboard(
    ctx: AppContext, window: CheckinWindow, qtbot: QtBot, choice: str
) -> None:
    """Tab from "Add my safety plan at the end" goes to the preview, where Page Down reads on:
    it has the fields' 2 px ring then (it had none, and the page scrolled as if by itself)."""
    from PySide6.QtGui import QColor

    theme.apply(ctx.app, choice)
    try:
        # the light theme's ring in both: the paper is white in both
        ring = QColor(tokens.LIGHT.focus)
        assert tokens.contrast(tokens.LIGHT.focus, "#ffffff") >= tokens.LARGE_AA
        preview = window.preview

        def ringed() -> int:
            image = preview.grab().toImage()
            return sum(
                1
                for x in range(image.width())
                for y in (0, 1, image.height() - 2, image.height() - 1)
                if image.pixelColor(x, y) == ring
            )

        window.talk.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(window.talk.hasFocus)
        before = ringed()
        preview.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(preview.hasFocus)
        # along its top and foot, two pixels each: four times its width, less the corners
        qtbot.waitUntil(lambda: ringed() > before + 3 * preview.width())
    finally:
        theme.apply(ctx.app, "light")


def test_escape_closes(window: CheckinWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_every_control_has_an_accessible_name(window: CheckinWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QDateEdit, QPlainTextEdit, QTextBrowser

    for kind in (QAbstractButton, QDateEdit, QPlainTextEdit, QTextBrowser):
        for widget in window.findChildren(kind):
            if widget.isVisibleTo(window):
                assert widget.accessibleName(), widget


# -- PDF -----------------------------------------------------------------------------------


def test_pdf_has_pages_and_the_key_lines(full: AppContext, tmp_path: Path) -> None:
    if not shutil.which("pdftotext") or not shutil.which("pdfinfo"):
        pytest.skip("pdftotext/pdfinfo (poppler-utils) are not installed")
    report = checkin.gather(full.store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    data, pages = pdf_bytes(report)
    path = tmp_path / "summary.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert f"Pages:           {pages}" in info and pages == 3  # talking points and notes added
    assert "A4" in info
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", raw).split())  # "ﬁ" ligatures back to "fi"
    for line in (
        "Check-in summary",
        "2 Mar 2026 to 15 Mar 2026",
        "What I want to talk about",
        "Sleep has been hard.",
        "What helped, even a little (most often first)",
        "a walk (3 times)",
        "A kinder view: I let Sam down once this week, and I also showed up for him twice.",
        "Movements done: 7 (on 5 days)",
        "Tue 10 Mar: Got through Monday's meeting.",
    ):
        assert line in text, line


def test_what_the_person_typed_is_under_the_label_they_typed_it_under(
    full: AppContext, window: CheckinWindow
) -> None:
    """The preview (and so the PDF and print, drawn from the same page) shows the words from
    "What I want to talk about" right under that heading, never relabelled."""
    window.load()
    window.talk.setPlainText("Resting without guilt.")
    lines = [line.strip() for line in preview_text(window).splitlines() if line.strip()]
    at = lines.index("Resting without guilt.")
    assert lines[at - 1] == "What I want to talk about"
    assert not any("support" in line for line in lines)
    if shutil.which("pdftotext"):
        data, _ = pdf_bytes(window.report(), window.chosen(), window.words)
        path = Path(window.ctx.paths.data_dir) / "summary.pdf"
        path.write_bytes(data)
        raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        text = " ".join(unicodedata.normalize("NFKC", raw).split())
        assert "What I want to talk about Resting without guilt." in text
        assert "support" not in text


def test_pdf_without_the_chart_is_shorter(full: AppContext) -> None:
    report = checkin.gather(full.store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    _, all_pages = pdf_bytes(report)
    _, short = pdf_bytes(report, ["talk", "helped"])
    assert short == 1 < all_pages


# -- importing ------------------------------------------------------------------------------


def test_import_dialog_previews_then_imports(
    window: CheckinWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    window.import_button.click()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.set_file(DAYLIO)
    assert "8 log entries to add" in dialog.preview.toPlainText()
    assert "line 9:" in dialog.preview.toPlainText()
    qtbot.waitUntil(dialog.choose.isEnabled)  # the buttons are on again once it has read
    assert dialog.import_button.isEnabled()
    assert ctx.store.count(LogEntry) == 0  # nothing before the person says so
    dialog.import_button.click()
    assert ctx.store.count(LogEntry) == 8
    assert "Imported 8 log entries." in dialog.message.text()
    qtbot.waitUntil(dialog.choose.isEnabled)
    assert not dialog.import_button.isEnabled()
    dialog.set_file(DAYLIO)
    qtbot.waitUntil(dialog.choose.isEnabled)
    assert not dialog.import_button.isEnabled()
    assert "nothing new" in dialog.message.text()


def test_one_import_at_a_time_in_the_whole_app(
    window: CheckinWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import open from the check-in summary, and Import pressed in Settings › Your
    data meanwhile (even between two steps of its reading): the one open comes to the
    front, no second one opens inside it. Once it is closed, Import opens one afresh."""
    from footholds.ui.settings.settings_window import SettingsWindow

    window.import_button.click()
    first = window.findChild(ImportDialog)
    assert first is not None and first.isVisible()
    settings = cast(SettingsWindow, ctx.windows.show("settings", section="data"))
    qtbot.waitExposed(settings)
    data = settings.data_page

    def shown() -> list[ImportDialog]:
        return [w for w in top_windows() if isinstance(w, ImportDialog) and w.isVisible()]

    data.import_button.click()
    assert shown() == [first]
    raised: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "raise_", lambda self: raised.append(self))
    asked = first.stop_asked

    def meanwhile() -> bool:  # the person presses Import in Settings while it reads
        if not raised:
            data.import_button.click()
        return asked()

    monkeypatch.setattr(first, "stop_asked", meanwhile)
    first.set_file(DAYLIO)
    assert raised == [first] and shown() == [first]
    assert "8 log entries to add" in first.preview.toPlainText()
    qtbot.waitUntil(first.choose.isEnabled)
    first.reject()
    data.import_button.click()
    [second] = shown()
    assert second is not first and second.parent() is data
    second.reject()


def test_import_dialog_cancel_writes_nothing(ctx: AppContext, tmp_path: Path, qtbot: QtBot) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_file(DAYLIO)
    before = sorted(p.name for p in ctx.paths.store_dir.rglob("*"))
    dialog.reject()
    assert ctx.store.count(LogEntry) == 0
    assert sorted(p.name for p in ctx.paths.store_dir.rglob("*")) == before


def test_import_dialog_explains_an_unknown_file(
    ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"hello": "there"}))
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_file(path)
    assert "not a Footholds export" in dialog.preview.toPlainText()
    assert not dialog.import_button.isEnabled()


def test_cli_import_goes_through_the_running_app(ctx: AppContext, qtbot: QtBot) -> None:
    assert ctx.server.listen()
    changed: list[str] = []
    ctx.signals.store_changed.connect(changed.append)
    proc = subprocess.Popen(
        [sys.executable, "-m", "footholds", "import", str(DAYLIO), "--yes"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=child_env(),
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert "Imported 8 log entries." in out
    assert ctx.store.count(LogEntry) == 8
    assert changed == ["log"]  # windows hear once per kind, not once per entry


def test_session_today_is_for_today_and_the_next_day_starts_there(ctx: AppContext) -> None:
    ctx.store.add(Session(day=TODAY.isoformat(), talk_about="today"))
    assert present(checkin.upcoming_session(ctx.store, TODAY)).talk_about == "today"
    tomorrow = date.fromordinal(TODAY.toordinal() + 1)
    assert checkin.default_period(ctx.store, tomorrow)[0] == TODAY


def test_the_period_cannot_reach_the_end_of_the_calendar(window: CheckinWindow) -> None:
    # Qt's own limit is 9999-12-31, whose next day does not exist: the summary would fail
    for edit in (window.first, window.last):
        assert edit.maximumDate().year() == 2200 and edit.minimumDate().year() == 1970
    window.last.setDate(window.last.maximumDate())
    assert "Check-in summary" in preview_text(window)


def test_the_chart_is_vector_in_html_and_pdf(full: AppContext) -> None:
    from footholds.core.checkin_html import to_html
    from footholds.render.paper import CHART_OBJECT, report_document

    report = checkin.gather(full.store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    page = to_html(report)  # the file the person saves
    assert "<svg" in page and "<img" not in page and "base64" not in page
    data, _ = pdf_bytes(report)
    # a raster chart would be an image XObject; the vector one is paths and text
    assert b"/Subtype /Image" not in data and b"/Subtype/Image" not in data
    doc = report_document(report)
    objects = [
        f
        for b in _blocks(doc)
        for f in _fragments(b)
        if f.charFormat().objectType() == CHART_OBJECT
    ]
    assert len(objects) == 1  # the chart is there, drawn by QSvgRenderer
    assert "<img" not in doc.toHtml() or "footholds-chart" not in doc.toHtml()


def _blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def _fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    it = block.begin()
    while not it.atEnd():
        yield it.fragment()
        it += 1


@pytest.mark.parametrize(
    ("language", "summary", "export", "plan"),
    [
        ("en", "check-in-2026-03-16.pdf", "footholds-export-", "safety-plan.pdf"),
        ("es", "resumen-2026-03-16.pdf", "footholds-datos-", "plan-de-seguridad.pdf"),
    ],
)
def test_suggested_file_names_are_in_the_persons_language_with_an_iso_date(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    summary: str,
    export: str,
    plan: str,
) -> None:
    """A Spanish summary was suggested as "check-in-2026-12-05.pdf"."""
    from PySide6.QtWidgets import QWidget

    from footholds.ui.common import modal
    from footholds.ui.common.file_names import suggested_file
    from footholds.ui.help.safety_plan_output import PlanOutput
    from footholds.ui.settings.settings_data import choose_export_file

    offered: list[str] = []

    def save_dialog(_parent: object, _title: str, start: str, _kinds: str) -> tuple[str, str]:
        offered.append(Path(start).name)
        return "", ""

    monkeypatch.setattr(modal, "save_file", save_dialog)
    checkin_on(monkeypatch, TODAY)
    monkeypatch.setattr(PlanOutput, "_ready", lambda self: object())
    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        win = opened_checkin(ctx, qtbot)
        win.output._on_save_clicked()
        parent = QWidget()
        qtbot.addWidget(parent)
        choose_export_file(parent, ctx.settings)
        plan_window = ctx.windows.show("safety-plan")
        plan_window.output._on_save_as_clicked()  # type: ignore[attr-defined]
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)
    assert offered[0] == summary
    assert offered[1] == f"{export}{date.today().isoformat()}.json"
    assert offered[2] == plan
    assert suggested_file("a/b c", "md").name == "a-b-c.md"  # never another folder


def test_before_the_day_start_hour_the_summary_runs_to_the_day_before(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 03:41 on Saturday (the day starts at 4) it is still Friday, as Today and Insights
    say: the summary runs to Friday 4 December, not Saturday."""
    night = datetime(2026, 12, 5, 3, 41).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: night)
    win = opened_checkin(ctx, qtbot)
    assert win.today() == date(2026, 12, 4)
    assert (win.first.date().toPython(), win.last.date().toPython()) == (
        date(2026, 11, 21),
        date(2026, 12, 4),
    )
    # the session being prepared for is on the calendar: Saturday's, later today
    assert win.session_day.date().toPython() == date(2026, 12, 5)


def test_a_new_day_start_hour_moves_the_open_summary_s_period(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:30 on Sunday with the day starting at 4 the summary runs to Saturday; set the
    day to start at midnight while it is open and it runs to Sunday, as Today says. A period
    chosen by hand is the person's and stays."""
    ctx.settings.set("day.start_hour", 4)
    night = datetime(2026, 12, 6, 0, 30).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: night)
    win = opened_checkin(ctx, qtbot)

    def period() -> tuple[date, date]:
        return to_date(win.first.date()), to_date(win.last.date())

    assert period() == (date(2026, 11, 22), date(2026, 12, 5))
    ctx.settings.set("day.start_hour", 0)
    assert period() == (date(2026, 11, 23), date(2026, 12, 6))
    win.first.setDate(QDate(2026, 11, 1))  # chosen by hand
    ctx.settings.set("day.start_hour", 4)
    assert period() == (date(2026, 11, 1), date(2026, 12, 6))


def test_in_the_small_hours_one_plain_line_says_why_the_summary_is_the_day_before(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:58 on Sunday 6 December, with the day starting at 4, the summary is put together
    on Saturday while the session beside it is on the calendar's Sunday: one plain line says
    why, and only at that hour. The session's own date stays the calendar's."""
    ctx.settings.set("day.start_hour", 4)
    night = datetime(2026, 12, 6, 0, 58).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: night)
    win = opened_checkin(ctx, qtbot)
    assert "put together on 5 Dec 2026" in win.preview.toPlainText()
    assert win.session_day.date().toPython() == date(2026, 12, 6)
    assert win.small_hours.isVisible()
    assert win.small_hours.text() == (
        "Until 4:00 it is still Sat 5 Dec for you, so the summary runs to that day."
    )
    ctx.settings.set("day.start_hour", 0)  # the calendar's day: nothing to explain
    qtbot.waitUntil(lambda: not win.small_hours.isVisible())
    assert "put together on 6 Dec 2026" in win.preview.toPlainText()


def test_by_day_the_small_hours_line_is_not_there(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    noon = datetime(2026, 12, 6, 12, 0).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: noon)
    win = opened_checkin(ctx, qtbot)
    assert not win.small_hours.isVisible()


SPANISH_NIGHT = "sigue siendo sáb 5 dic para ti, así que el resumen llega hasta ese día."


@pytest.mark.parametrize(
    ("hour", "words"),
    [(1, f"Hasta la 1:00 {SPANISH_NIGHT}"), (4, f"Hasta las 4:00 {SPANISH_NIGHT}")],
)
def test_the_small_hours_line_in_spanish(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, hour: int, words: str
) -> None:
    ctx.settings.set("day.start_hour", hour)
    night = datetime(2026, 12, 6, 0, 30).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: night)
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        win = opened_checkin(ctx, qtbot)
        assert win.small_hours.text() == words
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_preview_keeps_room_for_whole_words_at_the_narrowest(
    full: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """At the window's narrowest the preview was squeezed to 120 px: "Resu/men para la sesión"
    broke mid-word and a sideways scroll bar came, while the choices kept all the width."""
    full.settings.set("general.language", language)
    i18n.apply(full)
    try:
        checkin_on(monkeypatch, TODAY)
        win = opened_checkin(full, qtbot)
        win.resize(win.minimumSizeHint())
        qtbot.waitUntil(lambda: win.width() <= win.minimumSizeHint().width() + 1)
        win.refresh()
        room = win.preview.fontMetrics().averageCharWidth() * 28
        assert win.preview.width() >= room
        assert not win.preview.horizontalScrollBar().isVisible()
        assert win.choices.width() >= win.choices.minimumSizeHint().width()
    finally:
        full.settings.set("general.language", "en")
        i18n.remove(full.app)


def test_what_to_talk_about_reopens_with_the_cursor_after_it(
    window: CheckinWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    """Kept at a close, the note came back with the cursor at its start: an X typed gave
    "Xask about sleep". Typing goes on after the words, as in Plan something."""
    qtbot.keyClicks(window.talk, "ask about sleep")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    again = opened_checkin(ctx, qtbot)
    again.activateWindow()
    qtbot.waitUntil(again.talk.hasFocus)
    qtbot.keyClicks(again.talk, "X")
    assert again.talk.toPlainText() == "ask about sleepX"


def test_since_my_last_session_without_one_says_why_and_where_to_add_one(
    window: CheckinWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    """With no session yet the button did nothing and said nothing: the fields already
    showed the last 14 days."""
    assert window.no_session.isVisible()
    said = window.no_session.text()
    assert said.startswith("No session saved yet, so the summary starts 14 days back.")
    assert "Settings › My sessions" in said
    qtbot.mouseClick(window.since_last, Qt.MouseButton.LeftButton)
    assert window.no_session.isVisible()
    # a session still to come is no last session: said so, not "no session saved"
    ctx.store.add(Session(day=date.fromordinal(TODAY.toordinal() + 4).isoformat()))
    qtbot.waitUntil(lambda: window.no_session.text().startswith("Your first session is still"))
    assert window.no_session.isVisible()
    # once a session is over, the words go (their room until the window opens again, so
    # nothing under them moves) and the button starts the summary there
    below = window.note.geometry()
    ctx.store.add(Session(day=date.fromordinal(TODAY.toordinal() - 5).isoformat()))
    qtbot.waitUntil(lambda: window.no_session.text() == "")
    assert window.note.geometry() == below
    qtbot.mouseClick(window.since_last, Qt.MouseButton.LeftButton)
    assert window.first.date().daysTo(window.last.date()) == 5
    window.close()
    window.present()
    assert not window.no_session.isVisible()


def test_the_14_days_back_words_go_once_the_days_are_the_persons_own(
    window: CheckinWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    """ "Your first session is today, so the summary starts 14 days back" stayed after the
    person picked 1 to 20 Nov: it said why of days no longer shown. It goes with them, its
    room kept (nothing under it moves), and comes back with "Since my last session"."""
    ctx.store.add(Session(day=(TODAY + timedelta(days=4)).isoformat()))
    qtbot.waitUntil(lambda: window.no_session.text().startswith("Your first session is still"))
    below = window.note.geometry()
    window.first.setDate(window.first.date().addDays(-10))
    assert window.no_session.text() == ""
    assert window.no_session.isVisible() and window.note.geometry() == below
    window.last.setDate(window.last.date().addDays(-3))
    assert window.no_session.text() == ""
    qtbot.mouseClick(window.since_last, Qt.MouseButton.LeftButton)
    assert window.no_session.text().startswith("Your first session is still to come")


def test_a_first_session_over_earlier_today_is_not_said_to_be_still_to_come(
    window: CheckinWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first session at 10:00 today, the check-in opened at 17:00: it said "Your first
    session is still to come"."""
    at_five = datetime.combine(TODAY, datetime.min.time(), TZ).replace(hour=17)
    monkeypatch.setattr(CheckinWindow, "_now", lambda _self: at_five)
    ctx.store.add(Session(day=TODAY.isoformat(), time="10:00", minutes=50))
    window.say_if_no_session()
    assert window.no_session.text().startswith("Your first session was earlier today,")
    ctx.store.add(Session(day=(TODAY + timedelta(days=7)).isoformat()))  # and one to come
    window.say_if_no_session()
    assert window.no_session.text().startswith("Your first session was earlier today,")


@pytest.mark.parametrize("day_only", [False, True])
def test_a_first_session_under_way_is_said_to_be_today(
    window: CheckinWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, day_only: bool
) -> None:
    """A first session that began two minutes ago (or one dated today, with no time): it
    said "Your first session is still to come" (the tour's c2.png)."""
    # in the system's zone, as the window's clock reads it (session times are wall-clock)
    now = datetime.combine(TODAY, datetime.min.time()).replace(hour=9, minute=2).astimezone()
    monkeypatch.setattr(CheckinWindow, "_now", lambda _self: now)
    ctx.store.add(Session(day=TODAY.isoformat(), time="" if day_only else "09:00", minutes=50))
    window.say_if_no_session()
    assert window.no_session.text().startswith("Your first session is today,")
    ctx.store.add(Session(day=(TODAY + timedelta(days=7)).isoformat()))  # and one to come
    window.say_if_no_session()
    assert window.no_session.text().startswith("Your first session is today,")


@pytest.mark.parametrize("there_before", [False, True])
def test_printed_to_a_file_the_summary_is_the_owners_only(
    full: AppContext,
    window: CheckinWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    there_before: bool,
) -> None:
    """The print dialog's "Print to File (PDF)" writes what Save as would: 0600, whatever the
    umask, and over a file that was readable by others."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    target = tmp_path / "printed.pdf"
    if there_before:
        target.write_bytes(b"old")
        target.chmod(0o644)
    modes: list[int] = []

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted.value

    from footholds.render import paper

    real_print = paper._print_into

    def print_into(doc: QTextDocument, printer: QPrinter, *more: Any) -> int:
        if target.exists():  # as Qt opens it: private already, before a byte is written
            modes.append(target.stat().st_mode & 0o777)
        return real_print(doc, printer, *more)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    monkeypatch.setattr(paper, "_print_into", print_into)
    window.load()
    umask = os.umask(0o022)
    try:
        window.print_button.click()
    finally:
        os.umask(umask)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert modes == [0o600]


def test_printed_to_a_file_says_where_and_to_a_printer_says_so(
    full: AppContext, window: CheckinWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Sent to the printer." only when it went to one: printed to a file, the summary is
    said to be saved there, with Open it and Show in folder, as Save as does."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from footholds.render.paper import Printed
    from footholds.ui.reflect import checkin_output

    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.load()
    window.print_button.click()
    assert window.status.text() == f"Saved to {target}"
    assert window.status.path == target
    assert window.status.open_it.isVisibleTo(window)

    monkeypatch.setattr(checkin_output, "print_report", lambda *_args, **_kw: Printed(None, True))
    window.print_button.click()
    assert window.status.text() == "Sent to the printer."
    assert not window.status.open_it.isVisibleTo(window)


def test_the_safety_plan_tick_without_a_plan_says_where_to_write_one(
    window: CheckinWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ticked with no plan written it added nothing and said nothing. It says where a plan
    is written, in room kept for it; nothing once there is a plan, nor while locked."""
    from footholds.core.store import SafetyPlan

    said = window.parts.no_plan
    below = window.extras.geometry()
    assert said.text() == ""
    window.with_plan.setChecked(True)
    assert said.text().startswith("There is no safety plan to add yet.")
    assert "Safety plan" in said.text()
    assert window.extras.geometry() == below  # its room was kept
    with monkeypatch.context() as m:
        m.setattr(type(ctx.locker), "locked", property(lambda _self: True))
        window.parts.say_plan()
        assert said.text() == ""  # locked: it may be there, unread
    window.parts.say_plan()
    assert said.text() != ""
    ctx.store.add(SafetyPlan(sections={"sp-warning-signs": "Not sleeping."}))
    assert said.text() == ""
    assert window.extras.geometry() == below


def test_ticking_the_safety_plan_in_a_short_pane_scrolls_its_note_into_view(
    window: CheckinWindow, qtbot: QtBot
) -> None:
    """With the keyboard, the tick at the foot of a short pane showed its note below the
    visible part (half a line) and the pane stayed put: it scrolls so the note reads whole,
    and the keyboard stays on the tick."""
    window.resize(900, 420)
    qtbot.waitUntil(lambda: window.choices.verticalScrollBar().maximum() > 0)
    area, said = window.choices, window.parts.no_plan
    page = present(area.widget())

    def shown() -> bool:
        top = said.mapTo(page, QPoint(0, 0)).y() - area.verticalScrollBar().value()
        return top >= 0 and top + said.height() <= area.viewport().height()

    window.with_plan.setFocus()
    area.ensureWidgetVisible(window.with_plan, 0, 0)  # the tick at the foot, its note below
    assert not shown()
    qtbot.keyClick(window.with_plan, Qt.Key.Key_Space)
    assert window.with_plan.isChecked() and said.text()
    qtbot.waitUntil(shown)
    assert window.with_plan.hasFocus()


def test_a_print_that_never_started_says_nothing_was_printed(
    full: AppContext, window: CheckinWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Printed into a folder (Qt cannot open it, the printer never starts): never "Sent to
    the printer.", but that nothing was printed, and of Save as."""
    from PySide6.QtPrintSupport import QPrintDialog

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(tmp_path))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.load()
    window.print_button.click()
    assert window.status.text().startswith("Nothing was printed")
    assert "Save as…" in window.status.text()
    assert window.status.path is None
