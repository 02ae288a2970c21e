"""The design tokens: one place for colour, type, spacing and shape (see README.md).

Plain Python (no Qt), so tests, charts and the PDF can read the same values. Every colour
pair a window uses is listed in PAIRS and checked against WCAG AA by the tests.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

# -- spacing: multiples of 6, as GNOME's HIG spaces things ------------------------------------
XS = 6
S = 12
M = 18
L = 24
XL = 36
# a window's margins (left, top, right, bottom): L round it, M under its last row, so every
# window's title sits at the same place (components.window_margins sets them in one call)
WINDOW = (L, L, L, M)

# the measure, in ch (the width of "0" in the page's font, as CSS measures a line): a page's
# column runs at most MEASURE wide (about 90 letters of running text), the extra room of a
# wide window after it (measure.py); a window of reading goes no narrower than LEAST_MEASURE
MEASURE = 75
LEAST_MEASURE = 40

RADIUS = 8  # one corner radius for cards, chips and buttons
EDGE = 4  # the soft edge of accent colour down a card's side, as on the reminder card

# -- type: four steps relative to the system's body size (body is never made smaller) ------
# (points added to the system font, bold?)
TITLE = (5.0, True)
HEADING = (2.0, True)
BODY = (0.0, False)
CAPTION = (-1.0, False)
DISPLAY = (9.0, False)  # only the affirmation and the hero proof are this large

# the logo's teal (resources/icons/footholds.svg): the warmth that carries into windows
LOGO_TEAL = "#336c68"


@dataclass(frozen=True)
class Colours:
    """The named colours of one theme."""

    background: str  # the window: warm paper, or deep slate
    surface: str  # a card on the background
    field: str  # inside a text field or list
    raised: str  # a secondary button's face
    text: str
    soft_text: str  # hints, dates, captions: still AA on background, surface and field
    accent: str  # the primary button, the card's edge, selection
    accent_text: str  # text on the accent
    border: str  # outlines of controls people act on: 3:1 against what they sit on
    edge: str  # a card's quiet outline (decorative, so lighter than border)
    focus: str  # the focus ring
    link: str
    selection: str  # a chosen row in a list: a wash of the accent, under ordinary text
    mark: str  # the words a search found, as a highlighter would: under text and soft text

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


LIGHT = Colours(
    background="#f6f5f1",
    surface="#fdfcf9",
    field="#ffffff",
    raised="#ecebe6",
    text="#262a2e",
    soft_text="#5b6268",
    accent=LOGO_TEAL,
    accent_text="#ffffff",
    border="#8a877e",
    edge="#d9d6cc",
    focus=LOGO_TEAL,
    link="#2d6d68",
    selection="#dfece9",
    mark="#f5e6b8",
)

DARK = Colours(
    background="#23272b",
    surface="#2c3136",
    field="#1b1e21",
    raised="#353a40",
    text="#e6e4de",
    soft_text="#aab0b5",
    accent="#6fb3ac",  # the logo's light teal, lifted so it carries on slate
    accent_text="#102422",
    border="#7a8289",
    edge="#41474d",
    focus="#8fd0c8",
    link="#8fd0c8",
    selection="#2f4a47",
    mark="#4a3f22",
)


def colours(dark: bool) -> Colours:
    """The colours of the dark or the light theme."""
    return DARK if dark else LIGHT


# (foreground, background, minimum ratio): every pairing the stylesheet and components make
TEXT_AA = 4.5
LARGE_AA = 3.0  # large text, and the borders and focus rings of controls
PAIRS: tuple[tuple[str, str, float], ...] = (
    ("text", "background", TEXT_AA),
    ("text", "surface", TEXT_AA),
    ("text", "field", TEXT_AA),
    ("text", "raised", TEXT_AA),
    ("soft_text", "background", TEXT_AA),
    ("soft_text", "surface", TEXT_AA),
    ("soft_text", "field", TEXT_AA),
    ("accent_text", "accent", TEXT_AA),
    ("text", "selection", TEXT_AA),
    ("text", "mark", TEXT_AA),  # a journal search's words found, in an entry's body
    ("soft_text", "mark", TEXT_AA),  # and in its heading (the feelings)
    ("link", "background", TEXT_AA),
    ("link", "surface", TEXT_AA),
    ("border", "background", LARGE_AA),
    ("border", "field", LARGE_AA),
    ("border", "surface", LARGE_AA),
    ("focus", "background", LARGE_AA),
    ("focus", "surface", LARGE_AA),
    ("focus", "selection", LARGE_AA),  # the current row's outline, on the chosen row
    ("accent", "background", LARGE_AA),
    # the help footer's own surface (the tough day's): its words, links, button and focus
    ("link", "selection", TEXT_AA),
    ("accent", "selection", LARGE_AA),
    ("focus", "selection", LARGE_AA),
)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two "#rrggbb" colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: str, b: str, share: float) -> str:
    """ "#rrggbb" `share` of the way from `a` to `b`: an opaque tint, whose contrast can be
    checked (a colour drawn see-through has none of its own)."""
    ha, hb = a.lstrip("#"), b.lstrip("#")
    out = (
        round(int(ha[i : i + 2], 16) * (1 - share) + int(hb[i : i + 2], 16) * share)
        for i in (0, 2, 4)
    )
    return "#" + "".join(f"{c:02x}" for c in out)
