"""Choosing a reminder's words, and the remind/pause/resume command line (no Qt)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.cli.commands import pause_request
from footholds.cli.parser import build_parser
from footholds.core import protocol
from footholds.core.reminder_items import ItemChooser
from footholds.core.reminders import Kind
from footholds.core.store import ContentMark, OwnItem, Store
from support import present


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "store", aside_dir=tmp_path / "aside", durable=False)
    opened.open()
    yield opened
    opened.close()


def test_movement_fits_posture_and_effort(store: Store) -> None:
    chooser = ItemChooser(store, rng=random.Random(3))
    for _ in range(30):
        item = present(chooser.pick(Kind.MOVEMENT, posture="lying", effort="gentle"))
        assert item["posture"] == "lying" and item["effort"] == "gentle"


def test_recent_ideas_do_not_come_back_soon_even_after_a_restart(store: Store) -> None:
    chooser = ItemChooser(store, rng=random.Random(3))
    first = [present(chooser.pick(Kind.REST))["id"] for _ in range(12)]
    assert len(set(first)) == 12
    again = ItemChooser(store, rng=random.Random(3))
    again.restore_recent(chooser.recent_state())
    assert present(again.pick(Kind.REST))["id"] not in first


def test_hidden_ideas_are_left_out_and_own_ideas_come_in(store: Store) -> None:
    chooser = ItemChooser(store, rng=random.Random(5))
    shown = present(chooser.pick(Kind.WINDDOWN))["id"]
    store.add(ContentMark(pack="winddown", item_id=shown, mark="hidden"))
    own = store.add(OwnItem(pack="winddown", text="Light the candle by the bed"))
    chooser.forget_marks()
    seen = {present(chooser.pick(Kind.WINDDOWN))["id"] for _ in range(60)}
    assert shown not in seen
    assert own.id in seen


def test_an_own_movement_without_a_posture_fits_every_posture(store: Store) -> None:
    own = store.add(OwnItem(pack="movements", text="Wiggle my toes"))
    chooser = ItemChooser(store, rng=random.Random(1))
    for posture in ("sitting", "standing", "lying"):
        ids = {present(chooser.pick(Kind.MOVEMENT, posture=posture))["id"] for _ in range(40)}
        assert own.id in ids


def test_when_nothing_fits_exactly_the_closest_fit_is_chosen(store: Store) -> None:
    chooser = ItemChooser(store, rng=random.Random(1))
    gentle = chooser._picker("movements").candidates(posture="standing", effort="gentle")
    for item in gentle:
        store.add(ContentMark(pack="movements", item_id=item["id"]))
    chooser.forget_marks()
    item = present(chooser.pick(Kind.MOVEMENT, posture="standing", effort="gentle"))
    assert item["posture"] == "standing" and item["effort"] == "moderate"


def test_everything_hidden_gives_none(store: Store) -> None:
    chooser = ItemChooser(store)
    for item in chooser._picker("nourishment").items:
        store.add(ContentMark(pack="nourishment", item_id=item["id"]))
    chooser.forget_marks()
    assert chooser.pick(Kind.NOURISHMENT) is None


def test_the_language_changes_the_words_not_the_ids(store: Store) -> None:
    chooser = ItemChooser(store, "en", rng=random.Random(2))
    english = present(chooser.pick(Kind.REST, exclude=()))
    chooser.set_language("es_ES.UTF-8")
    spanish = chooser._picker("rest").items
    match = next(item for item in spanish if item["id"] == english["id"])
    assert match["text"] != english["text"]


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        ("30m", {"minutes": 30}),
        ("1h", {"minutes": 60}),
        ("2H", {"minutes": 120}),
        ("tomorrow", {"until": "tomorrow"}),
        ("off", {"until": "resume"}),
    ],
)
def test_pause_lengths(text: str, request_: dict[str, str]) -> None:
    args = build_parser().parse_args(["pause", text])
    assert pause_request(args.length) == request_
    protocol.encode("pause", **request_)  # a message the app accepts


def test_pause_without_a_length_pauses_until_resumed() -> None:
    assert pause_request(build_parser().parse_args(["pause"]).length) == {"until": "resume"}


@pytest.mark.parametrize("bad", ["0m", "25h", "soon", "-5m", "1.5h", "m"])
def test_bad_pause_lengths_exit_2_with_one_line(
    bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(["pause", bad])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ("pause length" in err or "not an option" in err)


def test_remind_takes_movement_or_rest() -> None:
    assert build_parser().parse_args(["remind", "rest"]).kind == "rest"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["remind", "nap"])
    assert {"remind", "pause", "resume"} <= protocol.COMMANDS
