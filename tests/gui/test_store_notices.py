"""What recovery brings back reaches the person: the store's notice travels the app's notice
path (CoreSignals.notice, which app.wire connects to _show_notice) with its counts."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import LogEntry

MARCH = datetime(2026, 3, 4, 9, tzinfo=UTC)


def test_a_month_damaged_while_the_app_runs_is_merged_and_the_counts_are_told(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(LogEntry(note="in the backup", at=MARCH))
    ctx.backups.create("daily")
    ctx.store.add(LogEntry(note="after the backup", at=MARCH.replace(day=20)))
    month = ctx.paths.store_dir / "log" / "2026-03.json"
    ctx.store.close()  # as after a restart: the month is read from disk again
    ctx.store.open()
    month.write_bytes(month.read_bytes()[:-30])  # torn inside the newest entry

    with qtbot.waitSignal(ctx.signals.notice) as got:
        notes = [e.note for e in ctx.store.all(LogEntry)]
    assert notes == ["in the backup"]
    message = got.args[0]
    assert message.startswith("Part of your log for 2026-03 could not be read (")
    assert "1 entry came back from the file itself. 1 entry could not be brought back." in message
    assert "The damaged file was kept, not deleted: " in message
