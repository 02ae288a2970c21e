"""`footholds helplines`: the emergency number and lines for a region, as text and as JSON."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from footholds.cli import helplines as helplines_command
from footholds.cli.parser import build_parser
from footholds.core import crisis
from footholds.core.paths import Paths
from footholds.core.settings import Settings
from support import child_env

FRESH = date.fromisoformat(crisis.data_checked()) + timedelta(days=7)


def run(paths: Paths, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    args = build_parser().parse_args(["helplines", *argv])
    code = helplines_command.cmd_helplines(paths, args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    monkeypatch.setenv("FOOTHOLDS_HOME", str(tmp_path))
    # a week after the numbers were checked: on the real calendar they grow a year old
    # (from 23 November 2027) and every answer says when they were checked
    monkeypatch.setattr(helplines_command, "today", lambda: FRESH)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    return Paths.from_env()


def test_text_names_the_number_and_each_line(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(paths, capsys, "--region", "GB")
    assert code == 0 and not err
    assert out.startswith("United Kingdom (GB)\n")
    assert "In an emergency, call 999 (other emergency numbers there: 112)." in out
    assert "Samaritans\n  Call 116 123, 24/7" in out
    assert "Breathing Space (Scotland)" in out and "0808 808 8000" in out
    assert "Text SHOUT to 85258" in out


def test_a_lowercase_code_and_a_country_without_lines(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(paths, capsys, "--region", "mx")
    assert code == 0 and out.startswith("Mexico (MX)\n")
    assert "In an emergency, call 911." in out and "https://findahelpline.com" in out
    code, out, _ = run(paths, capsys, "--region", "ar")
    assert "could not confirm the emergency number" in out
    assert "not confirmed: 100, 101, 107, 911" in out


def test_each_thing_is_said_once(paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    """Ireland's note says "999 works too": the first line does not say 999 as well; a
    country whose number could not be confirmed says so once, first, with what to do."""
    _, out, _ = run(paths, capsys, "--region", "IE")
    assert out.count("999") == 1 and "In an emergency, call 112." in out
    for code in ("TK", "NC"):
        _, out, _ = run(paths, capsys, "--region", code)
        assert out.count("could not confirm") == 1
        lines = out.splitlines()
        assert lines[2].startswith("Footholds could not confirm the emergency number")
        assert "ask someone near you" in lines[2] and "checked" not in out


def test_anywhere_else_names_no_number_as_everyones(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(paths, capsys, "--region", "ZZ")
    assert code == 0 and out.startswith("Not sure, or somewhere else (ZZ)\n")
    assert (
        "If you are in danger or can't keep yourself safe right now, call your local "
        "emergency number." in out
    )
    assert "112" not in out and "https://findahelpline.com" in out
    # each said once: the region's note would say the danger line and the directory again
    assert out.count("emergency number") == 1 and out.count("findahelpline.com") == 1
    assert "in your region" not in out
    code, out, _ = run(paths, capsys, "--region", "ZZ", "--json")
    assert json.loads(out)["emergency"]["number"] is None


def test_json_for_scripts(paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(paths, capsys, "--region", "us", "--json")
    data = json.loads(out)
    assert code == 0 and data["region"] == "US" and data["from"] == "asked"
    assert data["emergency"]["number"] == "911" and data["has_lines"]
    assert data["lines"][0]["id"] == "988-lifeline"
    assert data["checked"] == "2026-11-22" and isinstance(data["stale"], bool)
    _, out, _ = run(paths, capsys, "--region", "AR", "--json")
    assert json.loads(out)["emergency"]["number"] is None


@pytest.mark.parametrize("region", ["XX", "Spain", "1"])
def test_an_unknown_region_is_one_clear_line(
    paths: Paths, capsys: pytest.CaptureFixture[str], region: str
) -> None:
    code, out, err = run(paths, capsys, "--region", region)
    assert code == 2 and not out
    assert err.startswith("footholds: ") and err.count("\n") == 1
    assert "--region" in err or "two-letter code" in err


def test_the_chosen_region_comes_first_then_the_locale(
    paths: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    _, out, _ = run(paths, capsys, "--json")
    assert json.loads(out)["region"] == "FR" and json.loads(out)["from"] == "locale"
    settings = Settings(paths.settings_file)
    settings.set("safety.region", "CH")
    settings.save()
    _, out, _ = run(paths, capsys, "--json")
    assert json.loads(out)["region"] == "CH" and json.loads(out)["from"] == "settings"


def where_help_is_anywhere(out: str) -> None:
    """What Get help now shows with no country: the local emergency number, the directory."""
    assert out.startswith(
        "If you are in danger or can't keep yourself safe right now, call your local "
        "emergency number.\n"
    )
    assert "https://findahelpline.com" in out
    assert "(ZZ)" not in out  # the fallback's name would only puzzle


def test_a_locale_without_a_country_asks_for_region_and_still_says_where_help_is(
    paths: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said only "Add --region", exit 2, and nothing about help. It prints help, so it
    exits 0; the line asking for --region goes to standard error."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, out, err = run(paths, capsys)
    assert code == 0
    where_help_is_anywhere(out)
    assert err.startswith("footholds: your system does not say which country you are in.")
    assert "--region GB" in err and err.count("\n") == 1


def test_an_empty_region_does_not_blame_the_system(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(paths, capsys, "--region", "")
    assert code == 0
    where_help_is_anywhere(out)
    assert err.startswith("footholds: no country was given.") and "system" not in err
    code, out, _ = run(paths, capsys, "--region", " ", "--json")
    assert code == 0 and json.loads(out)["region"] == "ZZ"


def test_stale_data_says_when_it_was_checked() -> None:
    data = helplines_command.helplines_data("GB", "asked", date(2028, 1, 1))
    assert data["stale"]
    assert "last checked on 2026-11-22" in helplines_command.as_text(data)


def test_the_command_judges_the_numbers_age_on_its_day(
    paths: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command asks `today` for the day (tests set their own), as Get help now does."""
    assert "checked" not in run(paths, capsys, "--region", "GB")[1]
    monkeypatch.setattr(helplines_command, "today", lambda: date(2028, 1, 1))
    assert "last checked on 2026-11-22" in run(paths, capsys, "--region", "GB")[1]


def test_the_command_runs_without_qt(tmp_path: Path) -> None:
    probe = (
        "import sys; from footholds.cli.main import main;"
        "code = main(['helplines', '--region', 'gb']);"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported';"
        "sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        env=child_env(FOOTHOLDS_HOME=str(tmp_path)),
    )
    assert result.returncode == 0, result.stderr
    assert "In an emergency, call 999" in result.stdout


def test_the_parser_knows_the_command() -> None:
    args = build_parser().parse_args(["helplines", "--region", "gb", "--json"])
    assert isinstance(args, argparse.Namespace) and args.region == "gb" and args.json


def test_spain_says_112_without_its_regional_numbers(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    """085 and 088 answer in some regions only: never offered as if they worked anywhere."""
    code, out, _ = run(paths, capsys, "--region", "ES")
    assert code == 0 and "In an emergency, call 112.\n" in out
    assert "085" not in out and "088" not in out
    code, out, _ = run(paths, capsys, "--region", "ES", "--json")
    data = json.loads(out)
    assert data["emergency"]["number"] == "112" and data["emergency"]["also"] == []
    assert "085" not in out and "088" not in out
