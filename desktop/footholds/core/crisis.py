"""The crisis lines and emergency numbers by region: the one module that knows their files.

resources/crisis/lines.json is the only place for numbers, text keywords, links and checked
dates. lines.<language>.json (lines.es.json) holds nothing but words in another language:
region names and notes, and line names, hours and notes, keyed by region code and line id. A
word it lacks is shown in English, so a half-done translation still shows every line.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from footholds.core import resource_files

ENGLISH = "en"  # the language of lines.json
FALLBACK_REGION = "ZZ"
# The words a translation may give. Nothing else can be translated, so a translation can
# never carry a stale or different number.
REGION_WORDS = ("name", "note")
LINE_WORDS = ("name", "hours", "note")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DIGITS = re.compile(r"\d+")


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


# -- loading ---------------------------------------------------------------------------------


@cache
def _lines() -> dict[str, Any]:
    data: dict[str, Any] = resource_files.read_json("crisis", "lines.json")
    return data


def _code(language: str) -> str:
    """ "es_ES.UTF-8" or "es-ES" -> "es"; anything that is not a plain language code -> "en"."""
    code = re.split(r"[_.@-]", language.strip(), maxsplit=1)[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else ENGLISH


def words_file(code: str) -> Any:
    """Where the words for language `code` ship (the file may not exist)."""
    return resource_files.path("crisis", f"lines.{code}.json")


@cache
def _words(code: str) -> dict[str, Any]:
    """The translated words by region code; {} for English or a language without a file."""
    node = words_file(code)
    if code == ENGLISH or not node.is_file():
        return {}
    try:
        regions = json.loads(node.read_text(encoding="utf-8")).get("regions")
    except (ValueError, AttributeError):
        return {}  # a broken translation must never hide the lines: English it is
    return regions if isinstance(regions, dict) else {}


def _in_words(region: dict[str, Any], words: Any) -> dict[str, Any]:
    """`region` with each translated word laid over its English one; the rest stays English."""
    if not isinstance(words, dict):
        return region
    for field in REGION_WORDS:
        if _text(words.get(field)):
            region[field] = words[field]
    lines = words.get("lines")
    lines = lines if isinstance(lines, dict) else {}
    for line in region["lines"]:
        said = lines.get(line.get("id"))
        if not isinstance(said, dict):
            continue
        for field in LINE_WORDS:
            if field in line and _text(said.get(field)):
                line[field] = said[field]
    return region


def crisis_checked() -> str:
    """The date (YYYY-MM-DD) the shipped crisis lines were last checked."""
    return str(_lines()["checked"])


def crisis_regions(language: str = ENGLISH) -> dict[str, dict[str, Any]]:
    """Every shipped region by code ("GB", ...), including the fallback "ZZ", with its words in
    `language` where there are some, in English where not."""
    words = _words(_code(language))
    regions: dict[str, dict[str, Any]] = copy.deepcopy(_lines()["regions"])
    return {code: _in_words(region, words.get(code)) for code, region in regions.items()}


def region_for_locale(locale_name: str) -> str:
    """The crisis region for a locale such as "en_GB.UTF-8" or "es-ES"; "ZZ" when unknown."""
    base = re.split(r"[.@]", locale_name.strip(), maxsplit=1)[0]
    parts = re.split(r"[_-]", base)
    if len(parts) < 2:
        return FALLBACK_REGION
    country = parts[-1].upper()
    country = "GB" if country == "UK" else country
    regions = _lines()["regions"]
    return country if country in regions and country != FALLBACK_REGION else FALLBACK_REGION


def crisis_region(code: str, language: str = ENGLISH) -> dict[str, Any]:
    """One region's lines with its `code`, in `language` where it can be; the fallback "ZZ"
    for a code we cannot vouch for."""
    regions = _lines()["regions"]
    key = code.strip().upper()
    key = "GB" if key == "UK" else key
    if key not in regions:
        key = FALLBACK_REGION
    region = _in_words(copy.deepcopy(regions[key]), _words(_code(language)).get(key))
    region["code"] = key
    return region


# -- checking --------------------------------------------------------------------------------


def check_lines(data: Any) -> list[str]:
    """Problems with lines.json, as sentences; empty when it is fine."""
    if not isinstance(data, dict) or not _DATE.match(str(data.get("checked", ""))):
        return ["crisis: needs a checked date"]
    regions = data.get("regions")
    if not isinstance(regions, dict) or FALLBACK_REGION not in regions:
        return ["crisis: needs regions, including ZZ"]
    problems: list[str] = []
    for code, region in regions.items():
        where = f"crisis/{code}"
        if not re.fullmatch(r"[A-Z]{2}", code) or not isinstance(region, dict):
            problems.append(f"{where}: needs a two-letter code and an object")
            continue
        missing = [field for field in ("name", "emergency", "note") if not _text(region.get(field))]
        if not _DATE.match(str(region.get("checked", ""))):
            missing.append("checked date")
        if missing:
            problems.append(f"{where}: needs {', '.join(missing)}")
        lines = region.get("lines")
        if not isinstance(lines, list) or not lines:
            problems.append(f"{where}: needs at least one line")
            continue
        # a translation finds its line by id, so each line needs one of its own
        ids = [line.get("id") for line in lines if isinstance(line, dict)]
        for line in lines:
            if not isinstance(line, dict) or not _text(line.get("name")):
                problems.append(f"{where}: a line without a name")
            elif not _text(line.get("id")) or ids.count(line["id"]) > 1:
                problems.append(f"{where}/{line['name']}: needs an id of its own")
            elif not any(_text(line.get(k)) for k in ("call", "text", "url")):
                problems.append(f"{where}/{line['name']}: needs call, text or url")
        numbers = [
            ln for ln in lines if isinstance(ln, dict) and (ln.get("call") or ln.get("text"))
        ]
        if code != FALLBACK_REGION and not numbers:
            problems.append(f"{where}: needs a number to call or text")
    return problems


def check_words(code: str, english: Mapping[str, Any], words: Any) -> list[str]:
    """Problems with the words for language `code` against lines.json (`english`): a region or
    line it lacks or lines.json lacks, an English word without its translation, a field that
    is not a word (numbers live in lines.json only), a number the English does not have."""
    where = f"crisis/{code}"
    if not isinstance(words, dict) or set(words) != {"regions"}:
        return [f"{where}: needs regions and nothing else"]
    theirs, ours = words["regions"], english["regions"]
    if not isinstance(theirs, dict):
        return [f"{where}: regions should be an object by region code"]
    problems = [f"{where}/{key}: not a region in lines.json" for key in set(theirs) - set(ours)]
    for key, region in ours.items():
        said = theirs.get(key)
        allowed = (*REGION_WORDS, "lines")
        problems += _check_said(f"{where}/{key}", region, said, allowed, REGION_WORDS)
        lines = said.get("lines", {}) if isinstance(said, dict) else {}
        if not isinstance(lines, dict):
            problems.append(f"{where}/{key}: lines should be an object by line id")
            continue
        by_id = {line["id"]: line for line in region["lines"]}
        problems += [
            f"{where}/{key}/{i}: not a line in lines.json" for i in set(lines) - set(by_id)
        ]
        for line_id, line in by_id.items():
            # a line's name is often a proper name (Samaritans) and may stay as it is
            needed = [field for field in ("hours", "note") if field in line]
            if needed or line_id in lines:
                here = f"{where}/{key}/{line_id}"
                problems += _check_said(here, line, lines.get(line_id), LINE_WORDS, needed)
    return sorted(problems)


def _check_said(
    where: str,
    english: Mapping[str, Any],
    said: Any,
    allowed: tuple[str, ...],
    needed: Iterable[str],
) -> list[str]:
    """One region's or line's words: only `allowed` fields, each `needed` one there, each one
    translating an English word, with no number the English word lacks."""
    if not isinstance(said, dict):
        return [f"{where}: missing"]
    problems = [f"{where}: {k!r} is not a word to translate" for k in set(said) - set(allowed)]
    problems += [f"{where}: needs {field}" for field in needed if field not in said]
    for field in set(said) & (set(allowed) - {"lines"}):
        value = said[field]
        if field not in english or not _text(value):
            problems.append(f"{where}: {field} should translate an English {field}")
        elif not set(_DIGITS.findall(value)) <= set(_DIGITS.findall(str(english[field]))):
            problems.append(f"{where}: {field} has a number the English does not")
    return problems


def validate(languages: Iterable[str]) -> list[str]:
    """Check lines.json and, for each language but English, its words; empty when all is well."""
    english = resource_files.read_json("crisis", "lines.json")
    problems = check_lines(english)
    for code in [] if problems else [c for c in languages if c != ENGLISH]:
        if not words_file(code).is_file():
            problems.append(f"crisis/{code}: lines.{code}.json is missing")
            continue
        words = json.loads(words_file(code).read_text(encoding="utf-8"))
        problems += check_words(code, english, words)
    return problems
