"""The personal safety plan: six sections in the person's own words, and a read-only view."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from footholds.core import content
from footholds.core.store import SafetyPlan, Store
from footholds.ui.calm import CalmWindow, escape, heading, hint, language, wrapped
from footholds.ui.operations import save_record, update_record

if TYPE_CHECKING:
    from footholds.app import AppContext

SECTION_LIMIT = 5000


def current_plan(store: Store) -> SafetyPlan | None:
    """The one safety plan, if the person has started it (the oldest, should there be two)."""
    plans = store.all(SafetyPlan)
    return plans[0] if plans else None


def sections(ctx: AppContext) -> list[dict[str, str]]:
    """The six sections: id, title and a gentle hint, in the person's language."""
    return content.load_pack("safety_plan", language(ctx))


class SafetyPlanWindow(CalmWindow):
    """Write or change the plan. Words are kept when the window closes, with or without Save."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("My safety plan"))
        self.resize(580, 680)
        intro = hint(
            ctx,
            self.tr(
                "A plan written on a calmer day, for the harder ones. Use your own words and "
                "fill in only what helps; you can change it any time. It stays on this computer."
            ),
        )
        self.fields: dict[str, QPlainTextEdit] = {}
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.setSpacing(6)
        for section in sections(ctx):
            title = heading(section["title"], 1)
            field = QPlainTextEdit()
            field.setTabChangesFocus(True)
            field.setFixedHeight(96)  # long plans scroll inside; the page stays easy to scan
            field.setAccessibleName(section["title"])
            field.setAccessibleDescription(section["hint"])
            field.setPlaceholderText(self.tr("In your own words"))
            title.setBuddy(field)
            body_layout.addWidget(title)
            body_layout.addWidget(hint(ctx, section["hint"]))
            body_layout.addWidget(field)
            body_layout.addSpacing(8)
            self.fields[section["id"]] = field
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("The sections of your plan"))
        scroll.setAccessibleDescription(
            self.tr("Six short parts; fill in only the ones that help.")
        )

        self.status = hint(ctx, "")
        self.save = QPushButton(self.tr("Save"))
        self.save.setAccessibleName(self.tr("Save my safety plan"))
        self.save.setAccessibleDescription(
            self.tr("Keeps your plan on this computer now; Ctrl+S does the same.")
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close; your words are kept"))
        self.close_button.setAccessibleDescription(
            self.tr("Closes the window; anything you wrote is saved first.")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("My safety plan"), 4))
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.load()
        self.save.clicked.connect(self.save_plan)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_plan)
        for field in self.fields.values():
            field.textChanged.connect(lambda: self.status.setText(""))

    def present(self, section: str = "", **_options: Any) -> None:
        """Show the plan as saved, with the focus in `section` (or the first one)."""
        if not self.isVisible():
            self.load()
        super().present()
        target = self.fields.get(section) or next(iter(self.fields.values()), None)
        if target is not None:
            target.setFocus()

    def load(self) -> None:
        """Fill the fields from the saved plan."""
        plan = current_plan(self.ctx.store)
        saved = plan.sections if plan else {}
        for key, field in self.fields.items():
            field.setPlainText(saved.get(key, ""))
        self.status.setText("")

    def written(self) -> dict[str, str]:
        """What is in the fields, without empty sections; sections from elsewhere are kept."""
        plan = current_plan(self.ctx.store)
        words = {k: v for k, v in (plan.sections if plan else {}).items() if k not in self.fields}
        for key, field in self.fields.items():
            text = field.toPlainText().rstrip()
            if text.strip():
                words[key] = text[:SECTION_LIMIT]
        return words

    def changed(self) -> bool:
        plan = current_plan(self.ctx.store)
        return self.written() != (plan.sections if plan else {})

    def save_plan(self) -> bool:
        """Save the plan (creating it the first time); True when it is safe."""
        plan = current_plan(self.ctx.store)
        words = self.written()
        if plan is None:
            if not words:
                return True
            saved = save_record(self.ctx, SafetyPlan(sections=words), self)
        else:
            saved = update_record(self.ctx, dataclasses.replace(plan, sections=words), self)
        if saved is not None:
            self.status.setText(self.tr("Saved."))
        return saved is not None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.changed():
            self.save_plan()
        super().closeEvent(event)


class SafetyPlanView(QWidget):
    """The plan as written, to read on a hard day, with a button to change it."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        self.parts: list[QLabel] = []
        self.empty = hint(
            ctx,
            self.tr(
                "A safety plan is best written on a calmer day: what to look out for, what "
                "helps, and who to call. It is here whenever you are ready."
            ),
        )
        self.edit = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.body)
        layout.addWidget(self.empty)
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()
        self.edit.setEnabled(ctx.windows.available("safety-plan"))
        self.edit.clicked.connect(lambda: ctx.windows.show("safety-plan"))
        ctx.signals.store_changed.connect(self._on_store_changed)

    def refresh(self) -> None:
        """Show the sections the person has written, in the plan's order."""
        for part in self.parts:
            self.body.removeWidget(part)
            part.deleteLater()
        self.parts = []
        plan = current_plan(self.ctx.store)
        saved = plan.sections if plan else {}
        for section in sections(self.ctx):
            words = saved.get(section["id"], "").strip()
            if not words:
                continue
            title = QLabel(f"<b>{escape(section['title'])}</b>")
            title.setWordWrap(True)
            text = wrapped(words, selectable=True)
            text.setContentsMargins(12, 0, 0, 6)
            text.setAccessibleName(section["title"])
            for part in (title, text):
                self.parts.append(part)
                self.body.addWidget(part)
        self.empty.setVisible(not self.parts)
        self.edit.setText(
            self.tr("Edit my safety plan") if self.parts else self.tr("Write my safety plan")
        )
        self.edit.setAccessibleName(self.edit.text())
        self.edit.setAccessibleDescription(
            self.tr("Opens your safety plan to change it, in its own window.")
            if self.parts
            else self.tr("Opens a short plan to write on a calmer day, for the harder ones.")
        )

    def text(self) -> str:
        """The plan as shown, as plain text."""
        return "\n".join(part.text() for part in self.parts)

    def _on_store_changed(self, kind: str) -> None:
        if kind == SafetyPlan.KIND:
            self.refresh()
