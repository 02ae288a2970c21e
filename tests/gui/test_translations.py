"""The UI language: the .ts reader, Spanish in the tray menu and settings, long strings."""

from __future__ import annotations

import contextlib
import dataclasses
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from layout_checks import clipped
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import i18n
from footholds.ui.settings.setting_editors import ChoiceEditor
from footholds.ui.settings.settings_window import SettingsWindow
from footholds.ui.shell.registry import names
from footholds.ui.shell.tray import Tray
from support import child_env
from ts_catalog import Catalog, compile_ts, load_catalog, parse_ts, ts_path

PLACEHOLDER = re.compile(r"%\d|%n|%s|%d|\{\w*\}|<[^>]+>")


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[Catalog]:
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    yield load_catalog("es")
    i18n.remove(ctx.app)


# English sources that are also ordinary Spanish words ("Del 20 nov al 3 dic" beside the
# Delete key's name, "Del", which Spanish calls "Supr")
ALSO_SPANISH = {"Del"}


def _english_only(catalog: Catalog) -> set[str]:
    """Source strings whose Spanish differs: seeing one means something was not translated."""
    return {
        source
        for (_c, source, _d), forms in catalog.items()
        if forms[0] != source and source not in ALSO_SPANISH
    }


def test_the_shipped_qm_says_what_the_ts_says(qapp: QApplication) -> None:
    translator = i18n.qm_translator("es")
    assert translator is not None
    catalog = load_catalog("es")
    for (context, source, comment), forms in catalog.items():
        n = 1 if len(forms) > 1 else -1
        got = translator.translate(context, source, comment or None, n)
        assert got == forms[0], (context, source)  # Qt fills %n later, in tr() itself


def test_parse_ts_keeps_finished_translations_only() -> None:
    root = ElementTree.fromstring(
        """<TS version="2.1" language="es">
        <context><name>demo</name>
          <message><source>Quit</source><translation>Salir</translation></message>
          <message><source>Later</source><translation type="unfinished">Luego</translation>
          </message>
          <message><source>Gone</source><translation type="vanished">Ido</translation></message>
          <message><source>Empty</source><translation></translation></message>
          <message numerus="yes"><source>%n days</source>
            <translation><numerusform>%n día</numerusform><numerusform>%n días</numerusform>
            </translation></message>
        </context></TS>"""
    )
    assert parse_ts(root) == {
        ("demo", "Quit", ""): ("Salir",),
        ("demo", "%n days", ""): ("%n día", "%n días"),
    }


