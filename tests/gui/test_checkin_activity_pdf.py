"""The PDF summary with "What I did, and how it felt" and "Sleep", and without them when empty
or unticked; and their boxes in the check-in window."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from checkin_support import opened_checkin
from pytestqt.qtbot import QtBot

from checkin_clock import checkin_on
from checkin_data import FIRST, LAST, TODAY, TZ, fill, fill_activity_and_sleep
from footholds.app.build import AppContext
from footholds.core import checkin
from footholds.render.paper import pdf_bytes


def pdf_text(data: bytes, tmp_path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "summary.pdf"
    path.write_bytes(data)
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def test_pdf_has_both_parts_with_something_in_them(ctx: AppContext, tmp_path: Path) -> None:
    fill_activity_and_sleep(fill(ctx.store))
    report = checkin.gather(ctx.store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    text = pdf_text(pdf_bytes(report)[0], tmp_path)
    for line in (
        "What I did, and how it felt",
        "A short walk (mood 2 before, 3 after, fresh air)",
        "Call Sam (mood 4 after)",
        "Sleep",
        "(3 nights)",
        "mostly 23:30 to 00:30",
    ):
        assert line in text, line


def test_pdf_leaves_both_out_when_empty_or_unticked(ctx: AppContext, tmp_path: Path) -> None:
    fill(ctx.store)
    report = checkin.gather(ctx.store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    text = pdf_text(pdf_bytes(report)[0], tmp_path)
    assert "What I did" not in text and "How it was (1 to 5)" not in text
    fill_activity_and_sleep(ctx.store)
    report = checkin.gather(ctx.store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    chosen = [s for s in checkin.SECTIONS if s not in ("activities", "sleep")]
    text = pdf_text(pdf_bytes(report, chosen)[0], tmp_path)
    assert "What I did" not in text and "How it was (1 to 5)" not in text


def test_the_window_offers_both_parts(ctx: AppContext, qtbot: QtBot) -> None:
    win = opened_checkin(ctx, qtbot)
    assert win.sections["activities"].text() == "What I did"
    assert win.sections["sleep"].text() == "Sleep"


def test_an_open_window_shows_a_night_noted_meanwhile(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime, time, timedelta

    from footholds.core import sleep

    checkin_on(monkeypatch, TODAY)
    win = opened_checkin(ctx, qtbot)
    win.refresh()
    assert "How it was (1 to 5)" not in win.preview.toPlainText()
    morning = TODAY - timedelta(days=1)
    noted = datetime.combine(morning, time(8)).replace(tzinfo=TZ)  # noted that morning
    sleep.record(ctx.store, "23:30", "07:00", 3, morning=morning, now=noted)
    qtbot.waitUntil(lambda: "How it was (1 to 5)" in win.preview.toPlainText(), timeout=3000)
