"""Full JSON export, streamed so ten years of history never sits in memory at once.

Schema (version 1), stable; new fields are only ever added:

    {
      "format": "footholds-export",
      "version": 1,
      "app_version": "0.1.0",
      "exported_at": "2026-11-22T10:00:00+00:00",
      "lists": {"feelings": ["heavy", ...], "wins": ["drank water", ...],
                "parts": ["the inner critic", ...]}   (added later) the person's own lists,
                as in their settings; importing the file adds what theirs lack, never
                removing or renaming any
      "records": {
        "log": [ {"id": "...", "at": "ISO 8601 with offset", "feelings": [...], "energy": 1-5|null,
                  "wins": [...], "note": "", "trigger": "", "tried": "", "helped": "",
                  "part": "", "source": "quick-log"}, ... ],
        "proof": [...], "thought": [...], ...   one list per record kind, oldest first
        "safety_plan": [ {"id": "...", "at": "...", "sections": {"sp-reasons": "...", ...},
                          "safer": ["lock-away", ...]} ]   "safer" was added later: a plan
                          without it is read as none ticked
        "session": [ {"id": "...", "at": "...", "day": "2026-12-08", "talk_about": "",
                      "time": "17:00", "minutes": 50, "every": "" | "1w" | "2w" | "4w",
                      "therapist": "", "notes": [{"day": "2026-12-08", "talk": "",
                      "remember": "", "try": ""}], "cancelled": ["2026-12-22"],
                      "moved": {"2026-12-15": "2026-12-16 09:00"},
                      "offered": ["before:2026-12-08", "after:2026-12-08"]} ]
                      "day" is the first date of a repeating slot; every field after
                      "talk_about" was added later (older sessions read as a date only,
                      50 minutes, once, no notes). Each note, cancellation and move is named
                      by the day that occurrence was planned for.
        "activity": [ {"id", "at", "text": "...", "kind": "enjoyment" | "achievement" |
                       "connection" | "matters"} ]   the person's own activities (added later)
        "activity_plan": [ {"id", "at", "activity_id": "own id, built-in id or empty",
                            "text": "...", "kind": "...", "day": "YYYY-MM-DD",
                            "time": "HH:MM" or "", "nudge": true|false,
                            "done_at": ISO 8601 or null, "mood_before": 1-5|null,
                            "mood_after": 1-5|null, "word": "", "source": "today"} ]
                          (added later) a plan with no done_at is one that did not happen;
                          Footholds never shows or counts those once their day is over
        "sleep": [ {"id", "at", "day": "YYYY-MM-DD (the morning)", "bed": "HH:MM",
                    "up": "HH:MM", "quality": 1-5|null, "source": "quick-log"} ]   (added later)
        "medication_taken": [ {"id": "...", "at": "...", "day": "2026-12-03"} ]   the "took my
                          medication" tick, one per day (medication is off by default)
        "medicine": [ {"id": "...", "at": "...", "name": "...", "dose": "...",
                       "changes": [ {"day": "YYYY-MM-DD", "dose": "...", "note": ""} ]} ]
        "questionnaire": [ {"id": "...", "at": "...", "form": "phq9"|"gad7",
                            "answers": [0-3|null, ...] (9 or 7, in item order),
                            "difficulty": 0-3|null} ]   PHQ-9 and GAD-7 answers, item by item;
                            a total is worked out when shown, never stored
      }
    }

Each record's fields are those of its dataclass in footholds.core.store.models. Any record
may also hold (added later) "earlier": [sha256 hex digests], those of the words it had before
it was changed in Footholds, oldest first, at most 20 (core/store/earlier.py); importing an
export made before a change leaves that older version out. A record never changed has none.

CSV (`write_csv_zip`): a zip holding one `<kind>.csv` per record kind (log.csv, proof.csv, ...)
and README.txt. Each CSV has a header row with the record's field names in dataclass order
(but "earlier"),
then one row per record, oldest first. Times are ISO 8601 with offset; lists and mappings
(feelings, wins, tags, answers, steps, sections) are JSON text in their cell; true/false for
yes/no fields; an empty cell for a missing number. Text that begins with =, +, -, @, a tab or
a carriage return is written with a ' in front, so a spreadsheet shows it instead of running
it as a formula (OWASP's advice on CSV injection).
"""

