"""The starting entries of My lists (feelings, small wins, parts of me) and every word they
have shown as, back to their key: an entry keeps the words it was saved with, in any language
known, whatever its case, spacing or accents, and still reads and counts as its starting entry
(key_of). The settings declare the lists with these (core/settings.py)."""

from __future__ import annotations

import unicodedata

DEFAULT_FEELINGS = [
    "heavy",
    "numb",
    "tired",
    "anxious",
    "sad",
    "flat",
    "restless",
    "lonely",
    "irritable",
    "overwhelmed",
    "calm",
    "okay",
    "hopeful",
    "content",
    "grateful",
    "relieved",
]
DEFAULT_WINS = [
    "drank water",
    "ate something",
    "moved",
    "stepped outside",
    "brushed teeth",
    "washed",
    "reached out",
    "rested",
    "did a step of a goal",
]
DEFAULT_PARTS = ["the hopeless part", "the numb part", "the inner critic", "the worried part"]
# What an earlier catalogue called a starting entry, by language. An older version stored
# translated words (in the lists and in entries), so these still show, count and come back to
# their key as that entry. Spanish "okay" was "bien, sin más": in a list of feelings separated
# by commas it read as two.
EARLIER_WORDS: dict[str, dict[str, str]] = {"es": {"bien, sin más": "okay"}}
EARLIER_KEYS = {text: key for words in EARLIER_WORDS.values() for text, key in words.items()}
# Every word a starting entry has shown as, back to its key. An entry keeps the words it was
# saved with, so one saved in Spanish ("tristeza") reads and counts as "sad" in English. The
# UI adds each shipped language's words from its catalogues (ui/common/default_lists.learn);
# the earlier translations are known from the start.
_WORD_KEYS: dict[str, str] = dict(EARLIER_KEYS)


def fold(text: str) -> str:
    """`text` as alike words compare: its spacing, case and accents aside ("Tristeza",
    "tristeza " and "TRISTEZA" are one word; so are "me moví" and "me movi")."""
    folded = " ".join(text.split()).casefold()
    if folded.isascii():  # nothing to take apart: most words, and every search of ten years
        return folded
    letters = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in letters if not unicodedata.combining(char))


# The same, by each word folded: a starting entry typed in again by hand, in another case or
# without its accents, in any language known, is that entry, never a second one beside it.
_FOLDED_KEYS: dict[str, str] = {
    fold(key): key for key in (*DEFAULT_FEELINGS, *DEFAULT_WINS, *DEFAULT_PARTS)
}


def key_of(text: str) -> str:
    """The key of the starting entry `text` shows (in any language known, whatever its case,
    spacing or accents), else `text`."""
    key = _WORD_KEYS.get(text)
    return key if key is not None else _FOLDED_KEYS.get(fold(text), text)


def learn_words(words: dict[str, str]) -> None:
    """Know these shown words (word: key) as their starting entries from now on. A word that
    folds to another entry's word already known (a key, say) is known only exactly."""
    _WORD_KEYS.update(words)
    for text, key in words.items():
        _FOLDED_KEYS.setdefault(fold(text), key)


learn_words(EARLIER_KEYS)
