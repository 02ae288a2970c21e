"""Without a system tray: the tray gives up after its patience and a small window takes its
place, with the same actions, the Reminders ones included."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSystemTrayIcon

from footholds import app as app_module
from footholds.ui.tray import menu_windows


def test_the_tray_gives_up_after_its_patience_when_there_is_none(ctx, qtbot) -> None:
    if QSystemTrayIcon.isSystemTrayAvailable():
        return  # a real tray here: nothing to give up on
    ctx.tray._retry.setInterval(20)
    with qtbot.waitSignal(ctx.tray.gave_up, timeout=3000):
        ctx.tray.start(patience_s=4)
    assert not ctx.tray.icon.isVisible()


def test_the_fallback_window_has_every_action_of_the_tray_menu(ctx, qtbot) -> None:
    ctx.reminders.start()  # adds the Reminders section, as at start-up
    app_module._open_fallback(ctx)
    window = ctx.windows.fallback
    qtbot.addWidget(window)
    assert window.isVisible()
    windows = menu_windows()
    assert set(windows) <= set(window.buttons)
    reminders = window.buttons["reminders"]
    texts = [a.text() for a in reminders.menu().actions() if a.text()]
    assert "Remind me now: movement" in texts and "Resume reminders" in texts
    window.buttons["about"].click()
    assert ctx.windows.is_visible("about")
    quit_buttons = [b for b in window.findChildren(QPushButton) if b.text() == "Quit"]
    assert len(quit_buttons) == 1
    ctx.reminders.stop()
