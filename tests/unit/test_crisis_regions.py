"""The region rules, the emergency numbers of every country, and the lines added on 2026-12-03."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from footholds.core import crisis, emergency, resource_files
from support import present

CHECKED = "2026-12-03"
# Every line added or corrected on 2026-12-03, by region: each was read on the service's page.
NEW_LINES = {
    "US": ["988-lifeline", "veterans-crisis-line", "crisis-text-line"],
    "CA": ["kids-help-phone"],
    "GB": ["breathing-space", "lifeline-ni"],  # NHS 111 Wales and NHS 24: re-read on 2026-12-05
    "FR": ["3114"],
    "BE": ["centre-prevention-suicide", "zelfmoordlijn-1813"],
    "NL": ["113"],
    "CO": ["linea-106"],
    "CH": ["143"],
    "PT": ["sns-24"],
    "AT": ["telefonseelsorge"],
}


def _iso_codes() -> set[str]:
    """The 249 ISO 3166-1 codes, from the system's iso-codes list when it has one."""
    path = "/usr/share/iso-codes/json/iso_3166-1.json"
    try:
        with open(path, encoding="utf-8") as f:
            return {c["alpha_2"] for c in json.load(f)["3166-1"]}
    except OSError:
        return set(_emergency()["countries"])


def _emergency() -> dict[str, Any]:
    data: dict[str, Any] = resource_files.read_json("crisis", "emergency.json")
    return data


def emergency_number(code: str) -> str | None:
    """The number to show first for `code`, as the app takes it from emergency_info."""
    info = emergency.emergency_info(code)
    return None if info is None else info["call"]


# -- emergency numbers -----------------------------------------------------------------------


# Read again later on a page of their own (tests/unit/test_crisis.py names the pages).
CHECKED_LATER = {"MC": "2026-12-06", "YT": "2026-12-06"}


def test_every_iso_country_has_a_number_and_a_source_or_a_null_with_a_reason() -> None:
    countries = _emergency()["countries"]
    assert len(countries) == 249 and set(countries) == _iso_codes()
    assert emergency.check_emergency(_emergency(), _iso_codes()) == []
    for code, entry in countries.items():
        assert entry["checked"] == CHECKED_LATER.get(code, CHECKED), code
        if entry["call"] is None:
            assert entry["reason"].strip(), code
        else:
            assert entry["call"].isdigit(), code
            assert entry["source"].startswith("https://"), code


# No emergency number in the compilation for these places: each names the compilation it read.
NO_NUMBER_IN_THE_COMPILATION = ["AQ", "BV", "GN", "GQ", "GS", "HM", "IO", "PN", "TF", "TK", "UM"]


def test_a_place_the_compilation_gives_no_number_names_the_compilation() -> None:
    countries = _emergency()["countries"]
    compilation = countries["AD"]["source"]  # libphonenumber at a fixed commit
    assert "libphonenumber/blob/" in compilation
    for code in NO_NUMBER_IN_THE_COMPILATION:
        entry = countries[code]
        assert entry["call"] is None and "listed" not in entry, code
        assert entry["reason"] == "The source lists no emergency number for this place.", code
        assert entry["source"] == compilation and entry["checked"] == CHECKED, code
    assert all("source" in entry for entry in countries.values())


def test_the_checker_finds_a_missing_country_a_number_without_source_and_a_bare_null() -> None:
    data = _emergency()
    del data["countries"]["FR"]
    data["countries"]["DE"]["source"] = ""
    data["countries"]["AR"]["reason"] = " "
    data["countries"]["GB"]["checked"] = "soon"
    problems = "\n".join(emergency.check_emergency(data, _iso_codes()))
    assert "emergency: FR is missing" in problems
    assert "emergency/DE: a number needs an https source" in problems
    assert "emergency/AR: a null number needs a reason" in problems
    assert "emergency/GB: needs a checked date" in problems


def test_each_country_gets_its_own_number_never_a_generic_112() -> None:
    assert emergency_number("US") == "911"
    assert emergency_number("gb") == "999"
    assert emergency_number("AU") == "000"
    assert emergency_number("NZ") == "111"
    assert emergency_number("MX") == "911"
    assert emergency_number("DE") == "112"
    assert emergency_number("JP") == "119"  # read on the ministry's page
    assert present(emergency.emergency_info("JP"))["also"] == ["110"]
    assert emergency_number("AR") is None  # four numbers, roles not confirmed
    assert present(emergency.emergency_info("AR"))["listed"] == ["100", "101", "107", "911"]
    # a compilation's lone number that is no general emergency number is not trusted alone
    assert emergency_number("BL") is None
    assert present(emergency.emergency_info("BL"))["listed"] == ["18"]
    # where the compilation is out of date, the country's own page wins
    assert emergency_number("HN") == "911" and emergency_number("NG") == "112"
    assert emergency_number("") is None and emergency_number("XX") is None
    assert emergency.emergency_info("XX") is None


