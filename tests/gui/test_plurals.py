"""Every counted sentence reads right at 1 and at 2, in English and in Spanish (Qt's %n)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from footholds.ui import i18n
from ts_catalog import load_catalog

# (context, source, English at 1, English at 2, Spanish at 1, Spanish at 2)
PLURALS = [
    ("GoalCard", "%n steps done", "1 step done", "2 steps done", "1 paso hecho", "2 pasos hechos"),
    (
        "ImportDialog",
        "Reading the file: %Ln rows",
        "Reading the file: 1 row",
        "Reading the file: 2 rows",
        "Leyendo el archivo: 1 fila",
        "Leyendo el archivo: 2 filas",
    ),
    (
        "ImportDialog",
        "Importing: %Ln rows",
        "Importing: 1 row",
        "Importing: 2 rows",
        "Importando: 1 fila",
        "Importando: 2 filas",
    ),
    ("InsightsWindow", "%n days", "1 day", "2 days", "1 día", "2 días"),
    (
        "InsightsWindow",
        "%n small movements",
        "1 small movement",
        "2 small movements",
        "1 pequeño movimiento",
        "2 pequeños movimientos",
    ),
    ("InsightsWindow", "%n times", "1 time", "2 times", "1 vez", "2 veces"),
    (
        "ReminderCard",
        "About %n seconds",
        "About 1 second",
        "About 2 seconds",
        "1 segundo, más o menos",
        "Unos 2 segundos",
    ),
    (
        "ReminderCard",
        "About %n minutes",
        "About 1 minute",
        "About 2 minutes",
        "1 minuto, más o menos",
        "Unos 2 minutos",
    ),
    (
        "ReminderPresenter",
        "All right. It will come back in about %n minutes.",
        "All right. It will come back in about 1 minute.",
        "All right. It will come back in about 2 minutes.",
        "De acuerdo. Volverá dentro de 1 minuto, más o menos.",
        "De acuerdo. Volverá dentro de unos 2 minutos.",
    ),
    (
        "RoutineSuggestions",
        "Bring back hidden suggestions (%n)",
        "Bring back hidden suggestions (1)",
        "Bring back hidden suggestions (2)",
        "Recuperar la sugerencia oculta (1)",
        "Recuperar las sugerencias ocultas (2)",
    ),
    ("SessionsEditor", ", %n minutes", ", 1 minute", ", 2 minutes", ", 1 minuto", ", 2 minutos"),
    ("checkin", "%n times", "1 time", "2 times", "1 vez", "2 veces"),
    ("checkin", "on %n days", "on 1 day", "on 2 days", "en 1 día", "en 2 días"),
    (
        "checkin",
        "%n days since my last session, on {day}.",
        "1 day since my last session, on {day}.",
        "2 days since my last session, on {day}.",
        "1 día desde mi última sesión, el {day}.",
        "2 días desde mi última sesión, el {day}.",
    ),
    (
        "checkin_extras",
        'Ticked "took my medication" on %n days in this stretch.',
        'Ticked "took my medication" on 1 day in this stretch.',
        'Ticked "took my medication" on 2 days in this stretch.',
        "Marqué «tomé mi medicación» 1 día en este periodo.",
        "Marqué «tomé mi medicación» 2 días en este periodo.",
    ),
]


def _numerus(code: str) -> set[tuple[str, str]]:
    return {(c, s) for (c, s, _d), forms in load_catalog(code).items() if len(forms) > 1}


def test_every_plural_is_listed_here_and_in_both_catalogs() -> None:
    listed = {(c, s) for c, s, *_ in PLURALS}
    assert _numerus("es") == listed
    assert _numerus("en") == listed


@pytest.mark.parametrize("row", PLURALS, ids=lambda row: f"{row[0]}:{row[1][:24]}")
@pytest.mark.parametrize("code", ["en", "es"])
def test_one_and_two(ctx, row, code) -> None:
    context, source, en_one, en_two, es_one, es_two = row
    i18n.install(ctx.app, code)
    try:
        one, two = (en_one, en_two) if code == "en" else (es_one, es_two)
        assert QCoreApplication.translate(context, source, None, 1) == one
        assert QCoreApplication.translate(context, source, None, 2) == two
    finally:
        i18n.remove(ctx.app)


@pytest.mark.parametrize("code", ["en", "es"])
def test_no_sentence_counts_one_as_many(ctx, code) -> None:
    from footholds.ui.reminder_words import duration_text

    i18n.install(ctx.app, code)
    try:
        assert duration_text(1) in ("About 1 second", "1 segundo, más o menos")
        assert duration_text(60) in ("About a minute", "Más o menos un minuto")
        ctx.settings.set("reminders.snooze_minutes", 1)
        thanks = ctx.reminders.presenter._thanks("snoozed")
        assert thanks.endswith(("about 1 minute.", "1 minuto, más o menos."))
    finally:
        i18n.remove(ctx.app)
