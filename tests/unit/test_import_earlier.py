"""An entry changed in Footholds remembers digests of its earlier words (`earlier`), so that
importing an export made before the change leaves the older words out rather than adding them
back as a new entry; words neither current nor earlier still come in, as before."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

from checkin_data import at, open_store
from footholds.core import export, importers
from footholds.core.store import LogEntry, Proof, Store
from footholds.core.store.earlier import KEPT, words_digest


def exported(store: Store, path: Path) -> Path:
    """The store's JSON export, as Settings › Your data writes it."""
    raw, _count = export.export_bytes(store, "json")
    path.write_bytes(raw)
    return path


def imported(store: Store, path: Path) -> importers.ImportPlan:
    plan = importers.plan(store, path)
    importers.apply(store, plan)
    return plan


def edit(store: Store, record_id: str, note: str) -> LogEntry:
    held = store.get(LogEntry, record_id)
    assert held is not None
    return store.update(replace(held, note=note))


def test_importing_the_export_from_before_an_edit_adds_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    entry = store.add(LogEntry(at=at(3, 9), note="a hard morning"))
    proof = store.add(Proof(at=at(3, 10), text="I went out", day="2026-03-03"))
    before = exported(store, tmp_path / "before.json")
    edit(store, entry.id, "a hard morning, then a walk")
    held_proof = store.get(Proof, proof.id)
    assert held_proof is not None
    held_proof.text = "I went out for bread"  # a window changing the entry it holds
    store.update(held_proof)

    plan = importers.plan(store, before)
    assert plan.counts() == {} and not plan.has_new()
    assert plan.earlier == {"log": 1, "proof": 1} and not plan.differs
    assert (
        "  2 are earlier versions of entries you have changed since; your versions stay"
        in plan.lines()
    )
    importers.apply(store, plan)
    assert [e.note for e in store.all(LogEntry)] == ["a hard morning, then a walk"]
    assert [p.text for p in store.all(Proof)] == ["I went out for bread"]
    assert importers.summary(Counter(), earlier=2) == (
        "Nothing new to import; everything in the file was already here. 2 were earlier "
        "versions of entries you have changed since; your versions stay."
    )
    assert importers.summary(Counter(log=1), earlier=1) == (
        "Imported 1 log entry. 1 was an earlier version of an entry you have changed since; "
        "your version stays."
    )


def test_other_words_under_a_held_id_still_come_in(tmp_path: Path) -> None:
    """Words that are neither the entry's nor one of its earlier versions may be someone's
    only copy: added under an id of their own, as before."""
    store = open_store(tmp_path)
    entry = store.add(LogEntry(at=at(3, 9), note="first words"))
    edit(store, entry.id, "second words")
    other = {**entry.to_dict(), "note": "words from another computer"}
    data = {"format": export.FORMAT, "version": export.VERSION, "records": {"log": [other]}}
    path = tmp_path / "other.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    plan = imported(store, path)
    assert plan.added == {"log": 1} and plan.differs == {"log": 1} and not plan.earlier
    notes = sorted(e.note for e in store.all(LogEntry))
    assert notes == ["second words", "words from another computer"]


def test_every_earlier_version_is_left_out_after_several_edits(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    entry = store.add(LogEntry(at=at(3, 9), note="one"))
    first = exported(store, tmp_path / "first.json")
    edit(store, entry.id, "two")
    second = exported(store, tmp_path / "second.json")
    edit(store, entry.id, "three")
    for path in (first, second):
        plan = imported(store, path)
        assert plan.earlier == {"log": 1} and not plan.added
    assert [e.note for e in store.all(LogEntry)] == ["three"]
    held = store.get(LogEntry, entry.id)
    assert held is not None and len(held.earlier) == 2
    # saving the same words again is no change: nothing more to remember
    store.update(replace(held))
    again = store.get(LogEntry, entry.id)
    assert again is not None and again.earlier == held.earlier


def test_the_list_is_bounded_the_oldest_going_first(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    entry = store.add(LogEntry(at=at(3, 9), note="version 0"))
    oldest = exported(store, tmp_path / "oldest.json")
    for n in range(1, KEPT + 2):  # KEPT + 1 edits: the first words drop off the list
        edit(store, entry.id, f"version {n}")
    store.close()
    store = open_store(tmp_path)  # written in its file, and read back from it
    held = store.get(LogEntry, entry.id)
    assert held is not None and len(held.earlier) == KEPT
    assert held.earlier[-1] == words_digest(replace(held, note=f"version {KEPT}"))
    # words too old to be known are someone's words all the same: they come in, as before
    plan = imported(store, oldest)
    assert plan.added == {"log": 1} and not plan.earlier


def test_earlier_goes_through_an_export_and_back(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    kept = store.add(LogEntry(at=at(3, 8), note="never changed"))
    entry = store.add(LogEntry(at=at(3, 9), note="before"))
    edit(store, entry.id, "after")
    path = exported(store, tmp_path / "export.json")
    docs = {d["id"]: d for d in json.loads(path.read_text("utf-8"))["records"]["log"]}
    assert "earlier" not in docs[kept.id]  # an entry never changed is written as before
    assert docs[entry.id]["earlier"] == [words_digest(replace(entry, note="before"))]

    elsewhere = open_store(tmp_path / "elsewhere")
    plan = imported(elsewhere, path)
    assert plan.added == {"log": 2}
    moved = elsewhere.get(LogEntry, entry.id)
    assert moved is not None and moved.earlier == docs[entry.id]["earlier"]
    # and the same file again: already there, the digests no part of the words compared
    assert importers.plan(elsewhere, path).duplicates == {"log": 2}


def test_earlier_is_checked_when_read(tmp_path: Path) -> None:
    """Digests only, at most KEPT of them: anything else in the list is left out, never the
    entry; an entry without the field (older files, older exports) reads as before."""
    good = "ab" * 32
    doc = {**LogEntry(at=at(3, 9), note="n").to_dict(), "earlier": ["x", good, 5, good.upper()]}
    assert LogEntry.from_dict(doc).earlier == [good]
    many = [f"{n:064x}" for n in range(KEPT + 5)]
    assert LogEntry.from_dict({**doc, "earlier": many}).earlier == many[-KEPT:]
    assert "earlier" not in LogEntry(note="n").to_dict()
