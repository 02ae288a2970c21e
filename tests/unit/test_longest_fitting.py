"""`longest_fitting` (ui/common/breaks.py): the one search, for the Undo strip's sentence and a
StatusLine naming the person's words, for the longest `shortened` start of words that fits."""

from __future__ import annotations

from footholds.ui.common.breaks import longest_fitting, shortened

WORDS = "Walked to the corner shop and back"


def test_the_longest_start_that_fits() -> None:
    def fits(text: str) -> bool:
        return len(text) <= 20

    shown = longest_fitting(WORDS, fits)
    assert shown == "Walked to the…"
    assert fits(shown)
    # every start with more letters (shortened on a word) no longer fits, or is the same
    longer = {shortened(WORDS, n) for n in range(len(WORDS))} - {shown}
    assert all(not fits(t) or len(t) < len(shown) for t in longer)


def test_the_whole_when_everything_fits() -> None:
    asked: list[str] = []

    def fits(text: str) -> bool:
        asked.append(text)
        return True

    assert longest_fitting(WORDS, fits) == WORDS
    assert asked == [WORDS]  # the whole is tried first, and nothing more


def test_only_the_mark_when_nothing_fits() -> None:
    def fits(_text: str) -> bool:
        return False

    assert longest_fitting(WORDS, fits) == "…"


def test_a_few_tries_not_one_a_letter() -> None:
    asked: list[str] = []

    def fits(text: str) -> bool:
        asked.append(text)
        return len(text) <= 12

    long_words = WORDS * 20
    longest_fitting(long_words, fits)
    assert len(asked) <= 12  # halved each time: about log2 of the letters


def test_what_fits_is_judged_on_the_words_as_shown() -> None:
    """A StatusLine asks whether its whole sentence fits, naming the words shortened."""

    def fits(text: str) -> bool:
        return len(f"Planned: {text}. Well done.") <= 30

    assert longest_fitting(WORDS, fits) == "Walked…"  # "Walked to…" made it 31
