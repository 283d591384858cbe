"""Plain, frozen data passed between pipeline stages.

Every piece of text keeps where it stood: page number (1-based) and one box per character, so a
match on joined text can be mapped back to the page (see `Block.box_of`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, origin top-left


def union(boxes: list[Box] | tuple[Box, ...]) -> Box | None:
    """The smallest box holding all `boxes` (None for none).

    >>> union([(1, 2, 3, 4), (0, 5, 2, 6)])
    (0, 2, 3, 6)
    """
    boxes = [b for b in boxes if b is not None]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


@dataclass(frozen=True)
class Marker:
    """A footnote reference: raised, smaller digits (or a symbol) after `offset` in its text."""
    label: str          # "10", "*"
    offset: int         # index in the owning text just after which the marker stood
    box: Box


@dataclass(frozen=True)
class Line:
    """One printed line, markers removed from `text` and kept in `markers`."""
    page: int
    text: str
    boxes: tuple[Box, ...]          # one per character of `text`
    size: float                     # median character size
    bold: bool
    markers: tuple[Marker, ...] = ()
    # the colour each character of `text` is painted in, as pdf.py gives it (None for a space
    # put in between words; empty where no colours were read: OCR, a line joined from others)
    fills: tuple = ()

    @property
    def box(self) -> Box:
        return union(self.boxes)  # type: ignore[return-value]


@dataclass(frozen=True)
class Block:
    """A run of lines read together: a paragraph, heading, chart legend entry or table row.

    kind: "heading", "body", "legend", "table", "note" (unnumbered note such as "* ..."),
    "callout" (a key figure: the large number, then its caption, as one statement).
    """
    page: int
    kind: str
    text: str
    boxes: tuple[Box, ...]          # one per character of `text`
    markers: tuple[Marker, ...] = ()
    size: float = 0.0
    column: int = 0
    cells: tuple[tuple[int, int], ...] = ()   # table rows: (start, end) of each cell in `text`
    lang: str = ""                  # "en" or "ru" (lang.tag_languages), "" before tagging
    aside: bool = False             # printed in a sidebar beside the main text (a region of its own)

    def box_of(self, start: int, end: int) -> Box | None:
        return union(self.boxes[start:end])


@dataclass(frozen=True)
class Footnote:
    """A numbered footnote or endnote as printed."""
    label: str
    text: str
    page: int
    box: Box | None = None


@dataclass(frozen=True)
class Region:
    """A part of the page read as one unit before its lines: a box (sidebar, band, Word text
    box), a key-figure callout, a vector chart or a tile. `dropped` holds the texts layout took
    out of the reading (a chart's axis ticks), so nothing reads them as figures."""
    kind: str                       # "box", "sidebar", "band", "callout", "chart", "tile"
    box: Box
    dropped: tuple[str, ...] = ()


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...] = ()
    header: tuple[str, ...] = ()      # running header/footer lines dropped from the text
    ocr: bool = False
    regions: tuple[Region, ...] = ()  # how the page was cut before its lines were read


@dataclass(frozen=True)
class Document:
    """What the PDF layer hands on: pages in reading order plus file facts."""
    path: str
    sha256: str
    pages: tuple[Page, ...]
    metadata: dict = field(default_factory=dict, hash=False, compare=False)
    endnotes: tuple[Footnote, ...] = ()   # a sources/notes list at the end instead of footnotes


# --- matching stage output -------------------------------------------------------------------

@dataclass(frozen=True)
class Quantity:
    """A number, amount or percent found in text. `value` is in base units (Decimal)."""
    start: int
    end: int
    text: str
    value: Decimal
    kind: str                       # "count", "money", "percent", "rate"
    currency: str | None = None     # "KZT", "USD" for money and rates
    scale_stated: bool = True       # False for "25.8 KZT" where a scale word is missing
    direction: int = 0              # -1 "less/decreased", +1 "more/increased", 0 none
    flags: tuple[str, ...] = ()     # e.g. "decimal_comma", "spelled_out"


@dataclass(frozen=True)
class PeriodMatch:
    start: int
    end: int
    text: str
    period_start: str               # ISO date
    period_end: str
    relative: bool = False          # derived from the report's own period
    stock: bool = False             # "as of 31 March 2023": a point in time
    same_span: bool = False         # "the same period of 2024": the span of the period it answers
    anaphoric: bool = False         # "that quarter": the period named last before it


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    label: str                      # "COUNTRY", "REGION", "GROUP"
    id: str                         # ISO 3166-1 alpha-3, ISO 3166-2, or group code


# --- assembly stage output ------------------------------------------------------------------

@dataclass
class Candidate:
    """One statement of a figure, before merging."""
    metric: str
    statistic: str
    unit: str
    value: Decimal
    country: str | None
    region: str | None
    group: str | None
    period: tuple[str, str]
    compared: tuple[str, str] | None
    block: Block
    start: int
    end: int
    text: str
    quote: str
    footnotes: list[str]
    flags: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    fallback_notes: tuple[str, ...] = ()     # a source taken only where no later stage finds one

    @property
    def key(self) -> tuple:
        return (self.metric, self.statistic, self.unit, self.country, self.region, self.group,
                self.period[0], self.period[1],
                self.compared[0] if self.compared else None, self.compared[1] if self.compared else None)
