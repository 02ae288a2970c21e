"""The person's words in the Markdown summary and safety plan read as written: a renderer
never runs their HTML, follows their links or turns their lines into the summary's structure."""

from __future__ import annotations

from datetime import date

import pytest

from footholds.cli.main import main
from footholds.core import checkin, safety_plan_render
from footholds.core.checkin_render import to_markdown
from footholds.core.markdown_text import escape_markdown
from footholds.core.paths import Paths
from footholds.core.store import LogEntry, SafetyPlan, Store

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[link](javascript:alert(1))",
    "![pic](https://example.com/x.png)",
    "- not a list",
    "# not a heading",
    "1. not numbered",
    "> not a quote",
    "---",
    "*not bold* _nor this_ `nor code` ~~nor struck~~",
    "a | b & c &amp; d \\ e",
]


def rendered(markdown: str) -> str:
    markdown_it = pytest.importorskip("markdown_it")
    return str(markdown_it.MarkdownIt("commonmark").enable("table").render(markdown))


@pytest.mark.parametrize("text", HOSTILE)
def test_a_line_renders_as_the_text_it_was(text: str) -> None:
    from footholds.core.html_text import escape

    html = rendered(escape_markdown(text))
    assert html == f"<p>{escape(text, quote=False)}</p>\n"


def test_line_breaks_are_kept_and_each_line_escaped() -> None:
    assert escape_markdown("fine\n- two\r\n# three") == "fine\n\\- two\n\\# three"
    assert escape_markdown("plain words, 3 of them.") == "plain words, 3 of them."


def hostile_store(paths: Paths) -> None:
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    store.add(LogEntry(note="\n".join(HOSTILE), trigger="<b>loud</b>").clean())
    store.add(SafetyPlan(sections={"sp-reasons": "\n".join(HOSTILE)}))
    store.close()


def assert_inert(html: str) -> None:
    for made in ("<script", "<img", "<a ", "<h1>not", "<li>not", "<ol", "<hr", "<em>", "<code>"):
        assert made not in html, made
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "[link](javascript:alert(1))" in html


def test_the_summary_keeps_a_note_as_written() -> None:
    paths = Paths.from_env()
    hostile_store(paths)
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    today = date.today()
    report = checkin.gather(store, today, today, made=today)
    store.close()
    markdown = to_markdown(report, sections=["notes", "triggers"])
    html = rendered(markdown)
    assert_inert(html)
    assert "&lt;b&gt;loud&lt;/b&gt;" in html
    assert html.count("<h2>") == 2  # Notes, What set things off: nothing of the person's


def test_the_plan_keeps_its_words_as_written() -> None:
    paths = Paths.from_env()
    hostile_store(paths)
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    page = safety_plan_render.gather(store)
    store.close()
    assert_inert(rendered(safety_plan_render.to_markdown(page)))


@pytest.mark.parametrize("command", [["export", "--format", "md"], ["safety-plan"]])
def test_the_command_line_writes_them_escaped(
    command: list[str], capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    hostile_store(Paths.from_env())
    assert main(command) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "\\<script\\>alert(1)\\</script\\>" in out and "\\- not a list" in out
    assert not [line for line in out.splitlines() if line.lstrip().startswith("- not")]
