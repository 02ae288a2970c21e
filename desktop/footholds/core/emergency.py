"""Emergency numbers for every country and territory, and how old the crisis data is.

resources/crisis/emergency.json holds, for each ISO 3166-1 code, the number to show first
("call"), the other emergency numbers there ("also"), the source each came from and the date it
was checked. A number of "also" that answers in some regions only ("regional": Spain's 085
and 088) is left out of what the app and the CLI are given: a tired person should see the
number that works wherever they are, not one that may not answer there. Where no number could
be confirmed, "call" is null and "reason" says why; the app then says it does not know the
number and points to the directory of helplines.
Country names in another language ship as resources/crisis/names.<language>.json (names only,
never a number); a name it lacks is shown in English.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from functools import cache
from typing import Any

from footholds.core import resource_files

_CODE = re.compile(r"^[A-Z]{2}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STALE_AFTER_DAYS = 365


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = resource_files.read_json("crisis", "emergency.json")
    return data


def is_country(code: str) -> bool:
    """True when `code` ("mx" or "MX") is an ISO 3166-1 country or territory."""
    return code.strip().upper() in _data()["countries"]


def emergency_info(code: str) -> dict[str, Any] | None:
    """Everything known about the emergency numbers of `code`, or None for a code that is no
    ISO 3166-1 country. The keys: "code", "name" (English), "call" (the number to show first,
    or None when it could not be confirmed), "also" (other emergency numbers there), "listed"
    (when "call" is None: numbers a compilation lists without saying which service each
    reaches; show them only as unconfirmed), "reason" (why "call" is None), "source" (URL),
    "checked" (YYYY-MM-DD) and "regional" (numbers that answer in some regions only: never in
    "also", so never offered)."""
    key = code.strip().upper()
    entry = _data()["countries"].get(key)
    if entry is None:
        return None
    info: dict[str, Any] = {"also": [], "listed": [], "reason": "", "source": "", "regional": []}
    info.update(copy.deepcopy(entry))
    info["also"] = [n for n in info["also"] if n not in info["regional"]]
    info["code"] = key
    return info


@cache
def _names(language: str) -> dict[str, str]:
    """Country names in `language` by code, from names.<language>.json; {} for English (the
    names in emergency.json), for a language without a file and for a broken file."""
    node = names_file(language)
    if language == "en" or not node.is_file():
        return {}
    try:
        names = json.loads(node.read_text(encoding="utf-8")).get("countries")
    except (ValueError, AttributeError):
        return {}
    if not isinstance(names, dict):
        return {}
    return {k: v for k, v in names.items() if isinstance(v, str) and v.strip()}


def country_name(code: str, language: str = "en") -> str:
    """The name of country `code` in `language` ("es"), in English where that language has
    none; "" for a code that is no country."""
    info = emergency_info(code)
    if info is None:
        return ""
    return _names(language).get(info["code"]) or str(info.get("name", info["code"]))


def names_file(language: str) -> Any:
    """Where the country names in `language` ship (the file may not exist)."""
    return resource_files.path("crisis", f"names.{language}.json")


def emergency_checked() -> str:
    """The date (YYYY-MM-DD) the emergency numbers were last checked."""
    return str(_data()["checked"])


def is_stale(checked: str, today: date) -> bool:
    """True when data checked on `checked` (YYYY-MM-DD) is more than a year old on `today`.
    A date that cannot be read counts as stale: better to say so than to vouch for it."""
    try:
        then = date.fromisoformat(checked)
    except (TypeError, ValueError):
        return True
    return (today - then).days > STALE_AFTER_DAYS


# -- checking --------------------------------------------------------------------------------


def check_emergency(data: Any, codes: set[str]) -> list[str]:
    """Problems with emergency.json, as sentences: every code in `codes` must be there with
    either a number, a source URL and a checked date, or a null number and a reason."""
    if not isinstance(data, dict) or not isinstance(data.get("countries"), dict):
        return ["emergency: needs countries"]
    countries = data["countries"]
    problems = [f"emergency: {code} is missing" for code in sorted(codes - set(countries))]
    for code, entry in sorted(countries.items()):
        where = f"emergency/{code}"
        if not _CODE.match(code) or not isinstance(entry, dict):
            problems.append(f"{where}: needs a two-letter code and an object")
            continue
        if not _DATE.match(str(entry.get("checked", ""))):
            problems.append(f"{where}: needs a checked date")
        call = entry.get("call")
        if call is None:
            if not str(entry.get("reason", "")).strip():
                problems.append(f"{where}: a null number needs a reason")
        elif not re.fullmatch(r"\d[\d ]*", str(call)):
            problems.append(f"{where}: the number should be digits")
        elif not str(entry.get("source", "")).startswith("https://"):
            problems.append(f"{where}: a number needs an https source")
        regional = entry.get("regional", [])
        if regional:
            if not isinstance(regional, list) or not set(regional) <= set(entry.get("also", [])):
                problems.append(f"{where}: regional numbers must be among its other numbers")
            if not str(entry.get("regional_note", "")).strip():
                problems.append(f"{where}: regional numbers need a note saying where from")
    return problems
