"""The built-in words Footholds shows: the one module that knows the content packs' files.

Packs live in resources/content/<language>/<name>.json. The crisis lines have a module of
their own, core/crisis.py; their names are kept here for the callers that still use them.
Every item has a stable `id`, the same in every language, so a hidden or favourite item stays
hidden or favourite when the language changes.
"""

from __future__ import annotations

import copy
import random
import re
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from footholds.core import crisis, resource_files
from footholds.core.crisis import FALLBACK_REGION as FALLBACK_REGION
from footholds.core.crisis import crisis_checked as crisis_checked
from footholds.core.crisis import crisis_region as crisis_region
from footholds.core.crisis import crisis_regions as crisis_regions
from footholds.core.crisis import region_for_locale as region_for_locale

DEFAULT_LANGUAGE = "en"
ANY = "any"  # a filter value that matches everything, as the effort setting uses it

POSTURES = ("sitting", "standing", "lying")
EFFORTS = ("gentle", "moderate")
REST_KINDS = ("breathing", "eyes", "relaxation", "water", "outside", "stillness")
THEMES = ("temporary", "self-worth", "identity", "small-steps", "connection", "self-compassion")
SENSES = ("sight", "touch", "hearing", "smell", "taste")
ACK_KINDS = ("saved", "done", "skipped", "tough")
# What a reminder's thanks may be about (core/reminders.py Kind): a kind's own lines, such as
# "done_medication", are said in place of the general ones when a pack has them.
# The same names as core/store/models.py REMINDER_KINDS, written out: this module is read
# from a plain checkout with nothing installed (tests/unit/test_resources_everywhere.py), and
# the store's package needs platformdirs. tests/unit/test_content.py checks they agree.
ACK_ABOUT = (
    "movement",
    "rest",
    "winddown",
    "nourishment",
    "reach_out",
    "activity",
    "medication",
)
ACK_VARIANTS = tuple(f"{kind}_{about}" for kind in ("done", "skipped") for about in ACK_ABOUT)
ACK_VARIANT_MINIMUM = 3
ACTIVITY_KINDS = ("enjoyment", "achievement", "connection", "matters")

Item = dict[str, Any]
# A field rule: None is non-empty text, a tuple lists the allowed values, a range whole numbers,
# STEPS a list of two or more non-empty lines.
STEPS = "steps"
Rule = tuple[str, ...] | range | str | None

# name -> (at least this many items, fields besides `id`)
LIST_PACKS: dict[str, tuple[int, dict[str, Rule]]] = {
    "movements": (
        45,
        {"text": None, "posture": POSTURES, "effort": EFFORTS, "seconds": range(20, 61)},
    ),
    "rest": (24, {"text": None, "kind": REST_KINDS, "seconds": range(20, 301)}),
    "winddown": (12, {"text": None}),
    "nourishment": (14, {"text": None}),
    "affirmations": (45, {"text": None, "theme": THEMES}),
    "reach_out": (14, {"text": None}),
    # Ready messages for Get help now and Tough day, in the order shown: most urgent first.
    "help_messages": (4, {"text": None}),
    "routine": (16, {"text": None}),
    "thinking_traps": (11, {"name": None, "explain": None}),
    "thought_questions": (4, {"question": None, "hint": None}),
    # step 0 is a part that is not one of the numbered steps (what I want to stay for)
    "safety_plan": (7, {"step": range(0, 10), "title": None, "hint": None}),
    "help_knowledge": (3, {"title": None, "paragraphs": STEPS}),
    "proof_examples": (3, {"text": None}),
    # ideas for behavioural activation, a few of each kind; the person's own come first
    "activities": (12, {"text": None, "kind": ACTIVITY_KINDS}),
}
DOCUMENT_PACKS = ("acknowledgements", "grounding", "goal_prompts", "safety_plan_words")
ACK_MINIMUMS = {"saved": 12, "done": 8, "skipped": 6, "tough": 4}
MIN_PER_POSTURE = 12
MAX_PROOF_EXAMPLES = 5


# -- loading ---------------------------------------------------------------------------------


@cache
def available_languages() -> tuple[str, ...]:
    """Language codes that have a content folder, English first."""
    folder = resource_files.path("content")
    codes = sorted(entry.name for entry in folder.iterdir() if entry.is_dir())
    return tuple(sorted(codes, key=lambda code: code != DEFAULT_LANGUAGE))


