"""Windows and macOS busy sources through a fake registry and fake CoreAudio/CoreMediaIO."""

from __future__ import annotations

import ctypes
from typing import Any

import pytest

from footholds.platform.busy import macos
from footholds.platform.busy.base import CannotTell
from footholds.platform.busy.choose import choose_busy_sources
from footholds.platform.busy.windows import CONSENT_STORE, ConsentStoreSource, windows_source

# -- Windows: a registry made of dicts --------------------------------------------------------


class Key:
    def __init__(self, tree: dict[str, Any]) -> None:
        self.tree = tree

    def __enter__(self) -> Key:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class FakeWinreg:
    """Just the corner of winreg the source uses: keys are dicts, values are ints."""

    HKEY_CURRENT_USER = "HKCU"

    def __init__(self, store: dict[str, dict[str, Any]]) -> None:
        self.root: dict[str, dict[str, Any]] = {"HKCU": {}}
        for path, tree in store.items():
            node = self.root["HKCU"]
            for part in path.split("\\"):
                node = node.setdefault(part, {})
            node.update(tree)

    def OpenKey(self, key: Any, sub: str) -> Key:
        node = self.root[key] if isinstance(key, str) else key.tree
        for part in sub.split("\\"):
            if not isinstance(node.get(part), dict):
                raise FileNotFoundError(sub)
            node = node[part]
        return Key(node)

    def EnumKey(self, key: Key, index: int) -> str:
        names = [name for name, value in key.tree.items() if isinstance(value, dict)]
        if index >= len(names):
            raise OSError("no more")
        return str(names[index])

    def QueryValueEx(self, key: Key, name: str) -> tuple[int, int]:
        if name not in key.tree or isinstance(key.tree[name], dict):
            raise FileNotFoundError(name)
        return key.tree[name], 11  # REG_QWORD


def used(start: int, stop: int) -> dict[str, int]:
    return {"LastUsedTimeStart": start, "LastUsedTimeStop": stop}


def registry(microphone: dict[str, Any]) -> FakeWinreg:
    return FakeWinreg({f"{CONSENT_STORE}\\microphone": microphone})


def test_a_packaged_app_still_using_the_microphone_is_in_use() -> None:
    reg = registry({"Value": "Allow", "Microsoft.SkypeApp": used(1336, 0)})
    assert ConsentStoreSource("microphone", reg).in_use() is True


def test_a_desktop_program_under_non_packaged_is_found_too() -> None:
    programs = {"C:#Program Files#Zoom#Zoom.exe": used(1336, 0), "C:#x.exe": used(1, 2)}
    reg = registry({"Microsoft.SkypeApp": used(10, 20), "NonPackaged": programs})
    assert ConsentStoreSource("microphone", reg).in_use() is True


def test_apps_that_stopped_or_never_started_are_not_in_use() -> None:
    reg = registry({"A": used(10, 20), "B": used(0, 0), "C": {}, "NonPackaged": {"D": used(5, 9)}})
    assert ConsentStoreSource("microphone", reg).in_use() is False


def test_a_windows_without_the_records_cannot_tell() -> None:
    assert ConsentStoreSource("webcam", registry({})).in_use() is None
    assert windows_source("webcam", registry({})).name.endswith("(webcam)")


def test_away_from_windows_the_registry_source_says_so() -> None:
    source = windows_source("microphone")  # the real winreg: absent on Linux and macOS
    assert isinstance(source, CannotTell) and "registry" in source.reason


# -- macOS: CoreAudio and CoreMediaIO as plain Python -----------------------------------------