# Numbers the compilation left unconfirmed, read on 2026-12-03 on an official page (an embassy,
# a health agency, an emergency service): (call, also). The page is in each entry's source.
CONFIRMED_ON_PAGES = {
    "AL": ("112", ["127"]),
    "BB": ("511", ["211", "311"]),
    "BS": ("911", ["919"]),
    "BW": ("997", ["999", "998"]),
    "BY": ("103", []),
    "CM": ("117", []),
    "FJ": ("911", ["917"]),
    "GY": ("913", ["911", "912"]),
    "ID": ("118", []),
    "IR": ("115", []),
    "LI": ("112", ["144", "117", "118"]),
    "MG": ("117", []),
    "MV": ("102", []),
    "PY": ("911", []),
    "SN": ("17", ["18"]),
    "SV": ("911", []),
    "TT": ("999", ["990"]),
    "VE": ("911", []),
}


@pytest.mark.parametrize("code", sorted(CONFIRMED_ON_PAGES))
def test_a_number_confirmed_on_an_official_page_is_shown(code: str) -> None:
    info = emergency.emergency_info(code)
    assert info is not None
    call, also = CONFIRMED_ON_PAGES[code]
    assert emergency_number(code) == call and info["also"] == also
    assert info["rule"] == "page" and info["checked"] == CHECKED
    assert info["source"].startswith("https://") and "github.com" not in info["source"]
    assert info["listed"] == [] and info["reason"] == ""


# Numbers first read on news sites, now cited from an official page that names the same number:
# an embassy, a foreign ministry's travel advice, a social insurance agency, a government site.
MOVED_TO_OFFICIAL_PAGES = {
    "CL": "www.eu-healthcare.fi",
    "CN": "www.eu-healthcare.fi",
    "CO": "www.smartraveller.gov.au",
    "IL": "www.cia.gov",
    "IN": "www.smartraveller.gov.au",
    "KR": "www.kocis.go.kr",
    "MX": "www.gob.mx",
    "NG": "www.smartraveller.gov.au",
    "PH": "ph.usembassy.gov",
    "TH": "www.eu-healthcare.fi",
    "VN": "vietnam.vnanet.vn",
    "ZA": "www.saps.gov.za",
}


@pytest.mark.parametrize("code", sorted(MOVED_TO_OFFICIAL_PAGES))
def test_a_number_first_read_on_a_news_site_now_cites_an_official_page(code: str) -> None:
    info = emergency.emergency_info(code)
    assert info is not None and info["rule"] == "page" and info["checked"] == CHECKED
    assert info["source"].split("/")[2] == MOVED_TO_OFFICIAL_PAGES[code]


def test_south_africa_names_the_police_emergency_line_its_own_page_gives() -> None:
    # SAPS: "When you dial 10111 anywhere in the country, a call centre operator answers";
    # 112 (from a mobile) and 10177 (ambulance) follow it.
    assert emergency_number("ZA") == "10111"
    assert present(emergency.emergency_info("ZA"))["also"] == ["112", "10177"]
    assert crisis.crisis_region("ZA")["emergency"] == "10111"


def test_morocco_stays_unconfirmed_while_its_sources_disagree() -> None:
    # Finland's Kela page names 150; the compilation lists 15, 19 and 177. Two sources that
    # disagree are not a confirmation: leave it out rather than guess.
    assert emergency_number("MA") is None
    assert present(emergency.emergency_info("MA"))["listed"] == ["15", "19", "177"]


def test_the_emergency_number_of_each_line_region_is_one_the_source_lists() -> None:
    for code, region in crisis.crisis_regions().items():
        if code != crisis.FALLBACK_REGION:
            info = emergency.emergency_info(code)
            assert info is not None and region["emergency"] == info["call"], code


# -- region rules ----------------------------------------------------------------------------


def test_has_lines() -> None:
    assert crisis.has_lines("GB") and crisis.has_lines("uk") and crisis.has_lines("FR")
    assert not crisis.has_lines("MX") and not crisis.has_lines("")
    assert not crisis.has_lines("ZZ") and not crisis.has_lines("XX")