def language_code(language: str) -> str:
    """Reduce "es_ES.UTF-8" or "es-ES" to "es"; anything without content becomes "en"."""
    code = re.split(r"[_.@-]", language.strip(), maxsplit=1)[0].lower()
    return code if code in available_languages() else DEFAULT_LANGUAGE


@cache
def _read(name: str, code: str) -> Any:
    if name not in LIST_PACKS and name not in DOCUMENT_PACKS:
        raise ValueError(f"there is no content pack called {name!r}")
    if not resource_files.path("content", code, f"{name}.json").is_file():
        code = DEFAULT_LANGUAGE
    return resource_files.read_json("content", code, f"{name}.json")


def load_pack(name: str, language: str = DEFAULT_LANGUAGE) -> list[Item]:
    """The items of a list pack (movements, rest, affirmations, ...), in the language or English."""
    data = _read(name, language_code(language))
    if not isinstance(data, list):
        raise ValueError(f"{name!r} is a document; use load_document")
    return copy.deepcopy(data)


def load_document(name: str, language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """A pack shaped as an object: acknowledgements, grounding or goal_prompts."""
    data = _read(name, language_code(language))
    if not isinstance(data, dict):
        raise ValueError(f"{name!r} is a list pack; use load_pack")
    return copy.deepcopy(data)


def acknowledgement(
    kind: str, rng: random.Random | None = None, language: str = DEFAULT_LANGUAGE, about: str = ""
) -> str:
    """One short warm line for kind "saved" (quick log), "done" or "skipped" (a reminder).

    `about` is what was done or let go (a reminder's kind, ACK_ABOUT): its own lines when the
    pack has them, so taking a medicine is never thanked for "a little movement".
    "tough" answers words kept in the tough-day window: they may be painful, so its lines
    thank the person and point to the help shown just below, never a cheerful "saved".
    """
    if kind not in ACK_KINDS:
        raise ValueError(f"kind must be one of {', '.join(ACK_KINDS)}")
    document = load_document("acknowledgements", language)
    lines: list[str] = document.get(f"{kind}_{about}") or document[kind]
    return (rng or random.Random()).choice(lines)


# -- choosing --------------------------------------------------------------------------------


class Picker:
    """Chooses one item at a time: not hidden, not shown lately, the person's own more often.

    `hidden` and `recent` are kept by reference, so the caller can share them with its settings
    and restore `recent` after a restart. Own items are dicts with at least `id` and `text`; an
    own item without a posture, effort or kind fits every filter, because the person wrote it.
    """

    def __init__(
        self,
        items: Sequence[Mapping[str, Any]],
        *,
        own: Sequence[Mapping[str, Any]] = (),
        hidden: set[str] | None = None,
        favourites: set[str] | None = None,
        recent: deque[str] | None = None,
        avoid: int = 8,
        own_weight: float = 3.0,
        favourite_weight: float = 2.0,
        rng: random.Random | None = None,
    ) -> None:
        self.items = [dict(item) for item in items]
        self.own = [dict(item) for item in own]
        self.hidden = hidden if hidden is not None else set()
        self.favourites = favourites if favourites is not None else set()
        self.recent = recent if recent is not None else deque(maxlen=max(avoid, 1))
        self.avoid = avoid
        self.own_weight = own_weight
        self.favourite_weight = favourite_weight
        self.rng = rng if rng is not None else random.Random()

    def candidates(
        self, *, posture: str | None = None, effort: str | None = None, kind: str | None = None
    ) -> list[Item]:
        """Every item that is not hidden and fits the filters, own items first (marked own)."""
        wanted = {"posture": posture, "effort": effort, "kind": kind}
        out: list[Item] = []
        for own, pool in ((True, self.own), (False, self.items)):
            for item in pool:
                if item["id"] in self.hidden or not _fits(item, wanted):
                    continue
                out.append({**item, "own": True} if own else dict(item))
        return out

    def pick(
        self,
        *,
        posture: str | None = None,
        effort: str | None = None,
        kind: str | None = None,
        exclude: Iterable[str] = (),
    ) -> Item | None:
        """Choose one item and remember it as recent; None when nothing fits."""
        excluded = set(exclude)
        pool = [
            item
            for item in self.candidates(posture=posture, effort=effort, kind=kind)
            if item["id"] not in excluded
        ]
        if not pool:
            return None
        recent = list(self.recent)[-self.avoid :] if self.avoid > 0 else []
        fresh = [item for item in pool if item["id"] not in recent]
        if fresh:
            weights = [self._weight(item) for item in fresh]
            chosen = self.rng.choices(fresh, weights=weights)[0]
        else:
            # Everything was shown lately: take the one shown longest ago.
            last_seen = {item_id: index for index, item_id in enumerate(recent)}
            chosen = min(pool, key=lambda item: last_seen.get(item["id"], -1))
        self.recent.append(chosen["id"])
        return chosen

    def _weight(self, item: Mapping[str, Any]) -> float:
        weight = self.own_weight if item.get("own") else 1.0
        if item["id"] in self.favourites:
            weight *= self.favourite_weight
        return weight


def _fits(item: Mapping[str, Any], wanted: Mapping[str, str | None]) -> bool:
    for field, value in wanted.items():
        if value is None or value == ANY or field not in item:
            continue
        if item[field] != value:
            return False
    return True


# -- checking --------------------------------------------------------------------------------


def check_pack(name: str, data: Any) -> list[str]:
    """Problems with one pack's shape, as sentences; empty when it is fine."""
    if name in LIST_PACKS:
        return _check_list_pack(name, data)
    if name == "acknowledgements":
        return _check_acks(data)
    if name == "grounding":
        return _check_grounding(data)
    if name == "goal_prompts":
        return _check_goal_prompts(data)
    if name == "safety_plan_words":
        return _check_plan_words(data)
    return [f"{name}: not a known pack"]


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _check_items(where: str, items: Any, fields: Mapping[str, Rule]) -> list[str]:
    if not isinstance(items, list):
        return [f"{where}: should be a list"]
    problems: list[str] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not _text(item.get("id")):
            problems.append(f"{where}[{index}]: needs an object with an id")
            continue
        if item["id"] in seen:
            problems.append(f"{where}: id {item['id']} is used twice")
        seen.add(item["id"])
        extra = set(item) - set(fields) - {"id"}
        if extra:
            problems.append(f"{where}/{item['id']}: unknown fields {sorted(extra)}")
        for field, rule in fields.items():
            value = item.get(field)
            if rule is None:
                ok = _text(value)
            elif rule == STEPS:
                ok = isinstance(value, list) and len(value) >= 2 and all(map(_text, value))
            elif isinstance(rule, range):
                ok = isinstance(value, int) and not isinstance(value, bool) and value in rule
            else:
                ok = value in rule
            if not ok:
                problems.append(f"{where}/{item['id']}: bad {field} {value!r}")
    return problems


def _check_list_pack(name: str, data: Any) -> list[str]:
    minimum, fields = LIST_PACKS[name]
    problems = _check_items(name, data, fields)
    if problems:
        return problems
    if len(data) < minimum:
        problems.append(f"{name}: {len(data)} items, at least {minimum} wanted")
    if name == "movements":
        for posture in POSTURES:
            count = sum(1 for item in data if item["posture"] == posture)
            if count < MIN_PER_POSTURE:
                problems.append(f"movements: only {count} for {posture}")
    if name == "proof_examples" and len(data) > MAX_PROOF_EXAMPLES:
        problems.append(f"proof_examples: more than {MAX_PROOF_EXAMPLES}")
    return problems


def _check_acks(data: Any) -> list[str]:
    if not isinstance(data, dict) or not set(ACK_KINDS) <= set(data):
        return [f"acknowledgements: needs {', '.join(ACK_KINDS)}"]
    unknown = set(data) - set(ACK_KINDS) - set(ACK_VARIANTS)
    if unknown:
        return [f"acknowledgements: unknown lists {sorted(unknown)}"]
    problems: list[str] = []
    variants = {name: ACK_VARIANT_MINIMUM for name in ACK_VARIANTS if name in data}
    for kind, minimum in {**ACK_MINIMUMS, **variants}.items():
        lines = data[kind]
        if not isinstance(lines, list) or not all(_text(line) for line in lines):
            problems.append(f"acknowledgements/{kind}: should be a list of lines")
        elif len(lines) < minimum or len(set(lines)) != len(lines):
            problems.append(f"acknowledgements/{kind}: needs {minimum} different lines")
    return problems


def _check_grounding(data: Any) -> list[str]:
    if not isinstance(data, dict) or set(data) != {"opening", "steps", "closing"}:
        return ["grounding: needs opening, steps and closing"]
    problems = _check_items("grounding", [data["opening"], data["closing"]], {"text": None})
    fields: dict[str, Rule] = {"count": range(1, 6), "sense": SENSES, "prompt": None}
    problems += _check_items("grounding/steps", data["steps"], fields)
    if not problems and [step["count"] for step in data["steps"]] != [5, 4, 3, 2, 1]:
        problems.append("grounding/steps: should count down 5, 4, 3, 2, 1")
    return problems


def _check_goal_prompts(data: Any) -> list[str]:
    if not isinstance(data, dict) or set(data) != {"prompts", "examples"}:
        return ["goal_prompts: needs prompts and examples"]
    problems = _check_items("goal_prompts/prompts", data["prompts"], {"text": None})
    problems += _check_items(
        "goal_prompts/examples", data["examples"], {"goal": None, "steps": STEPS}
    )
    if not problems and (len(data["prompts"]) < 3 or len(data["examples"]) != 3):
        problems.append("goal_prompts: wants at least 3 prompts and exactly 3 examples")
    return problems


# where help is, at the end of a plan on paper: each sentence and the places it fills in
PLAN_HELP_WORDS = {
    "title": (),
    "danger": ("number",),
    "danger_local": (),
    "also": ("numbers",),
    "call": ("number",),
    "text": ("number",),
    "text_word": ("word", "number"),
    "lines_checked": ("place", "date", "note"),
    "number_checked": ("place", "date", "note"),
}
_PLACE = re.compile(r"\{(\w*)\}")


def _check_plan_words(data: Any) -> list[str]:
    wanted = {"title", "order", "chosen", "safer_options", "help"}
    if not isinstance(data, dict) or set(data) != wanted:
        return ["safety_plan_words: needs title, order, chosen, safer_options and help"]
    problems = [
        f"safety_plan_words: bad {k}" for k in ("title", "order", "chosen") if not _text(data[k])
    ]
    help_words = data["help"]
    if not isinstance(help_words, dict) or set(help_words) != set(PLAN_HELP_WORDS):
        problems.append(f"safety_plan_words: help needs {', '.join(PLAN_HELP_WORDS)}")
    else:
        problems += [
            f"safety_plan_words/help: {k} needs {', '.join('{' + p + '}' for p in places)}"
            for k, places in PLAN_HELP_WORDS.items()
            if not _text(help_words[k])
            or sorted(_PLACE.findall(str(help_words[k]))) != sorted(places)
        ]
    problems += _check_items(
        "safety_plan_words/safer_options", data["safer_options"], {"text": None}
    )
    if not problems and len(data["safer_options"]) < 3:
        problems.append("safety_plan_words: wants at least 3 safer options")
    return problems


def pack_ids(name: str, data: Any) -> list[str]:
    """The ids in a pack in file order; for acknowledgements, kind:index per line."""
    if name == "acknowledgements":
        lists = (*ACK_KINDS, *ACK_VARIANTS)
        return [f"{kind}:{i}" for kind in lists for i in range(len(data.get(kind, [])))]
    if name == "grounding":
        items = [data["opening"], *data["steps"], data["closing"]]
    elif name == "goal_prompts":
        items = [*data["prompts"], *data["examples"]]
    elif name == "safety_plan_words":
        items = data["safer_options"]
    else:
        items = data
    return [str(item["id"]) for item in items]


def validate_packs() -> list[str]:
    """Check every pack in every language, and the crisis lines; empty when all is well."""
    problems: list[str] = []
    for name in (*LIST_PACKS, *DOCUMENT_PACKS):
        english: list[str] | None = None
        for code in available_languages():
            where = resource_files.path("content", code, f"{name}.json")
            if not where.is_file():
                problems.append(f"{code}/{name}: missing")
                continue
            data = resource_files.read_json("content", code, f"{name}.json")
            found = [f"{code}/{p}" for p in check_pack(name, data)]
            problems += found
            if found:
                continue
            ids = pack_ids(name, data)
            if code == DEFAULT_LANGUAGE:
                english = ids
            elif english is not None and ids != english:
                problems.append(f"{code}/{name}: ids differ from {DEFAULT_LANGUAGE}")
    problems += crisis.validate(available_languages())
    return problems
