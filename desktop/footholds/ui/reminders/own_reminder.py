"""A small dialog to add the person's own reminder idea, in their own words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store import InvalidEntry, OwnItem, Store, StoreWriteError
from footholds.core.store.validate import SHORT_LIMIT
from footholds.ui.common import i18n
from footholds.ui.common.limits import limited_under
from footholds.ui.common.prompter import Prompter
from footholds.ui.common.wheel import wheel_after_click


class OwnReminderDialog(QDialog):
    """Pick a kind, write the idea, save; own ideas come up more often than built-in ones."""

    saved = Signal(object)  # the OwnItem
    # the idea typed and not saved as the dialog goes ("" once saved or left empty): the
    # dialog leaves no window to offer an Undo in, so it waits for the next opening
    set_aside = Signal(str)

    def __init__(
        self,
        store: Store,
        prompter: Prompter,
        pack: str = "movements",
        parent: QWidget | None = None,
        words: str = "",
    ):
        super().__init__(parent)
        self.prompter = prompter
        self.store = store
        self.setWindowTitle(self.tr("Add your own reminder"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr(
                "Write it the way you would say it to yourself. It will turn up among the "
                "other ideas, and a little more often."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.pack = wheel_after_click(QComboBox())
        self.pack.setAccessibleName(self.tr("Kind of reminder"))
        self.pack.setAccessibleDescription(self.tr("Which reminders your idea comes up among."))
        self.pack.view().setAccessibleName(self.tr("Kinds of reminder"))
        self.pack.view().setAccessibleDescription(self.tr("Choose the one your idea belongs to."))
        for key, label in (
            ("movements", self.tr("A movement")),
            ("rest", self.tr("A rest")),
            ("winddown", self.tr("A wind-down idea")),
            ("nourishment", self.tr("A food or water idea")),
            ("reach_out", self.tr("A reach-out idea")),
        ):
            self.pack.addItem(label, key)
        self.pack.setCurrentIndex(max(0, self.pack.findData(pack)))
        form.addRow(self.tr("Kind"), self.pack)
        self.text = QLineEdit()
        limited_under(self.text, SHORT_LIMIT)
        self.text.setPlaceholderText(self.tr("For example: stretch like a cat, slowly"))
        self._room_for_example()
        self.text.setAccessibleName(self.tr("Your reminder"))
        self.text.setAccessibleDescription(
            self.tr("Your idea, the way you would say it to yourself.")
        )
        form.addRow(self.tr("Your words"), self.text)
        self.posture = wheel_after_click(QComboBox())
        self.posture.setAccessibleName(self.tr("Posture it fits"))
        self.posture.setAccessibleDescription(
            self.tr("Whether this movement suits sitting, standing, lying down, or any of them.")
        )
        self.posture.view().setAccessibleName(self.tr("Postures"))
        self.posture.view().setAccessibleDescription(
            self.tr("Choose when this movement can be done.")
        )
        for key, label in (
            ("", self.tr("Any posture")),
            ("sitting", self.tr("Sitting")),
            ("standing", self.tr("Standing")),
            ("lying", self.tr("Lying down")),
        ):
            self.posture.addItem(label, key)
        self.posture_label = QLabel(self.tr("Fits"))
        form.addRow(self.posture_label, self.posture)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setAccessibleDescription(
            self.tr("Keeps your idea; it will come up a little more often than the others.")
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAccessibleDescription(
            self.tr("Closes this without adding anything; what you wrote is here next time.")
        )
        layout.addWidget(buttons)
        self._on_pack_changed()
        self._on_text_changed("")
        self.pack.currentIndexChanged.connect(self._on_pack_changed)
        self.text.textChanged.connect(self._on_text_changed)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        if words.strip():  # set aside by Cancel or Esc the last time: typed, not saved
            self.text.setText(words)
            self.text.setModified(True)

    def _room_for_example(self) -> None:
        """The field as wide as its example, so it shows whole: the Spanish one («Por
        ejemplo: estírate como un gato, despacio») was cut off with a larger font. Measured
        again when the font or style changes."""
        field = self.text
        metrics = field.fontMetrics()
        # what Qt adds round the words of a field (its margins, frame and padding)
        around = field.sizeHint().width() - metrics.horizontalAdvance("x") * 17
        field.setMinimumWidth(metrics.horizontalAdvance(field.placeholderText()) + around + 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._room_for_example()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        """Saved, Cancel, Esc or the title bar's close: the words typed wait for the next
        opening unless saved."""
        typed = self.text.isModified() and bool(self.text.text().strip())
        saved = result == QDialog.DialogCode.Accepted
        self.set_aside.emit(self.text.text() if typed and not saved else "")
        super().done(result)

    def present(self) -> None:
        """Show with the focus in the text: the person asked for this window."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.text.setFocus()

    def _on_pack_changed(self, _index: int = 0) -> None:
        movement = self.pack.currentData() == "movements"
        self.posture.setVisible(movement)
        self.posture_label.setVisible(movement)

    def _on_text_changed(self, text: str) -> None:
        self.save_button.setEnabled(bool(text.strip()))

    def _on_save_clicked(self) -> None:
        pack = self.pack.currentData()
        item = OwnItem(
            pack=pack,
            text=self.text.text(),
            posture=self.posture.currentData() if pack == "movements" else "",
        )
        try:
            self.store.add(item)
        except InvalidEntry as exc:
            self.prompter.inform(self, i18n.error_text(exc))
            return
        except StoreWriteError as exc:  # kept in memory and written later: still saved
            self.prompter.warn(self, i18n.error_text(exc))
        self.saved.emit(item)
        self.accept()
