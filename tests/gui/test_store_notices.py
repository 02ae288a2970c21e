"""What recovery brings back reaches the person: the store's notice travels the app's notice
path (CoreSignals.notice, which app.wire connects to show_notice) with its counts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
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
    assert message.startswith(
        "Part of your log for March 2026 could not be read: the end of its file was missing. "
    )
    # torn: what followed the cut is not known, so it is not counted
    assert "1 entry came back from the file itself. What was written last may be missing." in (
        message
    )
    assert "Settings → Your data → Restore a backup shows what each backup holds" in message
    assert "The file as it was is kept aside, in case it is needed:\n" in message


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
        "No se pudo leer una parte de tu registro de marzo de 2026: faltaba el final de su "
        "archivo. Se recuperó 1 entrada del propio archivo. Puede que falte lo último que se "
        "escribió. Ninguna copia de seguridad tenía este archivo. Si falta algo, en Ajustes → "
        "Tus datos → Recuperar una copia puedes ver qué guarda cada copia antes de que cambie "
        "nada. El archivo tal como estaba se guardó aparte, por si hace falta:\n"
    )
    (english,) = ctx.store.notices  # the store's own words stay English, for the CLI
    assert english.startswith("Part of your log for March 2026 could not be read: ")


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


def test_a_file_damaged_while_the_app_was_stopped_is_told_at_start(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Told a moment after start (notices.look_over_soon), not when the proof list or the
    journal first reads the file, in the interface language."""
    from footholds.app import notices
    from footholds.core.store import Proof
    from footholds.ui.common import i18n

    ctx.store.add(Proof(day="2026-03-04", text="got up", at=MARCH))
    ctx.store.close()
    (ctx.paths.store_dir / "proof.json").write_bytes(b"")
    ctx.store.open()
    i18n.install(ctx.app, "es")
    try:
        with qtbot.waitSignal(ctx.signals.notice, timeout=notices.LOOK_OVER_MS + 3000) as got:
            notices.look_over_soon(ctx)
    finally:
        i18n.remove(ctx.app)
    assert got.args[0].startswith(
        "No se pudo leer tu lista «Lo que ya he superado»: su archivo estaba vacío. "
    )
    assert ctx.store.all(Proof) == []


def test_the_path_of_a_kept_file_fits_on_its_line(ctx: AppContext, qtbot: QtBot) -> None:
    """Where the file as it was is kept reads whole on its own line, not broken at a "/"."""
    from PySide6.QtWidgets import QLabel

    from footholds.app import notices

    path = "/home/someone/.local/share/footholds/set-aside/2026-12.json.unreadable.20261207-010901"
    notices.show_notice(ctx, f"The file as it was is kept aside, in case it is needed:\n{path}")
    qtbot.waitUntil(lambda: bool(notices.OPEN_NOTICES))
    box = notices.OPEN_NOTICES[-1]
    words = box.findChild(QLabel, "qt_msgbox_label")
    try:
        assert words is not None
        screen = box.screen().availableGeometry().width()  # never wider than its room
        wanted = min(words.fontMetrics().horizontalAdvance(path), screen * 2 // 3)
        assert words.minimumWidth() >= wanted > 300
    finally:
        box.close()


def test_the_look_over_goes_a_file_a_turn_and_its_notices_join_one_box(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The look-over parses each file, so it is spread over turns of the event loop: the
    windows answer meanwhile on a ten-year store. Two months found damaged in different turns
    are told in one box, not two."""
    from footholds.app import notices

    for month in (11, 12):
        ctx.store.add(LogEntry(note="kept", at=MARCH.replace(month=month)))
    ctx.store.close()
    for name in ("2026-11.json", "2026-12.json"):
        path = ctx.paths.store_dir / "log" / name
        raw = path.read_bytes()
        middle = len(raw) // 2
        path.write_bytes(raw[:middle] + b'\xff" ]] {{' + raw[middle + 8 :])
    ctx.store.open()
    notices.show_notices(ctx)
    monkeypatch.setattr(notices, "LOOK_OVER_TURN_MS", 0)  # one file a turn

    notices.look_over(ctx)
    assert len(ctx.store.notices) <= 1  # the rest waits for the next turns
    qtbot.waitUntil(lambda: len(ctx.store.notices) == 2)
    qtbot.waitUntil(lambda: bool(notices.OPEN_NOTICES) and notices.OPEN_NOTICES[-1].isVisible())
    texts = [box.text() for box in notices.OPEN_NOTICES]
    for box in list(notices.OPEN_NOTICES):
        box.close()
    assert len(texts) == 1
    assert "November 2026" in texts[0] and "December 2026" in texts[0]
