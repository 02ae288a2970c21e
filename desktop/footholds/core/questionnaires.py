"""PHQ-9 and GAD-7: their published wording, scoring, the question 9 offer, and when to offer.

The wording lives in resources/content/en/questionnaires.json with its source and check date,
and is never changed here. A language is offered only where that file holds a validated
translation word for word; otherwise the forms stay in English.

Scoring follows the developers' rules: each item is 0 (not at all) to 3 (nearly every day),
the total is the sum (PHQ-9 0-27, GAD-7 0-21). A total needs every item answered: a partly
answered form keeps the answers given, item by item, and has no total, because a sum of some
items would read lower than it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from footholds.core import resource_files
from footholds.core.store import QuestionnaireAnswers, Store

FORMS = ("phq9", "gad7")
OFFER_EVERY = timedelta(days=14)  # the forms ask about the last two weeks
MAX_SCORE = {"phq9": 27, "gad7": 21}


@dataclass(frozen=True)
class Form:
    """One questionnaire as published."""

    key: str
    name: str
    stem: str
    items: tuple[str, ...]
    options: tuple[str, ...]
    difficulty: str
    difficulty_options: tuple[str, ...]
    bands: tuple[tuple[int, str], ...]
    safety_item: int | None  # index of the item about hurting yourself (PHQ-9 question 9)
    source: str
    language: str


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = resource_files.read_json("content", "en", "questionnaires.json")
    return data


def copyright_line() -> str:
    """The line the developers ask to be shown with the forms."""
    return str(_data()["copyright"])


def checked() -> str:
    """The day the wording was checked against its source."""
    return str(_data()["checked"])


def languages(key: str) -> tuple[str, ...]:
    """Languages `key` can be shown in: English, and any validated translation shipped."""
    extra = [code for code, forms in _data().get("translations", {}).items() if key in forms]
    return ("en", *sorted(extra))


def form(key: str, language: str = "en") -> Form:
    """The form `key` in `language` when a validated translation ships, else in English."""
    data = _data()
    raw = data["forms"][key]
    language = language if language in languages(key) else "en"
    if language != "en":
        raw = {**raw, **data["translations"][language][key]}
    return Form(
        key=key,
        name=str(raw["name"]),
        stem=str(raw["stem"]),
        items=tuple(raw["items"]),
        options=tuple(raw.get("options", data["options"])),
        difficulty=str(raw["difficulty"]),
        difficulty_options=tuple(raw.get("difficulty_options", data["difficulty_options"])),
        bands=tuple((int(low), str(word)) for low, word in raw["bands"]),
        safety_item=raw["safety_item"],
        source=str(raw["source"]),
        language=language,
    )


def score(answers: list[int | None]) -> int | None:
    """The total, or None unless every item is answered with 0-3."""
    if not answers or any(a is None or not 0 <= a <= 3 for a in answers):
        return None
    return sum(a for a in answers if a is not None)


def band(key: str, total: int) -> str:
    """The published severity band for a total (only shown when the person asks)."""
    word = ""
    for low, name in form(key).bands:
        if total >= low:
            word = name
    return word


def offers_safety(key: str, answers: list[int | None]) -> bool:
    """Whether to offer the safety plan and Get help now: any answer above "not at all" on
    the question about being better off dead or hurting yourself."""
    item = form(key).safety_item
    if item is None or item >= len(answers):
        return False
    answer = answers[item]
    return answer is not None and answer > 0


def offer_due(now: datetime, last_offered: str, last_filled: datetime | None) -> bool:
    """Whether the two-weekly offer may be made now: once, and not again within 14 days of
    the last offer or the last time a form was filled in."""
    for earlier in (_moment(last_offered), last_filled):
        if earlier is not None and now - earlier < OFFER_EVERY:
            return False
    return True


def last_filled(store: Store) -> datetime | None:
    """When a questionnaire was last filled in, if ever."""
    latest = store.latest(QuestionnaireAnswers, 1)
    return latest[0].at if latest else None


def history(store: Store, start: datetime, end: datetime) -> list[QuestionnaireAnswers]:
    """Forms filled in between `start` and `end`, oldest first."""
    return sorted(store.between(QuestionnaireAnswers, start, end), key=lambda r: r.at)


def _moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return moment if moment is not None and moment.tzinfo is not None else None
