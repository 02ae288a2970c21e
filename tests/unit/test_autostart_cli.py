"""`footholds autostart enable|disable|status`, and the command a login entry runs."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from footholds.cli import commands
from footholds.cli.parser import build_parser
from footholds.core.paths import Paths
from footholds.platform import autostart as autostart_module
from support import child_env


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footholds", "autostart", *args],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=60,
    )


def test_enable_status_disable_round_trip(footholds_home: Path) -> None:
    entry = footholds_home / "autostart" / "footholds.desktop"
    off = _cli("status")
    assert off.returncode == 0 and "does not start" in off.stdout
    on = _cli("enable")
    assert on.returncode == 0, on.stderr
    assert "Footholds starts when you log in" in on.stdout
    text = entry.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith("--autostart")
    assert "footholds" in exec_line
    assert "starts when you log in" in _cli("status").stdout
    gone = _cli("disable")
    assert gone.returncode == 0 and "does not start" in gone.stdout
    assert not entry.exists()


def test_unknown_action_is_refused_plainly() -> None:
    result = _cli("sometimes")
    assert result.returncode == 2
    assert "'sometimes' is not one of the choices: enable, disable, status" in result.stderr
    assert "Traceback" not in result.stderr


class Unavailable:
    name = "none"
    available = False
    reason = "this desktop keeps its own list"

    def status(self) -> bool:
        return False

    def enable(self, command: list[str]) -> None:
        raise AssertionError("must not be asked")

    def disable(self) -> None:
        raise AssertionError("must not be asked")


class Stubborn:
    """A mechanism that accepts the request but does not change."""

    name = "stubborn"
    available = True
    reason = "test"

    def status(self) -> bool:
        return False

    def enable(self, command: list[str]) -> None:
        pass

    def disable(self) -> None:
        pass


def _run(action: str) -> int:
    args = build_parser().parse_args(["autostart", action])
    return commands.COMMANDS["autostart"](Paths.from_env(), args)


@pytest.mark.parametrize(("action", "code"), [("status", 0), ("enable", 1), ("disable", 1)])
def test_unavailable_is_said_honestly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], action: str, code: int
) -> None:
    monkeypatch.setattr(autostart_module, "choose_autostart", lambda: Unavailable())
    assert _run(action) == code
    out = capsys.readouterr().out
    assert "cannot be set up here: this desktop keeps its own list" in out


def test_a_change_that_does_not_take_is_not_reported_as_done(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(autostart_module, "choose_autostart", lambda: Stubborn())
    assert _run("enable") == 1
    assert "did not take" in capsys.readouterr().err


def test_write_failure_is_reported(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], footholds_home: Path
) -> None:
    blocker = footholds_home / "autostart"
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file where the folder should be")
    assert _run("enable") == 1
    assert "did not work" in capsys.readouterr().err


def test_command_in_a_bundle_is_the_bundle_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/Footholds/footholds")
    assert autostart_module.autostart_command() == ["/opt/Footholds/footholds", "--autostart"]


def test_command_prefers_the_installed_script(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(autostart_module.shutil, "which", lambda name: f"/usr/local/bin/{name}")
    assert autostart_module.autostart_command() == ["/usr/local/bin/footholds", "--autostart"]


def test_command_from_a_checkout_carries_its_source_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import footholds

    source = Path(footholds.__file__).resolve().parents[1]
    monkeypatch.setattr(autostart_module.shutil, "which", lambda name: None)
    monkeypatch.setenv("PYTHONPATH", str(source))
    command = autostart_module.autostart_command()
    assert command[-3:] == ["-m", "footholds", "--autostart"]
    if sys.platform != "win32":
        assert command[:2] == ["/usr/bin/env", f"PYTHONPATH={source}"]
    monkeypatch.setenv("PYTHONPATH", "")
    assert autostart_module.autostart_command() == [
        sys.executable,
        "-m",
        "footholds",
        "--autostart",
    ]


def test_parser_lists_the_autostart_command() -> None:
    parser = build_parser()
    assert parser.parse_args(["autostart", "enable"]).action == "enable"
    assert isinstance(parser.parse_args(["autostart", "status"]), argparse.Namespace)
