"""The words recovery tells a person about a damaged file (core/store/recovery): which file, a
month by its name ("your log for December 2026"), what was wrong in plain words, what came
back, whether anything may be missing, what they can do, and where the file as it was is kept.
Each sentence a code of core/errors/recovery.py, so the UI says it in its own language."""

from __future__ import annotations

from footholds.core.errors import Said, messages, said

# a month's name by its number, each its own sentence for the translator
MONTH_CODES = tuple(f"store.month.{n}" for n in range(1, 13))


def describe(relative: str) -> Said:
    """A store file's name in words: "your log for March 2026", "your proof list"."""
    kind, _, rest = relative.partition("/")
    kind = kind.removesuffix(".json")
    code = f"store.file.{kind}"
    name = said(code) if code in messages() else said("store.file.other", name=kind)
    if not rest:
        return name
    month = rest.removesuffix(".json")
    return said("store.file.month", file=name, month=_month(month))


def _month(month: str) -> Said | str:
    """ "2026-03" as "March 2026" ("marzo de 2026"); a name of another shape as it is."""
    year, _, number = month.partition("-")
    if not (year.isdigit() and number.isdigit() and 1 <= int(number) <= 12):
        return month
    code = MONTH_CODES[int(number) - 1]
    return said("store.month", month=said(code), year=year)


# what a file not shaped as the store writes it is told as: damaged, as a person sees it
_SHAPES = {"store.damage.shape", "store.damage.no_schema", "store.damage.entry_shape"}


def plain_detail(detail: Said, raw: bytes, cut_off: bool) -> Said:
    """What was wrong with a whole file, as a person would put it: empty, cut short, or
    damaged, rather than "not valid JSON" or "not shaped like a Footholds store"; other
    reasons (a newer Footholds) as they are."""
    if detail.code in _SHAPES:
        return said("store.damage.garbled")
    if detail.code != "store.damage.not_json":  # an undecryptable file's bytes are not kept
        return detail
    if not raw.strip():
        return said("store.damage.empty")
    # cut short only if what is there began as a store file does: random bytes or words
    # written over it also leave brackets open, and were told as "the end … was missing"
    ours = raw.lstrip().startswith(b"{")
    return said("store.damage.cut" if cut_off and ours else "store.damage.garbled")


def whole_file(
    detail: Said,
    relative: str,
    counts: tuple[int, int, int],
    *,
    had_backup: bool,
    may_miss_end: bool,
    other_text: int = 0,
) -> list[Said]:
    """A file that could not be read as a whole: `counts` are the entries that came back from
    the file itself and from the latest backup, and those seen that could not come back;
    `may_miss_end` when entries may have followed where the file was cut; `other_text` of
    those from the file had been saved in another text format (core/store/text_format)."""
    kept, restored, left_out = counts
    file = describe(relative)
    code = "store.part_unreadable" if kept else "store.unreadable"  # "part of" what came back
    only_text = detail.code == "store.damage.other_text"  # and nothing else was wrong
    if only_text:  # it was read whole, in that format
        message = [said("store.read_other_text", file=file)]
    else:
        message = [said(code, file=file, detail=detail)]
    if kept and restored:
        message.append(said("store.came_back", kept + restored, kept=kept, restored=restored))
    elif kept:
        message.append(said("store.came_back_file", kept))
    elif restored:
        message.append(said("store.came_back_backup", restored))
    if other_text and not only_text:
        message.append(said("store.other_text_entries", other_text))
    if left_out:
        message.append(said("store.left_out", left_out))
    if may_miss_end:  # how much followed the cut is not known: no count, which could only be low
        message.append(said("store.cut_off"))
    # only the file itself can say nothing is missing: a backup lacks what was written since
    missing = bool(left_out or may_miss_end or not kept)
    if not missing:
        message.append(said("store.nothing_missing"))
    if not had_backup and not restored and not only_text:  # a whole file needs none
        message.append(said("store.no_backup"))
    if missing:
        message.append(said("store.restore_hint"))
    return message


def some_entries(
    unreadable: int, detail: Said, relative: str, counts: tuple[int, int, int]
) -> list[Said]:
    """A sound file with `unreadable` entries that could not be read."""
    kept, restored, left_out = counts
    file = describe(relative)
    message = [said("store.entries_unreadable", unreadable, file=file, detail=detail)]
    if restored:
        message.append(said("store.came_back_backup", restored))
    if left_out:
        message.append(said("store.left_out", left_out))
    if kept:
        message.append(said("store.others_safe", kept))
    if left_out:
        message.append(said("store.restore_hint"))
    return message