class FakeAudio:
    """AudioObjectGetPropertyData(Size) over a table of devices, written into real buffers."""

    def __init__(self, devices: dict[int, tuple[int, int]], cmio: bool = False) -> None:
        self.devices = devices  # id -> (input streams, running somewhere)
        prefix = "CMIO" if cmio else "Audio"
        data = self._data_cmio if cmio else self._data
        # plain functions, like ctypes' own, so the source can set argtypes and restype on them
        setattr(self, f"{prefix}ObjectGetPropertyDataSize", lambda *args: self._size(*args))
        setattr(self, f"{prefix}ObjectGetPropertyData", lambda *args: data(*args))
        self.failing = False

    def _value(self, obj: int, address: macos.Address) -> bytes | None:
        if self.failing:
            return None
        if obj == macos.SYSTEM_OBJECT and address.selector == macos.DEVICES:
            return b"".join(d.to_bytes(4, "little") for d in self.devices)
        if obj in self.devices and address.selector == macos.STREAMS:
            assert address.scope == macos.SCOPE_INPUT
            return b"\x01\x00\x00\x00" * self.devices[obj][0]
        if obj in self.devices and address.selector == macos.RUNNING_SOMEWHERE:
            return self.devices[obj][1].to_bytes(4, "little")
        return None

    def _size(self, obj: int, address: Any, _qsize: object, _qual: object, size: Any) -> int:
        value = self._value(obj, address._obj)
        if value is None:
            return 1
        size._obj.value = len(value)
        return 0

    def _data(
        self, obj: int, address: Any, _qsize: object, _qual: object, size: Any, buffer: Any
    ) -> int:
        value = self._value(obj, address._obj)
        if value is None:
            return 1
        ctypes.memmove(buffer, value, min(len(value), size._obj.value))
        size._obj.value = len(value)
        return 0

    def _data_cmio(
        self,
        obj: int,
        address: Any,
        _qsize: object,
        _qual: object,
        size: Any,
        used: Any,
        buffer: Any,
    ) -> int:
        value = self._value(obj, address._obj)
        if value is None:
            return 1
        ctypes.memmove(buffer, value, min(len(value), size))
        used._obj.value = len(value)
        return 0


def test_an_input_device_running_somewhere_is_a_microphone_in_use() -> None:
    audio = FakeAudio({41: (0, 1), 42: (1, 0), 43: (2, 1)})  # 41 is the speakers, playing
    assert macos.mac_microphone(audio).in_use() is True
    audio.devices[43] = (2, 0)
    assert macos.mac_microphone(audio).in_use() is False


def test_an_output_device_running_is_not_a_microphone() -> None:
    assert macos.mac_microphone(FakeAudio({41: (0, 1)})).in_use() is False


def test_a_camera_running_somewhere_is_in_use() -> None:
    cameras = FakeAudio({60: (0, 0), 61: (0, 1)}, cmio=True)
    assert macos.mac_camera(cameras).in_use() is True
    cameras.devices[61] = (0, 0)
    assert macos.mac_camera(cameras).in_use() is False


def test_macos_that_does_not_answer_cannot_tell() -> None:
    audio = FakeAudio({42: (1, 0)})
    audio.failing = True
    assert macos.mac_microphone(audio).in_use() is None


def test_without_the_frameworks_macos_sources_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(macos, "_framework", lambda name: None)
    assert isinstance(macos.mac_camera(), CannotTell)
    assert "CoreAudio" in macos.mac_microphone().reason


def test_fourcc_is_big_endian_as_apple_writes_it() -> None:
    assert macos.fourcc("gone") == 0x676F6E65


# -- choosing ---------------------------------------------------------------------------------


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_screen_sharing_cannot_be_told_on_windows_or_macos(platform: str) -> None:
    made: list[str] = []

    def factory(concern: str) -> CannotTell:
        made.append(concern)
        return CannotTell(f"fake {concern}", name=concern)

    key = "windows" if platform == "win32" else "macos"
    sources = choose_busy_sources({}, platform, {key: factory})
    assert made == ["microphone", "camera"]
    assert "does not tell" in sources.screen_share.reason


def test_a_backend_that_fails_to_start_becomes_cannot_tell() -> None:
    def broken(concern: str) -> CannotTell:
        raise OSError("no such library")

    sources = choose_busy_sources({"DISPLAY": ":0"}, "linux", {"linux": broken})
    assert all(isinstance(s, CannotTell) for _, s in sources.all())
    assert "no such library" in sources.microphone.reason
    other = choose_busy_sources({}, "freebsd14", {})
    assert other.read() == {"microphone": None, "camera": None, "screen_share": None}
