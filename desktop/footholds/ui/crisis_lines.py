"""Crisis lines and the emergency number for the person's region, as text and as links."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from footholds.core import crisis
from footholds.platform import phone_links
from footholds.ui.calm import escape, hint, language, long_date, region_code, wrapped

if TYPE_CHECKING:
    from footholds.app import AppContext

LINK_FLAGS = (
    Qt.TextInteractionFlag.TextSelectableByMouse
    | Qt.TextInteractionFlag.TextSelectableByKeyboard
    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    | Qt.TextInteractionFlag.LinksAccessibleByMouse
)


def linked_label(html: str, on_link: Any) -> QLabel:
    """Rich text whose numbers can be selected and whose links open on click or Enter."""
    label = wrapped(html, rich=True)
    label.setTextInteractionFlags(LINK_FLAGS)
    label.setOpenExternalLinks(False)
    label.linkActivated.connect(on_link)
    return label


def number_html(number: str) -> str:
    """A phone number that never breaks across lines."""
    return escape(number).replace(" ", "&nbsp;").replace("-", "&#8209;")


def open_link(url: str) -> bool:
    """Hand a tel:, sms: or web link to the system; False when nothing could take it."""
    return QDesktopServices.openUrl(QUrl(url))


def open_or_explain(ctx: AppContext, url: str) -> bool:
    """Open a clicked tel:, sms: or web link, or say kindly that this computer cannot."""
    if open_link(url):
        return True
    ctx.signals.notice.emit(
        QCoreApplication.translate(
            "CrisisLines",
            "This computer could not open that link. The number is shown as text: "
            "you can select it and call or text from your phone.",
        )
    )
    return False


class CrisisLines(QWidget):
    """The region's lines; `compact` is the short version kept at the foot of the tough day."""

    def __init__(self, ctx: AppContext, compact: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.compact = compact
        self.opened: list[str] = []  # links the person clicked (tests read this)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)
        self.labels: list[QLabel] = []
        self.region: dict[str, Any] = {}
        self.set_region(region_code(ctx))

    def set_region(self, code: str) -> None:
        """Show the lines of region `code` (unknown codes fall back to "anywhere else"), in the
        interface language where the lines have words for it."""
        self.region = crisis.crisis_region(code, language(self.ctx))
        for label in self.labels:
            self.layout_.removeWidget(label)
            label.deleteLater()
        self.labels = []
        if self.compact:
            label = linked_label(self._compact_html(), self.on_link)
            label.setAccessibleName(self.tr("Crisis lines and the emergency number"))
            self._add(label)
        else:
            self._build_full()

    def changeEvent(self, event: QEvent) -> None:
        # the lines' words are data in the interface language, not tr() strings: read them
        # again when the language changes, with the sentences around them
        if event.type() == QEvent.Type.LanguageChange and self.region:
            self.set_region(self.region["code"])
        super().changeEvent(event)

    def text(self) -> str:
        """Everything shown, as plain text (for tests and for screen readers' summaries)."""
        from PySide6.QtGui import QTextDocumentFragment

        text = "\n".join(
            QTextDocumentFragment.fromHtml(x.text()).toPlainText() for x in self.labels
        )
        return text.replace("\xa0", " ").replace("\u2011", "-")

    def _add(self, label: QLabel) -> None:
        self.labels.append(label)
        self.layout_.addWidget(label)

    def _links(self, scheme: str) -> bool:
        return phone_links.can_open(scheme)

    def _emergency_html(self) -> str:
        if not self.region["emergency"]:  # a country whose number could not be confirmed
            return self.tr(
                "If you are in danger or can't keep yourself safe right now, call your local "
                "emergency number."
            )
        number = number_html(self.region["emergency"])
        html = self.tr("If you are in danger or can't keep yourself safe right now, call %s.") % (
            f"<b>{number}</b>"
        )
        if self._links("tel"):
            url = phone_links.tel_url(self.region["emergency"])
            html += f' <a href="{url}">{self.tr("Call %s") % number}</a>'
        return html

    def _compact_html(self) -> str:
        parts = []
        for line in self.region["lines"]:
            how = []
            if line.get("call"):
                how.append(number_html(line["call"]))
            if line.get("text"):
                how.append(self._text_words(line))
            if not how and line.get("url"):
                url = escape(line["url"])
                how.append(f'<a href="{url}">{url}</a>')
            if how:
                parts.append(f"{escape(line['name'])}: " + ", ".join(how))
        html = self._emergency_html()
        if parts:
            html += "<br>" + " &nbsp;·&nbsp; ".join(parts)
        return html

    def _text_words(self, line: dict[str, Any], start: bool = False) -> str:
        """ "text HOME to 741741"; at the start of a full line, "Text HOME to 741741" in bold."""
        number = number_html(line["text"])
        number = f"<b>{number}</b>" if start else number
        if line.get("keyword"):
            words = self.tr("Text %s to %s") if start else self.tr("text %s to %s")
            return words % (escape(line["keyword"]), number)
        return (self.tr("Text %s") if start else self.tr("text %s")) % number

    def _build_full(self) -> None:
        emergency = linked_label(self._emergency_html(), self.on_link)
        font = QFont(emergency.font())
        font.setPointSizeF(font.pointSizeF() + 2)
        emergency.setFont(font)
        emergency.setAccessibleName(self.tr("Emergency number"))
        self._add(emergency)
        for line in self.region["lines"]:
            label = linked_label(self._line_html(line), self.on_link)
            label.setAccessibleName(line["name"])
            self._add(label)
        about = hint(
            self.ctx,
            self.tr("%s. Checked on %s. %s")
            % (self.region["name"], long_date(self.region["checked"]), self.region["note"]),
        )
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._add(about)

    def _line_html(self, line: dict[str, Any]) -> str:
        rows = [f"<b>{escape(line['name'])}</b>"]
        if line.get("call"):
            row = self.tr("Call %s") % f"<b>{number_html(line['call'])}</b>"
            if self._links("tel"):
                row += f' &nbsp;<a href="{phone_links.tel_url(line["call"])}">{self.tr("call")}</a>'
            rows.append(row)
        if line.get("text"):
            row = self._text_words(line, start=True)
            if self._links("sms"):
                url = phone_links.sms_url(line["text"], line.get("keyword", ""))
                row += f' &nbsp;<a href="{url}">{self.tr("send a text")}</a>'
            rows.append(row)
        if line.get("url"):
            url = escape(line["url"])
            rows.append(f'<a href="{url}">{url}</a>')
        details = [escape(x) for x in (line.get("hours", ""), line.get("note", "")) if x]
        if details:
            rows.append(" · ".join(details))
        return "<br>".join(rows)

    def on_link(self, url: str) -> None:
        """Open a clicked link, or say kindly that this computer cannot."""
        self.opened.append(url)
        open_or_explain(self.ctx, url)
