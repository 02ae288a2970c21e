"""The passphrase lock from the command line: round trips, wrong passphrases, and no word the
person wrote left readable anywhere under FOOTHOLDS_HOME while the lock is on (issue 20)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from support import child_env

pytest.importorskip("cryptography")

SECRET = "my brother shouted at the kitchen table again"
PASS = "correct horse battery staple"
NEW_PASS = "a different good passphrase"


def run(home: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footholds", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(FOOTHOLDS_HOME=str(home), QT_QPA_PLATFORM="offscreen", **env),
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def secret_file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n")
    return str(path)


def pieces(sentence: str) -> list[bytes]:
    """Every word of four letters or more, and the sentence, in the encodings JSON may use."""
    words = [w for w in re.findall(r"\w+", sentence) if len(w) >= 4] + [sentence]
    out = []
    for w in words:
        out += [w.encode(), w.encode("utf-16-le"), json.dumps(w).encode()]
    return out


def readable_anywhere(home: Path, sentence: str) -> list[str]:
    """The files under `home` holding any part of `sentence`, every byte read, zips opened."""
    import io
    import zipfile

    found = []
    for path in home.rglob("*"):
        if not path.is_file():
            continue
        blobs = [path.read_bytes()]
        try:  # a zip's members are compressed: read them too
            with zipfile.ZipFile(io.BytesIO(blobs[0])) as zf:
                blobs += [zf.read(n) for n in zf.namelist()]
        except zipfile.BadZipFile:
            pass
        if any(p in blob for blob in blobs for p in pieces(sentence)):
            found.append(str(path.relative_to(home)))
    return found


def test_with_the_lock_on_nothing_written_is_readable_and_round_trips_hold(tmp_path: Path) -> None:
    home = tmp_path / "home"
    pw = secret_file(tmp_path, "pw", PASS)
    ok(run(home, "log", "--feel", "calm", "an earlier plain note about the garden"))
    ok(run(home, "backup"))
    enabled = ok(run(home, "lock", "enable", "--passphrase-file", pw))
    recovery = re.search(r"^    ([A-Z2-7]{4}(?: [A-Z2-7]{4}){7})$", enabled, re.M)
    assert recovery is not None, enabled
    assert readable_anywhere(home, "an earlier plain note about the garden") == []

    # written while locked: sealed, no passphrase needed, nothing readable
    ok(run(home, "log", "--feel", "sad", "-", stdin=SECRET))
    ok(run(home, "proof", "add", "got through the kitchen table evening"))
    ok(run(home, "backup"))
    assert readable_anywhere(home, SECRET) == []
    assert readable_anywhere(home, "got through the kitchen table evening") == []

    assert "locked" in ok(run(home, "lock", "now"))
    # reading needs the passphrase: a clear message, exit 1
    locked = run(home, "proof", "list")
    assert locked.returncode == 1 and "locked" in locked.stderr
    assert "Traceback" not in locked.stderr
    wrong = run(home, "unlock", "--passphrase-file", "-", stdin="not the passphrase\n")
    assert wrong.returncode == 1 and "does not open" in wrong.stderr
    assert "Traceback" not in wrong.stderr

    assert "2 entries written while locked" in ok(run(home, "unlock", "--passphrase-file", pw))
    exported = run(home, "export", FOOTHOLDS_PASSPHRASE_FILE=pw)
    assert SECRET in ok(exported) and "about the garden" in exported.stdout
    assert "not encrypted" in exported.stderr  # written out by choice, with a warning
    # a backup made while locked is restored with the passphrase; none given: a plain refusal
    ok(run(home, "backup"))  # made while locked, holding what just joined
    made = max((home / "data" / "backups").glob("*.zip"), key=lambda b: b.stat().st_mtime_ns)
    refused = run(home, "restore", str(made), "--yes")
    assert refused.returncode == 1 and "passphrase" in refused.stderr
    assert "Traceback" not in refused.stderr
    ok(run(home, "restore", str(made), "--yes", FOOTHOLDS_PASSPHRASE_FILE=pw))
    # joined into the store, still encrypted; the sealed copies are gone
    assert readable_anywhere(home, SECRET) == []
    assert list((home / "data" / "lock-inbox").iterdir()) == []

    new = secret_file(tmp_path, "new", NEW_PASS)
    ok(
        run(
            home, "lock", "change-passphrase", "--passphrase-file", pw, "--new-passphrase-file", new
        )
    )
    assert run(home, "unlock", "--passphrase-file", pw).returncode == 1
    ok(run(home, "unlock", "--passphrase-file", new))

    key = secret_file(tmp_path, "key", recovery[1].lower())
    ok(run(home, "lock", "recover", "--recovery-key-file", key, "--new-passphrase-file", pw))
    listed = ok(run(home, "proof", "list", FOOTHOLDS_PASSPHRASE_FILE=pw))
    assert "kitchen table evening" in listed

    ok(run(home, "lock", "disable", "--passphrase-file", pw))
    assert "off" in ok(run(home, "lock", "status"))
    assert SECRET in ok(run(home, "export"))
    # every backup, the ones made while locked too, reads again without the lock
    from footholds.core.store.backup_check import check_backup

    backups = sorted((home / "data" / "backups").glob("*.zip"))
    assert len(backups) == 5  # and the two copies the restore made (before and after)
    assert all(check_backup(b)["log"] >= 1 for b in backups)


def test_enable_asks_for_a_passphrase_it_can_use(tmp_path: Path) -> None:
    home = tmp_path / "home"
    short = run(home, "lock", "enable", "--passphrase-file", "-", stdin="short\n")
    assert short.returncode == 1 and "at least 8" in short.stderr
    no_terminal = run(home, "lock", "enable")
    assert no_terminal.returncode == 1 and "passphrase" in no_terminal.stderr
    assert "off" in ok(run(home, "lock", "status"))


def test_a_passphrase_of_only_spaces_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "home"
    blank = run(home, "lock", "enable", "--passphrase-file", "-", stdin=" " * 8 + "\n")
    assert blank.returncode == 1 and "not only spaces" in blank.stderr
    assert "Traceback" not in blank.stderr
    assert "off" in ok(run(home, "lock", "status"))
    spaced = run(home, "lock", "enable", "--passphrase-file", "-", stdin="my calm place\n")
    assert "The lock is on" in ok(spaced)  # spaces between words are fine


def test_a_new_recovery_key_replaces_the_old_one(tmp_path: Path) -> None:
    home = tmp_path / "home"
    pw = secret_file(tmp_path, "pw", PASS)
    ok(run(home, "log", "--feel", "calm", "-", stdin=SECRET))
    shown = re.compile(r"^    ([A-Z2-7]{4}(?: [A-Z2-7]{4}){7})$", re.M)
    first = shown.search(ok(run(home, "lock", "enable", "--passphrase-file", pw)))
    assert first is not None
    wrong = run(home, "lock", "new-recovery-key", "--passphrase-file", "-", stdin="not it\n")
    assert wrong.returncode == 1 and "does not open" in wrong.stderr

    made = ok(run(home, "lock", "new-recovery-key", "--passphrase-file", pw))
    assert "old recovery key no longer opens" in made
    second = shown.search(made)
    assert second is not None and second[1] != first[1]
    old = secret_file(tmp_path, "old", first[1])
    refused = run(home, "lock", "recover", "--recovery-key-file", old, "--new-passphrase-file", pw)
    assert refused.returncode == 1 and "does not open" in refused.stderr
    new = secret_file(tmp_path, "new", second[1])
    ok(run(home, "lock", "recover", "--recovery-key-file", new, "--new-passphrase-file", pw))
    assert SECRET in ok(run(home, "export", FOOTHOLDS_PASSPHRASE_FILE=pw))


def test_enable_is_refused_while_footholds_holds_the_data(tmp_path: Path) -> None:
    from footholds.core.paths import Paths
    from footholds.platform.lockfile import take_lock

    home = tmp_path / "home"
    paths = Paths.from_env({"FOOTHOLDS_HOME": str(home)})
    paths.ensure()
    held = take_lock(paths.lock_file)  # as the running app holds it
    assert held is not None
    try:
        pw = secret_file(tmp_path, "pw", PASS)
        refused = run(home, "lock", "enable", "--passphrase-file", pw)
    finally:
        held.unlock()
    assert refused.returncode == 1 and "Quit it first" in refused.stderr
    assert "off" in ok(run(home, "lock", "status"))


def test_every_command_that_reads_entries_opens_the_lock_with_the_passphrase_file(
    tmp_path: Path,
) -> None:
    """import, session list, safety-plan and proof list read the store like export does: with
    the lock on they take FOOTHOLDS_PASSPHRASE_FILE; a missing file is said before any
    passphrase is asked for."""
    home = tmp_path / "home"
    pw = secret_file(tmp_path, "pw", PASS)
    ok(run(home, "log", "--feel", "calm", SECRET))
    ok(run(home, "session", "add", "2026-03-14", "17:00", "--with", "Dr Aldous"))
    ok(run(home, "proof", "add", "got through the kitchen table evening"))
    ok(run(home, "lock", "enable", "--passphrase-file", pw))
    exported = tmp_path / "export.json"
    ok(run(home, "export", "-o", str(exported), FOOTHOLDS_PASSPHRASE_FILE=pw))

    for command in ("import", "restore"):
        missing = run(home, command, str(tmp_path / "nowhere"), "--yes")
        assert missing.returncode == 1, command
        assert "There is no file at" in missing.stderr and "passphrase" not in missing.stderr

    imported = ok(run(home, "import", str(exported), "--yes", FOOTHOLDS_PASSPHRASE_FILE=pw))
    assert "already in Footholds" in imported
    assert "Dr Aldous" in ok(run(home, "session", "list", FOOTHOLDS_PASSPHRASE_FILE=pw))
    assert "kitchen table" in ok(run(home, "proof", "list", FOOTHOLDS_PASSPHRASE_FILE=pw))
    plan = run(home, "safety-plan", FOOTHOLDS_PASSPHRASE_FILE=pw)
    assert "empty for now" in plan.stderr and "locked" not in plan.stderr
    # the plan is kept readable while locked: none written is said without the passphrase
    plan = run(home, "safety-plan")
    assert plan.returncode == 1 and "empty for now" in plan.stderr, plan.stderr
    assert "`footholds helplines` shows the crisis lines" in plan.stderr  # where help is
    # without the passphrase each of the others says it needs it, and changes nothing
    for argv in (("import", str(exported), "--yes"), ("session", "list")):
        refused = run(home, *argv)
        assert refused.returncode == 1 and "passphrase" in refused.stderr, argv
        assert "Traceback" not in refused.stderr


def test_doctor_shows_all_it_can_with_the_lock_on(tmp_path: Path) -> None:
    """Only the entry count needs the passphrase: doctor says so on that row and shows the
    rest, with no terminal to ask on; given the passphrase file, it counts them."""
    home = tmp_path / "home"
    pw = secret_file(tmp_path, "pw", PASS)
    ok(run(home, "log", "--feel", "calm", "kept"))
    ok(run(home, "lock", "enable", "--passphrase-file", pw))
    shown = ok(run(home, "doctor"))
    for label in ("Footholds:", "Data folder:", "System tray:", "Last backup:"):
        assert label in shown
    assert "Entries:                 locked: counting them needs your passphrase" in shown
    assert "1 (log 1)" in ok(run(home, "doctor", FOOTHOLDS_PASSPHRASE_FILE=pw))
    wrong = secret_file(tmp_path, "wrong", "not the passphrase at all")
    shown = ok(run(home, "doctor", FOOTHOLDS_PASSPHRASE_FILE=wrong))
    assert "Entries:                 not counted: That passphrase does not open" in shown
    assert "System tray:" in shown


def test_lock_disable_keeps_the_words_typed_while_the_app_was_locked(tmp_path: Path) -> None:
    """Sealed at a quit while locked, they open only with the lock's own keys: turned off from
    the command line, they move into the drafts file first, which comes out plain with it."""
    from footholds.core import drafts
    from footholds.core.lock import header_path
    from footholds.core.lock.keys import Header
    from footholds.core.paths import HOME_ENV, Paths

    home = tmp_path / "home"
    pw = secret_file(tmp_path, "pw", PASS)
    ok(run(home, "lock", "enable", "--passphrase-file", pw))
    paths = Paths.from_env({HOME_ENV: str(home)})
    public = Header.load(header_path(paths.data_dir)).public
    typed = {"quick-log": {"note": "typed while locked, by the window"}}
    assert drafts.seal_away(paths.sealed_drafts_dir, drafts.sealed_name(), typed, public)
    assert readable_anywhere(home, "typed while locked, by the window") == []
    ok(run(home, "lock", "disable", "--passphrase-file", pw))
    assert drafts.take(paths.drafts_file) == typed
    assert list(paths.sealed_drafts_dir.iterdir()) == []


def test_lock_disable_stays_on_when_the_words_typed_while_locked_cannot_move(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With drafts.json refused, the sealed words stayed behind and the lock went off anyway,
    their keys with it: never to be opened again. It refuses now, the lock still on."""
    import errno
    import os

    from footholds.cli.main import main
    from footholds.core import drafts
    from footholds.core.lock import header_path, is_on
    from footholds.core.lock.keys import Header
    from footholds.core.paths import HOME_ENV, Paths

    home = tmp_path / "home"
    monkeypatch.setenv(HOME_ENV, str(home))
    pw = secret_file(tmp_path, "pw", PASS)
    ok(run(home, "lock", "enable", "--passphrase-file", pw))
    paths = Paths.from_env({HOME_ENV: str(home)})
    public = Header.load(header_path(paths.data_dir)).public
    typed = {"quick-log": {"note": "typed while locked, by the window"}}
    assert drafts.seal_away(paths.sealed_drafts_dir, drafts.sealed_name(), typed, public)

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    room = drafts.write_atomic
    monkeypatch.setattr(drafts, "write_atomic", full)
    capsys.readouterr()
    assert main(["lock", "disable", "--passphrase-file", pw]) == 1
    said = capsys.readouterr().err
    assert "The lock is still on" in said and os.strerror(errno.ENOSPC) in said
    assert is_on(paths.data_dir)
    assert len(list(paths.sealed_drafts_dir.iterdir())) == 1

    monkeypatch.setattr(drafts, "write_atomic", room)  # room again: the lock goes off
    ok(run(home, "lock", "disable", "--passphrase-file", pw))
    assert drafts.take(paths.drafts_file) == typed


