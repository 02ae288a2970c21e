"""Words typed and not saved when Footholds closes (the quick log's note, feelings and the
rest): kept in one private file beside the unsaved entries and given back at the next start,
so quitting, or logging out, never throws away what the person was writing.

A draft is not an entry: it never joins the store unless the person saves it. The file is
written crash-safely (0600) and in the store's form: encrypted while the lock is open, and
never written at all while it is closed, since the words would then lie on disk in the clear.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from footholds.core.atomic import set_aside, write_atomic
from footholds.core.paths import make_private_dir
from footholds.core.safe_read import open_regular
from footholds.core.store import storage

log = logging.getLogger(__name__)

NAME = "drafts.json"
FORMAT = "footholds-drafts"
LIMIT = 4 * 1024 * 1024  # far above any draft (a note is limited), far below a strain
# where a window's earlier draft waits when it could not join the words typed since (see
# joined): kept in the file under this name beside the window's own, until its field is free
EARLIER = ".earlier"


def keep(where: Path, drafts: dict[str, dict[str, Any]], *, locked: bool) -> bool:
    """Write `drafts` (by window name), or remove the file when there are none. False when
    they could not be kept: `locked` (the words would be written in the clear; the file is
    left as it is, so what it held at the start still comes back), or the disk refused.
    Never raises."""
    if locked:
        log.warning("drafts not kept: the lock is closed")
        return False
    try:
        if not drafts:
            where.unlink(missing_ok=True)
            return True
        make_private_dir(where.parent)
        plain = json.dumps({"format": FORMAT, "drafts": drafts}, ensure_ascii=False).encode()
        write_atomic(where, storage.encode(plain))
        return True
    except OSError as exc:
        log.warning("drafts not kept: %s", exc.strerror)
        return False


def take(where: Path) -> dict[str, dict[str, Any]]:
    """The drafts kept at the last close, by window name. The file stays until the next close
    writes what the windows hold then (or nothing), so a crash, or a close while locked, still
    finds them next time. Empty when there are none, or they cannot be read now (sealed while
    the lock is closed: left for a start with it open)."""
    try:
        with open_regular(where, LIMIT) as file:  # no larger than any draft, a regular file
            data = json.loads(storage.decode(file.read(), where))
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except storage.StoreLocked:
        return {}
    except OSError as exc:
        log.warning("drafts could not be read: %s", exc.strerror)
        return {}
    except (ValueError, storage.DamagedFile):  # Refused (too large, not a file) is one too
        return _damaged(where)
    drafts = data.get("drafts") if isinstance(data, dict) else None
    if not isinstance(drafts, dict) or data.get("format") != FORMAT:
        return _damaged(where)
    return {k: v for k, v in drafts.items() if isinstance(k, str) and isinstance(v, dict)}


def _damaged(where: Path) -> dict[str, dict[str, Any]]:
    """Set a file that cannot be read aside beside it (never deleted) and give nothing."""
    try:
        moved = set_aside(where, where.parent, "damaged")
        log.error("a drafts file could not be read; it was kept at %s", moved)
    except OSError as exc:
        log.warning("a damaged drafts file stays where it is: %s", exc.strerror)
    return {}


def joined(
    earlier: Mapping[str, Any], now: Mapping[str, Any], texts: Mapping[str, int], most: int
) -> dict[str, Any] | None:
    """The draft Lock now put away (`earlier`) and what was typed since (`now`) as one, or
    None when they cannot be one without leaving something out. Each text in `texts` (a
    field's name and its limit): the earlier words first, a blank line between, once when
    both are the same; a list: what both picked, `most` at most; any other value: the one
    that is set, or both the same."""
    out: dict[str, Any] = {}
    for key in (*earlier, *(k for k in now if k not in earlier)):
        before, after = earlier.get(key), now.get(key)
        if key in texts:
            first, then = str(before or ""), str(after or "")
            if not first.strip() or first.strip() == then.strip():
                out[key] = then
            elif not then.strip():
                out[key] = first
            else:
                out[key] = f"{first.rstrip()}\n\n{then.lstrip()}"
            if len(out[key]) > texts[key]:
                return None
        elif isinstance(before, list) and isinstance(after, list):
            out[key] = before + [item for item in after if item not in before]
            if len(out[key]) > most:
                return None
        elif before in (None, "", []) or before == after:
            out[key] = after
        elif after in (None, "", []):
            out[key] = before
        else:  # two different choices of one kind (an energy level): neither is dropped
            return None
    return out
