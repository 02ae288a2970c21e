"""The command line writes the check-in summary with the translations read without Qt
(core/catalog.py); the window writes it with Qt's compiled catalog. Both must read the same."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from checkin_data import fill
from footholds.core import catalog, checkin, checkin_html, checkin_render
from footholds.core.list_words import DEFAULT_FEELINGS, DEFAULT_PARTS, DEFAULT_WINS
from footholds.core.store import Store
from footholds.render.paper import wording
from footholds.ui.common import i18n


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "es")
    yield
    i18n.remove(qapp)


def test_every_word_of_the_summary_is_the_window_s(spanish: None) -> None:
    words = catalog.load("es")
    lean = checkin_render.wording_in(words.translate, words.plural, "es")
    qt = wording()
    assert dict(lean.text) == dict(qt.text)
    assert lean.text["talk"] == "De qué quiero hablar"
    for key in ("times", "on_days", "since"):
        for n in (0, 1, 2, 5, 21):
            assert lean.counted(key, n) == qt.counted(key, n), (key, n)
    for word in DEFAULT_FEELINGS + DEFAULT_WINS + DEFAULT_PARTS:
        assert lean.word(word) == qt.word(word), word


def test_the_same_summary_page(spanish: None, tmp_path: Path) -> None:
    store = Store(tmp_path / "store", aside_dir=tmp_path / "aside")
    store.open()
    try:
        fill(store)
        report = checkin.gather(
            store, date(2026, 3, 2), date(2026, 3, 15), made=date(2026, 3, 16), language="es"
        )
    finally:
        store.close()
    words = catalog.load("es")
    lean = checkin_render.wording_in(words.translate, words.plural, "es")
    assert checkin_render.to_markdown(report, words=lean) == checkin_render.to_markdown(
        report, words=wording()
    )
    assert checkin_html.to_html(report, words=lean) == checkin_html.to_html(report, words=wording())
