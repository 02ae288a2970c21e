"""Crisis lines: regions, numbers, and their words in the interface language."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from footholds.core import content, crisis, resource_files

# Fields that are not words: they come from lines.json only, in every language.
NOT_WORDS = ("id", "call", "text", "url", "languages", "emergency", "checked", "code", "source")


def _english() -> dict[str, Any]:
    data: dict[str, Any] = resource_files.read_json("crisis", "lines.json")
    return data


def _spanish() -> dict[str, Any]:
    data: dict[str, Any] = resource_files.read_json("crisis", "lines.es.json")
    return data


def _numbers(code: str) -> set[str]:
    region = crisis.crisis_region(code)
    return {ln.get(k) for ln in region["lines"] for k in ("call", "text")} - {None}


def test_every_region_has_a_date_an_emergency_number_and_a_line() -> None:
    regions = crisis.crisis_regions()
    assert {"US", "CA", "GB", "IE", "AU", "NZ", "FR", "BE", "CH", "PT", "AT", "ZZ"} <= set(regions)
    # the oldest check behind the lines: not every line was checked again on 2026-12-03
    assert crisis.crisis_checked() == "2026-11-22"
    for code, region in regions.items():
        assert region["checked"] in ("2026-11-22", "2026-12-03", "2026-12-05"), code
        # anywhere else names no number: none works everywhere (112 does not)
        assert region["emergency"].strip() if code != "ZZ" else "emergency" not in region, code
        assert region["note"].strip(), code
        numbers = [ln for ln in region["lines"] if ln.get("call") or ln.get("text")]
        if code == "ZZ":
            assert any("findahelpline.com" in ln.get("url", "") for ln in region["lines"])
        else:
            assert numbers, code


def test_the_numbers_we_vouch_for() -> None:
    assert crisis.crisis_region("US")["emergency"] == "911" and "988" in _numbers("US")
    assert {ln.get("call") for ln in crisis.crisis_region("CA")["lines"]} >= {"988"}
    assert {ln.get("text") for ln in crisis.crisis_region("CA")["lines"]} >= {"988"}
    assert {"116 123", "111", "85258"} <= _numbers("GB")
    assert "116 123" in _numbers("IE")
    assert "13 11 14" in _numbers("AU")
    assert {"1737", "0800 543 354"} <= _numbers("NZ")
    assert crisis.crisis_region("AU")["emergency"] == "000"


# Lines left out on 2026-12-05: no stored copy of the service's own page, or of the official
# page that runs it, showed the number; only news, school, radio and fact-check pages did.
LEFT_OUT_ON_2026_12_05 = {
    ("IE", "pieta"): "1800 247 247",
    ("AU", "suicide-call-back"): "1300 659 467",
    ("NZ", "suicide-crisis-helpline"): "0508 828 865",
    ("ES", "024"): "024",
    ("ES", "telefono-esperanza"): "717 003 717",
}


def test_a_number_no_own_page_showed_is_left_out() -> None:
    for (code, line_id), number in LEFT_OUT_ON_2026_12_05.items():
        region = crisis.crisis_region(code)
        assert line_id not in {ln.get("id") for ln in region["lines"]}, line_id
        assert number not in _numbers(code), line_id
    # and the text numbers only reports gave: Lifeline Australia's and Lifeline Aotearoa's
    assert "0477 13 11 14" not in _numbers("AU") and "4357" not in _numbers("NZ")


def test_spain_without_lines_of_its_own_still_gives_its_emergency_number() -> None:
    spain = crisis.crisis_region("ES")
    assert not crisis.has_lines("ES") and spain["has_lines"] is False
    assert spain["emergency"] == "112" and spain["emergency_known"]
    assert spain["note"] == _english()["no_lines"]["note"]  # no lines it can vouch for yet
    assert any("findahelpline.com" in ln.get("url", "") for ln in spain["lines"])
    assert crisis.crisis_region("ES", "es")["name"] == "España"
    assert crisis.crisis_region("AU")["emergency"] == "000"


# Lines added on 2026-12-03, each with the service's own page it was read on.
CHECKED_ON_THEIR_OWN_PAGES = {
    ("DE", "telefonseelsorge"): ("0800 111 0 111", "https://ts-bayreuth.de/node/1"),
    ("ZA", "sadag-suicide-crisis"): ("0800 567 567", "https://www.sadag.org/index.php?"),
    ("ZA", "cipla-mental-health"): ("0800 456 789", "https://www.sadag.org/index.php?"),
}


EMERGENCY = {"DE": "112", "ZA": "10111"}  # each from emergency.json's official page


def test_each_new_line_has_its_number_its_page_and_its_date() -> None:
    for (code, line_id), (number, page) in CHECKED_ON_THEIR_OWN_PAGES.items():
        region = crisis.crisis_region(code)
        assert region["has_lines"] and region["emergency"] == EMERGENCY[code], code
        [line] = [ln for ln in region["lines"] if ln["id"] == line_id]
        assert line["call"] == number, line_id
        assert line["source"].startswith(page) and line["checked"] == "2026-12-03", line_id
        assert line["url"].startswith("https://"), line_id
    assert crisis.crisis_region("ZA")["lines"][1]["text"] == "31393"
    assert "0800 111 0 222" in crisis.crisis_region("DE")["lines"][0]["note"]


# Lines checked on 2026-12-05, each against the page named here: (number to call, number to
# text, keyword, page). The service's own page where the stored copy shows the number, else an
# official government or health-service page.
CHECKED_ON_2026_12_05 = {
    ("CA", "988-helpline"): ("988", "988", None, "https://www.newswire.ca/news-releases/government-of-canada-"),
    ("GB", "nhs-111"): ("111", None, None, "https://www.lpft.nhs.uk/contact-us/need-help-now"),
    ("GB", "shout"): (None, "85258", "SHOUT", "https://giveusashout.org/about-us/faq"),
    # NHS 111 press 2 is run by the Welsh health boards: Betsi Cadwaladr's own news page
    ("GB", "nhs-111-wales"): ("111", None, None, "https://bcuhb.nhs.wales/news/health-board-news/"),
    ("GB", "nhs-24"): ("111", None, None, "https://nhs24.scot/about-nhs-24/facts-about-nhs24"),
    ("AU", "lifeline"): ("13 11 14", None, None, "https://www.lifeline.org.au/resources/news-and-media-releases/"),
    ("NZ", "need-to-talk"): ("1737", "1737", None, "https://www.health.govt.nz/news-media/"),
    ("NZ", "lifeline-aotearoa"): ("0800 543 354", None, None, "https://www.lifeline.co.nz/history-lifeline/"),
    ("IE", "samaritans"): ("116 123", None, None, "https://www.samaritans.org/news/demand-samaritans-service-ireland"),
}  # fmt: skip


# Beyond Blue, left out on 2026-12-05 (a Victorian government list gave its number), read again
# on 2026-12-06 on its own page; "24/7 Support Service" is in its own 2020 appeal page.
def test_beyond_blue_is_back_from_its_own_page() -> None:
    [line] = [ln for ln in crisis.crisis_region("AU")["lines"] if ln["id"] == "beyond-blue"]
    assert line["call"] == "1300 22 4636" and line["hours"] == "24/7"
    assert (
        line["source"].startswith("https://www.beyondblue.org.au/")
        and line["checked"] == "2026-12-06"
    )
    assert crisis.crisis_region("AU", "es")["lines"][1]["hours"] == "Las 24 horas, todos los días"


# Text About It (Ireland, text 50808) was left out on 2026-12-05: no official page was stored,
# and the reports that were disagree on the word to send (HELLO or TALK).
NOT_YET_ON_THEIR_OWN_PAGE: set[tuple[str, str]] = set()


def test_each_line_checked_on_2026_12_05_has_its_number_its_page_and_its_date() -> None:
    for (code, line_id), (call, text, keyword, page) in CHECKED_ON_2026_12_05.items():
        [line] = [ln for ln in crisis.crisis_region(code)["lines"] if ln["id"] == line_id]
        assert (line.get("call"), line.get("text"), line.get("keyword")) == (call, text, keyword)
        assert line["source"].startswith(page) and line["checked"] == "2026-12-05", line_id
        # each page says day and night, every day; NHS 24's line names no hours
        assert line.get("hours", "24/7") == "24/7", line_id
        assert line.get("url", "https://").startswith("https://"), line_id


# Sources read again on 2026-12-06 against the stored copies of each service's own site.
# Samaritans (GB): its own contact page ("How to contact Samaritans") gives 116 123, free from
# any phone; the 24/7 hours rest on samaritans.org too (the branch page this line cited before).
MOVED_TO_THEIR_OWN_PAGE_ON_2026_12_06 = {
    ("GB", "samaritans"): (
        "116 123",
        "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
    ),
}

# Lines whose source is still an official page that is not the service's own: no stored copy
# of nhs.uk, 111.nhs.uk or 111.wales.nhs.uk was found on 2026-12-06. An NHS trust and a Welsh
# health board page show the number; Lifeline's own "About" page shows its hours but not, in
# the stored copy, its number, so the Public Health Agency's page stays.
STILL_ON_A_SECONDARY_PAGE = {
    ("GB", "nhs-111"): "https://www.lpft.nhs.uk/",
    ("GB", "nhs-111-wales"): "https://bcuhb.nhs.wales/",
    ("GB", "lifeline-ni"): "https://publichealth.hscni.net/",
}


def test_samaritans_in_the_uk_cites_its_own_contact_page() -> None:
    for (code, line_id), (number, page) in MOVED_TO_THEIR_OWN_PAGE_ON_2026_12_06.items():
        [line] = [ln for ln in crisis.crisis_region(code)["lines"] if ln["id"] == line_id]
        assert line["call"] == number and line["hours"] == "24/7", line_id
        assert line["source"] == page and line["checked"] == "2026-12-06", line_id
    # the oldest check behind the UK lines is still Breathing Space's and Lifeline's
    assert crisis.crisis_region("GB")["checked"] == "2026-12-03"


def test_the_lines_still_on_a_secondary_page_are_the_known_ones() -> None:
    for (code, line_id), page in STILL_ON_A_SECONDARY_PAGE.items():
        [line] = [ln for ln in crisis.crisis_region(code)["lines"] if ln["id"] == line_id]
        assert line["source"].startswith(page), line_id
    # NHS 111 Wales has no web page of its own in the data until one is read
    [wales] = [ln for ln in crisis.crisis_region("GB")["lines"] if ln["id"] == "nhs-111-wales"]
    assert "url" not in wales


def test_only_the_known_lines_still_wait_for_their_own_page() -> None:
    waiting = {
        (code, ln["id"])
        for code, region in _english()["regions"].items()
        for ln in region["lines"]
        if "source" not in ln
    }
    assert waiting == NOT_YET_ON_THEIR_OWN_PAGE


def test_a_region_is_dated_by_the_oldest_check_behind_its_lines() -> None:
    for code, region in _english()["regions"].items():
        lines = region["lines"]
        if code == "US":  # Crisis Text Line's HOME keyword was not read again on 2026-12-03
            assert region["checked"] == "2026-11-22"
        elif all("checked" in ln for ln in lines):
            assert region["checked"] == min(ln["checked"] for ln in lines), code
        else:
            assert region["checked"] == "2026-11-22", code  # a line not checked again since
    assert _english()["regions"]["GB"]["checked"] == "2026-12-03"
    assert _english()["regions"]["CA"]["checked"] == "2026-12-03"


@pytest.mark.parametrize(
    ("locale_name", "region"),
    [("en_GB", "GB"), ("es_ES", "ES"), ("fr_FR", "FR"), ("en_US.UTF-8", "US"), ("en-AU", "AU"),
     ("fr_CA", "CA"), ("ga_IE.utf8", "IE"), ("mi_NZ", "NZ"), ("es_ES@euro", "ES"), ("en", ""),
     ("C", ""), ("C.UTF-8", ""), ("POSIX", ""), ("", ""), ("en_ZZ", ""), ("es_419", ""),
     ("es_MX", "MX"), ("ja_JP.UTF-8", "JP"), ("en_UK", "GB"), ("de-CH", "CH")],
)  # fmt: skip
def test_region_for_locale(locale_name: str, region: str) -> None:
    assert crisis.region_for_locale(locale_name) == region


def test_crisis_region_falls_back() -> None:
    assert crisis.crisis_region("gb")["code"] == "GB"
    unknown = crisis.crisis_region("XX")
    assert unknown["code"] == "ZZ"
    assert unknown["lines"] == crisis.crisis_regions()["ZZ"]["lines"]
    unknown["lines"].clear()
    assert crisis.crisis_region("XX")["lines"]  # callers get copies
    crisis.crisis_region("GB", "es")["lines"][0]["hours"] = "changed"
    assert crisis.crisis_region("GB", "es")["lines"][0]["hours"] != "changed"


def test_crisis_file_is_not_per_language() -> None:
    assert not resource_files.path("content", "en", "lines.json").is_file()
    json.dumps(crisis.crisis_regions("es"))  # plain data, ready to show or export


def test_content_keeps_the_crisis_names_for_its_callers() -> None:
    assert content.crisis_regions is crisis.crisis_regions
    assert content.FALLBACK_REGION == crisis.FALLBACK_REGION == "ZZ"


def test_every_line_has_an_id_of_its_own_in_its_region() -> None:
    for code, region in _english()["regions"].items():
        ids = [line["id"] for line in region["lines"]]
        assert len(ids) == len(set(ids)) and all(ids), code
    broken = _english()
    broken["regions"]["GB"]["lines"][1]["id"] = "samaritans"
    del broken["regions"]["US"]["lines"][0]["id"]
    problems = crisis.check_lines(broken)
    assert any("GB/NHS 111" in p and "id" in p for p in problems)
    assert any("US/988" in p and "id" in p for p in problems)


# -- in Spanish ------------------------------------------------------------------------------


def test_every_language_with_content_has_its_crisis_words() -> None:
    for code in content.available_languages():
        if code != "en":
            assert crisis.words_file(code).is_file(), code
    assert crisis.validate(content.available_languages()) == []


def test_every_english_word_has_a_spanish_one() -> None:
    spanish = _spanish()["regions"]
    assert set(spanish) == set(_english()["regions"])
    for code, region in _english()["regions"].items():
        said = spanish[code]
        assert said["name"].strip() and said["note"].strip(), code
        for line in region["lines"]:
            for field in ("hours", "note"):
                if field in line:
                    assert said["lines"][line["id"]][field].strip(), (code, line["id"], field)
    assert crisis.check_words("es", _english(), _spanish()) == []


def test_the_spanish_is_really_spanish() -> None:
    for code, region in crisis.crisis_regions("es").items():
        english = crisis.crisis_regions()[code]
        assert region["note"] != english["note"], code
        for line, theirs in zip(region["lines"], english["lines"], strict=True):
            for field in ("hours", "note"):
                if field in line:
                    assert line[field] != theirs[field], (code, line["id"], field)
    assert crisis.crisis_region("US", "es")["name"] == "Estados Unidos"
    assert crisis.crisis_region("ZZ", "es")["name"] == "No lo sé, o es otro país"
    assert "Compruébalos" in crisis.crisis_region("GB", "es")["note"]
    [line] = [ln for ln in crisis.crisis_region("US", "es")["lines"] if ln["id"] == "988-lifeline"]
    assert line["hours"] == "Las 24 horas, todos los días"
    assert line["note"] == "Para hablar en español, llama al 988 y pulsa 2, o escribe AYUDA al 988."
    assert line["name"] == "988 Suicide & Crisis Lifeline"  # a proper name stays


def test_the_spanish_file_holds_words_only_never_a_number() -> None:
    for code, said in _spanish()["regions"].items():
        assert set(said) <= {*crisis.REGION_WORDS, "lines"}, code
        for line_id, words in said["lines"].items():
            assert set(words) <= set(crisis.LINE_WORDS), (code, line_id)
    digits = re.compile(r"\d+")
    for code in _english()["regions"]:
        english, spanish = crisis.crisis_region(code), crisis.crisis_region(code, "es")
        assert {k: v for k, v in spanish.items() if k in NOT_WORDS} == {
            k: v for k, v in english.items() if k in NOT_WORDS
        }, code
        ours_by_id = {line["id"]: line for line in spanish["lines"]}
        for theirs in english["lines"]:
            ours = ours_by_id[theirs["id"]]
            assert {k: v for k, v in ours.items() if k in NOT_WORDS} == {
                k: v for k, v in theirs.items() if k in NOT_WORDS
            }, (code, theirs["id"])
            assert ours.get("keyword", "A").isalpha() and ours.get("keyword", "A").isupper()
            for field in ("name", "hours", "note"):
                if field in ours:  # a number in a sentence is one the English has too
                    found = set(digits.findall(ours[field]))
                    assert found <= set(digits.findall(theirs[field])), (code, field)


@pytest.mark.parametrize("language", ["es", "es_ES.UTF-8", "es-MX", "ES"])
def test_the_language_may_be_a_locale(language: str) -> None:
    assert crisis.crisis_region("GB", language)["name"] == "Reino Unido"


@pytest.mark.parametrize("language", ["en", "fr_FR", "", "C", "../../etc/passwd", "es/../en"])
def test_other_languages_read_english(language: str) -> None:
    assert crisis.crisis_region("GB", language)["name"] == "United Kingdom"
    assert crisis.crisis_regions(language)["ZZ"]["name"] == "Not sure, or somewhere else"


def test_a_word_missing_from_a_translation_is_shown_in_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    partial = {
        "GB": {"name": "Reino Unido", "lines": {"nhs-111": {"hours": "  "}, "shout": "nonsense"}},
        "US": "broken",
        "IE": {"name": 7, "lines": ["not", "by", "id"]},
        "AU": {"lines": {"lifeline": {"hours": "Siempre", "call": "000 000"}}},
    }
    monkeypatch.setattr(crisis, "_words", lambda code: partial)
    gb = crisis.crisis_region("GB", "es")
    assert gb["name"] == "Reino Unido"
    assert gb["note"] == crisis.crisis_region("GB")["note"]
    hours = {ln["id"]: ln.get("hours") for ln in gb["lines"]}
    assert hours["nhs-111"] == hours["shout"] == hours["samaritans"] == "24/7"
    us, us_es = crisis.crisis_region("US"), crisis.crisis_region("US", "es")
    # the same words; only the order differs (Spanish speakers see Spanish options first)
    assert sorted(us_es.pop("lines"), key=str) == sorted(us.pop("lines"), key=str)
    assert us_es == us
    assert crisis.crisis_region("IE", "es") == crisis.crisis_region("IE")
    lifeline = crisis.crisis_region("AU", "es")["lines"][0]
    assert lifeline["hours"] == "Siempre" and lifeline["call"] == "13 11 14"  # never a number


def test_a_broken_translation_file_is_shown_in_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for text in ("{not json", "[1, 2]", '{"regions": ["GB"]}', ""):
        node = tmp_path / "lines.xx.json"
        node.write_text(text, encoding="utf-8")
        monkeypatch.setattr(crisis, "words_file", lambda code, node=node: node)
        crisis._file_words.cache_clear()
        try:
            assert crisis.crisis_region("GB", "xx")["name"] == "United Kingdom", text
        finally:
            crisis._file_words.cache_clear()


def test_check_words_finds_what_is_missing_or_out_of_place() -> None:
    spanish = _spanish()
    regions = spanish["regions"]
    del regions["US"]["lines"]["988-lifeline"]["note"]
    regions["GB"]["lines"]["nhs-111"]["call"] = "111"
    regions["IE"]["note"] = "El 998 también funciona."
    regions["AU"]["lines"]["no-such-line"] = {"hours": "Siempre"}
    regions["ZZ"]["lines"]["find-a-helpline"]["hours"] = "Siempre"
    regions["XX"] = {"name": "Ninguna", "note": "Ninguna"}
    del regions["NZ"]
    problems = "\n".join(crisis.check_words("es", _english(), spanish))
    assert "crisis/es/US/988-lifeline: needs note" in problems
    assert "crisis/es/GB/nhs-111: 'call' is not a word to translate" in problems
    assert "crisis/es/IE: note has a number the English does not" in problems
    assert "crisis/es/AU/no-such-line: not a line in lines.json" in problems
    assert "crisis/es/ZZ/find-a-helpline: hours should translate an English hours" in problems
    assert "crisis/es/XX: not a region in lines.json" in problems
    assert "crisis/es/NZ: missing" in problems
    assert crisis.check_words("es", _english(), {"regions": {}, "extra": 1}) != []


# Emergency numbers read on 2026-12-06, each on a government page: Monaco's own government
# ("les pompiers au 18 ou 112") and the town of Mamoudzou's copy of the French State's page of
# emergency numbers for Mayotte's people (15, 18, and 112 in every case).
EMERGENCY_ON_2026_12_06 = {
    "MC": ("112", ["18"], "https://www.gouv.mc/"),
    "YT": ("112", ["15", "18"], "https://www.mamoudzou.yt/service-public/"),
}


def test_monaco_and_mayotte_give_their_emergency_numbers_from_their_pages() -> None:
    data = resource_files.read_json("crisis", "emergency.json")
    for code, (number, also, page) in EMERGENCY_ON_2026_12_06.items():
        entry = data["countries"][code]
        assert entry["call"] == number and entry["also"] == also, code
        assert entry["rule"] == "page" and entry["source"].startswith(page), code
        assert entry["checked"] == "2026-12-06", code
        region = crisis.crisis_region(code)
        assert region["emergency"] == number and region["emergency_known"], code


# Lifeline Aotearoa's own site, read on 2026-12-06: the stored copy of
# https://www.lifeline.org.nz/category/uncategorised is Lifeline's news ("A lifeline for
# Lifeline", Presbyterian Support Northern). The number keeps its 2026-12-05 page above.
def test_lifeline_aotearoa_links_to_its_own_site() -> None:
    [line] = [ln for ln in crisis.crisis_region("NZ")["lines"] if ln["id"] == "lifeline-aotearoa"]
    assert line["url"] == "https://www.lifeline.org.nz"
    assert line["call"] == "0800 543 354"
