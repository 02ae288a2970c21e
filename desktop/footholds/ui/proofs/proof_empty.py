"""The proof list with nothing in it yet (proof_list.py): one gentle line, a few examples from
the content pack, one action (LOOK.md: empty states)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from footholds.core import content
from footholds.ui.common import buttons, dates, icons, tokens
from footholds.ui.common.calm import hint, language
from footholds.ui.common.components import EmptyState

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

EXAMPLES_SHOWN = 3


class FirstProof(QObject):
    """`page`, shown in the list's place while it is empty, with its examples and its one
    action, `add_first`, which the window connects."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.add_first = buttons.primary(
            self.tr("Add my &first one"),
            self.tr("Add your first entry"),
            self.tr("Opens a short form to write down one time you got through."),
        )
        self.add_first.setIcon(icons.ui_icon("add", on_accent=True))
        self.page = EmptyState(
            self.tr(
                "Nothing here yet, and that's all right. Think of one time you got "
                "through a hard day. It doesn't have to be big. For example:"
            ),
            self.add_first,
            icon="quote",
        )
        self.examples = [
            hint(ctx, dates.quoted(item["text"], locale=QLocale().name()))
            for item in content.load_pack("proof_examples", language(ctx))[:EXAMPLES_SHOWN]
        ]
        examples = QWidget()
        examples_layout = QVBoxLayout(examples)
        examples_layout.setContentsMargins(0, 0, 0, tokens.XS)
        examples_layout.setSpacing(tokens.XS)
        for example in self.examples:
            example.setAlignment(Qt.AlignmentFlag.AlignCenter)
            examples_layout.addWidget(example)
        self.page.add_below(examples)
