"""The UI language: the .ts reader, Spanish in the tray menu and settings, long strings."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from footholds.ui import i18n
from footholds.ui.registry import names
from footholds.ui.tray import Tray

PLACEHOLDER = re.compile(r"%\d|%n|%s|%d|<[^>]+>")


@pytest.fixture
def spanish(ctx):
    ctx.settings.set("general.language", "es")
    assert i18n.apply(ctx) == "es"
    yield i18n.load_catalog("es")
    i18n.remove(ctx.app)


def _english_only(catalog: i18n.Catalog) -> set[str]:
    """Source strings whose Spanish differs: seeing one means something was not translated."""
    return {source for (_c, source, _d), forms in catalog.items() if forms[0] != source}


def test_parse_ts_keeps_finished_translations_only() -> None:
    root = ElementTree.fromstring(
        """<TS version="2.1" language="es">
        <context><name>menu</name>
          <message><source>Quit</source><translation>Salir</translation></message>
          <message><source>Later</source><translation type="unfinished">Luego</translation>
          </message>
          <message><source>Gone</source><translation type="vanished">Ido</translation></message>
          <message><source>Empty</source><translation></translation></message>
          <message><source>Bank</source><comment>river</comment>
            <translation>Orilla</translation></message>
          <message numerus="yes"><source>%n days</source>
            <translation><numerusform>%n día</numerusform><numerusform>%n días</numerusform>
            </translation></message>
        </context></TS>"""
    )
    catalog = i18n.parse_ts(root)
    assert catalog == {
        ("menu", "Quit", ""): ("Salir",),
        ("menu", "Bank", "river"): ("Orilla",),
        ("menu", "%n days", ""): ("%n día", "%n días"),
    }
    translator = i18n.CatalogTranslator(catalog, "es")
    assert translator.translate("menu", "%n days", None, 1) == "%n día"
    assert translator.translate("menu", "%n days", None, 3) == "%n días"
    assert translator.translate("menu", "Bank", "river") == "Orilla"
    assert translator.translate("menu", "Later") is None


def test_spanish_file_is_complete_and_keeps_placeholders() -> None:
    node = i18n.ts_path("es")
    text = node.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    catalog = i18n.load_catalog("es")
    assert len(catalog) > 100
    for (context, source, _d), forms in catalog.items():
        for form in forms:
            wanted = sorted(PLACEHOLDER.findall(source))
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
def test_resolve_follows_the_choice_then_the_system(choice, system, code) -> None:
    assert i18n.resolve(choice, system) == code


def test_untranslated_text_falls_back_to_english(ctx) -> None:
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


def test_ctx_language_reads_the_setting(ctx) -> None:
    ctx.settings.set("general.language", "es")
    assert i18n.ctx_language(ctx) == "es"
    ctx.settings.set("general.language", "en")
    assert i18n.ctx_language(ctx) == "en"


def test_tray_menu_in_spanish_has_no_english_left(ctx, spanish) -> None:
    english = _english_only(spanish)
    texts = [a.text() for a in ctx.tray.menu.actions() if not a.isSeparator()]
    assert "Salir" in texts and "Ajustes" in texts
    assert not [t for t in texts if t in english]
    # A menu built from scratch after the switch says the same.
    fresh = Tray(ctx.windows, ctx.app.quit)
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
def test_windows_in_spanish_have_no_english_left(ctx, spanish, name) -> None:
    english = _english_only(spanish)
    window = ctx.windows.get(name)
    leftover = [t for t in _visible_texts(window) if t in english]
    assert leftover == []


def test_open_settings_window_switches_language_live(ctx, qtbot) -> None:
    window = ctx.windows.show("settings")
    assert window.tabs.tabText(0) == "Reminders"
    combo = window.rows["general.language"].editor.combo
    ctx.signals.setting_changed.connect(
        lambda name, _v: i18n.apply(ctx) if name == "general.language" else None
    )
    try:
        combo.setCurrentIndex(combo.findData("es"))
        qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Recordatorios")
        assert window.windowTitle() == "Ajustes de Footholds"
        assert ctx.tray.actions["quit"].text() == "Salir"
        combo = window.rows["general.language"].editor.combo  # the page was rebuilt
        assert combo.currentData() == "es"
    finally:
        i18n.remove(ctx.app)


class Lengthening(QTranslator):
    """Pseudo-translation: every string 40% longer, in extra words so it can wrap."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        extra = max(1, round(len(source) * 0.4))
        words = ("ẍŵ" * 4 + " ") * (extra // 9 + 1)
        return source + " " + words[:extra]

    def isEmpty(self) -> bool:
        return False


def test_layouts_hold_strings_40_percent_longer(ctx, qtbot) -> None:
    pseudo = Lengthening(ctx.app)
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
