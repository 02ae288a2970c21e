"""The person's own lists (feelings, small wins, parts) travel with their entries: a backup holds
the settings file beside the store and a restore brings the lists back (and nothing else of the
settings); the JSON export holds them and importing it adds what the person's lists lack."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.core import importers, own_lists
from footholds.core.export import write_json
from footholds.core.paths import Paths
from footholds.core.settings import BY_NAME, Settings
from footholds.core.store import LogEntry, Store, storage
from footholds.core.store.backup_check import check
from footholds.core.store.backups import Backups
from footholds.core.store.settings_copy import SETTINGS
from support import child_env

MINE = "the heavy-blanket feeling"
WIN = "made tea"
PART = "the tired kid"


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


def setup(tmp_path: Path) -> tuple[Paths, Backups, Settings]:
    """A store with one entry naming the person's own feeling, and their settings saved."""
    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    store.add(LogEntry(note="a first note", feelings=[MINE]).clean())
    store.close()
    settings = Settings(paths.settings_file)
    settings.set("lists.feelings", ["calm", MINE])
    settings.set("lists.wins", [WIN])
    settings.set("lists.parts", [PART])
    settings.set("general.language", "es")
    settings.set("reminders.movement_minutes", 30)
    settings.save()
    backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir, paths.settings_file)
    return paths, backups, settings


def lose_the_config(paths: Paths) -> None:
    """A new computer: the settings are those of a first start, but for what the person chose
    since (a language, their reminders), which a restore must leave alone."""
    paths.settings_file.unlink()
    fresh = Settings(paths.settings_file)
    fresh.set("general.language", "en")
    fresh.set("reminders.movement_minutes", 60)
    fresh.save()


def test_a_backup_holds_the_settings_file_as_it_is(tmp_path: Path) -> None:
    paths, backups, _ = setup(tmp_path)
    made = backups.create("manual")
    with zipfile.ZipFile(made) as zf:
        assert zf.read(SETTINGS) == paths.settings_file.read_bytes()
        manifest = json.loads(zf.read("footholds-backup.json"))
    assert SETTINGS.removeprefix("config/") not in manifest["files"]  # no store file
    assert isinstance(manifest["settings"], str)
    assert check(made).lists["lists.feelings"] == ["calm", MINE]


def test_a_restore_brings_the_lists_back_and_leaves_every_other_setting(tmp_path: Path) -> None:
    paths, backups, _ = setup(tmp_path)
    made = backups.create("manual")
    lose_the_config(paths)
    backups.restore(made)
    back, _ = Settings.load(paths.settings_file)
    assert back["lists.feelings"] == ["calm", MINE]
    assert back["lists.wins"] == [WIN] and back["lists.parts"] == [PART]
    # what the person has now stays: the language, the reminders (and so the lock's page)
    assert back["general.language"] == "en"
    assert back["reminders.movement_minutes"] == 60


def test_the_before_restore_backup_holds_the_lists_so_the_restore_can_be_undone(
    tmp_path: Path,
) -> None:
    paths, backups, settings = setup(tmp_path)
    made = backups.create("manual")
    settings.set("lists.feelings", ["calm", "a word added later"])
    settings.save()
    safety = backups.restore(made)
    assert Settings.load(paths.settings_file)[0]["lists.feelings"] == ["calm", MINE]
    assert check(safety).lists["lists.feelings"] == ["calm", "a word added later"]
    backups.restore(safety)
    assert Settings.load(paths.settings_file)[0]["lists.feelings"] == ["calm", "a word added later"]


def test_a_restore_into_the_running_apps_settings_tells_the_windows(tmp_path: Path) -> None:
    paths, backups, _ = setup(tmp_path)
    made = backups.create("manual")
    lose_the_config(paths)
    live, _ = Settings.load(paths.settings_file)
    heard: list[str] = []
    live.changed.connect(lambda name, _value: heard.append(name))
    backups.restore(made, live)
    assert live["lists.feelings"] == ["calm", MINE] and "lists.feelings" in heard
    assert live["general.language"] == "en"
    assert Settings.load(paths.settings_file)[0]["lists.parts"] == [PART]  # saved