def test_translating_many_times_is_safe() -> None:
    # A translator written in Python crashed the process after many calls (PySide 6.12).
    code = (
        "from PySide6.QtCore import QCoreApplication as A\n"
        "app = A([])\n"
        "from footholds.ui.common import i18n\n"
        "i18n.install(app, 'es')\n"
        "for _ in range(300_000): A.translate('menu', 'Quit'); A.translate('x', 'y')\n"
        "print(A.translate('menu', 'Quit'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "Salir"


def test_spanish_file_is_complete_and_keeps_placeholders() -> None:
    node = ts_path("es")
    text = node.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    catalog = load_catalog("es")
    assert len(catalog) > 100
    for (context, source, _d), forms in catalog.items():
        for index, form in enumerate(forms):
            wanted = sorted(PLACEHOLDER.findall(source))
            if index == 0 and len(forms) > 1:  # the form for one may say "the other entry"
                wanted = [p for p in wanted if p not in ("%n", "%Ln")]
                found = [p for p in PLACEHOLDER.findall(form) if p not in ("%n", "%Ln")]
                assert sorted(found) == wanted, (context, source, form)
                continue
            assert sorted(PLACEHOLDER.findall(form)) == wanted, (context, source, form)


@pytest.mark.parametrize(
    ("choice", "system", "code"),
    [
        ("system", "es_ES", "es"),
        ("system", "es_MX.UTF-8", "es"),
        ("system", "fr_FR", "en"),
        ("system", "C", "en"),
        ("es", "en_GB", "es"),
        ("en", "es_ES", "en"),
    ],
)
def test_resolve_follows_the_choice_then_the_system(choice: str, system: str, code: str) -> None:
    assert i18n.resolve(choice, system) == code


def test_untranslated_text_falls_back_to_english(ctx: AppContext) -> None:
    i18n.install(ctx.app, "es")
    try:

        class Plain(QWidget):
            pass

        assert Plain().tr("Not in any catalogue") == "Not in any catalogue"
        assert QCoreApplication.translate("menu", "Quit") == "Salir"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert box.buttons()[0].text() == "Cerrar"  # Qt's own strings come along
    finally:
        i18n.remove(ctx.app)
    assert QCoreApplication.translate("menu", "Quit") == "Quit"


def test_qt_s_own_words_follow_a_live_switch_and_english_loads_none(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """File dialogs, standard buttons and text fields' menus are Qt's words, from Qt's own
    catalog (qtbase_es.qm in the PySide6 wheel), swapped with ours on a live switch."""
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.show()

    def cancel() -> str:
        return box.button(QDialogButtonBox.StandardButton.Cancel).text()

    try:
        assert len(i18n.install(ctx.app, "es")) == 2  # ours and Qt's
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
        qtbot.waitUntil(lambda: cancel() == "Cancelar")
        field = QLineEdit()
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        assert "&Copiar" in [a.text().split("\t")[0] for a in menu.actions()]
        dialog = QFileDialog(None, "", "", "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as drawn here
        qtbot.addWidget(dialog)
        assert dialog.labelText(QFileDialog.DialogLabel.Reject) == "Cancelar"
        # two labels Qt's Spanish catalog lacks, carried by ours (i18n.QT_GAPS)
        assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Ver en:"
        assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "Ficheros de &tipo:"
        assert i18n.install(ctx.app, "en") == []  # nothing loaded for English
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        qtbot.waitUntil(lambda: cancel() == "Cancel")
    finally:
        i18n.remove(ctx.app)


def test_dates_follow_the_language(ctx: AppContext) -> None:
    day = QDate(2026, 11, 22)
    i18n.install(ctx.app, "es")
    try:
        assert QLocale().toString(day, "dddd d MMMM") == "domingo 22 noviembre"
    finally:
        i18n.remove(ctx.app)
    assert QLocale().name() == QLocale.system().name()


def test_ctx_language_reads_the_setting(ctx: AppContext) -> None:
    ctx.settings.set("general.language", "es")
    assert i18n.ctx_language(ctx) == "es"
    ctx.settings.set("general.language", "en")
    assert i18n.ctx_language(ctx) == "en"


def test_tray_menu_in_spanish_has_no_english_left(
    ctx: AppContext, spanish: Catalog, qtbot: QtBot
) -> None:
    english = _english_only(spanish)
    texts = [a.text() for a in ctx.tray.menu.actions() if not a.isSeparator()]
    plain = [text.replace("&", "") for text in texts]  # without the Alt letter's mark
    assert "Salir" in plain and "Ajustes" in plain
    assert not [t for t in texts if t in english]
    # A menu built from scratch after the switch says the same.
    fresh = Tray(ctx.windows, ctx.app.quit)
    qtbot.addWidget(fresh.menu)  # a tray's menu has no parent: deleted in order
    assert [a.text() for a in fresh.menu.actions() if not a.isSeparator()] == texts


def _visible_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for label in window.findChildren(QLabel):
        texts.append(label.text())
    for button in window.findChildren(QAbstractButton):
        texts.append(button.text())
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [t for t in texts if t]


@pytest.mark.parametrize("name", names())
def test_windows_in_spanish_have_no_english_left(
    ctx: AppContext, spanish: Catalog, name: str
) -> None:
    english = _english_only(spanish)
    window = ctx.windows.get(name)
    leftover = [t for t in _visible_texts(window) if t in english]
    assert leftover == []


def test_open_settings_window_switches_language_live(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    assert window.tabs.tabText(0) == "Reminders"
    combo = cast(ChoiceEditor, window.rows["general.language"].editor).combo
    ctx.signals.setting_changed.connect(
        lambda name, _v: i18n.apply(ctx) if name == "general.language" else None
    )
    try:
        combo.setCurrentIndex(combo.findData("es"))
        qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Recordatorios")
        assert window.windowTitle() == "Ajustes de Footholds"
        assert ctx.tray.actions["quit"].text().replace("&", "") == "Salir"
        # the page was rebuilt
        combo = cast(ChoiceEditor, window.rows["general.language"].editor).combo
        assert combo.currentData() == "es"
    finally:
        i18n.remove(ctx.app)


def lengthened(text: str) -> str:
    """Pseudo-translation: 40% longer, in extra words so it can wrap."""
    extra = max(1, round(len(text) * 0.4))
    words = ("ẍŵ" * 4 + " ") * (extra // 9 + 1)
    return text + " " + words[:extra]


def pseudo_translator(folder: Path) -> QTranslator:
    """Every string the .ts knows (it lists every string in the source), lengthened,
    compiled by lrelease like the real catalogs."""
    root = ElementTree.parse(str(ts_path("es"))).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = list(translation.iter("numerusform"))
        for node in forms or [translation]:
            node.text = lengthened(source)
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    ElementTree.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    compile_ts(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def test_layouts_hold_strings_40_percent_longer(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    pseudo = pseudo_translator(tmp_path)
    ctx.app.installTranslator(pseudo)
    try:
        screen = QGuiApplication.primaryScreen().availableGeometry()
        for name in names():
            window = ctx.windows.get(name)
            window.show()
            qtbot.waitExposed(window)
            hint = window.minimumSizeHint().expandedTo(window.minimumSize())
            assert hint.width() <= screen.width(), (name, hint, screen)
            assert hint.height() <= screen.height(), (name, hint, screen)
            for label in window.findChildren(QLabel):
                if len(label.text()) > 60 and label.isVisibleTo(window):
                    assert label.wordWrap(), (name, label.text()[:40])
            window.close()

    finally:
        ctx.app.removeTranslator(pseudo)


@pytest.mark.parametrize("name", names())
def test_nothing_is_cut_off_in_spanish(
    ctx: AppContext, spanish: Catalog, qtbot: QtBot, name: str
) -> None:
    ctx.windows.show(name)
    window = ctx.windows.get(name)
    qtbot.waitExposed(window)
    with contextlib.suppress(AssertionError):  # layouts settle over a few event-loop turns
        qtbot.waitUntil(lambda: not clipped(window), timeout=2000)
    assert clipped(window) == [], name
    window.close()


def test_the_tray_tooltip_speaks_spanish(spanish: Catalog) -> None:
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from footholds.core.reminders import Kind, Status
    from footholds.ui.reminders.reminder_words import status_words

    now = datetime(2026, 3, 16, 10, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    coming = Status("active", Kind.MOVEMENT, now + timedelta(minutes=45), None, Kind.REST)
    assert coming.tooltip(now, status_words()) == (
        "Lo próximo: movimiento, en unos 45 min\nUn descanso corto te espera cuando quieras"
    )
    paused = Status("paused", None, None, now + timedelta(days=2), None)
    # a later day by its whole name, with its article: not a bare "mié a las 10:00"
    assert paused.tooltip(now, status_words()) == "En pausa hasta el miércoles a las 10:00"
    assert paused.tooltip(now) == "Paused until Wednesday at 10:00"  # core's words: English
    # until tomorrow's start of the day: "tomorrow", in Spanish too
    overnight = Status("paused", None, None, now.replace(hour=4) + timedelta(days=1), None)
    assert overnight.tooltip(now, status_words()) == "En pausa hasta mañana a las 04:00"
    assert overnight.tooltip(now) == "Paused until tomorrow at 04:00"
    quiet = Status("quiet", None, None, None, None, "quiet_hours", overnight.paused_until)
    assert quiet.tooltip(now, status_words()) == "Horas tranquilas hasta mañana a las 04:00"
    later = now.replace(hour=7) + timedelta(days=1)
    coming = Status("active", Kind.WINDDOWN, later, None, None)
    assert coming.tooltip(now, status_words()) == "Lo próximo: desconexión, mañana a las 07:00"
    # later today: "hasta las 18:30", and "a las 18:30" for what comes next, never "las las"
    today = Status("paused", None, None, now.replace(hour=18, minute=30), None)
    assert today.tooltip(now, status_words()) == "En pausa hasta las 18:30"
    assert today.tooltip(now) == "Paused until 18:30"
    evening = Status("active", Kind.WINDDOWN, now.replace(hour=18, minute=30), None, None)
    assert evening.tooltip(now, status_words()) == "Lo próximo: desconexión, a las 18:30"
    assert evening.tooltip(now) == "Next wind-down at 18:30"
    # why reminders wait after Tough day, in Spanish words
    after = Status("active", Kind.MOVEMENT, now + timedelta(minutes=30), None, None)
    after = dataclasses.replace(after, help="tough-day", help_until=now + timedelta(minutes=30))
    assert after.tooltip(now, status_words()) == (
        "En calma un rato después de «Día difícil», hasta las 10:30"
    )
    held = dataclasses.replace(after, help="help-now", help_until=None)
    assert held.tooltip(now, status_words()) == "En calma mientras tienes abierto «Ayuda ahora»"
