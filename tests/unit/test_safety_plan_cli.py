"""`footholds safety-plan`, as a person would type it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from footholds.cli.parser import build_parser
from footholds.core.paths import Paths
from footholds.core.store import SafetyPlan, Store
from support import child_env


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "footholds", "safety-plan", *args],
        capture_output=True,
        timeout=120,
        env=child_env(**env),
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def written() -> None:
    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    store.add(
        SafetyPlan(
            sections={"sp-reasons": "The sea in June", "sp-warning-signs": "Not answering"},
            safer=["lock-away"],
        )
    )
    store.close()


def test_parser_knows_the_formats() -> None:
    args = build_parser().parse_args(["safety-plan", "--format", "pdf", "-o", "plan.pdf"])
    assert (args.command, args.format, args.output) == ("safety-plan", "pdf", "plan.pdf")
    assert build_parser().parse_args(["safety-plan"]).format == "md"


def test_markdown_goes_to_stdout_by_default(written: None) -> None:
    result = run_cli()
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert text.startswith("# My safety plan\n")
    assert text.index("The sea in June") < text.index("## 1. My warning signs")
    assert b"Traceback" not in result.stderr


def test_html_to_a_private_file(written: None, tmp_path: Path) -> None:
    out = tmp_path / "plan.html"
    result = run_cli("--format", "html", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert b"plan.html" in result.stdout
    page = out.read_text(encoding="utf-8")
    assert "<h1>My safety plan</h1>" in page and "<li>Lock them away" in page
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_o_never_replaces_a_file_unasked(written: None, tmp_path: Path) -> None:
    """As `export -o` and `backup -o`: a file the person has stays unless --force."""
    out = tmp_path / "notes.md"
    out.write_bytes(b"my own notes")
    result = run_cli("-o", str(out))
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"footholds: {out} already exists. To replace it, add --force.\n"
    )
    assert out.read_bytes() == b"my own notes"
    result = run_cli("-o", str(out), "--force")
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("# My safety plan")


def test_pdf_to_a_private_file(written: None, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = run_cli("--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_pdf_to_a_pipe_is_fine(written: None) -> None:
    result = run_cli("--format", "pdf")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"%PDF")


def test_pdf_to_a_terminal_asks_for_a_file(written: None) -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "footholds", "safety-plan", "--format", "pdf"],
            stdout=follower,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=child_env(),
            timeout=120,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == 2
    assert b"add -o FILE" in result.stderr


def test_the_plan_speaks_the_chosen_language(written: None) -> None:
    from footholds.core.settings import Settings

    loaded, _ = Settings.load(Paths.from_env().settings_file)
    loaded.set("general.language", "es")
    loaded.save()
    result = run_cli()
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert text.startswith("# Mi plan de seguridad\n")
    assert "## 1. Mis señales de alarma" in text


def test_the_plan_ends_with_the_chosen_country_s_number(written: None) -> None:
    from footholds.core.settings import Settings

    loaded, _ = Settings.load(Paths.from_env().settings_file)
    loaded.set("safety.region", "ES")
    loaded.set("general.language", "es")
    loaded.save()
    result = run_cli(LC_ALL="C.UTF-8")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert text.index("The sea in June") < text.index("## Si necesitas ayuda ahora")
    assert "llama al **112**." in text and "findahelpline.com" in text


def test_with_no_country_the_plan_ends_with_the_local_number(written: None) -> None:
    result = run_cli(LC_ALL="C.UTF-8")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert "## If you need help now" in text
    assert "call your local emergency number." in text


def test_an_empty_plan_says_where_to_write_it_and_where_help_is() -> None:
    """It said only that the plan is empty; someone asking for it may need help now."""
    result = run_cli()
    assert result.returncode == 1
    assert result.stdout == b""
    assert b"footholds show safety-plan" in result.stderr
    assert b"If you are in danger, call your local emergency number." in result.stderr
    assert b"`footholds helplines` shows the crisis lines" in result.stderr
    assert b"Traceback" not in result.stderr


def test_an_unwritable_place_is_said_plainly(written: None, tmp_path: Path) -> None:
    result = run_cli("-o", str(tmp_path / "no" / "such" / "folder" / "plan.md"))
    assert result.returncode == 1
    assert b"could not write the plan" in result.stderr
    assert b"Traceback" not in result.stderr
