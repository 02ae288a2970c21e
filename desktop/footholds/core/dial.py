"""What a Call link dials for a phone number as a person wrote it.

People write more than the number in its field: "+44 (0) 20 7946 0958 extension 12345 then
press 2". A call places the number itself: the "(0)" that is not dialled after a country code
left out, and nothing from the first word on (an extension, the keys to press once through,
in any language). Where what is left could not be a whole number (too few digits or too
many, a word first, a word spelled on the keys as in "1-800-273-TALK"), there is no number to
dial: the person copies what they wrote instead. A wrong number at the worst moment is worse
than one more step.
"""

from __future__ import annotations

import re
import unicodedata

SPACES = " \t\u00a0\u2007\u2009\u202f"
JOINERS = "-\u2010\u2011\u2012\u2013\u2014./"  # between groups: "1-800", "415.555", "030/123"
TRUNK = re.compile(r"\(\s*0\s*\)")  # "+44 (0) 20": the 0 is dialled only from inside the country
# the words for an extension that may stand right against the number ("0958x12", "0958ext12");
# any other word joined to it is part of it, spelled on the keys ("0800FLOWERS")
EXTENSION_WORDS = frozenset({"x", "ext", "extn", "extension", "extensión", "anexo", "poste"})
SHORTEST = 3  # 999, 112, 116 123
SHORTEST_WITH_COUNTRY = 7  # a country code and a number (the shortest, Niue's, has 7)
LONGEST = 18  # 15 (the most a number has) and an international prefix ("011")
LONGEST_WITH_COUNTRY = 15
_LETTERS_JOINED = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014./]*([^\W\d_]+)")
_LETTERS_AFTER_SPACE = re.compile(r"\s+([^\W\d_]+)")


def _digit(char: str) -> bool:
    # 0-9 and the other scripts' decimal digits ("٣"); never "²", which int() refuses
    return unicodedata.decimal(char, None) is not None


def _spaced(text: str, at: int) -> bool:
    """Whether the joiner at `at` stands between spaces ("… 0958 - evenings", "999 / 112"):
    then it separates the number from what follows, and is no part of it."""
    before = at > 0 and text[at - 1] in SPACES
    after = at + 1 >= len(text) or text[at + 1] in SPACES
    return before and after


def _balanced(number: str) -> str:
    """`number` cut before a parenthesis it opens and does not close ("0958 (after 6pm)")."""
    opened: list[int] = []
    for at, char in enumerate(number):
        if char == "(":
            opened.append(at)
        elif char == ")":
            if not opened:
                return number[:at]
            opened.pop()
    return number[: opened[0]] if opened else number


def number_part(written: str) -> tuple[str, str]:
    """The number at the start of `written`, as written, and the words after it: ("+44 (0) 20
    7946 0958", " extension 12345"). ("", written) when it does not start with a number."""
    text = written.strip()
    at = 1 if text.startswith("+") else 0
    while at < len(text):
        char = text[at]
        joins = char in JOINERS and not _spaced(text, at)
        if not (_digit(char) or char in SPACES or char in "()" or joins):
            break
        at += 1
    number = _balanced(text[:at]).rstrip(SPACES + JOINERS)
    if not any(_digit(char) for char in number):
        return "", text
    return number, text[len(number) :]


def spelled(rest: str) -> bool:
    """Whether the words after the number are letters standing for digits: a word joined to
    it ("273-TALK", "0800FLOWERS"; "0958x12" is an extension), or one in capitals after a
    space ("0800 FLOWERS")."""
    joined = _LETTERS_JOINED.match(rest)
    if joined is not None:
        return joined.group(1).casefold() not in EXTENSION_WORDS
    spaced = _LETTERS_AFTER_SPACE.match(rest)
    if spaced is not None:
        word = spaced.group(1)
        return len(word) >= 4 and word.isupper() and word.casefold() not in EXTENSION_WORDS
    return False


# a bracket the number opens after its first digits that is no "(0)": "0412 345 678 (9-5)"
_LATE_BRACKET = re.compile(r"\d[^(]*\((?!\s*0\s*\))")
_AREA_CODE_FIRST = re.compile(r"^\+?\d{0,4}\s*\(")  # "(555) 010", "+1 (555) 010"
# a short group after a slash or a spaced dash: "24/7", "- 9" (hours, not digits to dial)
_SHORT_AFTER = re.compile(r"(/\s*\d{1,2}(?!\d))|(\s[-\u2010-\u2014]\s)")
# words after the number that make its last group a time or an hour: "24 hours", "9 am"
_TIME_WORDS = re.compile(
    r"/(?=\S)|\s*(:|h\b|hrs?\b|hours?\b|horas?\b|am\b|pm\b|a\.m\.|p\.m\.)", re.IGNORECASE
)


def unclear(number: str, rest: str) -> bool:
    """Whether `number`, as read from words, may hold digits that are no part of it: hours
    written after it ("116 123 (24/7)", "116 123 24 hours", "0412 345 678 (9-5)", "07700
    900123 - 9 to 5"). Then no number is told from the words: Call is not offered and Copy
    copies the words whole, rather than a wrong number (a review found all four read as one
    longer number)."""
    late = _LATE_BRACKET.search(number)
    if late is not None and not _AREA_CODE_FIRST.match(number[: late.end()].lstrip()):
        return True
    return bool(_SHORT_AFTER.search(number) or _TIME_WORDS.match(rest))


def dialled(written: str) -> str | None:
    """The digits a call to `written` dials, with a leading "+" where it has a country code
    ("+442079460958"), or None when it holds no whole number to call."""
    number, rest = number_part(written)
    if not number or spelled(rest) or unclear(number, rest):
        return None
    international = number.startswith("+")
    if international:
        number = TRUNK.sub("", number)
    digits = "".join(str(unicodedata.decimal(char)) for char in number if _digit(char))
    fewest, most = (
        (SHORTEST_WITH_COUNTRY, LONGEST_WITH_COUNTRY) if international else (SHORTEST, LONGEST)
    )
    if not fewest <= len(digits) <= most:
        return None
    return ("+" if international else "") + digits
