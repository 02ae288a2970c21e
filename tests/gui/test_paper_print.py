"""Printing through the print dialog gives the same readable type as Save as PDF.

The dialog's printer is a high-resolution one (1200 dpi and more): type sized in px once came
out in printer pixels there, and the person's own words printed about 1 pt tall. Each test
prints through the real path (print_plan, print_report, print_key) into a PDF file, the
dialog's "Print to File", with only the dialog's own question answered.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtPrintSupport import QPrintDialog

from checkin_data import FIRST, LAST, TODAY, TZ, fill
from footholds.app.build import AppContext
from footholds.core import checkin, safety_plan_render
from footholds.render import paper

PLAN = {
    "sp-warning-signs": "Staying in bed past noon",
    "sp-on-my-own": "Walk round the block with music on",
}


@pytest.fixture
def printed_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The print dialog answered "Print" with "Print to File (PDF)" at `printed_to`."""
    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(target))  # a .pdf name: PDF format
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    yield target


def word_heights(path: Path) -> dict[str, float]:
    """Each word of a PDF and its height in points (the tallest, for a word seen twice)."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    heights: dict[str, float] = {}
    for word in ElementTree.fromstring(xhtml).iter("{http://www.w3.org/1999/xhtml}word"):
        text = unicodedata.normalize("NFKC", word.text or "")
        height = float(word.get("yMax", 0)) - float(word.get("yMin", 0))
        heights[text] = max(height, heights.get(text, 0.0))
    return heights


def test_a_printed_plan_has_the_saved_pdf_s_type_sizes(
    qapp: object, printed_to: Path, tmp_path: Path
) -> None:
    plan = safety_plan_render.page(PLAN, [])
    printed = paper.print_plan(plan)
    assert printed is not None and printed.file == printed_to
    saved = tmp_path / "saved.pdf"
    saved.write_bytes(paper.plan_pdf_bytes(plan)[0])
    on_paper, in_file = word_heights(printed_to), word_heights(saved)
    # the person's words, the "go down the steps" line and a heading
    for word in ("noon", "music", "order:", "plan"):
        assert on_paper[word] > 8, (word, on_paper[word])  # body type is 10.5 pt (14 px)
        assert on_paper[word] == pytest.approx(in_file[word], rel=0.05), word


def test_a_printed_summary_has_the_saved_pdf_s_type_sizes(
    ctx: AppContext, printed_to: Path, tmp_path: Path
) -> None:
    fill(ctx.store)
    report = checkin.gather(ctx.store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    assert paper.print_report(report, None, None) is not None
    saved = tmp_path / "saved.pdf"
    saved.write_bytes(paper.pdf_bytes(report)[0])
    on_paper, in_file = word_heights(printed_to), word_heights(saved)
    shared = [w for w in in_file if w.isalpha() and len(w) > 3 and w in on_paper]
    assert len(shared) > 20
    for word in shared:
        assert on_paper[word] > 6, (word, on_paper[word])
        assert on_paper[word] == pytest.approx(in_file[word], rel=0.05), word


def test_a_printed_recovery_key_is_large_and_its_note_readable(
    qapp: object, printed_to: Path
) -> None:
    key = "ABCD-EFGH-JKLM-NPQR"
    assert paper.print_key("Your recovery key", key, "Keep this somewhere safe.", None)
    heights = word_heights(printed_to)
    assert heights[key] > 14, heights  # 16 pt, fixed width
    assert 8 < heights["somewhere"] < heights[key], heights
    assert heights["recovery"] > heights["somewhere"], heights  # the title, a heading


def test_the_dialog_s_page_range_and_order_are_kept(qapp: object) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    assert paper._chosen_pages(printer)(3) == [0, 1, 2]  # all of them, in order
    printer.setFromTo(2, 3)
    assert paper._chosen_pages(printer)(5) == [1, 2]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert paper._chosen_pages(printer)(5) == [2, 1]
    assert paper._chosen_pages(printer)(1) == []  # pages 2 and 3 of one: none


@pytest.fixture(params=["a folder", "under a missing folder"])
def unprintable(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The print dialog answered "Print" to a file Qt cannot open: the printer never starts
    (`painter.begin` fails)."""
    target = tmp_path if request.param == "a folder" else tmp_path / "gone" / "key.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(target))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return target


def test_a_print_that_never_started_is_told_as_not_done(qapp: object, unprintable: Path) -> None:
    printed = paper.print_key("Your recovery key", "ABCD-EFGH", "Keep this somewhere safe.")
    assert printed is not None and printed.done is False
    plan = paper.print_plan(safety_plan_render.page(PLAN, []))
    assert plan is not None and not plan.done


def test_pages_not_in_the_document_print_nothing_and_leave_no_empty_file(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Pages 2 to 3" of a one-page key: nothing printed, said so, and no empty "PDF"."""
    target = tmp_path / "key.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(target))
        dialog.printer().setFromTo(2, 3)
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    printed = paper.print_key("Your recovery key", "ABCD-EFGH", "Keep this somewhere safe.")
    assert printed is not None and not printed.done
    assert not target.exists()


def test_a_print_done_says_so(qapp: object, printed_to: Path) -> None:
    printed = paper.print_key("Your recovery key", "ABCD-EFGH", "Keep this somewhere safe.")
    assert printed == paper.Printed(printed_to, True)
