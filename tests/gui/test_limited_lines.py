"""Every one-line field whose words go to the store holds no more than the store keeps, stops
there and says so just under itself: a longer name was taken, then refused in a box with
"OK" when the person pressed Add."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import cast

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.settings import SESSIONS_SECTION
from footholds.core.store import OwnLine, Person, Session
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import field_limit, limit_words
from footholds.ui.common.said_under import limit_said
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.settings.settings_window import SettingsWindow

# a field, the line that speaks for it and the window it is in
Field = tuple[QLineEdit, Feedback, QWidget]
Opener = Callable[[AppContext], Field]


def _therapist(ctx: AppContext) -> Field:
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    window.present(SESSIONS_SECTION)
    return window.sessions.therapist, window.sessions.said, window


def _person_form(name: str) -> Opener:
    def opener(ctx: AppContext) -> Field:
        window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
        window.form.start(None)
        said = {"name": window.form.name_said, "how": window.form.how_said}
        return getattr(window.form, name), said.get(name, window.form.said), window

    return opener


def _trusted(name: str) -> Opener:
    def opener(ctx: AppContext) -> Field:
        window = cast(HelpNowWindow, ctx.windows.show("help-now"))
        window.people.form.show()  # the form in place, as with no Reach out window
        return getattr(window.people, name), window.people.said, window

    return opener


def _own_line(name: str) -> Opener:
    def opener(ctx: AppContext) -> Field:
        window = cast(HelpNowWindow, ctx.windows.show("help-now"))
        field = getattr(window.own, name)  # its words laid over the form, just under it
        said = limit_said(field)
        assert said is not None
        return field, said, window

    return opener


FIELDS: dict[str, tuple[Opener, int]] = {
    "therapist": (_therapist, Session.THERAPIST_LIMIT),
    "person name": (_person_form("name"), Person.NAME_LIMIT),
    "person how": (_person_form("how"), Person.HOW_LIMIT),
    "person note": (_person_form("note"), Person.NOTE_LIMIT),
    "trusted name": (_trusted("name"), Person.NAME_LIMIT),
    "trusted how": (_trusted("how"), Person.HOW_LIMIT),
    "own line name": (_own_line("name"), OwnLine.NAME_LIMIT),
    "own line number": (_own_line("number"), OwnLine.NUMBER_LIMIT),
    "own line note": (_own_line("note"), OwnLine.NOTE_LIMIT),
}


@pytest.fixture(autouse=True)
def no_box(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any note in a box fails the test: the field must have stopped at the limit."""
    told: list[str] = []

    def inform(_parent: object, text: str) -> None:
        told.append(text)

    monkeypatch.setattr(ctx.prompter, "inform", inform)
    yield told
    assert told == []


@pytest.mark.parametrize("which", list(FIELDS))
def test_a_line_field_stops_at_the_limit_and_says_so_under_it(
    ctx: AppContext, qtbot: QtBot, which: str
) -> None:
    opener, limit = FIELDS[which]
    field, said, window = opener(ctx)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    field.setFocus()
    qtbot.keyClicks(field, "a" * (limit - 1))
    assert said.text() == ""  # nothing said before the end is reached
    qtbot.keyClicks(field, "bcdef")
    assert field.text() == "a" * (limit - 1) + "b"
    assert said.text() == limit_words(limit) and said.speaking
    assert said.isVisible()
    qtbot.keyClick(field, "\b")  # back under the limit: the words go as any feedback does
    qtbot.waitUntil(quiet(said))


def quiet(said: Feedback) -> Callable[[], bool]:
    return lambda: not said.speaking


def test_the_person_forms_limit_is_said_under_the_field_that_reached_it(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Typing past the name's 100 said "Up to 100 characters fit here." under the note,
    which holds 2000, and named no field: each field's limit is said just under it, with
    room kept from the start, so nothing moves when it speaks."""
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    form = window.form
    form.start(None)
    qtbot.waitUntil(lambda: form.name.isVisible() and form.how.height() > 0)
    where = form.how.geometry(), form.note.geometry(), form.save.geometry()
    for field, said, next_field in (
        (form.name, form.name_said, form.how),
        (form.how, form.how_said, form.note),
    ):
        limit = field_limit(field)
        assert limit is not None
        field.setFocus()
        qtbot.keyClicks(field, "a" * (limit + 8))
        assert len(field.text()) == limit
        assert said.text() == limit_words(limit) and said.isVisible()
        assert form.said.text() == ""  # not under the note
        # just under its field, above the next one
        top = said.mapTo(form, said.rect().topLeft()).y()
        assert field.mapTo(form, field.rect().bottomLeft()).y() <= top
        assert top < next_field.mapTo(form, next_field.rect().topLeft()).y()
        qtbot.keyClick(field, "\b")
        qtbot.waitUntil(quiet(said))
    assert (form.how.geometry(), form.note.geometry(), form.save.geometry()) == where


def test_a_long_therapist_name_is_kept_as_far_as_it_fits(ctx: AppContext, qtbot: QtBot) -> None:
    field, _said, window = _therapist(ctx)
    qtbot.addWidget(window)
    field.setFocus()
    qtbot.keyClicks(field, "Dr " + "a" * 120)
    cast(SettingsWindow, window).sessions.add.click()
    (kept,) = ctx.store.all(Session)
    assert len(kept.therapist) == Session.THERAPIST_LIMIT


def test_the_stores_limits_are_the_fields(ctx: AppContext) -> None:
    """The fields' limits are the ones the store checks against, not a copy of them."""
    from footholds.core.store.validate import InvalidEntry

    for record in (
        Session(therapist="a" * (Session.THERAPIST_LIMIT + 1)),
        Person(name="a" * (Person.NAME_LIMIT + 1)),
        Person(name="a", how="a" * (Person.HOW_LIMIT + 1)),
        OwnLine(name="a", number="1" * (OwnLine.NUMBER_LIMIT + 1)),
    ):
        with pytest.raises(InvalidEntry):
            ctx.store.add(record)
