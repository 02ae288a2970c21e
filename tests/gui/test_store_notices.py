"""What recovery brings back reaches the person: the store's notice travels the app's notice
path (CoreSignals.notice, which app.wire connects to show_notice) with its counts."""

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
    # torn: what followed the cut is not known, so it is not counted
    assert (
        "1 entry came back from the file itself. The end of the file was missing, so the "
        "entries written last may not have come back." in message
    )
    assert "The damaged file was kept, not deleted: " in message


def test_a_damaged_month_is_told_in_spanish_when_spanish_is_on(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """The store tells in English (the command line's words) and by code; the notice that
    reaches the screen speaks the interface language, counts and all."""
    from footholds.ui.common import i18n

    ctx.store.add(LogEntry(note="kept", at=MARCH))
    ctx.store.add(LogEntry(note="torn", at=MARCH.replace(day=20)))
    month = ctx.paths.store_dir / "log" / "2026-03.json"
    ctx.store.close()
    ctx.store.open()
    month.write_bytes(month.read_bytes()[:-30])  # torn inside the newest entry
    i18n.install(ctx.app, "es")
    try:
        with qtbot.waitSignal(ctx.signals.notice) as got:
            ctx.store.all(LogEntry)
    finally:
        i18n.remove(ctx.app)
    message = got.args[0]
    assert message.startswith(
        "No se pudo leer una parte de tu registro del mes 2026-03 (el archivo no es JSON válido). "
        "Se recuperó 1 entrada del propio archivo. Faltaba el final del archivo, así que puede "
        "que las últimas entradas que se escribieron no se hayan recuperado. "
        "Ninguna copia de seguridad tenía este archivo. "
        "El archivo dañado se guardó aparte, no se borró: "
    )
    (english,) = ctx.store.notices  # the store's own words stay English, for the CLI
    assert english.startswith("Part of your log for 2026-03 could not be read (")


def test_start_up_notices_are_said_in_the_language_chosen(ctx: AppContext, qtbot: QtBot) -> None:
    """A notice gathered while starting is put in words when shown, after the language
    setting is applied."""
    from footholds.app import notices
    from footholds.core.errors import Notice, said
    from footholds.ui.common import i18n

    ctx.store.notices.append(
        Notice(
            said("store.entries_unreadable", 2, file=said("store.file.proof"), detail="x"),
            said("store.others_safe", 1),
        )
    )
    i18n.install(ctx.app, "es")
    try:
        notices.show_notices(ctx)
        qtbot.waitUntil(lambda: bool(notices.OPEN_NOTICES))
    finally:
        i18n.remove(ctx.app)
    texts = [box.text() for box in notices.OPEN_NOTICES]
    for box in list(notices.OPEN_NOTICES):
        box.close()
    assert texts == [
        "No se pudieron leer 2 entradas de tu lista «Lo que ya he superado» (x). "
        "La otra entrada está a salvo."
    ]
