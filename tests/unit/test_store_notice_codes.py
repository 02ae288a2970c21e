"""What the store tells about a damaged file is said by code (core/errors), so the UI can
say it in the interface language; the command line keeps the English sentence."""

from __future__ import annotations

import ast
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from footholds.core import errors
from footholds.core.errors import MESSAGES, Notice, Said
from footholds.core.settings import Settings
from footholds.core.store import BY_KIND, LogEntry, Proof, Record, Store, recovery
from footholds.core.store.backups import Backups
from support import person_day

MARCH = datetime(2026, 3, 10, 9, tzinfo=UTC)
STORE = Path(recovery.__file__).parent
# where the store words what it tells about a damaged file or one that is no file
TELLING = ("recovery.py", "recovery_words.py", "loading.py", "storage.py", "dump.py")


def _parts(said: Said) -> Iterator[Said]:
    yield said
    for value in said.values.values():
        if isinstance(value, Said):
            yield from _parts(value)


def assert_said_by_code(message: str) -> None:
    assert isinstance(message, Notice), message
    for part in (p for top in message.parts for p in _parts(top)):
        assert part.code in MESSAGES, part.code
    assert message == message.said()  # the string itself is the English, for the CLI


def _calls(name: str) -> Iterator[tuple[str, ast.Call]]:
    for file in TELLING:
        for node in ast.walk(ast.parse((STORE / file).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called == name:
                    yield file, node


def test_every_sentence_the_store_tells_has_its_code() -> None:
    codes = [(f, c.args[0]) for f, c in _calls("said")]
    assert len(codes) > 20  # the reader still finds them
    for file, code in codes:
        if isinstance(code, ast.Name):  # a kind's name and a month's: see the test below
            assert (file, code.id) == ("recovery_words.py", "code")
            continue
        named = [n.value for n in ast.walk(code) if isinstance(n, ast.Constant)]
        assert named, f"{file}:{code.lineno}: said() with a code made up at run time"
        assert set(named) <= MESSAGES.keys(), f"{file}: {named}"
    told = [(f, c) for name in ("tell", "self.tell") for f, c in _calls(name.split(".")[-1])]
    assert told
    for file, call in told:  # never an f-string: a Notice of coded sentences
        (arg,) = call.args
        assert isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "Notice", file
    for file, call in _calls("DamagedFile"):  # what was wrong, by code too
        detail = call.args[2]
        assert isinstance(detail, ast.Call), f"{file}:{call.lineno}"


def test_every_kind_of_file_has_its_name_in_words() -> None:
    for kind in BY_KIND:
        assert recovery.describe(f"{kind}.json").code == f"store.file.{kind}"
    month = recovery.describe("log/2026-11.json")
    assert str(month) == "Your log for November 2026"  # said alone, a sentence
    assert errors.say(month, inside=True) == "your log for November 2026"
    for number, name in ((1, "January"), (12, "December")):  # by name, not "2026-12"
        assert str(recovery.describe(f"log/2026-{number:02}.json")).endswith(f" {name} 2026")


def _fill(store: Store, model: type[Record], n: int) -> None:
    for i in range(n):
        at = MARCH.replace(day=1 + i)
        store.add(
            LogEntry(note=f"e{i}", at=at)
            if model is LogEntry
            else Proof(day=person_day(), text="p", at=at)
        )


def _store(root: Path, find: Callable[[str], bytes | None] | None = None) -> Store:
    store = Store(root / "store", aside_dir=root / "aside", find_in_backups=find)
    store.open()
    return store


def _read(store: Store, model: type[Record]) -> list[str]:
    store.all(model)
    return list(store.notices)


def _torn(raw: bytes) -> bytes:
    return raw[: len(raw) // 2]


def _unreadable_entry(raw: bytes) -> bytes:
    data = json.loads(raw)
    next(iter(data["log"].values()))["note"] = 5  # not text
    return json.dumps(data).encode()


@pytest.mark.parametrize("damage", [_torn, _unreadable_entry, lambda _r: b"\xff"])
@pytest.mark.parametrize("with_backup", [True, False], ids=["backup", "no-backup"])
def test_a_damaged_file_is_told_by_code(
    tmp_path: Path, damage: Callable[[bytes], bytes], with_backup: bool
) -> None:
    backups = Backups(tmp_path / "backups", tmp_path / "store", tmp_path / "aside")
    store = _store(tmp_path)
    _fill(store, LogEntry, 3)
    backups.create("daily")
    _fill(store, LogEntry, 4)
    store.close()
    month = tmp_path / "store" / "log" / "2026-03.json"
    month.write_bytes(damage(month.read_bytes()))
    store = _store(tmp_path, backups.find_part if with_backup else None)
    (message,) = _read(store, LogEntry)
    assert_said_by_code(message)


def test_backups_unreadable_then_readable_again_are_told_by_code(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _fill(store, LogEntry, 3)
    store.close()
    month = tmp_path / "store" / "log" / "2026-03.json"
    good = month.read_bytes()
    month.write_bytes(_torn(good))

    def unplugged(_relative: str) -> bytes | None:
        raise OSError(5, "Input/output error")

    (waiting,) = _read(_store(tmp_path, unplugged), LogEntry)
    assert_said_by_code(waiting)
    assert "store.backups_waiting" in [p.code for p in waiting.parts]  # type: ignore[attr-defined]
    (again,) = _read(_store(tmp_path, lambda _relative: good), LogEntry)
    assert_said_by_code(again)
    assert again.startswith("Your backups could be read again: ")


def test_what_could_not_be_written_back_is_told_by_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path)
    _fill(store, Proof, 2)
    store.close()
    small = tmp_path / "store" / "proof.json"
    small.write_bytes(_torn(small.read_bytes()))

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recovery.AtomicCachedStorage, "write", refuse)
    store = _store(tmp_path)
    with pytest.raises(OSError):
        store.all(Proof)
    (message,) = store.notices
    assert_said_by_code(message)
    assert message.startswith("Part of your proof list could not be read (the end of its file")


def test_a_folder_where_a_file_belongs_is_told_by_code(tmp_path: Path) -> None:
    (tmp_path / "store" / "log" / "2026-03.json").mkdir(parents=True)
    (message,) = _read(_store(tmp_path), LogEntry)
    assert_said_by_code(message)
    assert message.startswith("Your log for March 2026 could not be read: ")


def test_a_setting_value_that_cannot_be_used_is_told_by_code(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "values": {"reminders.snooze_minutes": "soon"}}))
    _settings, report = Settings.load(path)
    (problem,) = report.problems
    assert isinstance(problem, Notice)
    assert [p.code for p in problem.parts] == ["setting.whole", "setting.default_used"]
    assert problem.endswith(": please enter a whole number. Using the default instead.")
    assert_said_by_code(problem)
