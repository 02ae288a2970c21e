"""`footholds export --format ...` and `footholds import`, as a person would type them."""

from __future__ import annotations

import argparse
import builtins
import io
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from checkin_data import fill
from footholds.cli import importing
from footholds.cli.parser import build_parser
from footholds.core.checkin_render import Wording
from footholds.core.paths import Paths
from footholds.core.store import LogEntry, Store
from support import child_env

DAYLIO = Path(__file__).parent / "data" / "daylio_sample.csv"


def run_cli(*args: str, stdin: int | None = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footholds", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(),
        stdin=stdin,
    )


def home_store() -> Store:
    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    return store


@pytest.fixture
def filled() -> None:
    store = fill(home_store())
    store.close()


def made_today(locale: str) -> Wording:
    """Days as a summary the command makes today words them: a summary carries the year of
    a day not in the year it was made, and the command makes it on the real calendar's day
    (the March 2026 days read "Mon 2 Mar 2026" from 2027 on)."""
    return Wording(locale=locale, today=date.today())


def log_count() -> int:
    store = home_store()
    try:
        return store.count(LogEntry)
    finally:
        store.close()


def test_parse_export_and_import() -> None:
    args = build_parser().parse_args(
        ["export", "--format", "pdf", "--since", "2026-03-02", "--until", "2026-03-15", "-o", "x"]
    )
    assert args.format == "pdf" and str(args.since) == "2026-03-02" and args.output == "x"
    args = build_parser().parse_args(["import", "file.csv", "--yes"])
    assert args.file == "file.csv" and args.yes


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--since", "2026-02-30", "--format", "md"],
        ["export", "--format", "docx"],
        ["export", "--format", "json", "--since", "2026-03-01"],
        ["export", "--format", "md", "--since", "2026-03-10", "--until", "2026-03-01"],
        ["import"],
    ],
)
def test_bad_export_and_import_arguments_exit_2_with_one_line(argv: list[str]) -> None:
    result = run_cli(*argv)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("footholds: ")


def test_markdown_summary_to_stdout(filled: None) -> None:
    result = run_cli("export", "--format", "md", "--since", "2026-03-02", "--until", "2026-03-15")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Check-in summary\n")
    day = made_today("en").day(date(2026, 3, 2))
    assert f"- {day}: a long call with my manager" in result.stdout
    assert "Sleep has been hard." not in result.stdout  # that note is for a later session


def test_the_summary_speaks_the_chosen_language(filled: None) -> None:
    """As `footholds safety-plan` does: the words of the Language setting, not English."""
    from footholds.core.settings import Settings

    loaded, _ = Settings.load(Paths.from_env().settings_file)
    loaded.set("general.language", "es")
    loaded.save()
    period = ["--since", "2026-03-02", "--until", "2026-03-15"]
    result = run_cli("export", "--format", "md", *period)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Resumen para la sesión\n")
    assert "Del 2 mar 2026 al 15 mar 2026" in result.stdout
    day = made_today("es").day(date(2026, 3, 2))  # "lun 2 mar", with 2026 in a later year
    assert f"- {day}: a long call with my manager" in result.stdout  # their words as written
    assert "Check-in summary" not in result.stdout
    result = run_cli("export", "--format", "html", *period)
    assert result.returncode == 0, result.stderr
    assert '<html lang="es">' in result.stdout
    assert "<h1>Resumen para la sesión</h1>" in result.stdout


def test_html_csv_and_pdf_files_are_private(filled: None, tmp_path: Path) -> None:
    for fmt, name in (("html", "s.html"), ("csv", "all.zip"), ("pdf", "s.pdf")):
        target = tmp_path / name
        extra = ["--since", "2026-03-02", "--until", "2026-03-15"] if fmt != "csv" else []
        result = run_cli("export", "--format", fmt, *extra, "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert target.stat().st_mode & 0o077 == 0
    assert "<svg" in (tmp_path / "s.html").read_text(encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "all.zip") as zf:
        assert "log.csv" in zf.namelist()
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


def test_import_without_a_terminal_or_yes_refuses_kindly() -> None:
    result = run_cli("import", str(DAYLIO))
    assert result.returncode == 1
    assert "8 log entries to add" in result.stdout
    assert "--yes" in result.stderr and "nothing was imported" in result.stderr
    assert log_count() == 0


def test_import_with_yes_then_again() -> None:
    first = run_cli("import", str(DAYLIO), "--yes")
    assert first.returncode == 0, first.stderr
    assert "Imported 8 log entries." in first.stdout
    again = run_cli("import", str(DAYLIO), "--yes")
    assert again.returncode == 0 and "Nothing new to import" in again.stdout
    assert log_count() == 8


def test_import_of_an_unknown_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some words\n")
    result = run_cli("import", str(path), "--yes")
    assert result.returncode == 1 and "Nothing was changed." in result.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "expected"), [("n", 0), ("", 0), ("yes", 8)])
def test_import_asks_first(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], answer: str, expected: int
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal())
    asked: list[str] = []
    monkeypatch.setattr(builtins, "input", lambda prompt: asked.append(prompt) or answer)
    code = importing.cmd_import(Paths.from_env(), argparse.Namespace(file=str(DAYLIO), yes=False))
    assert code == 0 and asked == ["Import these? [y/N] "]
    out = capsys.readouterr().out
    assert "3 could not be read and will be left out" in out
    assert ("Nothing was changed." in out) == (expected == 0)
    assert log_count() == expected


def test_import_leaves_out_entries_dated_ahead_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "daylio.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-03-10,March 10,Tuesday,08:00,good,,,fine\n"
        "2150-03-11,March 11,Wednesday,08:00,good,,,from 2150\n",
        encoding="utf-8",
    )
    code = importing.cmd_import(Paths.from_env(), argparse.Namespace(file=str(path), yes=True))
    out = capsys.readouterr().out
    assert code == 0
    assert "1 is dated ahead of today and will be left out:" in out
    assert "could not be read" not in out
    assert "    line 3: 2150-03-11\n" in out
    assert "Imported 1 log entry." in out
    assert log_count() == 1


def test_words_left_over_point_to_the_command_s_own_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`footholds export xml`: the formats are in `footholds export --help`, not the top help."""
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["export", "xml"])
    assert stopped.value.code == 2
    said = capsys.readouterr().err
    assert "xml" in said and "(see 'footholds export --help')" in said
