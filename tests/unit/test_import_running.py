"""Whatever would close or seal the store while a window imports waits for the import to
stop (core/import_pace.Running): it is asked to stop, and what waited runs after."""

from __future__ import annotations

from footholds.core.import_pace import Running


def test_what_waits_runs_once_every_import_has_stopped() -> None:
    running = Running()
    asked: list[str] = []
    first, second = (lambda: asked.append("first")), (lambda: asked.append("second"))
    assert not running and not running.after(lambda: None)  # nothing to wait for
    running.begin(first)
    running.begin(second)  # one started in another window meanwhile
    assert running
    assert running.after(lambda: "lock")
    assert asked == ["first", "second"]  # both asked to stop
    assert running.end(second) == []  # the first still runs
    waiting = running.end(first)
    assert [then() for then in waiting] == ["lock"] and not running
