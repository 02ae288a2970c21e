"""What the command line writes and says: files where the person asks (-o), never over
Footholds' own, named for what they hold; a failure that says where; a closed pipe that is
no error; a restore of an export that points to import."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from footholds.cli.main import main
from footholds.core.paths import OwnFolder, Paths
from footholds.core.settings import Settings
from footholds.core.store import LogEntry, Proof, SafetyPlan, Store
from support import child_env


@pytest.fixture
def paths() -> Paths:
    """A home with three proofs, a note, a safety plan and saved settings."""
    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    for n in range(3):
        store.add(Proof(text=f"I got through day {n}", day=f"2026-03-0{n + 1}").clean())
    store.add(LogEntry(note="a note").clean())
    store.add(SafetyPlan(sections={"sp-reasons": "The sea in June"}))
    store.close()
    settings, _ = Settings.load(paths.settings_file)
    settings.save()
    return paths


def own_files(paths: Paths) -> dict[Path, bytes]:
    roots = (paths.config_dir, paths.data_dir, paths.log_dir)
    return {p: p.read_bytes() for root in roots for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "md", "-o", "{data}/store/proof.json"],
        ["export", "-o", "{data}/store/log/2026-12.json"],
        ["export", "--format", "html", "-o", "{home}/state/unsaved-entries.json"],
        ["backup", "-o", "{data}/store/log/2026-12.json"],
        ["backup", "-o", "{config}/settings.json"],
        ["safety-plan", "--format", "html", "-o", "{config}/settings.json"],
        ["safety-plan", "-o", "{data}/../data/store/proof.json"],
    ],
)
def test_o_never_writes_into_footholds_own_folders(
    paths: Paths, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = own_files(paths)
    home = paths.data_dir.parent
    filled = [a.format(data=paths.data_dir, config=paths.config_dir, home=home) for a in args]
    assert main(filled) == 1
    err = capsys.readouterr().err
    assert "is one of Footholds' own folders" in err and "nothing was written" in err
    assert str(paths.data_dir) in err or str(paths.config_dir) in err or str(home) in err
    assert own_files(paths) == before
    assert not (home / "state").exists()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    assert len(store.all(Proof)) == 3  # every proof still there after a restart
    store.close()


def test_a_symlink_into_the_store_is_refused_too(paths: Paths, tmp_path: Path) -> None:
    link = tmp_path / "looks-harmless.json"
    link.symlink_to(paths.store_dir / "proof.json")
    before = own_files(paths)
    assert main(["export", "-o", str(link)]) == 1
    assert own_files(paths) == before


def test_a_backup_may_go_into_the_backups_folder_but_never_over_a_backup(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = paths.backup_dir / "before-moving.zip"
    assert main(["backup", "-o", str(mine)]) == 0
    assert zipfile.is_zipfile(mine)
    kept = mine.read_bytes()
    capsys.readouterr()
    assert main(["backup", "-o", str(mine)]) == 1
    err = capsys.readouterr().err
    assert "is one of your backups" in err and str(mine) in err
    assert mine.read_bytes() == kept


def test_check_outside_names_the_folder(paths: Paths, tmp_path: Path) -> None:
    with pytest.raises(OwnFolder, match="one of Footholds' own folders") as caught:
        paths.check_outside(paths.config_dir / "new.json")
    assert caught.value.code == "write.own_folder"
    assert caught.value.values == {"folder": str(paths.config_dir)}
    paths.check_outside(tmp_path / "export.json")  # anywhere else is the person's
    paths.check_outside(paths.data_dir.parent / "export.json")  # beside them too


def test_a_folder_named_in_other_letter_case_is_still_footholds_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On macOS realpath keeps the case that was typed and APFS ignores it:
    # ".../Footholds/store/log.json" there is the store of ".../footholds".
    home = tmp_path / "Application Support" / "footholds"
    paths = Paths(config_dir=home / "config", data_dir=home / "data", log_dir=home / "logs")
    paths.ensure()
    shouted = tmp_path / "Application Support" / "Footholds" / "DATA" / "store" / "log.json"
    monkeypatch.setattr(sys, "platform", "darwin")
    with pytest.raises(OwnFolder):
        paths.check_outside(shouted)
    paths.check_outside(tmp_path / "Application Support" / "Other" / "log.json")
    backups = tmp_path / "Application Support" / "FOOTHOLDS" / paths.backup_dir.relative_to(home)
    paths.check_outside(backups / "mine.zip", backup=True)  # backups may go there
    monkeypatch.setattr(sys, "platform", "linux")  # a case-sensitive disk: another folder
    paths.check_outside(shouted)


def test_a_folder_the_disk_says_is_footholds_own_is_refused(
    paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A path whose name realpath cannot make match (another mount, a case-insensitive
    # folder) is still the same folder by device and inode.
    alias = tmp_path / "alias"
    alias.symlink_to(paths.data_dir, target_is_directory=True)
    monkeypatch.setattr(os.path, "realpath", os.path.abspath)
    with pytest.raises(OwnFolder):
        paths.check_outside(alias / "store" / "proof.json")
    paths.check_outside(tmp_path / "export.json")


def test_csv_is_a_zip_and_says_so(
    paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    named_csv = tmp_path / "out.csv"
    assert main(["export", "--format", "csv", "-o", str(named_csv)]) == 2
    err = capsys.readouterr().err
    assert ".zip of CSV files" in err and "out.zip" in err
    assert not named_csv.exists()
    target = tmp_path / "out.zip"
    assert main(["export", "--format", "csv", "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"to {target} (a .zip of CSV files)" in out
    assert "log.csv" in zipfile.ZipFile(target).namelist()


def test_the_help_says_csv_is_a_zip(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert ".zip of CSV files" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("command", [["export"], ["safety-plan"]])
def test_a_missing_folder_is_named(
    paths: Paths, tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "x.json"
    assert main([*command, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"there is no folder {tmp_path / 'no' / 'such'}." in err


def test_a_reader_that_stops_early_is_no_error(paths: Paths) -> None:
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    long = "a day I got through, told at length " * 5
    store.add_many([Proof(text=f"{long}{n}", day="2026-03-01").clean() for n in range(3000)])
    store.close()
    # `footholds proof list | head -1`: far more than a pipe holds, and the reader leaves
    child = subprocess.Popen(
        [sys.executable, "-m", "footholds", "proof", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=child_env(),
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.readline()
    child.stdout.close()
    err = child.stderr.read()
    assert child.wait(timeout=60) == 141
    assert err == b""


def test_restoring_an_export_points_to_import(
    paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "out.json"
    assert main(["export", "-o", str(export)]) == 0
    capsys.readouterr()
    assert main(["restore", str(export), "--yes"]) == 1
    err = capsys.readouterr().err
    assert "out.json is not a Footholds backup. Nothing was changed." in err
    assert f"footholds import {export}" in err
    assert "zip file" not in err and "(" not in err  # none of Python's own words
    # a file that is neither says only what it is not
    other = tmp_path / "notes.txt"
    other.write_text("just words\n")
    assert main(["restore", str(other), "--yes"]) == 1
    err = capsys.readouterr().err
    assert "notes.txt is not a Footholds backup." in err and "import" not in err


def test_a_restore_that_could_not_put_the_store_back_says_where_it_all_is(
    paths: Paths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno

    from footholds.core.store import backups as backups_module

    mine = tmp_path / "mine.zip"
    assert main(["backup", "-o", str(mine)]) == 0
    capsys.readouterr()
    replace = os.replace

    def stuck(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == paths.store_dir:
            raise OSError(errno.EBUSY, os.strerror(errno.EBUSY))
        replace(src, dst)

    monkeypatch.setattr(backups_module.os, "replace", stuck)
    assert main(["restore", "--yes", str(mine)]) == 1
    err = capsys.readouterr().err
    assert "Nothing is lost" in err and str(paths.aside_dir) in err
    assert "nothing was changed" not in err
    [aside] = paths.aside_dir.iterdir()
    assert (aside / "proof.json").exists()


@pytest.mark.parametrize("command", [["export"], ["export", "--format", "md"], ["backup"]])
def test_o_never_replaces_a_file_unasked(
    paths: Paths, command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export -o` and `backup -o` replaced an existing file without a word: it stays as it
    was unless --force says to replace it."""
    target = tmp_path / "mine.txt"
    target.write_bytes(b"something the person keeps")
    assert main([*command, "-o", str(target)]) == 1
    assert capsys.readouterr().err == (
        f"footholds: {target} already exists. To replace it, add --force.\n"
    )
    assert target.read_bytes() == b"something the person keeps"
    assert main([*command, "-o", str(target), "--force"]) == 0
    assert target.read_bytes() != b"something the person keeps"


def test_o_writes_a_new_file_and_a_stream_without_force(
    paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "-o", str(tmp_path / "new.json")]) == 0
    assert (tmp_path / "new.json").read_bytes().startswith(b"{")
    if hasattr(os, "mkfifo"):  # a pipe is written to, never replaced: no --force needed
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        import threading

        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
        reader.start()
        import time

        # the reader's end may not be open yet (a busy machine): the export then says
        # "nothing is reading from it yet" and changes nothing, so it is asked again
        for _ in range(200):
            if main(["export", "-o", str(fifo)]) == 0:
                break
            time.sleep(0.05)
        else:
            pytest.fail("the pipe was never written")
        reader.join(10)
        assert got and got[0].startswith(b"{")
