from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from footholds.core.paths import Paths
from footholds.core.settings import BY_NAME, SCHEMA_VERSION, SETTINGS, SettingError, Settings


def test_every_default_is_valid_and_declared_once() -> None:
    assert len(BY_NAME) == len(SETTINGS)
    for s in SETTINGS:
        assert s.validate(s.default) == s.default, s.name


def test_loading_a_missing_file_gives_defaults_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    settings, report = Settings.load(path)
    assert settings["reminders.movement_minutes"] == 45
    assert report.problems == [] and not report.damaged
    assert not path.parent.exists()  # loading has no side effects


def test_round_trip_and_private_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings, _ = Settings.load(path)
    settings.set("reminders.movement_minutes", 30)
    settings.set("reminders.quiet_start", "23:15")
    settings.save()
    again, report = Settings.load(path)
    assert again["reminders.movement_minutes"] == 30
    assert again["reminders.quiet_start"] == "23:15"
    assert report.problems == []
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    assert json.loads(path.read_text())["version"] == SCHEMA_VERSION


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("reminders.movement_minutes", 5),
        ("reminders.movement_minutes", "45"),
        ("reminders.movement_minutes", True),
        ("reminders.quiet_start", "25:00"),
        ("reminders.posture", "upside down"),
        ("lists.feelings", "tired"),
        ("general.autostart", "yes"),
        ("safety.region", "France"),  # the regions we have lines for, by code
        ("no.such.setting", 1),
    ],
)
def test_bad_values_are_refused_with_a_message(name: str, value: object) -> None:
    settings = Settings()
    with pytest.raises(SettingError) as info:
        settings.set(name, value)
    assert str(info.value)


def test_changed_fires_once_per_real_change() -> None:
    settings, seen = Settings(), []
    settings.changed.connect(lambda n, v: seen.append((n, v)))
    settings.set("reminders.snooze_minutes", 15)
    settings.set("reminders.snooze_minutes", 15)
    assert seen == [("reminders.snooze_minutes", 15)]


@pytest.mark.parametrize(
    "content", [b"{not json", b"\x00\xff\xfe", b"[1, 2]", b'{"version": 99, "values": {}}']
)
def test_damaged_file_is_reported_and_set_aside_on_save(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings, report = Settings.load(path)
    assert report.damaged and report.problems
    assert path.read_bytes() == content  # loading changed nothing
    assert settings["reminders.rest_minutes"] == 90
    settings.save()
    kept = list((tmp_path / "set-aside").iterdir())
    assert [p.read_bytes() for p in kept] == [content]  # never deleted


def test_a_bad_value_in_the_file_falls_back_for_that_value_only(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "values": {
                    "reminders.movement_minutes": 9999,
                    "reminders.rest_minutes": 60,
                    "future.thing": 1,
                },
            }
        )
    )
    settings, report = Settings.load(path)
    assert settings["reminders.movement_minutes"] == 45
    assert settings["reminders.rest_minutes"] == 60
    assert len(report.problems) == 1
    settings.save()
    assert json.loads(path.read_text())["values"]["future.thing"] == 1  # kept for a newer app


def test_reset_section() -> None:
    settings = Settings()
    settings.set("reminders.movement_minutes", 20)
    settings.set("general.theme", "dark")
    settings.reset_section("Reminders")
    assert settings["reminders.movement_minutes"] == 45
    assert settings["general.theme"] == "dark"


def test_footholds_home_puts_everything_under_it(tmp_path: Path) -> None:
    paths = Paths.from_env({"FOOTHOLDS_HOME": str(tmp_path)})
    for p in (
        paths.settings_file,
        paths.store_dir,
        paths.backup_dir,
        paths.log_file,
        paths.lock_file,
        paths.aside_dir,
    ):
        assert tmp_path in p.parents
    other = Paths.from_env({"FOOTHOLDS_HOME": str(tmp_path / "x")})
    assert other.socket_name != paths.socket_name


def test_list_settings_are_cleaned() -> None:
    settings = Settings()
    settings.set("lists.feelings", ["  tired ", "tired", "", "a  b"])
    assert settings["lists.feelings"] == ["tired", "a b"]


def test_crisis_region_choices_are_the_regions_with_lines_then_every_country() -> None:
    from footholds.core import content, resource_files
    from footholds.core.countries import COUNTRY_CODES
    from footholds.core.settings import CRISIS_REGIONS, LINE_REGIONS

    assert CRISIS_REGIONS[0] == "" and CRISIS_REGIONS[-1] == "ZZ"  # the system; anywhere else
    assert set(LINE_REGIONS) | {"ZZ"} == set(content.crisis_regions())
    assert CRISIS_REGIONS[1 : 1 + len(LINE_REGIONS)] == LINE_REGIONS
    assert len(CRISIS_REGIONS) == len(set(CRISIS_REGIONS)) == 1 + 249 + 1
    emergency = resource_files.read_json("crisis", "emergency.json")
    assert set(COUNTRY_CODES) == set(emergency["countries"])
    settings = Settings()
    settings.set("safety.region", "MX")  # a country without lines of its own can be chosen
    assert settings["safety.region"] == "MX"


@pytest.mark.parametrize("content", [b"{not json", b"\x00\xff\xfe"])
def test_a_damaged_file_is_told_in_plain_words(tmp_path: Path, content: bytes) -> None:
    """Not the name of the exception ("JSONDecodeError"), and in the person's language."""
    from footholds.core.errors import told

    path = tmp_path / "settings.json"
    path.write_bytes(content)
    [problem] = Settings.load(path)[1].problems
    assert isinstance(problem, SettingError) and problem.code == "settings.damaged"
    assert str(problem).startswith("The settings file could not be read (it is damaged);")
    assert told(problem.code, problem.values) == str(problem)
