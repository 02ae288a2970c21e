"""With no energy noted in the period, the PDF and the window's preview leave out the energy
chart, its legend and its column (e34.png: an empty 1 to 5 over a column of "–")."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from checkin_data import FIRST, LAST, TODAY, TZ, at
from footholds.app.build import AppContext
from footholds.core import checkin
from footholds.core.store import LogEntry
from footholds.render.paper import pdf_bytes, report_document


def no_energy(ctx: AppContext) -> checkin.Report:
    ctx.store.add(LogEntry(at=at(3, 9), feelings=["tired", "anxious"]))
    ctx.store.add(LogEntry(at=at(5, 20), feelings=["sad"]))
    return checkin.gather(ctx.store, FIRST, LAST, made=TODAY, tz=TZ)


def test_the_preview_has_no_chart_when_no_energy_was_noted(ctx: AppContext) -> None:
    doc = report_document(no_energy(ctx), chart_width=500)
    text = doc.toPlainText()
    assert "\ufffc" not in text  # no chart object, nor its placeholder image
    assert "Feelings and energy" in text and "tired, anxious" in text
    assert "Energy each day" not in text and "–" not in text.split("Feelings and energy")[1]


def test_the_pdf_has_no_energy_chart_legend_or_column(ctx: AppContext, tmp_path: Path) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf_bytes(no_energy(ctx))[0])
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    assert "tired, anxious" in text
    assert "Energy" not in text.split("Feelings and energy")[1]
