"""The printed summary (PDF, print and preview share one page) names under its chart the
feelings that have no row of dots, in the person's language."""

from __future__ import annotations

from pathlib import Path

from test_checkin_activity_pdf import pdf_text

from checkin_data import FIRST, LAST, TODAY, TZ, fill
from footholds.app.build import AppContext
from footholds.core import catalog, checkin
from footholds.core.checkin_render import wording_in
from footholds.render.paper import pdf_bytes, report_document


def test_the_pdf_names_the_feeling_the_chart_has_no_row_for(
    ctx: AppContext, tmp_path: Path
) -> None:
    fill(ctx.store)  # eight feelings: seven rows, "flat" named once and the least recent
    report = checkin.gather(ctx.store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    text = pdf_text(pdf_bytes(report)[0], tmp_path)
    assert "Also named: flat (once)" in text
    assert text.index("Also named: flat (once)") < text.index("Energy each day")
    es = catalog.load("es")
    words = wording_in(es.translate, es.plural, "es")
    text = pdf_text(pdf_bytes(report, words=words)[0], tmp_path)
    # the page keeps "una vez" on one line (a no-break space); pdftotext reads it as a space
    assert "Otros sentimientos nombrados: apatía (una vez)" in text.replace("\xa0", " ")


def test_the_preview_says_it_too(ctx: AppContext) -> None:
    fill(ctx.store)
    report = checkin.gather(ctx.store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    assert "Also named: flat (once)" in report_document(report, chart_width=300).toPlainText()
