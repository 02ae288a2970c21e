"""Alt letters (mnemonics) chosen where a button is shown, for a button shared by many windows
(the Undo strip's): each window already underlines its own letters, and no one letter is free
in all of them, in every language. The letter is one of the button's own words that no other
Alt letter in its window takes; with none free, the words underline nothing (Ctrl+Z still
undoes), since two buttons sharing a letter only pass the keyboard between them."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

_MARK = re.compile(r"&(.)", re.DOTALL)
_ALT_KEY = re.compile(r"Alt\+(.)")  # Alt and one sign, as Qt writes a key sequence


def letter(text: str) -> str:
    """The Alt letter `text` marks, in lower case ("&Save": "s"); "" when none ("&&" is a
    plain "&"). As Qt reads it (QKeySequence.mnemonic): the first "&" before another sign."""
    for found in _MARK.finditer(text):
        sign = found.group(1)
        if sign != "&" and not sign.isspace():
            return sign.lower()
    return ""


def _combo_letter(keys: QKeySequence) -> str:
    """The letter of a shortcut that is Alt and one letter (a mnemonic in all but name)."""
    if keys.count() != 1:
        return ""
    found = _ALT_KEY.fullmatch(keys.toString(QKeySequence.SequenceFormat.PortableText))
    return found.group(1).lower() if found and found.group(1).isalnum() else ""


def taken(window: QWidget, besides: QWidget | None = None, *, shown_only: bool) -> set[str]:
    """The Alt letters in `window`: of its buttons, labels with a buddy, group boxes, tabs and
    Alt+letter shortcuts; those of `besides` (and what is inside it) left out. `shown_only`:
    only what shows in the window now (a hidden button's letter does nothing)."""

    def counts(widget: QWidget) -> bool:
        if besides is not None and (widget is besides or besides.isAncestorOf(widget)):
            return False
        return not shown_only or widget.isVisibleTo(window)

    letters: set[str] = set()
    texts: list[str] = []
    for button in window.findChildren(QAbstractButton):
        if counts(button):
            texts.append(button.text())
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and counts(label):
            texts.append(label.text())
    for box in window.findChildren(QGroupBox):
        if counts(box):
            texts.append(box.title())
    for bar in window.findChildren(QTabBar):
        if counts(bar):
            texts.extend(bar.tabText(i) for i in range(bar.count()) if bar.isTabEnabled(i))
    letters.update(letter(text) for text in texts)
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if isinstance(owner, QWidget) and counts(owner) and shortcut.isEnabled():
            letters.add(_combo_letter(shortcut.key()))
    for action in window.findChildren(QAction):
        if action.isEnabled():
            letters.update(_combo_letter(keys) for keys in action.shortcuts())
    letters.discard("")
    return letters


def marked(words: str, busy: set[str]) -> str:
    """`words` (as shown: an "&" in them is a plain one) with the first of their letters
    not in `busy` marked as the Alt letter; with every one busy, none marked. A letter every
    keyboard has comes first: "Añadir" with its "A" taken marks its "d", not its "ñ"."""
    plain = words.replace("&", "&&")
    for usable in (str.isascii, lambda _sign: True):
        for place, sign in enumerate(plain):
            if sign.isalnum() and usable(sign) and sign.lower() not in busy:
                return plain[:place] + "&" + plain[place:]
    return plain


def free_letter(button: QAbstractButton, words: str) -> None:
    """Show `words` (as shown, no mark in them) on `button` with an Alt letter no other in
    its window takes: one free of every letter there, shown or hidden, when there is one (a
    row that shows later cannot clash), or else one free of what shows now; none when every
    letter is taken."""
    window = button.window()
    for shown_only in (False, True):
        text = marked(words, taken(window, button, shown_only=shown_only))
        if letter(text):
            button.setText(text)
            return
    button.setText(words.replace("&", "&&"))