def test_a_country_without_lines_shows_its_own_number_then_the_directory() -> None:
    mx = crisis.crisis_region("mx")
    assert mx["code"] == "MX" and mx["name"] == "Mexico" and not mx["has_lines"]
    assert mx["emergency"] == "911" and mx["emergency_known"]
    assert "112" not in mx["note"] and "emergency number above" in mx["note"]
    assert [ln["url"] for ln in mx["lines"]] == ["https://findahelpline.com"]
    assert crisis.crisis_region("MX", "es")["note"].startswith("Footholds todavía no tiene")
    ar = crisis.crisis_region("AR", "es_ES.UTF-8")
    assert ar["emergency"] == "" and not ar["emergency_known"]
    assert ar["emergency_listed"] == ["100", "101", "107", "911"]
    assert "no ha podido comprobar" in ar["note"] and "findahelpline.com" in ar["note"]
    assert ar["lines"][0]["name"] == "Find A Helpline (directorio de líneas de ayuda por país)"


@pytest.mark.parametrize("code", ["", "XX", "ZZ", "zz", "123"])
def test_no_country_is_the_fallback(code: str) -> None:
    region = crisis.crisis_region(code)
    assert region["code"] == "ZZ" and not region["has_lines"]
    # no number passed off as everyone's: 112 is not universal
    assert region["emergency"] == "" and not region["emergency_known"]
    assert region["emergency_also"] == [] and region["emergency_listed"] == []
    for language in ("en", "es"):
        note = crisis.crisis_region(code, language)["note"]
        assert not any(ch.isdigit() for ch in note), language
        assert "emergency number" in note or "número de emergencias" in note
    directory = region["lines"][0]
    assert directory["url"] == "https://findahelpline.com"
    assert directory["source"].startswith("https://findahelpline.com/") and directory["checked"]


def test_anywhere_else_may_not_name_an_emergency_number() -> None:
    data = json.loads(json.dumps(resource_files.read_json("crisis", "lines.json")))
    assert crisis.check_lines(data) == []
    data["regions"]["ZZ"]["emergency"] = "112"
    assert crisis.check_lines(data) == [
        "crisis/ZZ: names no emergency number, as none works everywhere"
    ]


def test_a_region_with_lines_lists_the_other_emergency_numbers_too() -> None:
    gb = crisis.crisis_region("GB")
    assert gb["has_lines"] and gb["emergency"] == "999" and gb["emergency_also"] == ["112"]


# -- languages -------------------------------------------------------------------------------


def test_a_spanish_speaker_in_the_us_sees_the_spanish_options_first() -> None:
    english = [ln["id"] for ln in crisis.crisis_region("US")["lines"]]
    spanish = crisis.crisis_region("US", "es_US.UTF-8")["lines"]
    assert english == ["988-lifeline", "veterans-crisis-line", "crisis-text-line"]
    assert [ln["id"] for ln in spanish] == [
        "988-lifeline",
        "crisis-text-line",
        "veterans-crisis-line",
    ]
    assert [ln.get("keyword") for ln in spanish[:2]] == ["AYUDA", "AYUDA"]
    assert crisis.crisis_region("US")["lines"][2]["keyword"] == "HOME"
    assert "keyword" not in crisis.crisis_region("US")["lines"][0]


def test_a_translated_keyword_must_be_letters() -> None:
    english: dict[str, Any] = resource_files.read_json("crisis", "lines.json")
    spanish: dict[str, Any] = resource_files.read_json("crisis", "lines.es.json")
    spanish["regions"]["US"]["lines"]["988-lifeline"]["keyword"] = "AYUDA 988"
    problems = crisis.check_words("es", english, spanish)
    assert "crisis/es/US/988-lifeline: a keyword is capital letters only" in problems


# -- the lines added on 2026-12-03 -----------------------------------------------------------


@pytest.mark.parametrize("code", sorted(NEW_LINES))
def test_each_new_line_has_a_number_an_https_source_and_a_date(code: str) -> None:
    lines = {ln["id"]: ln for ln in crisis.crisis_region(code)["lines"]}
    for line_id in NEW_LINES[code]:
        line = lines[line_id]
        assert line.get("call") or line.get("text"), line_id
        assert line["source"].startswith("https://"), line_id
        assert line["checked"] == CHECKED, line_id
        assert line.get("url", "https://").startswith("https://"), line_id