def test_the_safety_plan_prints_while_locked_unless_it_is_locked_too(tmp_path: Path) -> None:
    """The plan is kept readable while the rest is locked, and prints without the passphrase
    in every format; it said "Your entries are locked and this needs your passphrase". Locked
    too, it says so plainly, and how to open it."""
    home = tmp_path / "home"
    pw = secret_file(tmp_path, "pw", PASS)
    ok(run(home, "log", SECRET))
    from footholds.core.paths import Paths
    from footholds.core.store import SafetyPlan
    from footholds.core.store.opening import open_store

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FOOTHOLDS_HOME", str(home))
        paths = Paths.from_env()
        store, _ = open_store(paths)
        store.add(SafetyPlan(sections={"sp-reasons": "The sea in June"}))
        store.close()
    ok(run(home, "lock", "enable", "--passphrase-file", pw))

    for fmt in ("md", "html"):
        text = ok(run(home, "safety-plan", "--format", fmt))  # no passphrase, no terminal
        assert "The sea in June" in text, fmt
    out = tmp_path / "plan.pdf"
    written = run(home, "safety-plan", "--format", "pdf", "-o", str(out))
    ok(written)
    assert out.read_bytes().startswith(b"%PDF")
    assert readable_anywhere(home, SECRET) == []  # nothing opened up by printing it

    from footholds.core.settings import Settings

    settings, _ = Settings.load(paths.settings_file)  # Settings: "Lock my safety plan too"
    settings.set("lock.safety_plan", True)
    settings.save()
    ok(run(home, "proof", "list", FOOTHOLDS_PASSPHRASE_FILE=pw))  # the plan sealed now
    refused = run(home, "safety-plan")
    assert refused.returncode == 1 and refused.stdout == ""
    assert "Your safety plan is locked with the rest of your entries" in refused.stderr
    assert "footholds unlock" in refused.stderr and "Traceback" not in refused.stderr
    # where help is without the passphrase, and the setting named as Settings labels it
    from footholds.core.settings import BY_NAME

    assert f"({BY_NAME['lock.safety_plan'].label})" in refused.stderr
    assert "(Lock my safety plan, numbers and people too)" in refused.stderr
    assert "`footholds helplines` shows the crisis lines" in refused.stderr
    assert "call your local emergency number" in refused.stderr  # no country chosen
    for region, said in (("GB", "call 999 (United Kingdom)"), ("AR", "local emergency")):
        settings.set("safety.region", region)  # Argentina's number is not confirmed
        settings.save()
        refused = run(home, "safety-plan")
        assert refused.returncode == 1 and said in refused.stderr, region
        assert not any(n in refused.stderr for n in ("100", "101", "107", "911"))
    assert "The sea in June" in ok(run(home, "safety-plan", FOOTHOLDS_PASSPHRASE_FILE=pw))
