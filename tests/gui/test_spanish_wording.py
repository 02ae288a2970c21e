"""Spanish as a Spanish speaker would write it: weekdays lower case in a list and mid-sentence
(Settings said "Domingo" where Reach out said "domingo"), "cuando" where no question is asked,
an evening reminder "de la noche", and Settings' wait after Later said naturally."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import i18n
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.settings import setting_editors
from footholds.ui.settings.settings_window import SettingsWindow


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[AppContext]:
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        yield ctx
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


def test_settings_names_the_weekdays_as_reach_out_does(spanish: AppContext, qtbot: QtBot) -> None:
    settings = SettingsWindow(spanish)
    qtbot.addWidget(settings)
    editor = cast(setting_editors.ChoiceEditor, settings.rows["reminders.reach_out_day"].editor)
    in_settings = [editor.combo.itemText(i) for i in range(editor.combo.count())]
    reach = cast(ReachOutWindow, spanish.windows.get("reach-out"))
    box = reach.weekly.nudge_day
    in_reach_out = [box.itemText(i) for i in range(box.count())]
    days = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
    assert in_settings == in_reach_out == days
    assert editor.combo.itemData(6) == "sun"


def said(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_the_spanish_words_read_naturally(spanish: AppContext) -> None:
    band = said(
        "SleepCard",
        "The darker band is when you went to bed, the lighter one when you got up. A steady "
        "rhythm is the point here, not the hours.",
    )
    assert band.startswith("La franja más oscura es cuando te acostaste")
    assert "cuándo" not in band
    mostly = said(
        "SleepCard",
        "The darker band is when you mostly went to bed, the lighter one when you got up. A "
        "steady rhythm is the point here, not the hours.",
    )
    # "es cuando te acostaste casi siempre" read badly
    assert mostly.startswith("La franja más oscura es la hora a la que solías acostarte")
    assert "casi siempre" not in mostly
    evening = said("MedicationReminder", "Your evening reminder")
    night = said("MedicationReminder", "Your night-time reminder")
    assert evening == "Tu recordatorio de la noche"
    assert night != evening  # two reminders are told apart
    note = said(
        "MedicationWindow",
        "A note for you and your therapist, kept only on this computer. Reminders never show "
        "these names: they say “your evening reminder”.",
    )
    assert "«tu recordatorio de la noche»" in note
    wait = said("settings", '"Later" waits (minutes)')
    assert wait == "Tiempo que espera «Luego» (minutos)"
