"""A closed window is freed as it is released, not left to the garbage collector: a window
in a reference cycle (Tough day's height given back held its window, which held it) was
deleted later, inside the collect that gives memory back, part-way through Qt's own work,
and the app crashed (a segmentation fault, in one test run of two)."""

from __future__ import annotations

import weakref

import pytest
from PySide6.QtCore import QCoreApplication
from release_checks import collector_off, flush_deletes

from footholds.app.build import AppContext
from footholds.ui.shell import windows as windows_module
from footholds.ui.shell.registry import names


@pytest.mark.parametrize("name", [n for n in names() if n not in windows_module.KEPT])
def test_a_released_window_is_freed_without_the_collector(ctx: AppContext, name: str) -> None:
    window = ctx.windows.show(name)
    QCoreApplication.processEvents()
    gone = weakref.ref(window)
    with collector_off():  # only reference counts may free it now
        window.close()
        del window
        flush_deletes()
        assert gone() is None, f"{name} is held in a reference cycle after its release"
