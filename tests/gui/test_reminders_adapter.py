"""The reminder adapter on a fake clock: due cards, deferrals, pause from the tray, saved state."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from reminder_support import FakeNotifier, Kind, Rig, visible_cards

from footholds.app.build import AppContext
from footholds.app.handlers import handle
from footholds.app.reminder_driver import MIN_TICK_MS, ReminderDriver
from footholds.core.scheduler import Due
from footholds.core.store import OwnItem, Session
from footholds.platform import sound
from footholds.platform.sound import SoundPlayer
from footholds.ui.reminders.own_reminder import OwnReminderDialog
from support import present


@pytest.fixture
def rig(ctx: AppContext, qtbot: QtBot) -> Iterator[Rig]:
    made = Rig(ctx)
    made.driver.start()
    yield made
    made.close()


def test_the_context_has_a_reminder_driver(ctx: AppContext) -> None:
    assert isinstance(ctx.reminders, ReminderDriver)
    assert ctx.reminders.tray is ctx.tray and ctx.reminders.presenter.store is ctx.store


def test_a_due_movement_shows_the_card(rig: Rig, qtbot: QtBot) -> None:
    shown: list[Due] = []
    rig.driver.due.connect(shown.append)
    rig.run(44)
    assert shown == [] and rig.driver.presenter._card is None  # not built before it is needed
    rig.run(1.5)
    assert [due.kind for due in shown] == [Kind.MOVEMENT]
    assert rig.card.isVisible() and rig.card.kind == "movement"
    assert rig.outcomes() == [("movement", "shown")]


@pytest.mark.parametrize("source", ["fullscreen", "dnd", "locked"])
def test_a_bad_moment_defers_the_reminder_and_says_why(rig: Rig, qtbot: QtBot, source: str) -> None:
    reasons = []
    rig.driver.deferred.connect(lambda kind, reason: reasons.append((kind, reason)))
    getattr(rig, source).on = True
    rig.run(50)
    assert rig.driver.presenter.current is None
    assert reasons == [("movement", source)]
    deferred = [(e.reminder, e.outcome, e.reason) for e in rig.events()]
    assert deferred == [("movement", "deferred", source)]  # once per episode, not every tick
    getattr(rig, source).on = False
    rig.run(2)
    assert rig.card.isVisible()  # after a minute of calm


def test_being_away_is_a_break_not_a_reminder(rig: Rig, qtbot: QtBot) -> None:
    rig.run(30)
    rig.idle.seconds = 20 * 60
    rig.run(20)
    rig.idle.seconds = 0
    rig.run(30)
    assert rig.driver.presenter.current is None  # the count started again on return
    left = present(rig.driver.status().next_at) - rig.clock.now()
    assert timedelta(minutes=15) <= left <= timedelta(minutes=16)  # 45 min from coming back


def test_pause_and_resume_from_the_tray_submenu(rig: Rig, qtbot: QtBot) -> None:
    tray = rig.ctx.tray
    reminders = [a for a in tray.menu.actions() if a.menu() is rig.driver.menu.submenu]
    assert len(reminders) == 1 and reminders[0].text().replace("&", "") == "Reminders"
    actions = rig.driver.menu.actions
    assert not actions["resume"].isEnabled()
    assert not actions["show"].isVisible()
    actions["pause-30"].trigger()
    assert rig.driver.status().mode == "paused"
    assert tray.state == "paused"
    assert tray.icon.toolTip() == "Paused until 10:30"
    assert actions["resume"].isEnabled()
    assert actions["status"].text() == "Paused until 10:30"
    rig.run(29)
    assert rig.driver.presenter._card is None
    actions["resume"].trigger()
    assert rig.driver.status().mode == "active"
    assert tray.state == "active"
    assert tray.icon.toolTip() == "Next movement in about 45 min"
    actions["pause-tomorrow"].trigger()
    assert rig.driver.status().paused_until == datetime(
        2024, 5, 7, 4, 0, tzinfo=ZoneInfo("Europe/London")
    )
    # the day named: a bare 04:00 on Monday morning read as a time already gone
    assert tray.icon.toolTip() == "Paused until tomorrow at 04:00"
    assert actions["status"].text() == "Paused until tomorrow at 04:00"
    actions["pause-60"].trigger()
    assert tray.icon.toolTip() == "Paused until 11:29"
    actions["pause-off"].trigger()  # for as long as the person wants
    assert rig.driver.status().mode == "paused" and rig.driver.status().paused_until is None
    rig.run(24 * 60, step=600)
    assert rig.driver.presenter._card is None
    actions["resume"].trigger()
    assert rig.driver.status().mode == "active"


def test_remind_me_now_from_the_submenu(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.menu.actions["rest-now"].trigger()
    assert rig.card.isVisible() and rig.card.kind == "rest"
    rig.card.skip_button.click()
    rig.driver.menu.actions["movement-now"].trigger()
    assert rig.card.kind == "movement"


def test_state_is_saved_private_and_restored(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.pause_for(60)
    path = rig.ctx.paths.data_dir / "reminders.json"
    assert oct(os.stat(path).st_mode & 0o777) == "0o600"
    saved = json.loads(path.read_text())
    assert saved["scheduler"]["paused"] is True
    rig.driver.resume()
    rig.driver.remind_now(Kind.REST)
    rig.card.fade_timer.start(10)
    qtbot.waitUntil(lambda: rig.driver.status().waiting is Kind.REST, timeout=3000)
    rig.driver.pause_for(90)
    rig.driver.stop()
    again = rig.make_driver()
    again.start()
    status = again.status()
    assert status.mode == "paused"
    assert status.paused_until == rig.clock.now() + timedelta(minutes=90)
    assert status.waiting is Kind.REST
    assert again.presenter.chooser.recent_state()["rest"]  # recently shown ideas stay away
    again.timer.stop()


def test_a_damaged_state_file_is_set_aside(rig: Rig, qtbot: QtBot) -> None:
    path = rig.ctx.paths.data_dir / "reminders.json"
    path.write_text("{ not json")
    again = rig.make_driver()
    again.restore_state()
    assert not path.exists()
    assert any(
        p.name.startswith("reminders.json.damaged") for p in rig.ctx.paths.aside_dir.iterdir()
    )
    assert again.status().mode == "active"


def test_the_tooltip_and_icon_follow_every_tick(rig: Rig, qtbot: QtBot) -> None:
    tray = rig.ctx.tray
    assert tray.icon.toolTip() == "Next movement in about 45 min"
    rig.run(15)
    assert tray.icon.toolTip() == "Next movement in about 30 min"
    rig.clock.set(datetime(2024, 5, 6, 23, 0, tzinfo=ZoneInfo("Europe/London")))
    rig.driver.tick()
    assert tray.state == "quiet"
    assert tray.icon.toolTip().startswith("Quiet hours until tomorrow at 07:00")


def test_the_timer_is_coarse_single_shot_and_never_busy(rig: Rig, qtbot: QtBot) -> None:
    timer = rig.driver.timer
    assert timer.isSingleShot() and timer.timerType() == Qt.TimerType.VeryCoarseTimer
    assert timer.isActive() and timer.interval() >= MIN_TICK_MS
    rig.driver.tick()
    assert MIN_TICK_MS <= timer.interval() <= 60_000
    rig.run(44)
    rig.run(0.9, step=5)
    assert timer.interval() >= MIN_TICK_MS  # even with a movement due in seconds
    rig.driver.pause_indefinitely()
    rig.driver.tick()
    assert timer.interval() == 5 * 60_000  # paused: nothing can fire, so it ticks rarely


def test_show_the_reminder_brings_back_the_one_that_faded(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    words = rig.card.text.text()
    rig.card.fade_timer.start(10)
    qtbot.waitUntil(lambda: not rig.card.isVisible(), timeout=3000)
    rig.driver.menu.actions["show"].trigger()
    assert rig.card.isVisible() and rig.card.text.text() == words
    assert rig.card.focused  # the person asked: it may take the keyboard
    assert rig.outcomes() == [("movement", "shown"), ("movement", "faded"), ("movement", "shown")]
    rig.card.done_button.click()
    assert rig.driver.status().waiting is None
    assert rig.wins()[0].wins == ["moved"]


def test_notification_delivery_uses_the_notifier_with_the_same_actions(
    rig: Rig, qtbot: QtBot
) -> None:
    rig.ctx.settings.set("reminders.delivery", "notification")
    notifier = FakeNotifier()
    rig.driver.presenter._notifier = notifier
    rig.driver.remind_now(Kind.MOVEMENT)
    assert rig.driver.presenter._card is None
    [(title, body, actions, timeout)] = notifier.sent
    assert title == "A little movement"
    assert present(present(rig.driver.presenter.current).item)["text"] in body
    assert [key for key, _ in actions] == ["default", "done", "later", "skip", "another"]
    assert timeout == 40_000
    notifier.press("another")
    assert len(notifier.sent) == 2 and notifier.sent[1][1] != body
    notifier.press("done")
    assert rig.outcomes()[-1] == ("movement", "done")
    assert rig.wins()[0].wins == ["moved"]


def test_without_a_notifier_the_card_stands_in(rig: Rig, qtbot: QtBot) -> None:
    rig.ctx.settings.set("reminders.delivery", "notification")
    rig.driver.presenter._notifier = FakeNotifier(available=False)
    rig.driver.remind_now(Kind.REST)
    assert rig.card.isVisible()


def test_add_your_own_from_the_submenu(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.menu.actions["add-own"].trigger()
    dialog = rig.driver.presenter._own_dialog
    assert isinstance(dialog, OwnReminderDialog) and dialog.isVisible()
    assert not dialog.save_button.isEnabled()
    dialog.text.setText("Stretch like a cat, slowly")
    dialog.posture.setCurrentIndex(dialog.posture.findData("standing"))
    dialog.save_button.click()
    [own] = rig.ctx.store.all(OwnItem)
    assert (own.pack, own.text, own.posture) == (
        "movements",
        "Stretch like a cat, slowly",
        "standing",
    )
    rig.driver.presenter.choose_posture("standing")
    seen = {present(rig.driver.presenter.pick(Kind.MOVEMENT))["id"] for _ in range(40)}
    assert own.id in seen


def test_quitting_with_a_card_up_leaves_it_waiting(rig: Rig, qtbot: QtBot) -> None:
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.driver.stop()
    assert rig.outcomes()[-1] == ("movement", "faded")
    assert not rig.card.isVisible()
    saved = json.loads((rig.ctx.paths.data_dir / "reminders.json").read_text())
    assert saved["scheduler"]["waiting"] == "movement"


def test_commands_from_a_second_process(ctx: AppContext, qtbot: QtBot) -> None:
    ok, message = handle(ctx, "pause", {"minutes": 30})
    assert ok and message.startswith("Reminders are paused until ")
    assert ctx.reminders.status().mode == "paused"
    assert handle(ctx, "pause", {"minutes": 0})[0] is False
    assert handle(ctx, "pause", {"minutes": True})[0] is False
    assert handle(ctx, "resume", {}) == (True, "Reminders are back on.")
    assert handle(ctx, "pause", {"until": "resume"}) == (
        True,
        "Reminders are paused until you resume them.",
    )
    assert handle(ctx, "pause", {"until": "tomorrow"})[0]
    assert handle(ctx, "remind", {"kind": "dance"})[0] is False
    assert handle(ctx, "remind", {"kind": "movement"}) == (True, "Here is a movement idea.")
    assert ctx.reminders.presenter.card.isVisible()  # shown even while paused: they asked
    ctx.reminders.presenter.dismiss()


def test_a_click_on_the_notification_opens_the_card_and_fading_closes_it(
    rig: Rig, qtbot: QtBot
) -> None:
    rig.ctx.settings.set("reminders.delivery", "notification")
    notifier = FakeNotifier()
    rig.driver.presenter._notifier = notifier
    rig.driver.remind_now(Kind.REST)
    notifier.press("default")
    assert rig.card.isVisible() and rig.card.focused
    assert notifier.closed == 1
    rig.card.later_button.click()
    assert rig.outcomes()[-1] == ("rest", "snoozed")
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.driver.presenter._notice_fade.start(10)
    qtbot.waitUntil(lambda: rig.outcomes()[-1] == ("movement", "faded"), timeout=3000)
    assert notifier.closed == 2


def test_a_soft_sound_only_when_chosen(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    beeps, played = [], []
    monkeypatch.setattr(
        "footholds.ui.reminders.reminder_presenter.QApplication.beep", lambda: beeps.append(1)
    )
    spawned = SoundPlayer(
        "paplay", True, "test", ("paplay",), lambda args, **_: played.append(args)
    )
    rig.driver.presenter.sound = spawned
    rig.driver.remind_now(Kind.MOVEMENT)
    rig.card.done_button.click()
    assert played == [] and beeps == []  # off by default
    rig.ctx.settings.set("reminders.sound", True)
    rig.driver.remind_now(Kind.REST)
    assert played == [["paplay", str(sound.chime())]] and beeps == []
    rig.card.done_button.click()
    # no player on this system: the bell, rather than silence
    rig.driver.presenter.sound = SoundPlayer("none", False, "no player")
    rig.driver.remind_now(Kind.MOVEMENT)
    assert beeps == [1]


def test_the_desktop_is_asked_only_when_a_reminder_could_show(rig: Rig, qtbot: QtBot) -> None:
    rig.run(44)
    assert rig.fullscreen.asked == rig.dnd.asked == rig.locked.asked == 0
    rig.fullscreen.on = True
    rig.run(2)
    assert rig.fullscreen.asked >= 1 and rig.locked.asked >= 1
    assert rig.outcomes() == [("movement", "deferred")]
    rig.idle.seconds = None  # no idle source here: the lock is the only sign of absence
    asked = rig.locked.asked
    rig.driver.pause_indefinitely()
    rig.run(10)
    assert rig.locked.asked > asked


def test_help_on_screen_holds_reminders_and_half_an_hour_after(
    ctx: AppContext, rig: Rig, qtbot: QtBot
) -> None:
    ctx.reminders = rig.driver  # the windows tell the context's driver
    rig.run(45.5)
    assert rig.card.isVisible()
    for name in ("tough-day", "help-now"):
        ctx.windows.show(name)
    assert not rig.card.isVisible()  # the card goes quietly to the tray
    assert rig.outcomes()[-1] == ("movement", "faded")
    rig.run(90)
    assert rig.driver.presenter.current is None
    ctx.windows.get("help-now").close()
    rig.run(60)
    assert rig.driver.presenter.current is None  # Tough day is still open
    ctx.windows.get("tough-day").close()
    rig.run(29)
    assert rig.driver.presenter.current is None
    rig.run(1.5)
    assert rig.card.isVisible()
    assert {e.reason for e in rig.events() if e.outcome == "deferred"} == {"help_open"}


def test_command_answers_stay_english_in_a_spanish_interface(ctx: AppContext, qtbot: QtBot) -> None:
    from footholds.ui.common import i18n

    i18n.install(ctx.app, "es")
    try:
        assert handle(ctx, "resume", {}) == (True, "Nothing was paused.")
        assert handle(ctx, "pause", {"until": "resume"}) == (
            True,
            "Reminders are paused until you resume them.",
        )
        assert handle(ctx, "remind", {"kind": "rest"}) == (True, "Here is a rest idea.")
        ctx.reminders.presenter.dismiss()
    finally:
        i18n.install(ctx.app, "en")


SHOWER = "Take a shower"


def test_a_plan_whose_nudge_time_has_passed_is_nudged_at_once(rig: Rig, qtbot: QtBot) -> None:
    """Plan something said a time gone today meant the nudge came right away, but it came
    at the driver's next tick, up to a minute on. Saving the plan makes it look at once:
    one card, which takes no focus."""
    from PySide6.QtCore import QTime

    from footholds.ui.today.activity_plan import PlanActivityWindow

    rig.run(1)  # a tick up to a minute away now
    assert rig.driver.timer.remainingTime() > 5_000
    window = rig.ctx.windows.get("plan-activity")
    assert isinstance(window, PlanActivityWindow)
    window.clock = rig.clock
    rig.ctx.windows.show("plan-activity")
    qtbot.waitExposed(window)
    [row] = [n for n in range(window.ideas.count()) if window.ideas.item(n).text() == SHOWER]
    window.ideas.setCurrentRow(row)
    window.at_time.setChecked(True)
    window.time.setTime(QTime(8, 0))  # it is 10:01 (9:01 in UTC)
    window.nudge.setChecked(True)
    window.plan.click()
    qtbot.waitUntil(lambda: rig.driver.presenter.current is not None, timeout=2_000)
    assert rig.card.isVisible() and rig.card.kind == "activity"
    rig.run(1)  # the ticks after it show no second one
    assert visible_cards() == [rig.card]
    assert [e.outcome for e in rig.events() if e.reminder == "activity"] == ["shown"]
    # shown as every nudge is: it takes no focus from the plan window
    assert rig.card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert rig.card.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus


def test_a_session_added_or_removed_shows_in_the_tray_at_once(rig: Rig, qtbot: QtBot) -> None:
    """A session starting now said "Quiet for your session" in the menu while the tooltip
    kept "Next movement in about 45 min" until the next tick, up to a minute on."""
    tray = rig.ctx.tray
    assert tray.icon.toolTip() == "Next movement in about 45 min"
    here = rig.driver.now().astimezone()  # session times are on the system's own clock

    def at(session: Session, moment: datetime) -> Session:
        day, time = moment.date().isoformat(), moment.strftime("%H:%M")
        return dataclasses.replace(session, day=day, time=time)

    added = at(Session(minutes=50), here).to_dict()
    assert handle(rig.ctx, "session-add", {"session": added})[0]  # `footholds session add`
    # no tick in between: the tray says so at once (the quiet ends 15 minutes after it)
    assert tray.icon.toolTip() == "Quiet for your session until 11:05"
    assert tray.state == "quiet"
    [session] = rig.ctx.store.all(Session)
    moved = at(session, here + timedelta(hours=2))
    rig.ctx.store.update(moved)  # from the sessions window, say
    assert tray.icon.toolTip() == "Next movement in about 45 min"
    assert tray.state == "active"
    rig.ctx.store.update(at(moved, here - timedelta(minutes=30)))
    assert tray.icon.toolTip() == "Quiet for your session until 10:35"
    assert handle(rig.ctx, "session-remove", {"id": session.id[:8]})[0]
    assert tray.icon.toolTip() == "Next movement in about 45 min"


def test_a_nudge_a_session_held_comes_as_soon_as_the_session_is_removed(
    rig: Rig, qtbot: QtBot
) -> None:
    """A tester removed the session whose quiet held a planned nudge: the driver only
    re-armed its timer, and a due nudge waits for the next minute's tick. Now it looks at
    once: the card comes, once."""
    from footholds.core import activation

    here = rig.driver.now().astimezone()
    start = here - timedelta(minutes=10)
    session = Session(day=start.date().isoformat(), time=start.strftime("%H:%M"), minutes=50)
    assert handle(rig.ctx, "session-add", {"session": session.to_dict()})[0]
    idea = activation.Idea("", SHOWER, "achievement", False)
    soon = (here + timedelta(minutes=2)).time().replace(second=0, microsecond=0)
    activation.plan(rig.ctx.store, idea, here.date(), at=soon, nudge=True, now=rig.clock.now())
    rig.run(4)
    assert rig.driver.presenter.current is None
    assert ("activity", "deferred") in rig.outcomes()
    [kept] = rig.ctx.store.all(Session)
    assert handle(rig.ctx, "session-remove", {"id": kept.id[:8]})[0]
    qtbot.waitUntil(lambda: rig.driver.presenter.current is not None, timeout=2_000)
    assert rig.card.kind == "activity"
    rig.run(2)
    assert [e.outcome for e in rig.events() if e.reminder == "activity"].count("shown") == 1
