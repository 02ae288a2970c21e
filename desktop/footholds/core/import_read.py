"""Reading a file to import: opening it safely, telling a Footholds export from a Daylio
CSV export, and reading its records one at a time, each checked, with the rows left out and
why. No Qt. What the records would do to the store is core/importers.py's (the plan and the
write)."""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from footholds.core import errors, export, import_daylio, import_words
from footholds.core.errors import Explained
from footholds.core.import_pace import Stop, Stopped, parse, read_all
from footholds.core.safe_read import MB, Refused, open_regular
from footholds.core.store import BY_KIND, InvalidEntry, Record
from footholds.core.store.validate import CONTROL, invalid, not_after

if TYPE_CHECKING:
    from footholds.core.importers import ImportPlan

# A Daylio row is about 70 bytes: 256 MB is over three million rows, far past any real
# export, and it is read a row at a time. A Footholds export is parsed whole (ten years are
# about 30 MB), so it has a lower limit.
MAX_BYTES = 256 * MB
MAX_JSON_BYTES = 128 * MB
PROGRESS_EVERY = 5_000  # rows between two progress reports
Progress = Callable[[int, float], None]  # rows read so far, and the share of the file read
# Entries dated later than this past the moment of the import are left out (and listed under
# their own heading: they were read, only their date has not come): another device's clock may
# run a little ahead, but an entry from 2150 would top every list for good (the store itself
# takes years up to validate.YEAR_MAX).
AHEAD = timedelta(days=1)
AHEAD_CODE = "entry.ahead"  # the store's refusal of a date still to come (validate.not_after)


class ImportFailed(Explained, ValueError):
    """A file that cannot be imported; the message says why, kindly. `code` and `values`
    name the sentence for the UI to translate (core/errors)."""


def failed(code: str, **values: Any) -> ImportFailed:
    """An ImportFailed saying the sentence `code` with `values`."""
    return ImportFailed(errors.english(code, **values)).explain(code, **values)


@dataclass(frozen=True)
class Skipped:
    """A row or entry left out, with where it is in the file and why; `code` and `values`
    name the why's sentence for the UI to translate (core/errors)."""

    where: str
    reason: str
    line: int | None = None
    code: str = ""
    values: Mapping[str, str] = field(default_factory=dict)
    # an entry of a Footholds export: its kind and its number among them, for the UI to say
    # where it is in the person's language
    kind: str = ""
    number: int | None = None


def check_file(path: Path) -> None:
    """Raise ImportFailed when `path` cannot be opened as a file to import. Lets the command
    line say "there is no file" before it asks for the passphrase it would not need."""
    _open(path).close()


def _open(path: Path) -> io.BufferedReader:
    try:
        return open_regular(path, MAX_BYTES)
    except FileNotFoundError:
        raise failed("import.no_file", path=path) from None
    except Refused as exc:
        raise ImportFailed(str(exc)).explain(exc.code, **exc.values) from None
    except OSError as exc:
        raise failed("import.unreadable", file=path.name, reason=exc.strerror) from None


def read_records(
    path: Path,
    out: ImportPlan,
    progress: Progress | None,
    check: bool = True,
    stop: Stop | None = None,
) -> Iterator[Record | Skipped]:
    """Open the file safely, recognise it, and read its records one at a time."""
    if out.until is None:
        out.until = datetime.now().astimezone() + AHEAD
    file = _open(path)
    with file:
        size = max(os.fstat(file.fileno()).st_size, 1)
        start = file.peek(4096)[:4096]
        if start[:4] == b"PK\x03\x04":
            raise failed("import.zip", file=path.name)
        hashing = _Hashing(file)
        if start.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
            if size > MAX_JSON_BYTES:
                raise failed("import.too_large", file=path.name)
            raw = read_all(hashing, stop)
            if stop is not None and stop():
                return  # stopped while reading: _batches ends
            out.digest = hashing.digest.hexdigest()
            text = _decode(raw, path.name)
            yield from _footholds_records(text, out, size, progress, stop)
        else:
            yield from _daylio_records(hashing, out, size, progress, check)
            out.digest = hashing.digest.hexdigest()
    if progress is not None:
        progress(-1, 1.0)  # done


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise failed("import.not_text", file=name) from None


class _Hashing(io.RawIOBase):
    """Reads through to `file`, hashing every byte, so the digest costs no second read."""

    def __init__(self, file: BinaryIO) -> None:
        self.file, self.digest, self.done = file, hashlib.sha256(), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = self.file.readinto(buffer)  # type: ignore[attr-defined]
        self.digest.update(buffer[:n])
        self.done += n
        return int(n)


