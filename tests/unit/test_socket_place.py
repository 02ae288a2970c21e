"""Where the instance socket lives, and the checks that keep other users away from it."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.core import socket_place
from footholds.core.paths import Paths
from footholds.core.socket_place import NotPrivate

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows uses a per-user named pipe")
NOBODY = 65534
as_root = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0, reason="needs root to hand a file to another user"
)


@pytest.fixture
def short() -> Iterator[Path]:
    """A folder with a short path: socket paths are limited to about 100 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="fh-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def platform_paths(root: Path, runtime: Path | None) -> Paths:
    return Paths(
        config_dir=root / "config",
        data_dir=root / "data",
        log_dir=root / "logs",
        runtime_dir=runtime,
    )


def test_the_socket_is_never_a_bare_name_in_the_shared_temp_folder(short: Path) -> None:
    where = Path(socket_place.address(Paths.from_env({"FOOTHOLDS_HOME": str(short)})))
    assert where.is_absolute()
    assert where.parent != Path(os.environ.get("TMPDIR") or "/tmp")
    assert where == short / "data" / "run" / where.name


def test_the_runtime_folder_is_used_when_it_is_ours_and_closed(short: Path) -> None:
    runtime = short / "runtime"
    runtime.mkdir(mode=0o700)
    where = socket_place.socket_path(platform_paths(short, runtime))
    assert where.parent == runtime / "footholds"
    assert len(os.fsencode(where)) <= socket_place.MAX_PATH_BYTES


def test_a_runtime_folder_others_may_write_in_is_not_used(short: Path) -> None:
    runtime = short / "runtime"
    runtime.mkdir()
    os.chmod(runtime, 0o777)
    assert socket_place.socket_path(platform_paths(short, runtime)).parent == short / "data/run"
    missing = short / "no-such-runtime"
    assert socket_place.socket_path(platform_paths(short, missing)).parent == short / "data/run"


@as_root
def test_a_runtime_folder_of_another_user_is_not_used(short: Path) -> None:
    runtime = short / "runtime"
    runtime.mkdir(mode=0o700)
    os.chown(runtime, NOBODY, NOBODY)
    assert socket_place.socket_path(platform_paths(short, runtime)).parent == short / "data/run"


def test_footholds_home_keeps_the_socket_under_its_own_folder(short: Path) -> None:
    paths = Paths.from_env({"FOOTHOLDS_HOME": str(short), "XDG_RUNTIME_DIR": str(short)})
    assert paths.runtime_dir is None
    assert socket_place.socket_path(paths).parent == short / "data" / "run"


def test_platform_folders_take_the_runtime_folder_from_the_environment(short: Path) -> None:
    paths = Paths.from_env({"XDG_RUNTIME_DIR": str(short)})
    assert paths.runtime_dir == short


def test_a_path_too_long_for_a_socket_falls_back_to_a_private_temp_folder(short: Path) -> None:
    deep = short / ("x" * 120)
    where = socket_place.socket_path(platform_paths(deep, None))
    assert len(os.fsencode(where)) <= socket_place.MAX_PATH_BYTES
    temp = Path(os.environ.get("TMPDIR") or "/tmp")
    assert where.parent == temp / f"footholds-{os.getuid()}"
    # and one made by the app can really be listened on
    made = not where.parent.exists()
    socket_place.prepare_folder(where.parent)
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(where))
        os.unlink(where)
    finally:
        if made:
            where.parent.rmdir()


def test_the_same_home_gives_the_same_socket_and_two_homes_two(short: Path) -> None:
    one = socket_place.address(Paths.from_env({"FOOTHOLDS_HOME": str(short / "a")}))
    again = socket_place.address(Paths.from_env({"FOOTHOLDS_HOME": str(short / "a")}))
    other = socket_place.address(Paths.from_env({"FOOTHOLDS_HOME": str(short / "b")}))
    assert one == again != other


def test_prepare_folder_makes_it_private_and_tightens_our_own(short: Path) -> None:
    folder = short / "data" / "run"
    socket_place.prepare_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    os.chmod(folder, 0o755)
    socket_place.prepare_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert socket_place.check_folder(folder)


def test_a_symlinked_folder_is_refused_on_both_ends(short: Path) -> None:
    elsewhere = short / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    link = short / "run"
    link.symlink_to(elsewhere)
    with pytest.raises(NotPrivate):
        socket_place.prepare_folder(link)
    with pytest.raises(NotPrivate):
        socket_place.check_folder(link)


def test_the_client_refuses_a_folder_open_to_others(short: Path) -> None:
    assert socket_place.check_folder(short / "missing") is False
    folder = short / "run"
    folder.mkdir()
    os.chmod(folder, 0o755)
    with pytest.raises(NotPrivate, match="open to other users"):
        socket_place.check_folder(folder)


def test_the_client_refuses_what_is_not_a_socket(short: Path) -> None:
    assert socket_place.check_socket(short / "missing") is False
    plain = short / "plain"
    plain.write_text("")
    with pytest.raises(NotPrivate, match="not a socket"):
        socket_place.check_socket(plain)


@as_root
def test_folders_and_sockets_of_another_user_are_refused(short: Path) -> None:
    folder = short / "run"
    folder.mkdir(mode=0o700)
    os.chown(folder, NOBODY, NOBODY)
    with pytest.raises(NotPrivate, match="another user"):
        socket_place.prepare_folder(folder)
    with pytest.raises(NotPrivate, match="another user"):
        socket_place.check_folder(folder)
    os.chown(folder, 0, 0)
    path = folder / "s"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        assert socket_place.check_socket(path)
        os.chown(path, NOBODY, NOBODY)
        with pytest.raises(NotPrivate, match="another user"):
            socket_place.check_socket(path)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_PEERCRED is Linux's")
def test_peer_uid_names_the_user_at_the_other_end() -> None:
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        assert socket_place.peer_uid(left.fileno()) == os.getuid()
        left.send(b"x")  # the descriptor was borrowed, not closed
        assert right.recv(1) == b"x"


def test_addresses_start_with_the_usual_one_then_the_other_private_folders(short: Path) -> None:
    """Where the app may listen when its usual folder takes no socket (a read-only disk):
    both ends try these in this order."""
    runtime = short / "runtime"
    runtime.mkdir(mode=0o700)
    paths = platform_paths(short, runtime)
    places = socket_place.addresses(paths)
    assert places[0] == socket_place.address(paths)
    assert [Path(p).parent for p in places[:2]] == [runtime / "footholds", short / "data/run"]
    assert Path(places[-1]).parent.name == f"footholds-{os.getuid()}"
    assert len(set(places)) == len(places)