def test_an_older_backup_without_settings_restores_as_before(tmp_path: Path) -> None:
    paths, _, settings = setup(tmp_path)
    older = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir)  # as before: no settings
    made = older.create("manual")
    with zipfile.ZipFile(made) as zf:
        assert SETTINGS not in zf.namelist()
    assert check(made).lists == {}
    settings.set("lists.feelings", ["calm"])
    settings.save()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    store.add(LogEntry(note="after the backup").clean())
    store.close()
    Backups(paths.backup_dir, paths.store_dir, paths.aside_dir, paths.settings_file).restore(made)
    store.open()
    assert [e.note for e in store.all(LogEntry)] == ["a first note"]
    store.close()
    assert Settings.load(paths.settings_file)[0]["lists.feelings"] == ["calm"]  # theirs stay


def test_a_damaged_settings_copy_leaves_the_lists_out_and_the_entries_come_back(
    tmp_path: Path,
) -> None:
    paths, backups, settings = setup(tmp_path)
    made = backups.create("manual")
    with zipfile.ZipFile(made) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    members[SETTINGS] = members[SETTINGS].replace(b"calm", b"cold")  # its checksum fails
    with zipfile.ZipFile(made, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    settings.set("lists.feelings", ["okay"])
    settings.save()
    assert check(made).lists == {}
    backups.restore(made)
    assert Settings.load(paths.settings_file)[0]["lists.feelings"] == ["okay"]


def test_the_command_line_restore_says_the_lists_come_back_and_brings_them(
    tmp_path: Path,
) -> None:
    paths, backups, _ = setup(tmp_path)
    made = backups.create("manual", tmp_path / "mine.zip")
    lose_the_config(paths)
    result = subprocess.run(
        [sys.executable, "-m", "footholds", "restore", str(made), "--yes"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Your lists of feelings, small wins and parts come back too" in result.stdout
    back, _ = Settings.load(paths.settings_file)
    assert back["lists.feelings"] == ["calm", MINE] and back["general.language"] == "en"


# -- the JSON export ---------------------------------------------------------------------------


def export_of(tmp_path: Path, lists: dict[str, list[str]]) -> Path:
    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    store.add(LogEntry(note="exported", feelings=[MINE]).clean())
    text = io.StringIO()
    write_json(store, text, lists)
    store.close()
    target = tmp_path / "export.json"
    target.write_text(text.getvalue(), encoding="utf-8")
    return target


def test_the_json_export_holds_the_lists(tmp_path: Path) -> None:
    settings = Settings()
    settings.set("lists.feelings", ["calm", MINE])
    exported = export_of(tmp_path, own_lists.of(settings))
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["lists"]["feelings"] == ["calm", MINE]
    assert data["lists"]["wins"] == BY_NAME["lists.wins"].default
    assert set(data["lists"]) == {"feelings", "wins", "parts"}


def test_importing_an_export_adds_missing_items_and_never_removes_or_renames(
    tmp_path: Path,
) -> None:
    exported = export_of(
        tmp_path, {"feelings": ["calm", MINE, "okay"], "wins": [WIN], "parts": [], "new": ["x"]}
    )
    # a fresh store elsewhere, with lists of the person's own
    store = Store(tmp_path / "other" / "store", aside_dir=tmp_path / "other" / "aside")
    store.open()
    settings = Settings(tmp_path / "other" / "settings.json")
    # "bien, sin más" is how an older version saved "okay" in Spanish: the same feeling,
    # kept as its key
    settings.set("lists.feelings", ["bien, sin más", "calm", "my own word"])
    settings.set("lists.parts", [PART])
    plan = importers.plan(store, exported, settings=settings)
    # the preview says what joins which list before anything changes, in one line
    assert plan.words_new == {"lists.feelings": 1, "lists.wins": 1}
    assert settings["lists.feelings"] == ["okay", "calm", "my own word"]
    assert "  1 feeling, 1 small win to add to your lists" in plan.lines()
    assert importers.apply(store, plan, settings=settings) == {"log": 1}
    # theirs first and untouched; "okay" is there already
    assert settings["lists.feelings"] == ["okay", "calm", "my own word", MINE]
    assert settings["lists.wins"] == [*BY_NAME["lists.wins"].default, WIN]
    assert settings["lists.parts"] == [PART]  # an empty list in the file removes nothing
    assert plan.words_added == {"lists.feelings": 1, "lists.wins": 1}
    assert importers.summary(plan.added, lists=plan.words_added) == (
        "Imported 1 log entry. Added to your lists: 1 feeling, 1 small win."
    )
    assert Settings.load(tmp_path / "other" / "settings.json")[0]["lists.wins"][-1] == WIN
    store.close()


def test_nothing_about_the_lists_is_said_when_they_have_it_all(tmp_path: Path) -> None:
    exported = export_of(tmp_path, {"feelings": ["calm"], "wins": [], "parts": []})
    store = Store(tmp_path / "other" / "store", aside_dir=tmp_path / "other" / "aside")
    store.open()
    settings = Settings()
    settings.set("lists.feelings", ["calm"])
    plan = importers.plan(store, exported, settings=settings)
    assert not plan.words_new and not any("lists" in line for line in plan.lines())
    importers.apply(store, plan, settings=settings)
    assert importers.summary(plan.added, lists=plan.words_added) == "Imported 1 log entry."
    store.close()


def test_an_export_whose_entries_are_all_here_still_brings_its_list_items(
    tmp_path: Path,
) -> None:
    exported = export_of(tmp_path, {"feelings": [MINE], "wins": [], "parts": []})
    store = Store(tmp_path / "other" / "store", aside_dir=tmp_path / "other" / "aside")
    store.open()
    settings = Settings()
    importers.apply(store, importers.plan(store, exported))  # the entries came in before
    plan = importers.plan(store, exported, settings=settings)
    assert not plan.counts() and plan.has_new()
    assert plan.lines()[1:] == [
        "  1 feeling to add to your lists",
        "  1 already in Footholds, left as it is",
    ]
    importers.apply(store, plan, settings=settings)
    assert settings["lists.feelings"][-1] == MINE
    assert importers.summary(plan.added, lists=plan.words_added) == (
        "Added to your lists: 1 feeling."
    )
    store.close()


def test_the_command_line_export_and_import_carry_the_lists(tmp_path: Path) -> None:
    paths, _, _ = setup(tmp_path)
    exported = tmp_path / "export.json"
    run = subprocess.run(
        [sys.executable, "-m", "footholds", "export", "--format", "json", "-o", str(exported)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(exported.read_text(encoding="utf-8"))["lists"]["parts"] == [PART]
    lose_the_config(paths)
    for entry in paths.store_dir.rglob("*-*.json"):
        entry.unlink()  # the entries gone too, so the import has something to add
    run = subprocess.run(
        [sys.executable, "-m", "footholds", "import", str(exported), "--yes"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    # the preview and the answer both say what joined the lists
    amounts = "1 feeling, 1 small win, 1 part of you"
    assert f"\n  {amounts} to add to your lists\n" in run.stdout, run.stdout
    assert run.stdout.endswith(f"Added to your lists: {amounts}.\n"), run.stdout
    back, _ = Settings.load(paths.settings_file)
    assert MINE in back["lists.feelings"] and back["lists.parts"] == [
        *BY_NAME["lists.parts"].default,
        PART,
    ]
    assert back["general.language"] == "en"


def test_a_daylio_import_leaves_the_lists_alone(tmp_path: Path) -> None:
    daylio = tmp_path / "daylio.csv"
    daylio.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2026-03-01,March 1,Sunday,10:00,good,"walk",,a day\n',
        encoding="utf-8",
    )
    store = Store(tmp_path / "store", aside_dir=tmp_path / "aside")
    store.open()
    settings = Settings()
    before = settings.as_dict()
    plan = importers.plan(store, daylio)
    importers.apply(store, plan, settings=settings)
    assert plan.lists == {} and settings.as_dict() == before
    store.close()
