"""Today, Thought log and Reach out in the real app: opened by name, used with the keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from footholds.cli.client import send
from footholds.core.paths import Paths
from footholds.core.socket_place import address

if TYPE_CHECKING:  # the `app` fixture's class
    from conftest import App


def test_windows_open_by_name_and_a_thought_is_kept_on_escape(app: App) -> None:
    app.start()
    where = address(Paths.from_env())  # the app's home is this test's home
    app.wait_for(lambda: send(where, "ping") is not None, 20, "the app to answer")
    for name, title in (("today", "Today"), ("reach-out", "Reach out")):
        assert app.cli("show", name).returncode == 0
        app.wait_for(lambda t=title: t in app.windows(), 10, f"the {title} window")  # type: ignore[misc]
        app.wait_for_keyboard(title)  # the welcome card, open at a first start, may have it
        app.key("Escape")
        app.wait_for(lambda t=title: t not in app.windows(), 10, f"{title} to close")  # type: ignore[misc]
    assert app.cli("show", "thought-log").returncode == 0
    app.wait_for(lambda: "Thought log" in app.windows(), 10, "the Thought log window")
    app.wait_for_keyboard("Thought log")
    app.type("Nobody would notice")
    app.key("Escape")  # closing never throws away what was written
    app.wait_for(lambda: "Thought log" not in app.windows(), 10, "the Thought log to close")
    assert app.terminate() == 0
    thoughts = app.export()["records"]["thought"]
    assert [t["thought"] for t in thoughts] == ["Nobody would notice"]
