"""Full JSON export, streamed so ten years of history never sits in memory at once.

Schema (version 1), stable; new fields are only ever added:

    {
      "format": "footholds-export",
      "version": 1,
      "app_version": "0.1.0",
      "exported_at": "2026-11-22T10:00:00+00:00",
      "records": {
        "log": [ {"id": "...", "at": "ISO 8601 with offset", "feelings": [...], "energy": 1-5|null,
                  "wins": [...], "note": "", "trigger": "", "tried": "", "helped": "",
                  "part": "", "source": "quick-log"}, ... ],
        "proof": [...], "thought": [...], ...   one list per record kind, oldest first
      }
    }

Each record's fields are those of its dataclass in footholds.core.store.models.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import IO

from footholds import __version__
from footholds.core.store import Store

FORMAT = "footholds-export"
VERSION = 1


def write_json(store: Store, out: IO[str]) -> int:
    """Write every record to `out`; returns how many were written."""
    head = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": datetime.now().astimezone().isoformat(),
    }
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "records": {')
    total = 0
    for n, model in enumerate(store.kinds()):
        out.write(("," if n else "") + f"\n  {json.dumps(model.KIND)}: [")
        for i, record in enumerate(store.iter_records(model)):
            out.write(("," if i else "") + "\n    ")
            out.write(json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True))
            total += 1
        out.write("\n  ]")
    out.write("\n}}\n")
    return total
