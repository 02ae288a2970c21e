"""The crisis lines and emergency numbers by region: the one module that knows their files.

resources/crisis/lines.json is the only place for crisis-line numbers, links, sources and
checked dates. lines.<language>.json (lines.es.json) holds nothing but words in another
language: region names and notes, line names, hours, notes and text keywords (letters only,
such as AYUDA), keyed by region code and line id. A word it lacks is shown in English, so a
half-done translation still shows every line. Every country's own emergency number comes from
resources/crisis/emergency.json (see footholds.core.emergency).

The region rules, for the UI and the command line:
- region_for_locale("es_MX.UTF-8") is "MX"; a locale that names no country ("C", "C.UTF-8",
  "POSIX", "en") gives "", never a guess: the UI then asks the person.
- has_lines(code) says whether Footholds ships lines of its own for that country.
- crisis_region(code, language) gives what to show for any code (see its docstring): the
  region's lines, or for a country without lines its own emergency number and the directory.
- crisis_regions() lists only the regions with lines, and "ZZ" (anywhere else).
- data_checked() and data_is_stale(today) say how old the numbers are.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from typing import Any

from footholds.core import emergency, resource_files

ENGLISH = "en"  # the language of lines.json
FALLBACK_REGION = "ZZ"
# The words a translation may give. Nothing else can be translated, so a translation can
# never carry a stale or different number. A keyword is letters only (AYUDA for Spanish).
REGION_WORDS = ("name", "note")
LINE_WORDS = ("name", "hours", "note", "keyword")
NO_LINES_WORDS = ("note", "note_unknown")
_KEYWORD = re.compile(r"^[A-Z]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DIGITS = re.compile(r"\d+")


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


# -- loading ---------------------------------------------------------------------------------


@cache
def _lines() -> dict[str, Any]:
    data: dict[str, Any] = resource_files.read_json("crisis", "lines.json")
    return data


def _key(code: str) -> str:
    """A region code as the data spells it: "gb" -> "GB", "UK" -> "GB"."""
    key = code.strip().upper()
    return "GB" if key == "UK" else key


def _code(language: str) -> str:
    """ "es_ES.UTF-8" or "es-ES" -> "es"; anything that is not a plain language code -> "en"."""
    code = re.split(r"[_.@-]", language.strip(), maxsplit=1)[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else ENGLISH


def words_file(code: str) -> Any:
    """Where the words for language `code` ship (the file may not exist)."""
    return resource_files.path("crisis", f"lines.{code}.json")


@cache
def _file_words(code: str) -> dict[str, Any]:
    """The words file for language `code` as a dict; {} for English, a language without a
    file, or a broken file (a broken translation must never hide the lines: English it is)."""
    node = words_file(code)
    if code == ENGLISH or not node.is_file():
        return {}
    try:
        data = json.loads(node.read_text(encoding="utf-8"))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _words(code: str) -> dict[str, Any]:
    """The translated words by region code; {} for English or a language without a file."""
    regions = _file_words(code).get("regions")
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
            value = said.get(field)
            # a keyword may be given in one language only, and is letters, never a number
            wanted = field in line or field == "keyword"
            if wanted and _text(value) and (field != "keyword" or _KEYWORD.match(str(value))):
                line[field] = value
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


def has_lines(code: str) -> bool:
    """True when Footholds ships crisis lines of its own for `code` ("GB", "gb", "UK");
    False for "", for the fallback "ZZ" and for a country without lines ("MX")."""
    key = _key(code)
    return key != FALLBACK_REGION and key in _lines()["regions"]


def region_for_locale(locale_name: str) -> str:
    """The country a locale names, as an ISO 3166-1 code: "en_GB.UTF-8" -> "GB", "es-MX" ->
    "MX", "en_UK" -> "GB". "" when it names no country: "C", "C.UTF-8", "POSIX", plain "en",
    "" or a code that is no country ("en_ZZ", "es_419"). Never the fallback "ZZ": the
    person's country is never guessed. The country may have no lines of its own (see
    has_lines); crisis_region still gives its own emergency number."""
    base = re.split(r"[.@]", locale_name.strip(), maxsplit=1)[0]
    parts = re.split(r"[_-]", base)
    if len(parts) < 2:
        return ""
    country = _key(parts[-1])
    return country if emergency.is_country(country) else ""


def _in_order(lines: list[dict[str, Any]], language: str) -> list[dict[str, Any]]:
    """The lines for speakers of `language` first, each group in its shipped order."""
    code = _code(language)
    ours = [ln for ln in lines if code in ln.get("languages", ())]
    return ours + [ln for ln in lines if code not in ln.get("languages", ())]


def crisis_region(code: str, language: str = ENGLISH) -> dict[str, Any]:
    """What to show for region `code`, in `language` where it can be, always a fresh copy.

    - A region with lines of its own ("GB", "gb", "UK"): its lines, the ones whose
      `languages` include `language` first (a Spanish speaker in the US sees the Spanish
      options first); "code" is the region, "has_lines" True, "emergency_known" True,
      "emergency_also" the country's other confirmed emergency numbers, "emergency_listed"
      any it is only listed with elsewhere (unconfirmed, kept apart).
    - A country without lines ("MX", "JP"): "code" is the country, "has_lines" False, "name"
      its name in `language` (names.<language>.json), else in English, "emergency" that country's
      own number, or "" with "emergency_known" False when it could not be confirmed (then
      "emergency_listed" may hold unconfirmed numbers a compilation lists), "emergency_also"
      its other numbers, "note" saying so, and as lines the directory of helplines
      (findahelpline.com, from "ZZ"). The UI shows, in order: the emergency number (or that
      it is not known), the person's own numbers, then the directory.
    - "" and anything that is no country ("XX", "ZZ"): the fallback "ZZ" (code "ZZ",
      has_lines False): no emergency number ("emergency" "", "emergency_known" False, as no
      one number works everywhere), a note saying to call the local emergency number, and
      the directory. It is no country's data: the UI asks the person for their country.
    """
    regions = _lines()["regions"]
    key = _key(code)
    words = _words(_code(language))
    if key not in regions and emergency.is_country(key):
        region = _country_region(key, _code(language))
    else:
        key = key if key in regions else FALLBACK_REGION
        region = _in_words(copy.deepcopy(regions[key]), words.get(key))
        info = emergency.emergency_info(key) or {}
        numbers = [info.get("call"), *info.get("also", ())]
        also = [n for n in numbers if n and n != region["emergency"]]
        # numbers only listed elsewhere are never confirmed ones, beside lines or not
        listed = [n for n in info.get("listed", ()) if n and n not in (region["emergency"], *also)]
        region.setdefault("emergency", "")  # "ZZ" has none
        region.update(has_lines=key != FALLBACK_REGION, emergency_known=bool(region["emergency"]))
        region.update(emergency_also=also, emergency_listed=listed)
    region["code"] = key
    region["lines"] = _in_order(region["lines"], language)
    return region


def region_name(code: str, language: str = ENGLISH) -> str:
    """crisis_region(code, language)["name"], without building the whole region: the settings'
    region list names every country (about 250) each time it is built."""
    regions = _lines()["regions"]
    key = _key(code)
    if key not in regions and emergency.is_country(key):
        return emergency.country_name(key, _code(language))
    key = key if key in regions else FALLBACK_REGION
    said = _words(_code(language)).get(key)
    name = said.get("name") if isinstance(said, dict) else None
    return name if isinstance(name, str) and _text(name) else str(regions[key]["name"])


def _country_region(key: str, language: str) -> dict[str, Any]:
    """A country without lines of its own: its emergency number and the directory."""
    info = emergency.emergency_info(key) or {}
    fallback = copy.deepcopy(_lines()["regions"][FALLBACK_REGION])
    region = _in_words(fallback, _words(language).get(FALLBACK_REGION))
    known = info.get("call") is not None
    field = "note" if known else "note_unknown"
    said = _no_lines_words(language).get(field)
    region.update(
        name=emergency.country_name(key, language),
        emergency=info.get("call") or "",
        emergency_known=known,
        emergency_also=list(info.get("also", [])),
        emergency_listed=list(info.get("listed", [])),
        checked=info.get("checked", ""),
        note=said if _text(said) else _lines()["no_lines"][field],
        has_lines=False,
    )
    return region


def _no_lines_words(language: str) -> dict[str, Any]:
    said = _file_words(language).get("no_lines")
    return said if isinstance(said, dict) else {}


def data_checked() -> str:
    """The date (YYYY-MM-DD) of the oldest check behind the shipped crisis data (lines and
    emergency numbers): the one to compare with today."""
    return min(crisis_checked(), emergency.emergency_checked())


def data_is_stale(today: date) -> bool:
    """True when the crisis data was last checked more than a year before `today`."""
    return emergency.is_stale(data_checked(), today)


# -- checking --------------------------------------------------------------------------------


def check_lines(data: Any) -> list[str]:
    """Problems with lines.json, as sentences; empty when it is fine."""
    if not isinstance(data, dict) or not _DATE.match(str(data.get("checked", ""))):
        return ["crisis: needs a checked date"]
    regions = data.get("regions")
    if not isinstance(regions, dict) or FALLBACK_REGION not in regions:
        return ["crisis: needs regions, including ZZ"]
    no_lines = data.get("no_lines")
    problems: list[str] = []
    if not isinstance(no_lines, dict) or not all(_text(no_lines.get(k)) for k in NO_LINES_WORDS):
        problems.append("crisis: needs no_lines with a note and a note_unknown")
    for code, region in regions.items():
        where = f"crisis/{code}"
        if not re.fullmatch(r"[A-Z]{2}", code) or not isinstance(region, dict):
            problems.append(f"{where}: needs a two-letter code and an object")
            continue
        # "anywhere else" names no number: no one number works everywhere (112 does not)
        needed = ("name", "note") if code == FALLBACK_REGION else ("name", "emergency", "note")
        missing = [field for field in needed if not _text(region.get(field))]
        if code == FALLBACK_REGION and region.get("emergency"):
            problems.append(f"{where}: names no emergency number, as none works everywhere")
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
            else:
                problems += _check_provenance(f"{where}/{line['id']}", line)
        numbers = [
            ln for ln in lines if isinstance(ln, dict) and (ln.get("call") or ln.get("text"))
        ]
        if code != FALLBACK_REGION and not numbers:
            problems.append(f"{where}: needs a number to call or text")
    return problems


def _check_provenance(where: str, line: Mapping[str, Any]) -> list[str]:
    """A line's links are https, its checked date a date, and a source comes with a date."""
    problems = [
        f"{where}: {field} should be an https address"
        for field in ("url", "source")
        if field in line and not str(line[field]).startswith("https://")
    ]
    if "checked" in line and not _DATE.match(str(line["checked"])):
        problems.append(f"{where}: checked should be a date")
    if "source" in line and "checked" not in line:
        problems.append(f"{where}: a source needs the date it was checked")
    if "keyword" in line and not _KEYWORD.match(str(line["keyword"])):
        problems.append(f"{where}: a keyword is capital letters only")
    return problems


def check_words(code: str, english: Mapping[str, Any], words: Any) -> list[str]:
    """Problems with the words for language `code` against lines.json (`english`): a region or
    line it lacks or lines.json lacks, an English word without its translation, a field that
    is not a word (numbers live in lines.json only), a number the English does not have."""
    where = f"crisis/{code}"
    if not isinstance(words, dict) or set(words) != {"regions", "no_lines"}:
        return [f"{where}: needs regions and no_lines, and nothing else"]
    theirs, ours = words["regions"], english["regions"]
    if not isinstance(theirs, dict):
        return [f"{where}: regions should be an object by region code"]
    problems = [f"{where}/{key}: not a region in lines.json" for key in set(theirs) - set(ours)]
    problems += _check_said(
        f"{where}/no_lines", english["no_lines"], words["no_lines"], NO_LINES_WORDS, NO_LINES_WORDS
    )
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
        if field == "keyword":  # a line may have a keyword in one language only
            if not _KEYWORD.match(str(value)):
                problems.append(f"{where}: a keyword is capital letters only")
        elif field not in english or not _text(value):
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
