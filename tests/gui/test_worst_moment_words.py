"""Words for the worst moments: what the tough-day, help and thought-log windows say back."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import content, days
from footholds.core.store import LogEntry, Person, ThoughtLog
from footholds.platform import phone_links
from footholds.ui.common import i18n
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.reflect.thought_log import ThoughtLogWindow
from footholds.ui.tough_day.tough_day import ToughDayWindow

URGENT = {
    "en": ("I'm not OK right now. Can you call me?", "Can you come over?"),
    "es": ("Ahora mismo no estoy bien. ¿Puedes llamarme?", "¿Puedes venir?"),
}


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def _show(ctx: AppContext, qtbot: QtBot, name: str, code: str) -> QWidget:
    ctx.settings.set("general.language", code)
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("code", ["en", "es"])
def test_keep_it_answers_from_its_own_replies_never_the_saved_pool(
    ctx: AppContext, qtbot: QtBot, code: str
) -> None:
    window = cast(ToughDayWindow, _show(ctx, qtbot, "tough-day", code))
    acks = content.load_document("acknowledgements", code)
    assert not set(acks["tough"]) & set(acks["saved"])
    heard = set()
    for n in range(12):
        window.name_it.line.setText(f"heavy, {n}")
        qtbot.keyClick(window.name_it.line, Qt.Key.Key_Return)
        said = window.name_it.said.text()
        assert said in acks["tough"], said
        assert said not in acks["saved"]
        heard.add(said)
    assert len(heard) > 1  # a few siblings, not one fixed line
    assert len(ctx.store.all(LogEntry)) == 12
    # Every reply points at the help that is always in view below it.
    hint = "help is right below" if code == "en" else "aquí abajo"
    assert all(hint in line or "help below" in line for line in acks["tough"])


@pytest.mark.parametrize("code", ["en", "es"])
def test_ready_messages_in_get_help_now_put_the_urgent_ones_first(
    ctx: AppContext, qtbot: QtBot, code: str
) -> None:
    ctx.store.add(Person(name="Sam"))
    window = cast(HelpNowWindow, _show(ctx, qtbot, "help-now", code))
    [row] = window.people.rows
    call_me, come_over = URGENT[code]
    assert row.message.text() == call_me
    row.other.click()
    assert row.message.text().startswith(come_over)
    # The rest follow in the pack's order, and none plays the moment down.
    assert row.messages == [i["text"] for i in content.load_pack("help_messages", code)]


def test_a_persons_own_message_stays_first_with_the_urgent_ones_next(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(Person(name="Sam", message="Sam, it's me. Ring when you can?"))
    window = cast(HelpNowWindow, _show(ctx, qtbot, "help-now", "en"))
    [row] = window.people.rows
    assert row.messages[:2] == ["Sam, it's me. Ring when you can?", URGENT["en"][0]]


@pytest.mark.parametrize("code", ["en", "es"])
def test_no_built_in_message_says_all_is_well(code: str) -> None:
    played_down = ("i'm safe", "nothing big", "a salvo", "nada importante", "no es nada")
    for pack in ("help_messages", "reach_out"):
        for item in content.load_pack(pack, code):
            text = item["text"].lower().replace("’", "'")
            assert not any(words in text for words in played_down), (pack, item["id"])


def test_past_thoughts_are_listed_by_the_kinder_view(ctx: AppContext, qtbot: QtBot) -> None:
    at = datetime.now().astimezone()
    ctx.store.add(
        ThoughtLog(
            thought="I ruin everything I touch",
            balanced="I got one thing wrong on Tuesday, and I also fixed it",
            at=at - timedelta(days=1),
        )
    )
    ctx.store.add(ThoughtLog(thought="Nobody would notice if I vanished", at=at))
    window = cast(ThoughtLogWindow, _show(ctx, qtbot, "thought-log", "en"))
    window.refresh_past()
    lines = [window.past.item(i).text() for i in range(window.past.count())]
    assert len(lines) == 2
    assert "Nobody would notice" not in lines[0] and "ruin everything" not in lines[1]
    assert lines[0].endswith("A thought, with room for a kinder view")
    assert "I got one thing wrong on Tuesday, and I also fixed it" in lines[1]
    # The harsh words are still there when the entry itself is opened.
    window._on_past_activated(window.past.item(1))
    assert window.pages.thought.toPlainText() == "I ruin everything I touch"


@pytest.mark.parametrize(("code", "today"), [("en", "Today"), ("es", "Hoy")])
def test_two_unfinished_thoughts_of_one_day_read_apart_by_their_time(
    ctx: AppContext, qtbot: QtBot, code: str, today: str
) -> None:
    noon = datetime.combine(days.today(int(ctx.settings["day.start_hour"])), time(12, 0))
    noon = noon.astimezone()
    harsh = ("I am a burden to everyone", "I always let people down")
    ctx.store.add(ThoughtLog(thought=harsh[0], at=noon))
    ctx.store.add(ThoughtLog(thought=harsh[1], at=noon + timedelta(minutes=7)))
    # and two written within one minute, a little later
    ctx.store.add(ThoughtLog(thought=harsh[0], at=noon + timedelta(hours=2, seconds=5)))
    ctx.store.add(ThoughtLog(thought=harsh[1], at=noon + timedelta(hours=2, seconds=40)))
    ctx.settings.set("general.language", code)
    i18n.apply(ctx)  # the app's language and its dates' words
    try:
        window = cast(ThoughtLogWindow, _show(ctx, qtbot, "thought-log", code))
        window.refresh_past()
        rows = [window.past.item(i).text() for i in range(window.past.count())]
    finally:
        i18n.remove(ctx.app)
    assert len(set(rows)) == 4, rows
    firsts = [row.splitlines()[0] for row in rows]
    assert firsts == [f"{today} 14:00:40", f"{today} 14:00:05", f"{today} 12:07", f"{today} 12:00"]
    # never the person's own words, only when and the room for a kinder view
    for row in rows:
        assert not any(words.lower() in row.lower() for words in harsh), row
