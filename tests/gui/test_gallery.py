"""packaging/gallery.py: the screenshot gallery still runs (one window, quickly), and its plan
covers every window in every variant it promises."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from footholds.ui.shell.registry import names
from support import ROOT, child_env

SCRIPT = ROOT / "packaging" / "gallery.py"


def _gallery() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gallery", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_plan_draws_every_window_in_light_dark_and_spanish_and_the_written_ones_more() -> None:
    gallery = _gallery()
    jobs = gallery.plan(None, list(gallery.VARIANTS))
    for variant in ("light", "dark", "es"):
        assert set(jobs[variant]) == {*names(), "tray-menu", "fallback", *gallery.VIEWS}
    for variant in ("long", "empty"):
        assert "proof-list" in jobs[variant] and "journal" in jobs[variant]
        assert set(jobs[variant]) <= set(names())
    assert gallery.plan(["quick-log"], ["light", "empty"]) == {"light": ["quick-log"]}


def test_one_window_in_quick_mode_is_drawn_to_a_png(tmp_path: Path, qapp: QApplication) -> None:
    env = child_env(QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    env.pop("FOOTHOLDS_HOME", None)  # the gallery makes its own, made-up home
    command = [sys.executable, str(SCRIPT), "--only", "proof-list", "--out", str(tmp_path)]
    done = subprocess.run(
        [*command, "--variants", "light", "dark"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["proof-list-dark.png", "proof-list.png"]
    light, dark = (
        QImage(str(tmp_path / "proof-list.png")),
        QImage(str(tmp_path / "proof-list-dark.png")),
    )
    assert light.width() > 200 and light.height() > 200
    corner = (light.pixelColor(4, 4).lightness(), dark.pixelColor(4, 4).lightness())
    assert corner[0] > 200 > 80 > corner[1]  # the paper and the slate, not a blank image


def test_an_unknown_window_name_is_refused_with_the_known_ones() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--only", "no-such-window"],
        env=child_env(QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "no such window: no-such-window" in done.stderr
    assert "proof-list" in done.stderr
