"""Energy is 1 to 5 in ASCII digits, everywhere: the command line, the socket and the store.

The decision (see cli.energy_arg): spaces around the digit are trimmed; digits of other
scripts, fullwidth digits, underscores and anything else are refused with one clear line.
"""

from __future__ import annotations

import pytest

from footholds.cli.parser import build_parser
from footholds.core.store import InvalidEntry, LogEntry


@pytest.mark.parametrize(("text", "value"), [("3", 3), (" 3", 3), ("3 ", 3), ("\t5", 5), ("1", 1)])
def test_energy_with_spaces_around_it_is_trimmed(text: str, value: int) -> None:
    assert build_parser().parse_args(["log", "--energy", text]).energy == value


@pytest.mark.parametrize("text", ["٣", "۳", "３", "𝟑", "0_3", "03", "+3", "3.0", "", " ", "6", "0"])
def test_energy_in_other_digits_or_shapes_is_refused(
    text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["log", "--energy", text])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "use 1 to 5" in err and "Traceback" not in err


@pytest.mark.parametrize("value", [" 3", "٣", "3", 3.0, True])
def test_the_socket_and_the_store_take_only_a_whole_number(value: object) -> None:
    # what `footholds log` hands the running app is LogEntry.to_dict(): energy is a JSON number
    entry = LogEntry(energy=3).to_dict()
    assert entry["energy"] == 3
    with pytest.raises(InvalidEntry, match="Energy should be a whole number from 1 to 5"):
        LogEntry.from_dict(dict(entry, energy=value))
