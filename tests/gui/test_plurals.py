"""Every counted sentence reads right at 1 and at 2, in English and in Spanish (Qt's %n)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from footholds.app.build import AppContext
from footholds.ui.common import i18n
from ts_catalog import load_catalog

# (context, source, English at 1, English at 2, Spanish at 1, Spanish at 2)
PLURALS = [
    (
        "CheckinPreview",
        "A long stretch: the preview shows up to %n items in each part, the latest or the most "
        "often named. Saving or printing keeps everything.",
        "A long stretch: the preview shows up to 1 item in each part, the latest or the most "
        "often named. Saving or printing keeps everything.",
        "A long stretch: the preview shows up to 2 items in each part, the latest or the most "
        "often named. Saving or printing keeps everything.",
        "Un periodo largo: la vista previa muestra hasta 1 elemento de cada parte, el más "
        "reciente o el más nombrado. Al guardar o imprimir se incluye todo.",
        "Un periodo largo: la vista previa muestra hasta 2 elementos de cada parte, los más "
        "recientes o los más nombrados. Al guardar o imprimir se incluye todo.",
    ),
    (
        "CheckinWindow",
        "Until %n:00 it is still {day} for you, so the summary runs to that day.",
        "Until 1:00 it is still {day} for you, so the summary runs to that day.",
        "Until 2:00 it is still {day} for you, so the summary runs to that day.",
        "Hasta la 1:00 sigue siendo {day} para ti, así que el resumen llega hasta ese día.",
        "Hasta las 2:00 sigue siendo {day} para ti, así que el resumen llega hasta ese día.",
    ),
    (
        "DataPage",
        "%n entries written to {path}.",
        "1 entry written to {path}.",
        "2 entries written to {path}.",
        "1 entrada guardada en {path}.",
        "2 entradas guardadas en {path}.",
    ),
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
        "InsightsWindow",
        "Also named: {named} and %n more.",
        "Also named: {named} and 1 more.",
        "Also named: {named} and 2 more.",
        "También nombraste: {named} y 1 más.",
        "También nombraste: {named} y 2 más.",
    ),
    (
        "JournalWindow",
        "%n entries found.",
        "1 entry found.",
        "2 entries found.",
        "1 entrada encontrada.",
        "2 entradas encontradas.",
    ),
    (
        "JournalWindow",
        "%n entries found so far; scroll for more.",
        "1 entry found so far; scroll for more.",
        "2 entries found so far; scroll for more.",
        "1 entrada encontrada hasta ahora; baja para ver más.",
        "2 entradas encontradas hasta ahora; baja para ver más.",
    ),
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
        "ThanksWords",
        "All right. It will come back in about %n minutes.",
        "All right. It will come back in about 1 minute.",
        "All right. It will come back in about 2 minutes.",
        "De acuerdo. Volverá dentro de 1 minuto, más o menos.",
        "De acuerdo. Volverá dentro de unos 2 minutos.",
    ),
    (
        "ThanksWords",
        "All right. It will come back after your session, in about %n minutes.",
        "All right. It will come back after your session, in about 1 minute.",
        "All right. It will come back after your session, in about 2 minutes.",
        "De acuerdo. Volverá después de tu sesión, dentro de 1 minuto, más o menos.",
        "De acuerdo. Volverá después de tu sesión, dentro de unos 2 minutos.",
    ),
    (
        "ThanksWords",
        "All right. It will come with your rest, in about %n minutes.",
        "All right. It will come with your rest, in about 1 minute.",
        "All right. It will come with your rest, in about 2 minutes.",
        "De acuerdo. Vendrá con tu descanso, dentro de 1 minuto, más o menos.",
        "De acuerdo. Vendrá con tu descanso, dentro de unos 2 minutos.",
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
    (
        "SessionsEditor",
        "Show all %n past sessions",
        "Show 1 past session",
        "Show all 2 past sessions",
        "Mostrar 1 sesión pasada",
        "Mostrar las 2 sesiones pasadas",
    ),
    ("checkin", "%n times", "1 time", "2 times", "1 vez", "2 veces"),
    ("checkin", "on %n days", "on 1 day", "on 2 days", "en 1 día", "en 2 días"),
    ("checkin", "%n nights", "1 night", "2 nights", "1 noche", "2 noches"),
    ("SleepCard", "%n nights", "1 night", "2 nights", "1 noche", "2 noches"),
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


# The import preview's counted words (core/import_words.py): Spanish at 1 and at many.
IMPORTERS_ES = {
    "%n are earlier versions of entries you have changed since; your versions stay": (
        "%n es una versión anterior de una entrada que has cambiado desde entonces; se queda tu "
        "versión",
        "%n son versiones anteriores de entradas que has cambiado desde entonces; se quedan tus "
        "versiones",
    ),
    "%n were earlier versions of entries you have changed since; your versions stay.": (
        "%n era una versión anterior de una entrada que has cambiado desde entonces; se queda tu "
        "versión.",
        "%n eran versiones anteriores de entradas que has cambiado desde entonces; se quedan tus "
        "versiones.",
    ),
    "%n log entries": ("%n entrada del registro", "%n entradas del registro"),
    "%n reminder outcomes": ("%n respuesta a un recordatorio", "%n respuestas a recordatorios"),
    "%n proof-list entries": ("%n cosa que ya has superado", "%n cosas que ya has superado"),
    "%n affirmations": ("%n afirmación", "%n afirmaciones"),
    "%n hidden or favourite marks": (
        "%n marca de oculta o favorita",
        "%n marcas de oculta o favorita",
    ),
    "%n suggestions of your own": ("%n sugerencia tuya", "%n sugerencias tuyas"),
    "%n thought logs": ("%n registro de pensamientos", "%n registros de pensamientos"),
    "%n routine steps": ("%n paso de la rutina", "%n pasos de la rutina"),
    "%n routine ticks": ("%n marca de la rutina", "%n marcas de la rutina"),
    "%n micro-goals": ("%n microobjetivo", "%n microobjetivos"),
    "%n people": ("%n persona", "%n personas"),
    "%n safety plans": ("%n plan de seguridad", "%n planes de seguridad"),
    "%n help lines of your own": ("%n línea de ayuda tuya", "%n líneas de ayuda tuyas"),
    "%n sessions": ("%n sesión", "%n sesiones"),
    "%n activities of your own": ("%n actividad tuya", "%n actividades tuyas"),
    "%n planned activities": ("%n actividad planeada", "%n actividades planeadas"),
    "%n nights' sleep": ("%n noche de sueño", "%n noches de sueño"),
    "%n medication ticks": ("%n marca de medicación", "%n marcas de medicación"),
    "%n medicines": ("%n medicamento", "%n medicamentos"),
    "%n questionnaires": ("%n cuestionario", "%n cuestionarios"),
    "%n already in Footholds, left as they are": (
        "%n ya está en Footholds y se deja como está",
        "%n ya están en Footholds y se dejan como están",
    ),
    "%n repeated in the file, taken once": (
        "%n repetida en el archivo, tomada una vez",
        "%n repetidas en el archivo, tomadas una vez",
    ),
    "%n share an id with another entry but have different words: added as new entries": (
        "%n comparte identificador con otra entrada, pero sus palabras son otras: se añade como entrada nueva",  # noqa: E501
        "%n comparten identificador con otra entrada, pero sus palabras son otras: se añaden como entradas nuevas",  # noqa: E501
    ),
    "invisible characters were taken out of %n entries; their words are kept": (
        "se quitaron caracteres invisibles de %n entrada; sus palabras se conservan",
        "se quitaron caracteres invisibles de %n entradas; sus palabras se conservan",
    ),
    "%n notes were longer than Footholds keeps: their start was kept": (
        "%n nota era más larga de lo que Footholds guarda: se ha conservado su comienzo",
        "%n notas eran más largas de lo que Footholds guarda: se ha conservado su comienzo",
    ),
    "%n entries had details this version does not know; left out": (
        "%n entrada tenía detalles que esta versión no conoce; se han dejado fuera",
        "%n entradas tenían detalles que esta versión no conoce; se han dejado fuera",
    ),
    "%n could not be read and will be left out:": (
        "%n no se pudo leer y se dejará fuera:",
        "%n no se pudieron leer y se dejarán fuera:",
    ),
    "%n are dated ahead of today and will be left out:": (
        "%n tiene fecha posterior a hoy y se dejará fuera:",
        "%n tienen fecha posterior a hoy y se dejarán fuera:",
    ),
    "%n feelings": ("%n sentimiento", "%n sentimientos"),
    "%n small wins": ("%n pequeño logro", "%n pequeños logros"),
    "%n parts of you": ("%n parte de ti", "%n partes de ti"),
    "... and %n more": ("... y %n más", "... y %n más"),
    "You stopped the import. %n entries had come in by then and are kept, with everything you already had. Importing the same file again brings in the rest; nothing is added twice.": (  # noqa: E501
        "Has detenido la importación. %n entrada había llegado ya y se conserva, junto con "
        "todo lo que ya tenías. Si vuelves a importar el mismo archivo, llegará el resto; nada "
        "se añade dos veces.",
        "Has detenido la importación. %n entradas habían llegado ya y se conservan, junto con "
        "todo lo que ya tenías. Si vuelves a importar el mismo archivo, llegará el resto; nada "
        "se añade dos veces.",
    ),
}


# The store's counted notices (core/errors/recovery.py, "errors"): Spanish at 1 and at many.
ERRORS_ES = {
    "%n of them had been saved in another text format, as some editors do, and were read back "
    "in that format.": (
        "%n de ellas se había guardado en otro formato de texto (como hacen algunos editores) y "
        "se leyó en ese formato.",
        "%n de ellas se habían guardado en otro formato de texto (como hacen algunos editores) "
        "y se leyeron en ese formato.",
    ),
    "%n entries in {file} could not be read ({detail}).": (
        "No se pudo leer %n entrada de {file} ({detail}).",
        "No se pudieron leer %n entradas de {file} ({detail}).",
    ),
    "%n entries came back: {kept} from the file itself and {restored} from your latest backup.": (
        "Se recuperó %n entrada: {kept} del propio archivo y {restored} de tu última copia de "
        "seguridad.",
        "Se recuperaron %n entradas: {kept} del propio archivo y {restored} de tu última copia "
        "de seguridad.",
    ),
    "%n entries came back from the file itself.": (
        "Se recuperó %n entrada del propio archivo.",
        "Se recuperaron %n entradas del propio archivo.",
    ),
    "%n entries came back from your latest backup.": (
        "Se recuperó %n entrada de tu última copia de seguridad.",
        "Se recuperaron %n entradas de tu última copia de seguridad.",
    ),
    "%n entries could not be brought back.": (
        "No se pudo recuperar %n entrada.",
        "No se pudieron recuperar %n entradas.",
    ),
    "The other %n entries are safe.": (
        "La otra entrada está a salvo.",
        "Las otras %n entradas están a salvo.",
    ),
    "%n entries from the file came in before that and are kept, and nothing you already had was lost.": (  # noqa: E501
        "%n entrada del archivo llegó antes y se conserva, y no se perdió nada de lo que ya "
        "tenías.",
        "%n entradas del archivo llegaron antes y se conservan, y no se perdió nada de lo que "
        "ya tenías.",
    ),
    "The last of them are only in memory for now: keep Footholds open, and they will be saved as soon as writing works again.": (  # noqa: E501
        "Está solo en la memoria por ahora: mantén Footholds abierto y se guardará en cuanto se "
        "pueda volver a escribir.",
        "Las últimas están solo en la memoria por ahora: mantén Footholds abierto y se guardarán "
        "en cuanto se pueda volver a escribir.",
    ),
    "Your backups could be read again: %n entries came back from your latest backup into {file}.": (
        "Ya se pueden leer tus copias de seguridad: se recuperó %n entrada de tu última copia "
        "en {file}.",
        "Ya se pueden leer tus copias de seguridad: se recuperaron %n entradas de tu última "
        "copia en {file}.",
    ),
}


def _numerus(code: str) -> set[tuple[str, str]]:
    return {(c, s) for (c, s, _d), forms in load_catalog(code).items() if len(forms) > 1}


def test_every_plural_is_listed_here_and_in_both_catalogs() -> None:
    listed = {(c, s) for c, s, *_ in PLURALS} | {("importers", s) for s in IMPORTERS_ES}
    listed |= {("errors", s) for s in ERRORS_ES}
    assert _numerus("es") == listed
    assert _numerus("en") == listed


@pytest.mark.parametrize("row", PLURALS, ids=lambda row: f"{row[0]}:{row[1][:24]}")
@pytest.mark.parametrize("code", ["en", "es"])
def test_one_and_two(ctx: AppContext, row: tuple[str, str, str, str, str, str], code: str) -> None:
    context, source, en_one, en_two, es_one, es_two = row
    i18n.install(ctx.app, code)
    try:
        one, two = (en_one, en_two) if code == "en" else (es_one, es_two)
        assert QCoreApplication.translate(context, source, None, 1) == one
        assert QCoreApplication.translate(context, source, None, 2) == two
    finally:
        i18n.remove(ctx.app)


@pytest.mark.parametrize("code", ["en", "es"])
def test_no_sentence_counts_one_as_many(ctx: AppContext, code: str) -> None:
    from footholds.core.reminders import Kind
    from footholds.ui.reminders.reminder_words import duration_text

    i18n.install(ctx.app, code)
    try:
        assert duration_text(1) in ("About 1 second", "1 segundo, más o menos")
        assert duration_text(60) in ("About a minute", "Más o menos un minuto")
        ctx.settings.set("reminders.snooze_minutes", 1)
        ctx.settings.set("reminders.quiet_hours", False)  # the words say when it really comes
        ctx.settings.set("reminders.movement_enabled", True)
        ctx.reminders.scheduler.answered(Kind.MOVEMENT, "snoozed")
        thanks = ctx.reminders.presenter.thanks.say("snoozed", Kind.MOVEMENT)
        assert thanks.endswith(("about 1 minute.", "1 minuto, más o menos."))
    finally:
        i18n.remove(ctx.app)


@pytest.mark.parametrize("source", sorted(IMPORTERS_ES))
def test_import_words_at_one_and_two(ctx: AppContext, source: str) -> None:
    from footholds.core import import_words
    from footholds.core.plural import english

    known = [*import_words.KIND_COUNTS.values(), *import_words.LIST_COUNTS.values()]
    assert source in known or source in vars(import_words).values()
    one, many = IMPORTERS_ES[source]
    for code in ("en", "es"):
        i18n.install(ctx.app, code)
        try:
            for n in (1, 2):
                got = i18n.counted("importers", source, n)
                if code == "en":
                    assert got == english("importers", source, n)  # core's own English
                else:
                    assert got == (one if n == 1 else many).replace("%n", str(n))
        finally:
            i18n.remove(ctx.app)


@pytest.mark.parametrize("source", sorted(ERRORS_ES))
def test_store_notice_counts_at_one_and_two(ctx: AppContext, source: str) -> None:
    from footholds.core.errors import MESSAGES
    from footholds.core.plural import english

    assert source in MESSAGES.values()
    one, many = ERRORS_ES[source]
    for code in ("en", "es"):
        i18n.install(ctx.app, code)
        try:
            for n in (1, 2):
                got = i18n.counted("errors", source, n)
                if code == "en":
                    assert got == english("errors", source, n)  # core's own English
                else:
                    assert got == (one if n == 1 else many).replace("%n", str(n))
        finally:
            i18n.remove(ctx.app)


def test_the_import_preview_speaks_spanish(ctx: AppContext, tmp_path: Path) -> None:
    from collections import Counter

    from PySide6.QtCore import QCoreApplication

    from footholds.core import importers

    plan = importers.ImportPlan("daylio", "mood.csv", "")
    plan.new = Counter(log=1, person=2)
    plan.duplicates = Counter(log=1)
    i18n.install(ctx.app, "es")
    try:
        lines = plan.lines(i18n.counted, QCoreApplication.translate)
        summary = importers.summary(Counter(log=2), i18n.counted, QCoreApplication.translate)
    finally:
        i18n.remove(ctx.app)
    assert lines == [
        "De una exportación de Daylio (mood.csv):",
        "  1 entrada del registro para añadir",
        "  2 personas para añadir",
        "  1 ya está en Footholds y se deja como está",
    ]
    assert summary == "Importado: 2 entradas del registro."
    assert plan.lines()[1] == "  1 log entry to add"  # the command line's English