def test_the_fixed_lines_say_what_they_are() -> None:
    us = {ln["id"]: ln for ln in crisis.crisis_region("US")["lines"]}
    assert "press 2" in us["988-lifeline"]["note"] and "AYUDA" in us["988-lifeline"]["note"]
    assert us["veterans-crisis-line"]["text"] == "838255"
    assert "press 1" in us["veterans-crisis-line"]["note"]
    assert "442-AYUDAME" in us["crisis-text-line"]["note"]
    kids = {ln["id"]: ln for ln in crisis.crisis_region("CA")["lines"]}["kids-help-phone"]
    assert "young people" in kids["name"] and kids["keyword"] == "CONNECT"
    nz = {ln["id"]: ln for ln in crisis.crisis_region("NZ")["lines"]}["lifeline-aotearoa"]
    # Lifeline's own page shows its 0800 number; its text number (4357) only news reports did
    assert nz["call"] == "0800 543 354" and "text" not in nz and "keyword" not in nz
    assert crisis.crisis_region("ES")["name"] == "Spain"
    assert crisis.crisis_region("ES", "es")["name"] == "España"
    gb = {ln["id"]: ln for ln in crisis.crisis_region("GB")["lines"]}
    assert gb["nhs-111-wales"]["call"] == "111" and "Press 2" in gb["nhs-111-wales"]["note"]
    assert gb["nhs-24"]["call"] == "111" and gb["breathing-space"]["call"] == "0800 83 85 87"
    assert gb["lifeline-ni"]["call"] == "0808 808 8000"


def test_a_line_with_a_plain_http_source_or_a_bad_date_is_refused() -> None:
    data: dict[str, Any] = resource_files.read_json("crisis", "lines.json")
    line = data["regions"]["FR"]["lines"][0]
    line["source"] = "http://3114.fr"
    line["checked"] = "3 December"
    problems = crisis.check_lines(data)
    assert "crisis/FR/3114: source should be an https address" in problems
    assert "crisis/FR/3114: checked should be a date" in problems


# -- staleness -------------------------------------------------------------------------------


def test_the_data_is_stale_after_a_year() -> None:
    assert crisis.data_checked() == "2026-11-22"  # the oldest check behind the lines
    assert not crisis.data_is_stale(date(2026, 12, 3))
    assert not crisis.data_is_stale(date(2027, 11, 22))
    assert crisis.data_is_stale(date(2027, 11, 23))
    assert emergency.is_stale("not a date", date(2026, 12, 3))


@pytest.mark.parametrize("language", ["en", "es", "es_MX.UTF-8", "fr", ""])
def test_region_name_is_the_name_crisis_region_gives(language: str) -> None:
    """The settings list names every country with region_name(); it must read exactly as the
    region's own card does, for every country, the shipped regions and what is no country."""
    codes = [*_emergency()["countries"], *crisis.crisis_regions(), "", "uk", "gb", "XX", "ZZ"]
    for code in codes:
        assert crisis.region_name(code, language) == crisis.crisis_region(code, language)["name"]


# -- numbers that answer in some regions only ------------------------------------------------


def test_spain_offers_112_alone_never_its_regional_numbers() -> None:
    """Spain's 085 and 088 reach regional services, not all of Spain, yet showed under 112 as
    if they worked anywhere. They stay in the data, marked and with a note, and are never
    offered: a tired person sees the number that works wherever they are."""
    entry = _emergency()["countries"]["ES"]
    assert entry["call"] == "112" and entry["regional"] == ["085", "088"]
    assert set(entry["regional"]) <= set(entry["also"])  # the compilation's list, kept
    assert "libphonenumber" in entry["regional_note"]
    info = present(emergency.emergency_info("ES"))
    assert info["also"] == [] and info["regional"] == ["085", "088"]
    region = crisis.crisis_region("ES")
    assert region["emergency"] == "112" and region["emergency_also"] == []
    assert region["emergency_listed"] == []
    # a country with none keeps its other numbers (the UK's 112 under its 999)
    assert present(emergency.emergency_info("GB"))["regional"] == []
    assert crisis.crisis_region("GB")["emergency_also"] == ["112"]


def test_the_checker_wants_regional_numbers_among_the_others_and_a_note() -> None:
    data = _emergency()
    data["countries"]["ES"]["regional"] = ["085", "555"]
    data["countries"]["FR"]["regional"] = ["15"]
    problems = "\n".join(emergency.check_emergency(data, _iso_codes()))
    assert "emergency/ES: regional numbers must be among its other numbers" in problems
    assert "emergency/FR: regional numbers need a note saying where from" in problems
    assert "emergency/ES: regional numbers need" not in problems
