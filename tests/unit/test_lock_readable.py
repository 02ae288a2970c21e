"""The safety plan stays readable while the lock is on, unless the person locks it too: the
app starting locked shows it before the passphrase (a hard moment is not the time for one).
Everything else stays encrypted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.core.store import LogEntry, SafetyPlan, Store, storage

pytest.importorskip("cryptography")

from footholds.core.lock import switch
from footholds.core.lock.keys import Keys, create
from footholds.core.lock.readable import readable_plan, settle

FAST = 1 << 10  # scrypt cost for tests
PLAN = "Walk to the river and call Ana"
NOTE = "the night I could not stop crying"


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    storage.codec = None
    yield
    storage.codec = None


def sealed(path: Path) -> bool:
    return path.read_bytes().startswith(storage.SEALED_FILE)


@pytest.fixture
def locked(tmp_path: Path) -> tuple[Path, Keys]:
    """A data folder with a plan and a note, the lock turned on as `footholds lock enable`
    does (switch, then settle with the plan not locked)."""
    store = Store(tmp_path / "store", aside_dir=tmp_path / "set-aside")
    store.open()
    store.add(SafetyPlan(sections={"sp-reasons": PLAN}))
    store.add(LogEntry(note=NOTE))
    store.close()
    header, keys, _ = create("a long passphrase", FAST)
    switch.enable(tmp_path, header, keys)
    settle(tmp_path / "store", False, keys)
    return tmp_path, keys


def test_turned_on_the_plan_stays_readable_and_everything_else_is_sealed(
    locked: tuple[Path, Keys],
) -> None:
    data, _ = locked
    store_dir = data / "store"
    assert not sealed(store_dir / "safety_plan.json")
    files = [p for p in store_dir.rglob("*.json") if p.name not in ("meta.json",)]
    assert [p.name for p in files if not sealed(p)] == ["safety_plan.json"]
    assert NOTE.encode() not in b"".join(p.read_bytes() for p in files)
    plan = readable_plan(store_dir)  # no passphrase here
    assert plan is not None and plan.sections["sp-reasons"] == PLAN


def test_a_save_while_unlocked_keeps_the_plan_readable_and_the_rest_sealed(
    locked: tuple[Path, Keys],
) -> None:
    data, keys = locked
    storage.codec = keys
    store = Store(data / "store", aside_dir=data / "set-aside")
    store.open()
    [plan] = store.all(SafetyPlan)
    store.update(SafetyPlan(id=plan.id, at=plan.at, sections={"sp-reasons": "The sea in June"}))
    store.add(LogEntry(note="a second night"))
    store.close()
    assert not sealed(data / "store" / "safety_plan.json")
    assert all(sealed(p) for p in (data / "store" / "log").glob("*.json"))
    storage.codec = None
    found = readable_plan(data / "store")
    assert found is not None and found.sections["sp-reasons"] == "The sea in June"


def test_locking_the_plan_too_seals_it_and_unticking_makes_it_readable_again(
    locked: tuple[Path, Keys],
) -> None:
    data, keys = locked
    place = data / "store" / "safety_plan.json"
    assert not sealed(place)
    settle(data / "store", True, keys)
    assert sealed(place) and readable_plan(data / "store") is None  # there, only locked
    assert storage.plain_kinds == frozenset()  # and a later save seals it too
    settle(data / "store", False, keys)
    assert not sealed(place) and readable_plan(data / "store") is not None
    storage.codec = keys  # and a store reading it with the lock open finds the same plan
    store = Store(data / "store", aside_dir=data / "set-aside")
    store.open()
    assert [p.sections["sp-reasons"] for p in store.all(SafetyPlan)] == [PLAN]
    store.close()


def test_turned_off_every_file_is_plain_again(locked: tuple[Path, Keys]) -> None:
    data, keys = locked
    switch.disable(data, keys)
    files = [p for p in (data / "store").rglob("*.json")]
    assert files and not any(sealed(p) for p in files)


def test_a_damaged_or_missing_plan_is_none_and_settle_leaves_it(tmp_path: Path) -> None:
    assert not (tmp_path / "store" / "safety_plan.json").exists()  # no plan: none locked
    _, keys, _ = create("a long passphrase", FAST)
    store_dir = tmp_path / "store"
    assert readable_plan(store_dir) is None
    settle(store_dir, False, keys)  # nothing there: nothing to do
    store_dir.mkdir()
    damaged = storage.SEALED_FILE + b"not a sealed file"
    (store_dir / "safety_plan.json").write_bytes(damaged)
    settle(store_dir, False, keys)
    assert (store_dir / "safety_plan.json").read_bytes() == damaged  # the store sets it aside
    assert readable_plan(store_dir) is None


def test_settings_that_could_not_be_read_keep_the_plan_locked(
    locked: tuple[Path, Keys], tmp_path: Path
) -> None:
    """A missing or damaged settings file stands in defaults ("not locked too"): that must
    never open up a plan the person chose to lock."""
    from footholds.core.lock.readable import plan_locked
    from footholds.core.settings import Settings

    data, keys = locked
    settle(data / "store", True, keys)  # the person locked it too
    damaged = tmp_path / "settings.json"
    damaged.write_text("{not json")
    for settings in (Settings.load(damaged)[0], Settings.load(tmp_path / "missing.json")[0]):
        assert plan_locked(settings)
        settle(data / "store", plan_locked(settings), keys)
        assert sealed(data / "store" / "safety_plan.json")
    chosen = Settings(tmp_path / "mine.json")
    chosen.save()  # read whole (saved): the default, "not locked too", is the person's now
    assert not plan_locked(chosen)


def test_the_kind_comes_from_the_files_path_never_from_what_it_holds(
    locked: tuple[Path, Keys],
) -> None:
    """A month file holding a stray safety_plan table first (a crafted or odd backup) is a
    log file: it is written sealed like the rest, never in the clear."""
    from footholds.core.store.storage import META, AtomicCachedStorage

    data, keys = locked
    storage.codec = keys
    storage.plain_kinds = frozenset({"safety_plan"})
    month = data / "store" / "log" / "2026-03.json"
    AtomicCachedStorage(month, None).write({"safety_plan": {}, "log": {}, META: {}})
    assert sealed(month)


def test_a_committed_lock_off_finished_without_keys_keeps_the_header_for_sealed_files(
    locked: tuple[Path, Keys], tmp_path: Path
) -> None:
    """Finished at a start with the lock off (no passphrase asked), a lock-off cut after its
    commit removed the old copies, the header among them, before seeing an unsaved-entries
    file still sealed: nothing could ever open it again."""
    from footholds.core.lock import HEADER, SWITCH, header_path
    from footholds.core.paths import make_private_dir

    data, keys = locked
    place = tmp_path / "state" / "unsaved-entries.json"
    place.parent.mkdir()
    place.write_bytes(keys.encode(b'{"format": "x"}'))
    switch_dir = switch._start(data, "disable", [place], keys)
    switch._convert_all(data, switch_dir, keys.decode, encrypt=False)
    make_private_dir(switch_dir / "old")
    switch._commit(header_path(data), switch_dir / "old" / HEADER)  # then the kill
    switch.finish(data, [place], None)
    assert (data / SWITCH / "old" / HEADER).is_file() and sealed(place)
    switch.finish(data, [place], keys)  # the passphrase, at last: all done
    assert place.read_bytes() == b'{"format": "x"}' and not (data / SWITCH).exists()


def test_footholds_unlock_leaves_the_plan_readable_as_the_app_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.cli.main import main
    from footholds.core.paths import Paths
    from footholds.core.settings import Settings

    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    store.add(SafetyPlan(sections={"sp-reasons": PLAN}))
    store.close()
    Settings.load(paths.settings_file)[0].save()
    header, keys, _ = create("a long passphrase", FAST)
    switch.enable(paths.data_dir, header, keys)  # by an older Footholds: the plan sealed too
    assert sealed(paths.store_dir / "safety_plan.json")
    secret = tmp_path / "pass"
    secret.write_text("a long passphrase")
    assert main(["unlock", "--passphrase-file", str(secret)]) == 0
    assert not sealed(paths.store_dir / "safety_plan.json")