from __future__ import annotations

import csv
import io
import json
import time
import zipfile
from dataclasses import fields
from datetime import datetime
from typing import IO, Any

from footholds import __version__
from footholds.core.store import Store
from footholds.core.store.dump import documents

FORMAT = "footholds-export"
VERSION = 1


FORMATS = ("json", "csv")


def export_bytes(
    store: Store, fmt: str, lists: dict[str, list[str]] | None = None
) -> tuple[bytes, int]:
    """The whole export file and how many records it holds: JSON with the person's `lists`,
    or ("csv") a zip of CSV files. Settings › Your data, the running app's `export` command
    and `footholds export` with no app running all make it here, so each writes the same."""
    if fmt == "csv":
        raw = io.BytesIO()
        count = write_csv_zip(store, raw)
        return raw.getvalue(), count
    text = io.StringIO()
    count = write_json(store, text, lists)
    return text.getvalue().encode("utf-8"), count


def write_json(store: Store, out: IO[str], lists: dict[str, list[str]] | None = None) -> int:
    """Write every record to `out`, and the person's own `lists` (own_lists.of) when given;
    returns how many records were written."""
    head: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": datetime.now().astimezone().isoformat(),
    }
    if lists is not None:
        head["lists"] = lists
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "records": {')
    total = 0
    for n, model in enumerate(store.kinds()):
        out.write(("," if n else "") + f"\n  {json.dumps(model.KIND)}: [")
        for i, doc in enumerate(documents(store, model)):
            out.write(("," if i else "") + "\n    ")
            out.write(json.dumps(doc, ensure_ascii=False, sort_keys=True))
            total += 1
        out.write("\n  ]")
    out.write("\n}}\n")
    return total


CSV_README = """Footholds export, one CSV file per kind of entry.

Each file starts with a header row naming its columns; rows are oldest first.
Times are ISO 8601 with the time zone offset. Lists (feelings, wins, tags, steps)
and sets of answers are written as JSON text inside their cell.
Text that begins with =, +, -, @, a tab or a carriage return has a ' added in
front, so spreadsheets show it as text instead of running it as a formula.
Footholds can import its own JSON export (footholds export --format json).
"""


_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
# What makes a spreadsheet read a cell as a formula: these at the very start of the text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    """Text as a spreadsheet will show it: a leading formula character gets a ' before it."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _cell(value: Any) -> str:
    # Called once per field of every record: plain text, the common case, goes first.
    kind = type(value)
    if kind is str:
        return _text(value)
    if value is None:
        return ""
    if kind is bool:
        return "true" if value else "false"
    if kind is list or kind is dict:
        return _JSON(value) if value else ("[]" if kind is list else "{}")
    return str(value)


def write_csv_zip(store: Store, out: IO[bytes]) -> int:
    """Write a zip of one CSV per record kind to `out`; returns how many records were written."""
    total = 0
    # every file dated now, as writestr dates the README: a member opened by name for
    # writing would carry the zip format's earliest date, 1 January 1980
    written = time.localtime()[:6]
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("README.txt", written), CSV_README, zipfile.ZIP_DEFLATED)
        for model in store.kinds():
            # digests of earlier words help an import, not a spreadsheet
            names = [f.name for f in fields(model) if f.name != "earlier"]
            member = zipfile.ZipInfo(f"{model.KIND}.csv", written)
            member.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(member, "w") as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
                writer = csv.writer(text)
                writer.writerow(names)
                for doc in documents(store, model):
                    writer.writerow([_cell(doc.get(name)) for name in names])
                    total += 1
                text.flush()
                text.detach()
    return total