def _daylio_records(
    hashing: _Hashing, out: ImportPlan, size: int, progress: Progress | None, check: bool
) -> Iterator[Record | Skipped]:
    out.source = "daylio"
    text = io.TextIOWrapper(io.BufferedReader(hashing, 1 << 20), encoding="utf-8-sig", newline="")
    count = 0
    tidied = import_daylio.Tidied()
    try:
        rows = import_daylio.rows(text, out.tz, check=check, until=out.until, tidied=tidied)
        for row in rows:
            if isinstance(row, import_daylio.BadRow):
                yield Skipped(f"line {row.line}", row.reason, row.line, row.code, row.values)
            else:
                yield row
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count, hashing.done / size)
            out.tidied, out.cut = tidied.invisible, tidied.cut
    except UnicodeDecodeError:
        raise failed("import.not_text", file=out.name) from None
    except import_daylio.NotDaylio:
        raise failed("import.unknown_kind", file=out.name) from None
    except import_daylio.OpenQuote as exc:
        code = "import.open_quote" if exc.swallowed else "import.open_quote_end"
        raise failed(code, line=exc.line, file=out.name) from None


def _footholds_records(
    text: str, out: ImportPlan, size: int, progress: Progress | None, stop: Stop | None = None
) -> Iterator[Record | Skipped]:
    name = out.name
    try:
        data = parse(text, stop)
    except Stopped:
        return  # _batches asks again, and ends
    except json.JSONDecodeError as exc:
        raise failed("import.damaged_json", file=name, line=exc.lineno) from None
    except (ValueError, RecursionError):
        # a number longer than Python's 4,300-digit limit, or nesting deeper than its stack
        raise failed("import.strange_json", file=name) from None
    del text
    if not isinstance(data, dict) or data.get("format") != export.FORMAT:
        raise failed("import.not_export", file=name)
    version = data.get("version")
    if not isinstance(version, int) or version > export.VERSION:
        raise failed("import.newer", file=name)
    groups = data.get("records")
    if not isinstance(groups, dict):
        raise failed("import.no_records", file=name)
    out.source = "footholds"
    from footholds.core.own_lists import from_export

    out.lists = from_export(data.get("lists"))
    total = max(sum(len(v) for v in groups.values() if isinstance(v, list)), 1)
    count = trimmed = tidied = 0
    for kind, items in groups.items():
        model = BY_KIND.get(kind)
        found = len(items) if isinstance(items, list) else 0
        if model is None or not isinstance(items, list):
            why = errors.english("import.kind_unknown", found=str(found))
            yield Skipped(f"{kind!s:.40}", why, None, "import.kind_unknown", {"found": str(found)})
            continue
        known = {f.name for f in fields(model)}
        for n, item in enumerate(items, 1):
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count, count / total)
            if isinstance(item, dict) and set(item) - known:
                trimmed += 1  # a newer Footholds added a field: keep what this one knows
                item = {k: v for k, v in item.items() if k in known}
            if isinstance(item, dict):
                visible = _visible(item)
                if visible is not item:
                    item, tidied = visible, tidied + 1
            try:
                if isinstance(item, dict) and "at" not in item:
                    # an export always says when; without it the entry would be dated the
                    # moment of the import, and sit at the top of the journal as today's
                    raise invalid("entry.empty", field="The time")
                yield _not_ahead(model.from_dict(item), out.until)
            except InvalidEntry as exc:
                where = f"{import_words.kind_name(kind)} number {n}"
                yield Skipped(where, str(exc), None, exc.code, exc.values, kind=kind, number=n)
    if trimmed:
        out.trimmed += trimmed
    out.tidied += tidied


def _visible(item: dict[str, Any]) -> dict[str, Any]:
    """`item` with control characters and noncharacters taken out of its words (and of its
    lists of words), as the windows take them out of a paste; `item` itself when it has none."""
    out: dict[str, Any] | None = None
    for key, value in item.items():
        if isinstance(value, str) and _hidden(value):
            clean: Any = _tidy(value)
        elif isinstance(value, list) and any(isinstance(x, str) and _hidden(x) for x in value):
            clean = [_tidy(x) if isinstance(x, str) else x for x in value]
        else:
            continue
        out = dict(item) if out is None else out
        out[key] = clean
    return item if out is None else out


def _hidden(text: str) -> bool:
    """Whether `text` holds characters to take out (a line's carriage return is no such one:
    the store makes it a plain line break)."""
    return CONTROL.search(text) is not None and CONTROL.search(text.replace("\r", "")) is not None


def _tidy(text: str) -> str:
    return CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _not_ahead(record: Record, until: datetime | None) -> Record:
    """`record` when none of its moments is later than `until`; raises InvalidEntry if so."""
    if until is not None:
        for name in record.TIME_FIELDS:
            moment = getattr(record, name)
            if moment is not None:
                not_after(moment, until)
    return record


def digest_of(path: Path, stop: Stop | None = None) -> str:
    """The sha256 of a file, read safely (see safe_read), asking `stop` every megabyte."""
    digest = hashlib.sha256()
    try:
        with open_regular(path, MAX_BYTES) as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
                if stop is not None and stop():
                    return ""
    except (OSError, Refused):
        return ""
    return digest.hexdigest()
