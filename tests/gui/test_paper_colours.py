"""Paper is paper whatever the app's theme: dark type and a dark enough link colour on white,
headings kept with what follows them, and each word once in the PDF's text.

In the dark theme the app's palette once leaked onto paper: the crisis lines' web addresses
printed pale teal on white (1.7:1), a recovery key with no colour of its own came out in the
dark theme's pale text. A heading could sit alone at the foot of a page, and a line at a page
break was drawn (clipped, unseen) on both pages, so copied text and screen readers got it twice.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication

from footholds.core import safety_plan_render
from footholds.render import paper
from footholds.ui.common import theme

PLAN = {
    "sp-warning-signs": "Staying in bed past noon\nNot answering messages\nSkipping meals",
    "sp-on-my-own": "Walk round the block with music on\nShower\nMake tea",
    "sp-people-places": "Cafe on the corner\nLibrary",
    "sp-ask-for-help": "Sam 07700 900123\nMum 07700 900456",
    "sp-professionals": "GP surgery 0161 000 0000\nCare coordinator",
    "sp-safer-space": "Give the tablets to Sam",
}


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    theme.apply(qapp, "dark")
    try:
        yield
    finally:
        theme.apply(qapp, "light")


@pytest.fixture
def printed_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(target))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return target


def _luminance(c: QColor) -> float:
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def _on_white(c: QColor) -> float:
    return 1.05 / (_luminance(c) + 0.05)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return found


def _pages(path: Path) -> list[QImage]:
    """The PDF's pages as pictures, at 100 dpi."""
    subprocess.run([_tool("pdftoppm"), "-r", "100", "-png", str(path), str(path)], check=True)
    return [QImage(str(png)) for png in sorted(path.parent.glob(f"{path.name}-*.png"))]


def _coloured_inks(images: list[QImage]) -> list[QColor]:
    """Each page's most used coloured (not grey) ink: its headings' and links' teal, or the
    links' alone (the edges of the letters are many lighter shades, each used less)."""
    inks = []
    for image in images:
        seen: dict[int, int] = {}
        for y in range(image.height()):
            for x in range(0, image.width(), 2):
                rgb = image.pixel(x, y) & 0xFFFFFF
                if QColor(rgb).hsvSaturation() >= 60:
                    seen[rgb] = seen.get(rgb, 0) + 1
        if seen:
            inks.append(QColor(max(seen, key=lambda rgb: seen[rgb])))
    return inks


def _words(path: Path) -> list[tuple[int, str]]:
    """Each word of the PDF's text, with its page (1-based), as text extraction reads it."""
    xhtml = subprocess.run(
        [_tool("pdftotext"), "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    out = []
    ns = "{http://www.w3.org/1999/xhtml}"
    for n, page in enumerate(ElementTree.fromstring(xhtml).iter(f"{ns}page"), start=1):
        out += [(n, word.text or "") for word in page.iter(f"{ns}word")]
    return out


def _plan(reasons: int = 12) -> safety_plan_render.PlanPage:
    """A plan whose help section goes over onto page 2; how far its page 1 reaches depends on
    how many `reasons` the person wrote."""
    sections = dict(PLAN, **{"sp-reasons": "\n".join(f"Reason {n}" for n in range(reasons))})
    return safety_plan_render.with_help(safety_plan_render.page(sections, []), "GB")


@pytest.mark.usefixtures("dark")
def test_in_the_dark_theme_the_saved_and_printed_plan_use_paper_colours(
    tmp_path: Path, printed_to: Path
) -> None:
    saved = tmp_path / "plan.pdf"
    saved.write_bytes(paper.plan_pdf_bytes(_plan())[0])
    assert paper.print_plan(_plan()) is not None
    for path in (saved, printed_to):
        inks = _coloured_inks(_pages(path))
        assert len(inks) == 2, path  # page 2: the crisis lines' web addresses
        for ink in inks:  # at least 4.5:1 on white (the dark theme's link was 1.7:1)
            assert _on_white(ink) >= 4.5, (path, ink.name())


@pytest.mark.usefixtures("dark")
def test_in_the_dark_theme_a_printed_key_is_dark_on_white(printed_to: Path) -> None:
    assert paper.print_key("Your recovery key", "ABCD-EFGH-IJKL", "Keep it safe.") is not None
    image = _pages(printed_to)[0]
    darkest = min(
        _luminance(QColor(image.pixel(x, y)))
        for y in range(0, image.height() // 3)
        for x in range(0, image.width() // 2, 2)
    )
    assert darkest < 0.05  # near black: it was the dark theme's pale text (1.7:1)


def _saved(tmp_path: Path, plan: safety_plan_render.PlanPage) -> list[tuple[int, str]]:
    saved = tmp_path / "plan.pdf"
    data, pages = paper.plan_pdf_bytes(plan)
    saved.write_bytes(data)
    assert pages == 2
    return _words(saved)


def test_a_line_at_a_page_break_is_in_the_text_once(tmp_path: Path) -> None:
    # page 1 ends inside the Samaritans' lines (name, number, address, hours)
    words = _saved(tmp_path, _plan(11))
    texts = [w for _, w in words]
    assert texts.count("Samaritans") == 1, words
    assert texts.count("samaritans.org") + texts.count("https://www.samaritans.org") == 1


def test_a_heading_is_on_the_page_of_its_first_line_and_said_once(tmp_path: Path) -> None:
    # page 1 once ended with "If you need help now", its sentence on page 2, and the sentence
    # drawn (clipped, unseen) under the heading too: read twice
    words = _saved(tmp_path, _plan(16))
    texts = [w for _, w in words]
    assert texts.count("999.") == 1, words
    assert texts.count("need") == 1
    page_of = {w: n for n, w in words}
    assert page_of["need"] == page_of["999."]
