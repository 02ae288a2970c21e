"""The words on a journal card: each answer said as a whole line the language shapes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from footholds.core.store import LogEntry
from footholds.ui.common import i18n
from footholds.ui.journal.journal_model import entry_body

ANSWERS = LogEntry(trigger="the rain", tried="a walk", helped="tea")


def test_a_card_says_each_answer_after_its_question(qapp: QApplication) -> None:
    assert entry_body(ANSWERS).splitlines() == [
        "What set it off: the rain",
        "What I tried: a walk",
        "What helped: tea",
    ]


def test_in_spanish_the_question_keeps_its_opening_mark(qapp: QApplication) -> None:
    i18n.install(qapp, "es")
    try:
        lines = entry_body(ANSWERS).splitlines()
    finally:
        i18n.remove(qapp)
    assert lines == ["¿Qué lo desencadenó? the rain", "Lo que probé: a walk", "Lo que ayudó: tea"]
