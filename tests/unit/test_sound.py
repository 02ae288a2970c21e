"""The reminder chime: a quiet, short sound of our own, and the player each system has."""

from __future__ import annotations

import struct
import subprocess
import wave
from collections.abc import Callable
from typing import NoReturn

from footholds.platform import sound
from footholds.platform.sound import SoundPlayer, choose_player


def test_the_chime_is_short_quiet_and_starts_and_ends_softly() -> None:
    with wave.open(str(sound.chime())) as chime:
        assert chime.getnchannels() == 1 and chime.getsampwidth() == 2
        seconds = chime.getnframes() / chime.getframerate()
        samples = struct.unpack(f"<{chime.getnframes()}h", chime.readframes(chime.getnframes()))
    assert 0.5 <= seconds <= 1.5
    peak = max(abs(s) for s in samples) / 32767
    assert 0.1 <= peak <= 0.3  # audible, never loud
    edge = int(0.001 * 22050)  # no click: the first and last millisecond are near silent
    assert max(abs(s) for s in samples[:edge]) / 32767 < 0.03
    assert max(abs(s) for s in samples[-edge:]) / 32767 < 0.03


def which_of(*installed: str) -> Callable[[str], str | None]:
    return lambda name: f"/usr/bin/{name}" if name in installed else None


def test_linux_takes_the_best_player_installed() -> None:
    assert choose_player("linux", which_of("aplay", "paplay", "pw-play")).name == "pw-play"
    assert choose_player("linux", which_of("aplay", "paplay")).command == ("paplay",)
    assert choose_player("linux", which_of("aplay")).command == ("aplay", "-q")


def test_no_player_says_the_bell_is_used() -> None:
    player = choose_player("linux", which_of())
    assert not player.available
    assert "system bell" in player.reason
    assert player.play(sound.chime()) is False


def test_macos_and_windows() -> None:
    assert choose_player("darwin", which_of("afplay")).command == ("afplay",)
    assert not choose_player("darwin", which_of()).available
    windows = choose_player("win32", which_of())
    assert windows.available and windows.name == "winsound"


def test_playing_starts_the_player_without_waiting_and_without_output() -> None:
    calls = []
    player = SoundPlayer(
        "paplay", True, "", ("paplay",), lambda args, **kw: calls.append((args, kw))
    )
    assert player.play(sound.chime())
    [(args, options)] = calls
    assert args == ["paplay", str(sound.chime())]
    assert options["stdout"] is options["stderr"] is subprocess.DEVNULL
    assert options["start_new_session"] is True


def test_a_player_that_cannot_start_is_not_an_error() -> None:
    def broken(*_args: object, **_kw: object) -> NoReturn:
        raise FileNotFoundError("paplay")

    assert SoundPlayer("paplay", True, "", ("paplay",), broken).play(sound.chime()) is False


def test_doctor_names_the_sound_player() -> None:
    from footholds.platform.report import doctor_info

    concerns = [line.concern for line in doctor_info({}, "linux", check_notifications=False)]
    assert "reminder sound" in concerns
