"""My medicines' dose change words whose medicine is no longer on the list, past a close.

While the window lives, words typed for a medicine removed stay in the form, greyed, with a
line saying why (medication_change.py). They were let go at a close (the window's draft had
nothing to put them under), at a quit and at Lock now: never a person's words without their
say. Now they are kept in the window's draft under GONE and, when it is built again, offered
in a strip at its top, as the journal and the proof list offer words kept for an entry gone
(ui/common/kept_bar.py): still here, to see and copy, and let go only once the person says
so, asked first. Should their medicine come back (an Undo, a backup restored), they go back
under it (MedicationWindow._sort_gone).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from footholds.ui.common import buttons, kept_bar, kept_words, tokens
from footholds.ui.common.components import label

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

GONE = "gone"  # in the window's draft: dose changes typed for medicines no longer listed
DAY_FORMAT = "d MMM yyyy"  # as the form's day shows it


def change_text(name: str, day: str, dose: str, note: str) -> str:
    """A dose change as it reads in the form: the medicine it was typed for, then each field
    with words under its label (the form's own labels)."""
    lines = [name] if name.strip() else []
    fields = (
        (QCoreApplication.translate("MedicationWindow", "From"), day),
        (QCoreApplication.translate("MedicationWindow", "New dose"), dose),
        (QCoreApplication.translate("MedicationWindow", "Note"), note),
    )
    lines += [f"{label}: {words.strip()}" for label, words in fields if words.strip()]
    return "\n".join(lines)


def kept_text(change: dict[str, Any]) -> str:
    """A kept dose change (`_typed_change`'s) as `change_text` reads it; its day in the
    form's own format, in the person's language."""
    day = QDate.fromString(str(change.get("day", "")), "yyyy-MM-dd")
    shown = QLocale().toString(day, DAY_FORMAT) if day.isValid() else ""
    return change_text(
        _words(change.get("name")), shown, _words(change.get("dose")), _words(change.get("note"))
    )


def _words(value: object) -> str:
    return value if isinstance(value, str) else ""


def has_words(change: object) -> bool:
    """Whether a kept dose change holds words typed (a dose or a note): else nothing to keep."""
    return isinstance(change, dict) and any(
        _words(change.get(key)).strip() for key in ("dose", "note")
    )


class GoneDoseWords(QFrame):
    """ "Words you were writing for a dose change are still here… [See them] [Copy them]
    [Let them go]", the words themselves under it once asked for. Hidden, it takes no room."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.waiting: list[dict[str, Any]] = []  # oldest first, each as `_typed_change` gave it
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.line = label()
        self.see = buttons.more("")
        self.see.setAutoDefault(False)
        self.copy = buttons.quiet("")
        self.copy.setAutoDefault(False)
        self.copy.hide()
        self.let_go = buttons.quiet("")
        self.let_go.setAutoDefault(False)
        self.words = label("", "caption", selectable=True)
        self.words.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(tokens.S)
        row.addWidget(self.see)
        row.addWidget(self.copy)
        row.addStretch(1)
        row.addWidget(self.let_go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(tokens.S, tokens.XS, tokens.XS, tokens.XS)
        layout.setSpacing(tokens.XS)
        layout.addWidget(self.line)
        layout.addWidget(self.words)
        layout.addLayout(row)
        self.see.toggled.connect(self._on_see_toggled)
        self.copy.clicked.connect(self._on_copy_clicked)
        self.let_go.clicked.connect(self._on_let_go_clicked)
        self.retranslate()
        self.hide()

    def add(self, change: object) -> None:
        """A dose change kept for a medicine no longer listed, offered from now on (one
        with no words in it, or one already waiting, is not)."""
        if has_words(change) and isinstance(change, dict) and change not in self.waiting:
            self.waiting.append(dict(change))
        self.follow()

    def take(self, medicine_id: str) -> dict[str, Any] | None:
        """The first dose change waiting for `medicine_id`, no longer offered (its medicine
        is back); None when none waits."""
        for change in self.waiting:
            if change.get("medicine") == medicine_id:
                self.waiting.remove(change)
                self.follow()
                return change
        return None

    def forget(self) -> None:
        """Let go of them in memory, once kept elsewhere (Lock now sealed them)."""
        self.waiting.clear()
        self.follow()

    def follow(self) -> None:
        """Shown while any wait, hidden (folded, taking no room) otherwise."""
        self.words.setText("\n\n".join(kept_text(change) for change in self.waiting))
        if not self.waiting:
            self.see.setChecked(False)
        self.setVisible(bool(self.waiting))

    def _on_see_toggled(self, on: bool) -> None:
        self.words.setVisible(on)
        self.copy.setVisible(on)
        kept_bar.say_see(self.see)

    def _on_copy_clicked(self) -> None:
        kept_bar.copy_kept(self.copy, self.words.text())

    def _on_let_go_clicked(self) -> None:
        """Let go of them for good, once the person says so; the drafts file follows at once."""
        if not self.ctx.prompter.ask(
            self.window(),
            self.tr("Let these words go?"),
            self.tr("Once let go, they can't be brought back."),
            self.tr("Let them go"),
            self.tr("Keep them"),
        ):
            return
        self.forget()
        kept_words.settled(self.ctx)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.line.setText(
            self.tr(
                "Words you were writing for a dose change are still here, not noted: the "
                "medicine they were for is no longer on your list."
            )
        )
        self.setAccessibleName(self.line.text())
        kept_bar.say_see(self.see)
        kept_bar.say_copy(self.copy, self.tr("Copy the dose change words"))
        buttons.say(
            self.let_go,
            self.tr("Let them go"),
            self.tr("Let go of the dose change words"),
            self.tr("Asks first, then lets them go for good."),
        )
