"""A store from a newer Footholds is left alone, with one clear line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from support import child_env


def test_commands_refuse_a_newer_store_and_change_nothing(footholds_home: Path) -> None:
    store = footholds_home / "data" / "store"
    store.mkdir(parents=True)
    (store / "meta.json").write_text(json.dumps({"schema": 99}))
    before = sorted(p.name for p in store.rglob("*"))
    for args in (["log", "hello"], ["export", "--format", "json"]):
        result = subprocess.run(
            [sys.executable, "-m", "footholds", *args],
            capture_output=True,
            text=True,
            env=child_env(),
            timeout=60,
        )
        assert result.returncode == 1
        assert "newer" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in store.rglob("*")) == before
