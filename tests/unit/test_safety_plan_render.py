"""The safety plan as text, Markdown and HTML; in the check-in summary only when chosen."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from footholds.core import checkin, checkin_html, checkin_render, content, export, importers
from footholds.core import safety_plan_render as render
from footholds.core.store import SafetyPlan, Store

FULL = {
    "sp-reasons": "My sister's kids\nThe sea in June",
    "sp-warning-signs": "Not answering messages",
    "sp-on-my-own": "A hot shower",
    "sp-people-places": "The library",
    "sp-ask-for-help": "Mum: 07700 900123",
    "sp-professionals": "Dr Okafor 555 0100",
    "sp-safer-space": "The pills in the bathroom",
}


def _store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "store", aside_dir=tmp_path / "aside")
    store.open()
    return store


def _titles(language: str = "en") -> dict[str, str]:
    return {s["id"]: s["title"] for s in content.load_pack("safety_plan", language)}


def test_markdown_has_every_filled_part_in_order_with_numbered_steps() -> None:
    plan = render.page(FULL, ["someone-holds", "lock-away"])
    md = render.to_markdown(plan)
    titles = _titles()
    expected = [
        "# My safety plan",
        f"## {titles['sp-reasons']}",
        "*Go down the steps in order: if one does not help, try the next.*",
        f"## 1. {titles['sp-warning-signs']}",
        f"## 2. {titles['sp-on-my-own']}",
        f"## 3. {titles['sp-people-places']}",
        f"## 4. {titles['sp-ask-for-help']}",
        f"## 5. {titles['sp-professionals']}",
        f"## 6. {titles['sp-safer-space']}",
        "What I will do:",
    ]
    positions = [md.index(line) for line in expected]
    assert positions == sorted(positions)
    for words in FULL.values():
        for line in words.splitlines():
            assert line in md
    # ticked ways in the order the window lists them, whatever order they were ticked in
    assert md.index("- Lock them away") < md.index("- Give them to someone I trust")
    assert "small supply" not in md


def test_empty_parts_are_left_out_and_steps_keep_their_own_numbers() -> None:
    # the editor, the tough day, Get help now and the command line name a step alike: step 6
    # is "6." even when the steps before it are empty (the tour found "1." for it)
    plan = render.page(
        {"sp-on-my-own": "A walk", "sp-professionals": "  ", "sp-ask-for-help": "Jo"}, []
    )
    md = render.to_markdown(plan)
    titles = _titles()
    assert f"## 2. {titles['sp-on-my-own']}" in md
    assert f"## 4. {titles['sp-ask-for-help']}" in md
    for gone in ("sp-reasons", "sp-warning-signs", "sp-professionals", "sp-safer-space"):
        assert titles[gone] not in md
    assert "What I will do" not in md


def test_ticked_ways_alone_show_the_safer_part() -> None:
    plan = render.page({}, ["small-supply", "from-a-newer-version"])
    [part] = plan.parts
    assert part.id == "sp-safer-space" and part.number == 6
    assert part.chosen == ("Keep only a small supply at home",)
    text = render.to_text(plan)
    assert "from-a-newer-version" not in text
    assert text.startswith("My safety plan\n")


def test_reasons_alone_need_no_line_about_steps() -> None:
    plan = render.page({"sp-reasons": "Biscuit, my dog"}, [])
    assert "Go down the steps" not in render.to_text(plan)
    assert plan.parts[0].heading == _titles()["sp-reasons"]


def test_html_escapes_and_keeps_the_order() -> None:
    plan = render.page({**FULL, "sp-on-my-own": "<b>tea</b> & toast"}, ["lock-away"])
    page = render.to_html(plan, lang="en")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "&lt;b&gt;tea&lt;/b&gt; &amp; toast" in page
    assert "<b>tea</b>" not in page
    assert "My sister&#x27;s kids<br>The sea in June" in page
    heads = [page.index(f"<h2>{n}. ") for n in range(1, 7)]
    assert heads == sorted(heads)
    assert page.index("<h2>What matters") < page.index("Go down the steps") < heads[0]
    assert "<li>Lock them away" in page


def test_plain_text_has_no_markup() -> None:
    text = render.to_text(render.page(FULL, ["lock-away"]))
    assert "#" not in text and "<" not in text and "*" not in text
    assert "1. My warning signs\nNot answering messages" in text


def test_spanish_words_come_from_the_spanish_packs() -> None:
    plan = render.page(FULL, ["lock-away"], "es")
    md = render.to_markdown(plan)
    assert md.startswith("# Mi plan de seguridad")
    assert "Sigue los pasos en orden" in md
    assert "## 1. Mis señales de alarma" in md
    assert "Lo que voy a hacer:" in md


def test_the_summary_has_the_plan_only_when_chosen(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.add(SafetyPlan(sections={"sp-reasons": "The sea in June"}, safer=["lock-away"]))
    day = date(2026, 3, 14)
    without = checkin.gather(store, day, day, made=day)
    assert without.plan is None
    assert "The sea in June" not in checkin_render.to_markdown(without)
    assert "The sea in June" not in checkin_html.to_html(without)
    with_plan = checkin.gather(store, day, day, made=day, include_plan=True)
    md = checkin_render.to_markdown(with_plan)
    assert "\n## My safety plan\n" in md and "### What matters" in md
    # empty sections are left out; the plan, when chosen, is the last section
    assert md.rindex("\n## ") + 1 == md.index("## My safety plan")
    page = checkin_html.to_html(with_plan)
    assert "<h2>My safety plan</h2>" in page and "<li>Lock them away" in page
    store.close()


def test_an_empty_plan_chosen_adds_nothing_to_the_summary(tmp_path: Path) -> None:
    store = _store(tmp_path)
    day = date(2026, 3, 14)
    report = checkin.gather(store, day, day, made=day, include_plan=True)
    assert report.plan is not None and report.plan.empty
    assert "safety plan" not in checkin_render.to_markdown(report)
    store.close()


def test_a_plan_saved_before_the_new_fields_still_loads(tmp_path: Path) -> None:
    old = {
        "id": "0123456789abcdef0123456789abcdef",
        "at": "2026-01-05T09:30:00+00:00",
        "sections": {"sp-warning-signs": "Sleeping all day", "sp-safer-space": "Ask Sam"},
    }
    plan = SafetyPlan.from_dict(old)
    assert plan.safer == []
    text = render.to_text(render.page(plan.sections, plan.safer))
    assert "1. My warning signs" in text and "6. Making my space safer" in text


def test_the_new_fields_survive_export_and_import(tmp_path: Path) -> None:
    source = _store(tmp_path / "a")
    plan = SafetyPlan(
        sections={"sp-reasons": "The sea", "sp-safer-space": "Pills"},
        safer=["small-supply", "someone-holds"],
    )
    source.add(plan)
    out = tmp_path / "export.json"
    with out.open("w", encoding="utf-8") as handle:
        export.write_json(source, handle)
    source.close()
    [saved] = json.loads(out.read_text(encoding="utf-8"))["records"]["safety_plan"]
    assert saved["safer"] == ["small-supply", "someone-holds"]
    target = _store(tmp_path / "b")
    preview = importers.plan(target, out)
    importers.apply(target, preview)
    [back] = target.all(SafetyPlan)
    assert back.sections == plan.sections and back.safer == plan.safer
    target.close()


def test_bad_ticks_are_refused_kindly() -> None:
    import pytest

    from footholds.core.store import InvalidEntry

    with pytest.raises(InvalidEntry, match="make my space safer"):
        SafetyPlan(safer=["a/b"]).clean()
    with pytest.raises(InvalidEntry):
        SafetyPlan(safer="lock-away").clean()  # type: ignore[arg-type]  # the point
    assert SafetyPlan(safer=["lock-away", "lock-away"]).clean().safer == ["lock-away"]


def test_the_knowledge_says_what_a_person_needs_to_hear() -> None:
    for code, not_ok, anonymous in (
        ("en", "I'm not OK", "anonymous"),
        ("es", "No estoy bien", "anonimato"),
    ):
        topics = {
            t["id"]: " ".join(t["paragraphs"]) for t in content.load_pack("help_knowledge", code)
        }
        assert not_ok in topics["hk-calling"] and anonymous in topics["hk-calling"]
        assert topics["hk-urge"] and topics["hk-signs"]


def test_the_plan_words_pack_is_checked() -> None:
    good = content.load_document("safety_plan_words")
    assert content.check_pack("safety_plan_words", good) == []
    assert content.check_pack("safety_plan_words", {**good, "order": " "})
    assert content.check_pack(
        "safety_plan_words", {**good, "safer_options": good["safer_options"][:2]}
    )
    missing_step = [dict(item) for item in content.load_pack("safety_plan")]
    del missing_step[1]["step"]
    assert content.check_pack("safety_plan", missing_step)
