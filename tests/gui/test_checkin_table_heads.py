"""A table of the check-in summary that runs onto another page carries its column names
there too (Day, Energy, Feelings): page 2 of a long stretch began with bare rows of dates
and numbers."""

from __future__ import annotations

from PySide6.QtGui import QTextTable

from checkin_data import FIRST, LAST, TODAY, TZ, fill, fill_activity_and_sleep
from footholds.app.build import AppContext
from footholds.core import checkin
from footholds.render.paper import report_document


def test_each_table_repeats_its_column_names_on_a_new_page(ctx: AppContext) -> None:
    fill_activity_and_sleep(fill(ctx.store))
    report = checkin.gather(ctx.store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    doc = report_document(report)
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 2  # feelings and energy, and sleep
    for table in tables:
        assert table.format().headerRowCount() == 1
        heads = [table.cellAt(0, c).firstCursorPosition().block().text() for c in range(2)]
        assert heads[0] in ("Day", "Week", "Days")
