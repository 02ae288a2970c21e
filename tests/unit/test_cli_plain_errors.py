"""The command line speaks its own plain words for every usage mistake, never argparse's
English ("unrecognized arguments", "the following arguments are required"): an unknown option
is named with the nearest real one of that command, a missing word is said in words, and each
points to the command's --help. Usage mistakes exit 2."""

from __future__ import annotations

import pytest

from footholds.cli.parser import build_parser


def said(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(argv)
    assert stopped.value.code == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert "unrecognized" not in out.err and "the following arguments" not in out.err
    assert out.err.count("\n") == 1, out.err  # one line
    return out.err


OPTIONS = [
    (["--versoin"], "'--versoin'", "'--version'", "see 'footholds --help'"),
    (["log", "--feell", "x"], "'--feell'", "'--feel'", "see 'footholds log --help'"),
    (["log", "a", "--bogus"], "'--bogus'", None, "see 'footholds log --help'"),
    (["export", "--fromat", "md"], "'--fromat'", "'--format'", "see 'footholds export --help'"),
    (["log", "--enrgy=3"], "'--enrgy'", "'--energy'", "see 'footholds log --help'"),
    (
        ["proof", "add", "x", "--tga", "y"],
        "'--tga'",
        "'--tag'",
        "see 'footholds proof add --help'",
    ),
]


@pytest.mark.parametrize(("argv", "typed", "meant", "see"), OPTIONS, ids=[o[1] for o in OPTIONS])
def test_an_unknown_option_is_named_with_the_nearest_one(
    argv: list[str],
    typed: str,
    meant: str | None,
    see: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = said(argv, capsys)
    assert err.startswith(f"footholds: {typed} is not an option")
    if meant is not None:
        assert f"did you mean {meant}?" in err
    else:
        assert "did you mean" not in err
    assert err.rstrip().endswith(f"({see})")


def test_words_left_over_are_said_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    err = said(["quit", "now"], capsys)
    assert "'now'" in err and "(see 'footholds quit --help')" in err


MISSING = [
    (["remind"], "remind needs one of: movement or rest", "footholds remind --help"),
    (["proof"], "proof needs what to do: add or list", "footholds proof --help"),
    (
        ["proof", "add"],
        "proof add needs what you got through, in your words",
        "footholds proof add --help",
    ),
    (["session"], "session needs what to do: ", "footholds session --help"),
    (["lock"], "lock needs what to do: enable, disable, now", "footholds lock --help"),
    (
        ["autostart"],
        "autostart needs what to do: enable, disable or status",
        "footholds autostart --help",
    ),
]


@pytest.mark.parametrize(("argv", "words", "see"), MISSING, ids=[" ".join(m[0]) for m in MISSING])
def test_a_missing_word_is_said_in_words(
    argv: list[str], words: str, see: str, capsys: pytest.CaptureFixture[str]
) -> None:
    err = said(argv, capsys)
    assert err.startswith(f"footholds: {words}"), err
    assert err.rstrip().endswith(f"(see '{see}')")


def test_a_proof_date_that_is_no_date_is_said_as_the_others(
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = said(["proof", "add", "--date", "2026-13-01", "x"], capsys)
    assert err == (
        "footholds: argument --date: '2026-13-01' is not a date like 2026-03-14 "
        "(see 'footholds proof add --help')\n"
    )


def test_a_proof_date_still_reaches_the_command_as_its_day() -> None:
    args = build_parser().parse_args(["proof", "add", "--date", "2026-03-14", "x"])
    assert args.date == "2026-03-14"


def test_a_word_given_as_an_option_is_said_to_go_without_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`log --note "rough morning"` was told "did you mean '--tried'?": followed, the note
    went in as what was tried. The note is the command's own word, given without a name."""
    err = said(["log", "--energy", "2", "--note", "rough morning"], capsys)
    assert "'--note'" in err and "the note is written without it" in err
    assert "--tried" not in err


def test_no_far_option_is_offered(capsys: pytest.CaptureFixture[str]) -> None:
    err = said(["log", "--notes", "x"], capsys)
    assert "did you mean" not in err
